package org.callcare.domain;

import java.util.Objects;

/**
 * One speaker's contiguous utterance. {@code index} is the 0-based position in the call; {@code startMs} and
 * {@code endMs} are optional offsets from call start in milliseconds (null when the source has no timing).
 */
public record Turn(int index, Speaker speaker, String text, Long startMs, Long endMs) {
  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    if (index < 0) {
      throw new IllegalArgumentException("turn index must be >= 0, was " + index);
    }
    text = text == null ? "" : text.strip();
  }

  /** A turn without timing. */
  public static Turn of(int index, Speaker speaker, String text) {
    return new Turn(index, speaker, text, null, null);
  }
}
