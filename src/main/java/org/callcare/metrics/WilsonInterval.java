package org.callcare.metrics;

/** 95% Wilson score interval for a binomial proportion; both bounds in [0, 1]. */
public record WilsonInterval(double low, double high) {

  /** z for a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  /** The interval for {@code successes} out of {@code trials}; null when there are no trials. */
  public static WilsonInterval of(long successes, long trials) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(successes + " successes out of " + trials + " trials");
    }
    if (trials == 0) {
      return null;
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z_95 * Z_95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
