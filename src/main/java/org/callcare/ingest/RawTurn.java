package org.callcare.ingest;

import org.callcare.domain.Speaker;

/**
 * One turn as a reader found it, before repairs: the speaker already mapped from the vendor's role, the text as
 * written (may be empty), optional offsets from call start in milliseconds (may be negative, out of order or
 * overlapping: {@link CallAssembler} repairs or rejects), the agent who spoke it when the file says so, and the
 * vendor's own sentiment label for it (upper case, e.g. {@code POSITIVE}, {@code NEGATIVE}, {@code NEUTRAL},
 * {@code MIXED}; null when the vendor gives none).
 */
public record RawTurn(Speaker speaker, String text, Long startMs, Long endMs, String agentId,
    String vendorSentiment) {

  /** A turn with only a speaker and text. */
  public static RawTurn of(Speaker speaker, String text) {
    return new RawTurn(speaker, text, null, null, null, null);
  }
}
