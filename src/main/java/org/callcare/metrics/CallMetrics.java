package org.callcare.metrics;

import java.util.List;
import org.callcare.behaviour.CallBehaviours;

/**
 * Per-call care metrics that need only the call itself (repeat contact needs the other calls of the customer;
 * see {@link RepeatContacts}). Sentiment figures are rounded to 4 places; null means undefined.
 *
 * @param turns all turns, system turns included
 * @param customerTurns customer turns
 * @param scoredCustomerTurns customer turns with a sentiment score (the n of the thirds rule)
 * @param customerStartLabel the start's label (negative, neutral or positive; {@link DeEscalation#label}), null
 *     with fewer than 2 scored customer turns; {@code customerEndLabel} likewise
 * @param customerQuarters the customer's mean score in each quarter of its scored turns ({@link SentimentQuarters})
 * @param behaviours what the agent (and customer) did, with evidence
 * @param timing talk-time figures; all null when the turns carry no timing
 */
public record CallMetrics(
    int turns,
    int customerTurns,
    int agentTurns,
    int scoredCustomerTurns,
    Double customerStartSentiment,
    Double customerEndSentiment,
    Double sentimentShift,
    Boolean startedNegative,
    Boolean deEscalated,
    Boolean escalated,
    String customerStartLabel,
    String customerEndLabel,
    List<Double> customerQuarters,
    CallBehaviours behaviours,
    TimingMetrics timing) {

  /** The quarters of a call whose customer started negative, else four nulls (the page's second journey line). */
  public List<Double> quartersIfStartedNegative() {
    return Boolean.TRUE.equals(startedNegative) ? customerQuarters : java.util.Arrays.asList(null, null, null, null);
  }
}
