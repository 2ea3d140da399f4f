package org.callcare.eval;

/**
 * A confusion count for one behaviour on one set of texts, with precision, recall and F1 (null when undefined:
 * no predicted positives, no true positives in the labels, or both zero).
 */
public record Confusion(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

  public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

  public Confusion add(boolean predicted, boolean actual) {
    return new Confusion(
        truePositives + (predicted && actual ? 1 : 0),
        falsePositives + (predicted && !actual ? 1 : 0),
        falseNegatives + (!predicted && actual ? 1 : 0),
        trueNegatives + (!predicted && !actual ? 1 : 0));
  }

  public Confusion plus(Confusion other) {
    return new Confusion(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
  }

  public long texts() {
    return truePositives + falsePositives + falseNegatives + trueNegatives;
  }

  public long positives() {
    return truePositives + falseNegatives;
  }

  public Double precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? null : (double) truePositives / predicted;
  }

  public Double recall() {
    return positives() == 0 ? null : (double) truePositives / positives();
  }

  public Double f1() {
    Double p = precision();
    Double r = recall();
    if (p == null || r == null || p + r == 0) {
      return null;
    }
    return 2 * p * r / (p + r);
  }
}
