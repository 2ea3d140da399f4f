package org.callcare.metrics;

import java.util.List;
import org.callcare.domain.SentimentLabel;

/**
 * Emotion de-escalation of one call from its scored customer turns, in order (METRICS.md). With n turns and
 * k = ceil(n/3): start = mean of the first k scores, end = mean of the last k. With fewer than 2 scored turns
 * every field is null and the call counts in no de-escalation figure.
 */
public record DeEscalation(
    Double start, Double end, Double shift, Boolean startedNegative, Boolean deEscalated, Boolean escalated) {

  /** Fewer than this many scored customer turns leaves de-escalation undefined. */
  public static final int MIN_CUSTOMER_TURNS = 2;

  private static final DeEscalation UNDEFINED = new DeEscalation(null, null, null, null, null, null);

  public static DeEscalation of(List<Double> customerScores) {
    int n = customerScores.size();
    if (n < MIN_CUSTOMER_TURNS) {
      return UNDEFINED;
    }
    int k = (n + 2) / 3;
    double start = mean(customerScores.subList(0, k));
    double end = mean(customerScores.subList(n - k, n));
    boolean startedNegative = start < SentimentLabel.NEGATIVE_BELOW;
    boolean endedNegative = end < SentimentLabel.NEGATIVE_BELOW;
    return new DeEscalation(start, end, end - start, startedNegative,
        startedNegative && !endedNegative, !startedNegative && endedNegative);
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
  }
}
