package org.callcare.metrics;

/**
 * A rate with its denominator and 95% Wilson interval, as reports print it: decimals rounded to 4 places; the
 * rate and bounds are null (an empty cell, never 0) when the denominator is 0.
 */
public record Rate(long numerator, long denominator, Double rate, Double low, Double high) {

  public static Rate of(long numerator, long denominator) {
    WilsonInterval interval = WilsonInterval.of(numerator, denominator);
    if (interval == null) {
      return new Rate(numerator, denominator, null, null, null);
    }
    return new Rate(numerator, denominator, Rounding.round4((double) numerator / denominator),
        Rounding.round4(interval.low()), Rounding.round4(interval.high()));
  }
}
