package org.callcare.metrics;

import static org.callcare.metrics.Condition.flag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callcare.domain.Behaviour;

/**
 * The per-agent report figures (METRICS.md "Per-agent rates"), declared once in {@link #LIST}: the columns of
 * {@code agents.csv}, its trailing windows and {@code trend.csv}, what each counts over calls and how its value
 * comes from an agent's {@link CallFigures.Totals}. Adding an agent rate means one {@link AgentFigure.RateOf}
 * here; its columns, its count in the aggregation pass and its values follow. Also the behaviour rates of
 * {@code behaviours.csv} and the drivers table. Plain arithmetic on counts; every rate with its Wilson interval.
 */
public final class AgentFigures {
  private AgentFigures() {}

  /** Behaviours with wide rate columns in agents.csv (apology, its timing and transfer have theirs above). */
  public static final List<Behaviour> WIDE_BEHAVIOURS = Arrays.stream(Behaviour.values())
      .filter(b -> b != Behaviour.APOLOGY && b != Behaviour.APOLOGY_AFTER_COMPLAINT && b != Behaviour.TRANSFER
          && b != Behaviour.CUSTOMER_GIVES_NAME).toList();

  /** Every figure of an agent's row, in column order (after {@code agent_id}). */
  public static final List<AgentFigure> LIST = figures();

  private static List<AgentFigure> figures() {
    boolean trend = true;
    boolean agentsOnly = false;
    List<AgentFigure> list = new ArrayList<>(List.of(
        new AgentFigure.Tally("calls", Condition.ALL, trend),
        new AgentFigure.Tally("started_negative_calls", flag("startedNegative"), trend),
        new AgentFigure.RateOf("de_escalation", "de_escalated_calls", flag("deEscalated"),
            "started_negative_calls", trend),
        new AgentFigure.Tally("started_calm_calls", new Condition.And(new Condition.HasValue(
            "customerStartSentiment"), new Condition.Not(flag("startedNegative"))), trend),
        new AgentFigure.RateOf("escalation", "escalated_calls", flag("escalated"), "started_calm_calls", trend),
        new AgentFigure.RateOf("apology", "apology_calls", flag("apologyPresent"), "calls", trend),
        new AgentFigure.Tally("complaint_calls", flag("complaint"), trend),
        new AgentFigure.RateOf("apology_after_complaint", "apology_after_complaint_calls",
            flag("apologyAfterComplaint"), "complaint_calls", trend),
        new AgentFigure.RateOf("transfer", "transfer_calls", flag("transfer"), "calls", trend),
        new AgentFigure.Tally("fcr_final_calls", Condition.FINAL, trend),
        new AgentFigure.Tally("fcr_provisional_calls", new Condition.Not(Condition.FINAL), trend),
        new AgentFigure.RateOf("one_call_resolution", "one_call_resolved_calls", Condition.RESOLVED,
            "fcr_final_calls", trend),
        new AgentFigure.Mean("mean_sentiment_shift", "sentimentShift", true, trend)));
    for (Behaviour b : WIDE_BEHAVIOURS) {
      list.add(new AgentFigure.BehaviourRate(b));
    }
    list.add(new AgentFigure.WithValue("timed_calls", "talkRatioAgent"));
    for (String column : List.of("talkRatioAgent", "agentWpm", "customerWpm", "interruptionsByAgent",
        "interruptionsByCustomer", "nonTalkShare", "longestAgentMonologueMs")) {
      list.add(new AgentFigure.Mean("mean_" + snake(column), column, false, agentsOnly));
    }
    checkDenominators(list);
    return List.copyOf(list);
  }

  /**
   * A rate's denominator must be a tally declared before it (so it is in the row and counted), and a rate the
   * trend shows must be over a tally the trend shows (so a day's rate can be read with its denominator).
   */
  static void checkDenominators(List<AgentFigure> list) {
    Set<String> tallies = new LinkedHashSet<>();
    Set<String> inTrend = new LinkedHashSet<>();
    for (AgentFigure f : list) {
      if (f instanceof AgentFigure.Tally t) {
        tallies.add(t.column());
        if (t.inTrend()) {
          inTrend.add(t.column());
        }
      } else if (f instanceof AgentFigure.RateOf r) {
        if (!tallies.contains(r.over())) {
          throw new IllegalStateException("rate " + r.name() + " is over " + r.over() + ", not a tally above it");
        }
        if (r.inTrend() && !inTrend.contains(r.over())) {
          throw new IllegalStateException("rate " + r.name() + " is in the trend, its tally " + r.over() + " is not");
        }
      }
    }
  }

  /** agents.csv columns after {@code agent_id}. */
  public static List<String> columns() {
    return LIST.stream().flatMap(f -> f.columns().stream()).toList();
  }

  /** trend.csv columns after {@code agent_id, call_date}. */
  public static List<String> trendColumns() {
    return LIST.stream().flatMap(f -> f.trendColumns().stream()).toList();
  }

  /** An agent's values by agents.csv column (without {@code agent_id}); empty rates are null. */
  public static Map<String, Object> values(CallFigures.Totals totals) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (AgentFigure f : LIST) {
      f.values(totals, row);
    }
    return row;
  }

  /** The rate of each behaviour that applies to some of the calls, over the calls it applies to. */
  public static Map<Behaviour, Rate> behaviourRates(CallFigures.Totals t) {
    Map<Behaviour, Rate> rates = new LinkedHashMap<>();
    for (Behaviour b : Behaviour.values()) {
      long calls = t.count(b.id() + ".applies");
      if (calls > 0) {
        rates.put(b, Rate.of(t.count(b.id() + ".present"), calls));
      }
    }
    return rates;
  }

  /** One row of the drivers table. */
  public record Driver(String behaviour, String outcome, RateDifference difference) {}

  /** drivers.csv outcome names. */
  public static final String DE_ESCALATION = "de_escalation";
  public static final String ONE_CALL_RESOLUTION = "one_call_resolution";

  /** The drivers table: each behaviour that applies to some call, by outcome, with and without it. */
  public static List<Driver> drivers(CallFigures.Totals t) {
    List<Driver> rows = new ArrayList<>();
    for (Behaviour b : Behaviour.values()) {
      String id = b.id();
      if (t.count(id + ".applies") == 0) {
        continue;
      }
      rows.add(new Driver(id, DE_ESCALATION, RateDifference.of(t.count(id + ".with.deEscalated"),
          t.count(id + ".with.startedNegative"), t.count(id + ".without.deEscalated"),
          t.count(id + ".without.startedNegative"))));
      rows.add(new Driver(id, ONE_CALL_RESOLUTION, RateDifference.of(t.count(id + ".with.resolved"),
          t.count(id + ".with.final"), t.count(id + ".without.resolved"), t.count(id + ".without.final"))));
    }
    return rows;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }
}
