package org.callcare.metrics;

/**
 * Per-call care metrics that need only the call itself (repeat contact needs the other calls of the customer;
 * see {@link RepeatContacts}). Sentiment figures are rounded to 4 places; null means undefined.
 *
 * @param turns all turns, system turns included
 * @param customerTurns customer turns
 * @param scoredCustomerTurns customer turns with a sentiment score (the n of the thirds rule)
 * @param apologyAfterComplaint null when the call has no complaint
 * @param complaint whether a customer turn is negative or carries a complaint cue
 * @param evidence agent sentences that triggered apology and transfer, "rule: text" joined with " | "
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
    boolean apologyPresent,
    int apologyCount,
    boolean complaint,
    Boolean apologyAfterComplaint,
    boolean transfer,
    String evidence) {}
