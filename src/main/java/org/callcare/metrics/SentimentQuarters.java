package org.callcare.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The customer's sentiment by position in the call, as Contact Lens shows it: the customer's scored turns, in
 * order, split into four quarters (turn i of n falls in quarter floor(4i/n)), and the mean score of each. A
 * quarter with no turn of its own (calls of fewer than 4 scored turns) takes the turn at its middle, so every
 * call with a scored turn has four values; averaged over calls, they draw the report's sentiment journey.
 */
public final class SentimentQuarters {
  public static final int QUARTERS = 4;

  private SentimentQuarters() {}

  /** Four means rounded to 4 places, or four nulls when no customer turn is scored. */
  public static List<Double> of(List<Double> scores) {
    int n = scores.size();
    if (n == 0) {
      return Arrays.asList(null, null, null, null);
    }
    double[] sum = new double[QUARTERS];
    int[] count = new int[QUARTERS];
    for (int i = 0; i < n; i++) {
      int q = (int) ((long) QUARTERS * i / n);
      sum[q] += scores.get(i);
      count[q]++;
    }
    List<Double> means = new ArrayList<>(QUARTERS);
    for (int q = 0; q < QUARTERS; q++) {
      double mean = count[q] > 0 ? sum[q] / count[q] : scores.get((int) ((q + 0.5) * n / QUARTERS));
      means.add(Rounding.round4(mean));
    }
    return means;
  }
}
