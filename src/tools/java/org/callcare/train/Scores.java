package org.callcare.train;

import java.util.List;
import java.util.Locale;

/**
 * Agreement of predicted with human labels over the three classes (negative, neutral, positive): accuracy,
 * macro-F1 (mean of the classes' F1), weighted-F1 (F1 weighted by each class's share of the human labels), each
 * class's recall, and the confusion matrix ({@code counts[gold][predicted]}).
 */
public record Scores(long[][] counts) {
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  public static Scores empty() {
    return new Scores(new long[3][3]);
  }

  public void add(String gold, String predicted, long n) {
    counts[CLASSES.indexOf(gold)][CLASSES.indexOf(predicted)] += n;
  }

  public long total() {
    long t = 0;
    for (long[] row : counts) {
      for (long v : row) {
        t += v;
      }
    }
    return t;
  }

  public double accuracy() {
    long right = 0;
    for (int c = 0; c < 3; c++) {
      right += counts[c][c];
    }
    return total() == 0 ? Double.NaN : (double) right / total();
  }

  public double recall(int c) {
    long gold = 0;
    for (int p = 0; p < 3; p++) {
      gold += counts[c][p];
    }
    return gold == 0 ? Double.NaN : (double) counts[c][c] / gold;
  }

  public double precision(int c) {
    long predicted = 0;
    for (int g = 0; g < 3; g++) {
      predicted += counts[g][c];
    }
    return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
  }

  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < 3; c++) {
      if (!Double.isNaN(recall(c))) {
        sum += f1(c);
        classes++;
      }
    }
    return classes == 0 ? Double.NaN : sum / classes;
  }

  public double weightedF1() {
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      long gold = 0;
      for (int p = 0; p < 3; p++) {
        gold += counts[c][p];
      }
      sum += gold * f1(c);
    }
    return total() == 0 ? Double.NaN : sum / total();
  }

  /** The confusion matrix in one line: rows are human labels, columns predictions (neg/neu/pos). */
  public String confusion() {
    StringBuilder out = new StringBuilder();
    for (int g = 0; g < 3; g++) {
      if (g > 0) {
        out.append(" / ");
      }
      out.append(String.format(Locale.ROOT, "%d %d %d", counts[g][0], counts[g][1], counts[g][2]));
    }
    return out.toString();
  }
}
