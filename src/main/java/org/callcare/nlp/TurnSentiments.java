package org.callcare.nlp;

import java.util.List;
import org.callcare.domain.TurnSentiment;

/** Combines sentence verdicts into a turn's sentiment: every sentence counts, weighted by its tokens. */
public final class TurnSentiments {
  private TurnSentiments() {}

  /** Token-weighted mean of sentence scores and of class probabilities; no sentences gives no score. */
  public static TurnSentiment aggregate(List<SentenceSentiment> sentences) {
    if (sentences.isEmpty()) {
      return TurnSentiment.none();
    }
    double[] probabilities = new double[TurnSentiment.CLASSES];
    double weightedScore = 0;
    int tokens = 0;
    for (SentenceSentiment sentence : sentences) {
      int weight = sentence.tokens();
      tokens += weight;
      weightedScore += weight * sentence.score();
      double[] p = sentence.probabilities();
      for (int c = 0; c < p.length; c++) {
        probabilities[c] += weight * p[c];
      }
    }
    for (int c = 0; c < probabilities.length; c++) {
      probabilities[c] /= tokens;
    }
    return new TurnSentiment(weightedScore / tokens, probabilities, sentences.size(), tokens);
  }
}
