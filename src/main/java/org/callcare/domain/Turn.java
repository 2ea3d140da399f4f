package org.callcare.domain;

import java.util.Objects;

/**
 * One speaker's contiguous utterance. {@code index} is the 0-based position in the call; {@code startMs} and
 * {@code endMs} are optional offsets from call start in milliseconds (null when the source has no timing);
 * {@code agentId} names the agent who spoke an agent turn when the source says so (null: the call's agent);
 * {@code vendorSentiment} is the sentiment label a vendor export gave the turn (e.g. {@code POSITIVE}; null when
 * none), kept beside CoreNLP's own score for comparison.
 */
public record Turn(int index, Speaker speaker, String text, Long startMs, Long endMs, String agentId,
    String vendorSentiment) {
  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    if (index < 0) {
      throw new IllegalArgumentException("turn index must be >= 0, was " + index);
    }
    text = text == null ? "" : text.strip();
    agentId = agentId == null || agentId.isBlank() ? null : agentId.strip();
    if (agentId != null && speaker != Speaker.AGENT) {
      throw new IllegalArgumentException("turn " + (index + 1) + ": agent_id is only for agent turns");
    }
    vendorSentiment = vendorSentiment == null || vendorSentiment.isBlank() ? null : vendorSentiment.strip();
  }

  /** A turn without a vendor sentiment label. */
  public Turn(int index, Speaker speaker, String text, Long startMs, Long endMs, String agentId) {
    this(index, speaker, text, startMs, endMs, agentId, null);
  }

  /** A turn without timing, spoken (if an agent turn) by the call's agent. */
  public static Turn of(int index, Speaker speaker, String text) {
    return new Turn(index, speaker, text, null, null, null);
  }
}
