package org.callcare.metrics;

/**
 * The difference between two rates, {@code with − without}, and its 95% interval by Newcombe's hybrid score
 * method (his method 10: the two Wilson intervals combined), which behaves on small groups and rates near 0 or
 * 1 where the textbook Wald interval does not. Values rounded to 4 places; all null when either group is empty.
 */
public record RateDifference(Rate with, Rate without, Double difference, Double low, Double high) {

  public static RateDifference of(long successesWith, long callsWith, long successesWithout, long callsWithout) {
    Rate with = Rate.of(successesWith, callsWith);
    Rate without = Rate.of(successesWithout, callsWithout);
    if (callsWith == 0 || callsWithout == 0) {
      return new RateDifference(with, without, null, null, null);
    }
    double p1 = (double) successesWith / callsWith;
    double p2 = (double) successesWithout / callsWithout;
    WilsonInterval w1 = WilsonInterval.of(successesWith, callsWith);
    WilsonInterval w2 = WilsonInterval.of(successesWithout, callsWithout);
    double d = p1 - p2;
    double low = d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
    double high = d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
    return new RateDifference(with, without, Rounding.round4(d), Rounding.round4(Math.max(-1, low)),
        Rounding.round4(Math.min(1, high)));
  }

  private static double square(double x) {
    return x * x;
  }
}
