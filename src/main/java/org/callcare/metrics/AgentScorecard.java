package org.callcare.metrics;

/**
 * One agent's care figures (METRICS.md "Per-agent rates"): each rate with its denominator and 95% Wilson
 * interval. De-escalation is over calls that started negative; apology-after-complaint over calls with a
 * complaint; one-call resolution over calls whose outcome is final; the rest over all calls.
 */
public record AgentScorecard(
    String agentId,
    long calls,
    long startedNegativeCalls,
    Rate deEscalation,
    Rate apology,
    long complaintCalls,
    Rate apologyAfterComplaint,
    Rate transfer,
    long fcrFinalCalls,
    long fcrProvisionalCalls,
    Rate oneCallResolution,
    Double meanSentimentShift) {

  public static AgentScorecard from(AgentCounts c) {
    return new AgentScorecard(
        c.agentId(),
        c.calls(),
        c.startedNegativeCalls(),
        Rate.of(c.deEscalatedCalls(), c.startedNegativeCalls()),
        Rate.of(c.apologyCalls(), c.calls()),
        c.complaintCalls(),
        Rate.of(c.apologyAfterComplaintCalls(), c.complaintCalls()),
        Rate.of(c.transferCalls(), c.calls()),
        c.fcrFinalCalls(),
        c.fcrProvisionalCalls(),
        Rate.of(c.oneCallResolvedCalls(), c.fcrFinalCalls()),
        c.shiftCalls() == 0 ? null : Rounding.round4(c.shiftSum() / c.shiftCalls()));
  }
}
