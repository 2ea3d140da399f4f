package org.callcare.domain;

import java.util.Locale;

/** Turn label from a turn score in [-1, +1]: negative below -0.15, positive above +0.15, else neutral. */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** Scores strictly below this are negative (METRICS.md). */
  public static final double NEGATIVE_BELOW = -0.15;
  /** Scores strictly above this are positive (METRICS.md). */
  public static final double POSITIVE_ABOVE = 0.15;

  /** The label of a score, or null for a turn without a score. */
  public static SentimentLabel of(Double score) {
    if (score == null) {
      return null;
    }
    if (score < NEGATIVE_BELOW) {
      return NEGATIVE;
    }
    return score > POSITIVE_ABOVE ? POSITIVE : NEUTRAL;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
