package org.callcare.report;

import java.util.List;

/** Column order of each CSV report (snake_case; bean properties are the camelCase of the same names). */
public final class ReportColumns {
  private ReportColumns() {}

  public static final List<String> CALLS = List.of(
      "call_id", "agent_id", "customer_id", "started_at", "queue", "turns", "customer_turns", "agent_turns",
      "scored_customer_turns", "customer_start_sentiment", "customer_end_sentiment", "sentiment_shift",
      "started_negative", "de_escalated", "escalated", "apology_present", "apology_count", "complaint",
      "apology_after_complaint", "transfer", "repeat_contact", "one_call_resolution", "fcr_status", "evidence",
      "source");

  public static final List<String> AGENTS = List.of(
      "agent_id", "calls", "started_negative_calls", "de_escalated_calls", "de_escalation_rate",
      "de_escalation_rate_low", "de_escalation_rate_high", "apology_calls", "apology_rate", "apology_rate_low",
      "apology_rate_high", "complaint_calls", "apology_after_complaint_calls", "apology_after_complaint_rate",
      "apology_after_complaint_rate_low", "apology_after_complaint_rate_high", "transfer_calls", "transfer_rate",
      "transfer_rate_low", "transfer_rate_high", "fcr_final_calls", "fcr_provisional_calls",
      "one_call_resolved_calls", "one_call_resolution_rate", "one_call_resolution_rate_low",
      "one_call_resolution_rate_high", "mean_sentiment_shift");

  public static final List<String> TURNS = List.of(
      "call_id", "turn_index", "speaker", "agent_id", "text", "start_ms", "end_ms", "sentences", "tokens", "score", "label",
      "prob_very_negative", "prob_negative", "prob_neutral", "prob_positive", "prob_very_positive");

  public static final List<String> REJECTED = List.of("source", "record", "reason");

  /** {@code de_escalation_rate_low} → {@code deEscalationRateLow}. */
  public static String camel(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
