package org.callcare.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;

/**
 * Every figure the agent, behaviour, driver, window and trend reports need, declared once as mergeable counts and
 * sums over calls, the way deequ declares its analyzers: one aggregation pass computes them all per agent and
 * day ({@link Totals}), and every report is derived from those totals (sums of days, filters of days) without
 * reading the calls again. Adding a behaviour means its rules and its enum entry; adding an agent rate means
 * one entry in {@link AgentFigures#LIST}, which declares the counts it needs.
 */
public final class CallFigures {
  private CallFigures() {}

  /** The totals of one agent's calls on one call day: what the one aggregation pass computes per group. */
  public record AgentDay(String agentId, String callDate, Totals totals) {}

  /** The calls that satisfy a condition, counted under a name. */
  public record Count(String name, Condition when) {}

  /** Outcomes the drivers table compares with and without each behaviour: name and its flag. */
  public static final List<String> DRIVER_OUTCOMES = List.of("startedNegative", "deEscalated", "final", "resolved");

  /** A call's start and end sentiment labels ({@code customerStartLabel}, {@code customerEndLabel}). */
  public static final List<String> LABELS = List.of("negative", "neutral", "positive");

  /** The counts, in a fixed order: the agent figures', then each behaviour's and its drivers'. */
  public static final List<Count> COUNTS = counts();

  /** The customer's mean score by quarter of the call ({@link SentimentQuarters}): the report's journey line. */
  public static final List<String> QUARTER_SUMS = List.of("customerSentimentQ1", "customerSentimentQ2",
      "customerSentimentQ3", "customerSentimentQ4");

  /** The same over the calls whose customer started negative. */
  public static final List<String> STARTED_NEGATIVE_QUARTER_SUMS = List.of("startedNegativeQ1",
      "startedNegativeQ2", "startedNegativeQ3", "startedNegativeQ4");

  /**
   * The numeric columns summed, in a fixed order: the sum and the number of non-empty values of each (for a mean
   * over the calls that have it): the agent figures', then the quarters' (all calls, then those that started
   * negative).
   */
  public static final List<String> SUMS = java.util.stream.Stream.of(
      AgentFigures.LIST.stream().flatMap(f -> f.sums().stream()), QUARTER_SUMS.stream(),
      STARTED_NEGATIVE_QUARTER_SUMS.stream()).flatMap(x -> x).distinct().toList();

  /** The count of calls that start with one label and end with another (the report's start → end matrix). */
  public static String journeyCount(String start, String end) {
    return "journey." + start + "." + end;
  }

  private static List<Count> counts() {
    List<Count> counts = new ArrayList<>();
    AgentFigures.LIST.forEach(f -> counts.addAll(f.counts()));
    for (String start : LABELS) {
      for (String end : LABELS) {
        counts.add(new Count(journeyCount(start, end), new Condition.And(
            new Condition.Equals("customerStartLabel", start), new Condition.Equals("customerEndLabel", end))));
      }
    }
    for (Behaviour b : Behaviour.values()) {
      String id = b.id();
      counts.add(new Count(id + ".applies", new Condition.Applies(id)));
      counts.add(new Count(id + ".present", new Condition.Present(id)));
      for (String outcome : DRIVER_OUTCOMES) {
        Condition flag = switch (outcome) {
          case "final" -> Condition.FINAL;
          case "resolved" -> Condition.RESOLVED;
          default -> Condition.flag(outcome);
        };
        counts.add(new Count(id + ".with." + outcome, new Condition.And(new Condition.Present(id), flag)));
        counts.add(new Count(id + ".without." + outcome, new Condition.And(new Condition.Absent(id), flag)));
      }
    }
    return List.copyOf(counts);
  }

  /**
   * Counts and sums over some calls; totals of disjoint sets of calls add up ({@link #plus}).
   *
   * @param counts by {@link Count#name()}
   * @param sums by column of {@link #SUMS}: the sum of the non-empty values
   * @param present by column of {@link #SUMS}: how many calls have a value
   */
  public record Totals(Map<String, Long> counts, Map<String, Double> sums, Map<String, Long> present) {
    public static Totals empty() {
      return new Totals(Map.of(), Map.of(), Map.of());
    }

    /** The totals of several disjoint sets of calls, added in the order given. */
    public static Totals sum(Iterable<Totals> totals) {
      Totals all = empty();
      for (Totals t : totals) {
        all = all.plus(t);
      }
      return all;
    }

    public long count(String name) {
      return counts.getOrDefault(name, 0L);
    }

    /** The mean of a sum's values, null when no call has one. */
    public Double mean(String name) {
      long n = present.getOrDefault(name, 0L);
      return n == 0 ? null : sums.getOrDefault(name, 0.0) / n;
    }

    public long present(String name) {
      return present.getOrDefault(name, 0L);
    }

    public Totals plus(Totals other) {
      Map<String, Long> c = new HashMap<>(counts);
      other.counts.forEach((k, v) -> c.merge(k, v, Long::sum));
      Map<String, Double> s = new HashMap<>(sums);
      other.sums.forEach((k, v) -> s.merge(k, v, Double::sum));
      Map<String, Long> p = new HashMap<>(present);
      other.present.forEach((k, v) -> p.merge(k, v, Long::sum));
      return new Totals(c, s, p);
    }
  }
}
