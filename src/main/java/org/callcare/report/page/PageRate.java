package org.callcare.report.page;

import java.util.List;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Rate;

/**
 * One of the main rates the report page shows (headline, scorecard, trend): calls counted in an agents.csv column
 * over the sum of one or more agents.csv tally columns, with its 95% Wilson interval, so that the page's figure
 * is the CSV's figure. {@link #MAIN} declares them once, in page order.
 *
 * @param key a short id (used in the page's markup and tests)
 * @param direction whether a higher rate is better for the customer, worse, or neither (context, not colour)
 */
public record PageRate(String key, String label, String countColumn, List<String> overColumns,
    Direction direction, String definition) {

  /** Which way is good. */
  public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, CONTEXT }

  public static final List<PageRate> MAIN = List.of(
      new PageRate("started_negative", "Start negative", "started_negative_calls",
          List.of("started_negative_calls", "started_calm_calls"), Direction.CONTEXT,
          "Calls whose customer starts negative (mean of the first third of the customer's scored turns), of the"
              + " calls with at least two scored customer turns."),
      new PageRate("de_escalation", "De-escalation", "de_escalated_calls", List.of("started_negative_calls"),
          Direction.HIGHER_IS_BETTER, "Calls that started negative and did not end negative."),
      new PageRate("escalation", "Escalation", "escalated_calls", List.of("started_calm_calls"),
          Direction.LOWER_IS_BETTER, "Calls that did not start negative but ended negative."),
      new PageRate("apology_after_complaint", "Apology when owed", "apology_after_complaint_calls",
          List.of("complaint_calls"), Direction.HIGHER_IS_BETTER,
          "Calls with a customer complaint where one of the agent's two turns after the first complaint"
              + " apologises."),
      new PageRate("transfer", "Transfers", "transfer_calls", List.of("calls"), Direction.LOWER_IS_BETTER,
          "Calls the agent transferred."),
      new PageRate("one_call_resolution", "One-call resolution", "one_call_resolved_calls",
          List.of("fcr_final_calls"), Direction.HIGHER_IS_BETTER,
          "Calls with a final outcome whose customer did not call again within the window and that were not"
              + " transferred; calls still inside the window are provisional and not counted."));

  /** The rate over some calls' totals (the agents.csv figure when the totals are an agent's). */
  public Rate of(CallFigures.Totals totals) {
    long over = 0;
    for (String column : overColumns) {
      over += totals.count(column);
    }
    return Rate.of(totals.count(countColumn), over);
  }
}
