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

  /**
   * A start or end below this is negative, on the turn score of the sentiment layer (P(positive) − P(negative)).
   * Chosen on the development calls ({@code training/contact-center/dev-calls*.jsonl}: 90 calls by three writers,
   * never the test calls) by one rule: keep at least 95% of the upset openers starting negative, then have the
   * fewest calm calls start negative. −0.30 gives 25 of 26 upset openers, 3 of 38 calm calls, and flags 20 of 26
   * escalating calls (−0.20: 25, 5 and 18; −0.35: 24, 1 and 22).
   */
  public static final double NEGATIVE_BELOW = -0.30;
  /** The same threshold on raw CoreNLP turn scores (METRICS.md), for comparison in evaluations. */
  public static final double CORENLP_NEGATIVE_BELOW = SentimentLabel.NEGATIVE_BELOW;

  /**
   * A start or end at or above the negative threshold mirrored ({@code -negativeBelow}) is positive: used only to
   * label starts and ends for the report's start → end matrix (not tuned; de-escalation reads the negative side).
   */
  public static String label(Double mean, double negativeBelow) {
    if (mean == null) {
      return null;
    }
    return mean < negativeBelow ? "negative" : mean >= -negativeBelow ? "positive" : "neutral";
  }

  public static DeEscalation of(List<Double> customerScores) {
    return of(customerScores, NEGATIVE_BELOW);
  }

  /** De-escalation with a start or end below {@code negativeBelow} counted negative. */
  public static DeEscalation of(List<Double> customerScores, double negativeBelow) {
    int n = customerScores.size();
    if (n < MIN_CUSTOMER_TURNS) {
      return UNDEFINED;
    }
    int k = (n + 2) / 3;
    double start = mean(customerScores.subList(0, k));
    double end = mean(customerScores.subList(n - k, n));
    boolean startedNegative = start < negativeBelow;
    boolean endedNegative = end < negativeBelow;
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
