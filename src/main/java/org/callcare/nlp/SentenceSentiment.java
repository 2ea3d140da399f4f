package org.callcare.nlp;

import org.callcare.domain.TurnSentiment;

/**
 * CoreNLP's verdict on one sentence: its token count and the probability of each of the five classes
 * 0..4 (very negative .. very positive). The probabilities sum to 1 (within rounding).
 */
public record SentenceSentiment(int tokens, double[] probabilities) {

  public SentenceSentiment {
    if (tokens < 1) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
    if (probabilities == null || probabilities.length != TurnSentiment.CLASSES) {
      throw new IllegalArgumentException("need " + TurnSentiment.CLASSES + " class probabilities");
    }
    probabilities = probabilities.clone();
  }

  /** Sentence score = (E[class] - 2) / 2, a number in [-1, +1]. */
  public double score() {
    double expected = 0;
    for (int c = 0; c < probabilities.length; c++) {
      expected += c * probabilities[c];
    }
    return (expected - 2) / 2;
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }
}
