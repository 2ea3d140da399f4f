package org.callcare.domain;

/**
 * Sentiment of one turn: {@code score} in [-1, +1] (null for a turn with no scored sentence), the five
 * token-weighted class probabilities (very negative .. very positive; null when no score), and how many
 * sentences and tokens were scored.
 */
public record TurnSentiment(Double score, double[] probabilities, int sentences, int tokens) {

  public static final int CLASSES = 5;

  public TurnSentiment {
    if (score == null) {
      probabilities = null;
    } else if (probabilities == null || probabilities.length != CLASSES) {
      throw new IllegalArgumentException("a scored turn needs " + CLASSES + " class probabilities");
    } else {
      probabilities = probabilities.clone();
    }
  }

  /** The sentiment of a turn with nothing to score. */
  public static TurnSentiment none() {
    return new TurnSentiment(null, null, 0, 0);
  }

  public SentimentLabel label() {
    return SentimentLabel.of(score);
  }

  @Override
  public double[] probabilities() {
    return probabilities == null ? null : probabilities.clone();
  }

  public double probability(int sentimentClass) {
    return probabilities == null ? Double.NaN : probabilities[sentimentClass];
  }
}
