package org.callcare.sentiment;

import java.util.List;

/**
 * What the sentiment layer sees of one sentence: its words as the tokenizer split them (case kept) and CoreNLP's
 * five class probabilities, very negative .. very positive ({@code null} when CoreNLP gave no verdict).
 */
public record SentenceView(List<String> words, double[] corenlp) {
  public SentenceView {
    words = List.copyOf(words);
    corenlp = corenlp == null ? null : corenlp.clone();
  }

  /** CoreNLP's sentence score (E[class] − 2) / 2 in [−1, 1], or NaN without a verdict. */
  public double corenlpScore() {
    if (corenlp == null) {
      return Double.NaN;
    }
    double expected = 0;
    for (int c = 0; c < corenlp.length; c++) {
      expected += c * corenlp[c];
    }
    return (expected - 2) / 2;
  }
}
