package org.callcare.domain;

/**
 * Sentiment of one turn. {@code probabilities} are CoreNLP's five token-weighted class probabilities (very
 * negative .. very positive; null when no sentence was scored); {@code classes}, when the conversational layer
 * ran, are its P(negative), P(neutral), P(positive). The turn {@code score} in [-1, +1] is P(positive) −
 * P(negative) with the layer, else CoreNLP's score; null for a turn with no scored sentence. {@code sentences} and
 * {@code tokens} count what CoreNLP scored.
 */
public record TurnSentiment(Double score, double[] probabilities, int sentences, int tokens, double[] classes) {

  public static final int CLASSES = 5;

  public TurnSentiment {
    if (score == null) {
      probabilities = null;
      classes = null;
    } else if (probabilities == null || probabilities.length != CLASSES) {
      throw new IllegalArgumentException("a scored turn needs " + CLASSES + " class probabilities");
    } else {
      probabilities = probabilities.clone();
      if (classes != null && classes.length != 3) {
        throw new IllegalArgumentException("the layer gives 3 class probabilities");
      }
      classes = classes == null ? null : classes.clone();
    }
  }

  /** CoreNLP's sentiment alone. */
  public TurnSentiment(Double score, double[] probabilities, int sentences, int tokens) {
    this(score, probabilities, sentences, tokens, null);
  }

  /** The sentiment of a turn with nothing to score. */
  public static TurnSentiment none() {
    return new TurnSentiment(null, null, 0, 0, null);
  }

  /**
   * This CoreNLP sentiment with the layer's P(negative), P(neutral), P(positive): the score becomes
   * P(positive) − P(negative) and the label the most probable class. A turn without a score stays without one.
   */
  public TurnSentiment withLayer(double[] layer) {
    if (score == null) {
      return this;
    }
    return new TurnSentiment(layer[2] - layer[0], probabilities, sentences, tokens, layer);
  }

  /** The label: the layer's most probable class, else CoreNLP's score against ±0.15; null without a score. */
  public SentimentLabel label() {
    if (classes == null) {
      return SentimentLabel.of(score);
    }
    int best = 0;
    for (int c = 1; c < 3; c++) {
      if (classes[c] > classes[best]) {
        best = c;
      }
    }
    return SentimentLabel.values()[best];
  }

  /** CoreNLP's own score, (E[class] − 2) / 2 of the token-weighted probabilities; null without a score. */
  public Double corenlpScore() {
    if (probabilities == null) {
      return null;
    }
    double expected = 0;
    for (int c = 0; c < CLASSES; c++) {
      expected += c * probabilities[c];
    }
    return (expected - 2) / 2;
  }

  /** CoreNLP's label (its score against ±0.15); null without a score. */
  public SentimentLabel corenlpLabel() {
    return SentimentLabel.of(corenlpScore());
  }

  @Override
  public double[] probabilities() {
    return probabilities == null ? null : probabilities.clone();
  }

  @Override
  public double[] classes() {
    return classes == null ? null : classes.clone();
  }

  public double probability(int sentimentClass) {
    return probabilities == null ? Double.NaN : probabilities[sentimentClass];
  }

  /** The layer's probability of NEGATIVE (0), NEUTRAL (1) or POSITIVE (2); NaN without the layer. */
  public double classProbability(int c) {
    return classes == null ? Double.NaN : classes[c];
  }
}
