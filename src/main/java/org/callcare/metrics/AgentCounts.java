package org.callcare.metrics;

/**
 * Mergeable per-agent tallies over calls (sums and counts, never averages), from which {@link AgentScorecard}
 * derives rates. {@code shiftSum} adds the calls' rounded sentiment shifts over {@code shiftCalls} calls.
 */
public record AgentCounts(
    String agentId,
    long calls,
    long startedNegativeCalls,
    long deEscalatedCalls,
    long apologyCalls,
    long complaintCalls,
    long apologyAfterComplaintCalls,
    long transferCalls,
    long fcrFinalCalls,
    long oneCallResolvedCalls,
    long fcrProvisionalCalls,
    long shiftCalls,
    double shiftSum) {}
