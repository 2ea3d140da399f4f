package org.callcare.train;

import java.io.Serializable;
import java.util.List;

/** Spark row bean: one sentence's words and CoreNLP's five class probabilities (null without a verdict). */
public class SentenceRow implements Serializable {
  private List<String> words;
  private double[] corenlp;

  public SentenceRow() {}

  public SentenceRow(List<String> words, double[] corenlp) {
    this.words = words;
    this.corenlp = corenlp;
  }

  public List<String> getWords() { return words; }
  public void setWords(List<String> words) { this.words = words; }
  public double[] getCorenlp() { return corenlp; }
  public void setCorenlp(double[] corenlp) { this.corenlp = corenlp; }
}
