package org.callcare.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callcare.domain.Behaviour;
import org.callcare.metrics.AgentFigures;

/** Column order of each CSV report (snake_case; bean properties are the camelCase of the same names). */
public final class ReportColumns {
  private ReportColumns() {}

  /** Rule-based behaviours with a per-call turn count in calls.csv ({@code <id>_count}). */
  public static final List<Behaviour> COUNTED_BEHAVIOURS = Arrays.stream(Behaviour.values())
      .filter(b -> b.ruleBased() && b != Behaviour.CUSTOMER_GIVES_NAME).toList();

  /** Call timing columns (empty without turn timestamps). */
  public static final List<String> TIMING = List.of("talk_ratio_agent", "agent_wpm", "customer_wpm",
      "interruptions_by_agent", "interruptions_by_customer", "non_talk_ms", "non_talk_share",
      "longest_agent_monologue_ms");

  public static final List<String> CALLS = concat(
      List.of("call_id", "agent_id", "customer_id", "started_at", "call_date", "queue", "turns", "customer_turns",
          "agent_turns",
          "scored_customer_turns", "customer_start_sentiment", "customer_end_sentiment", "sentiment_shift",
          "customer_start_label", "customer_end_label",
          "started_negative", "de_escalated", "escalated", "apology_present", "complaint",
          "apology_after_complaint", "transfer", "warm_transfer", "customer_name_known", "customer_name_used"),
      COUNTED_BEHAVIOURS.stream().map(b -> b.id() + "_count").toList(),
      TIMING,
      List.of("repeat_contact", "one_call_resolution", "fcr_status", "warnings", "format", "source"));

  /** agents.csv (and its windows): the agent figures declared in {@link AgentFigures#LIST}. */
  public static final List<String> AGENTS = concat(List.of("agent_id"), AgentFigures.columns());

  /** trend.csv: the main agent figures per agent and day. */
  public static final List<String> TREND = concat(List.of("agent_id", "call_date"), AgentFigures.trendColumns());

  public static final List<String> BEHAVIOURS = List.of(
      "agent_id", "behaviour", "calls", "calls_with", "rate", "rate_low", "rate_high");

  public static final List<String> DRIVERS = List.of(
      "behaviour", "outcome", "calls_with", "rate_with", "calls_without", "rate_without", "difference",
      "difference_low", "difference_high");

  public static final List<String> EVIDENCE = List.of(
      "call_id", "agent_id", "turn_index", "speaker", "behaviour", "rule_id", "matched_text", "sentence");

  public static final List<String> TURNS = List.of(
      "call_id", "turn_index", "speaker", "agent_id", "text", "start_ms", "end_ms", "sentences", "tokens", "score", "label",
      "vendor_sentiment", "p_negative", "p_neutral", "p_positive", "corenlp_score", "corenlp_label",
      "corenlp_very_negative", "corenlp_negative", "corenlp_neutral", "corenlp_positive", "corenlp_very_positive");

  public static final List<String> REJECTED = List.of("source", "record", "reason");

  public static final List<String> WARNINGS = List.of("source", "call_id", "warning");

  public static final List<String> VENDOR_SENTIMENT = List.of("vendor_sentiment", "corenlp_label", "turns");

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return List.copyOf(all);
  }

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
