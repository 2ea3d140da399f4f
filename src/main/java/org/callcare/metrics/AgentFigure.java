package org.callcare.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;

/**
 * One figure of an agent's row in {@code agents.csv} (and, when marked, {@code trend.csv}): its columns
 * (snake_case), the counts and sums over calls it needs from the one aggregation pass, and its values from those
 * totals. {@link AgentFigures#LIST} declares them all, in column order.
 */
public sealed interface AgentFigure {
  /** Its columns in agents.csv, in order. */
  List<String> columns();

  /** Its columns in trend.csv (empty when it is not in the trend). */
  List<String> trendColumns();

  /** The counts over calls it reads. */
  default List<CallFigures.Count> counts() {
    return List.of();
  }

  /** The numeric columns whose sums it reads. */
  default List<String> sums() {
    return List.of();
  }

  /** Puts its values, by column, from an agent's totals. */
  void values(CallFigures.Totals totals, Map<String, Object> row);

  /** The calls that satisfy a condition. */
  record Tally(String column, Condition when, boolean inTrend) implements AgentFigure {
    @Override
    public List<String> columns() {
      return List.of(column);
    }

    @Override
    public List<String> trendColumns() {
      return inTrend ? columns() : List.of();
    }

    @Override
    public List<CallFigures.Count> counts() {
      return List.of(new CallFigures.Count(column, when));
    }

    @Override
    public void values(CallFigures.Totals t, Map<String, Object> row) {
      row.put(column, t.count(column));
    }
  }

  /**
   * A rate with its 95% Wilson interval: the calls that satisfy {@code when} (column {@code countColumn}) over
   * the calls of an earlier {@link Tally} ({@code over}); columns {@code countColumn, <name>_rate,
   * <name>_rate_low, <name>_rate_high}; the trend shows the count and the rate.
   */
  record RateOf(String name, String countColumn, Condition when, String over, boolean inTrend)
      implements AgentFigure {
    @Override
    public List<String> columns() {
      return List.of(countColumn, name + "_rate", name + "_rate_low", name + "_rate_high");
    }

    @Override
    public List<String> trendColumns() {
      return inTrend ? List.of(countColumn, name + "_rate") : List.of();
    }

    @Override
    public List<CallFigures.Count> counts() {
      return List.of(new CallFigures.Count(countColumn, when));
    }

    @Override
    public void values(CallFigures.Totals t, Map<String, Object> row) {
      Rate r = Rate.of(t.count(countColumn), t.count(over));
      row.put(countColumn, r.numerator());
      row.put(name + "_rate", r.rate());
      row.put(name + "_rate_low", r.low());
      row.put(name + "_rate_high", r.high());
    }
  }

  /** The mean of a numeric call column over the calls that have it (rounded to 4 places when asked); empty when none has. */
  record Mean(String column, String source, boolean rounded, boolean inTrend) implements AgentFigure {
    @Override
    public List<String> columns() {
      return List.of(column);
    }

    @Override
    public List<String> trendColumns() {
      return inTrend ? columns() : List.of();
    }

    @Override
    public List<String> sums() {
      return List.of(source);
    }

    @Override
    public void values(CallFigures.Totals t, Map<String, Object> row) {
      Double mean = t.mean(source);
      row.put(column, mean == null || !rounded ? mean : Rounding.round4(mean));
    }
  }

  /** How many calls have a value in a numeric call column. */
  record WithValue(String column, String source) implements AgentFigure {
    @Override
    public List<String> columns() {
      return List.of(column);
    }

    @Override
    public List<String> trendColumns() {
      return List.of();
    }

    @Override
    public List<String> sums() {
      return List.of(source);
    }

    @Override
    public void values(CallFigures.Totals t, Map<String, Object> row) {
      row.put(column, t.present(source));
    }
  }

  /**
   * A behaviour's rate over the calls it applies to (its {@link Behaviour.Denominator}), from the behaviour counts
   * every behaviour has ({@link CallFigures#COUNTS}); the one denominator no other column holds (calls where the
   * customer's name is known) gets its own column first.
   */
  record BehaviourRate(Behaviour behaviour) implements AgentFigure {
    @Override
    public List<String> columns() {
      List<String> columns = new ArrayList<>();
      if (behaviour.denominator() == Behaviour.Denominator.NAME_KNOWN_CALLS) {
        columns.add(behaviour.denominator().column());
      }
      String id = behaviour.id();
      columns.addAll(List.of(id + "_calls", id + "_rate", id + "_rate_low", id + "_rate_high"));
      return columns;
    }

    @Override
    public List<String> trendColumns() {
      return List.of();
    }

    @Override
    public void values(CallFigures.Totals t, Map<String, Object> row) {
      String id = behaviour.id();
      long applies = t.count(id + ".applies");
      if (behaviour.denominator() == Behaviour.Denominator.NAME_KNOWN_CALLS) {
        row.put(behaviour.denominator().column(), applies);
      }
      Rate r = Rate.of(t.count(id + ".present"), applies);
      row.put(id + "_calls", r.numerator());
      row.put(id + "_rate", r.rate());
      row.put(id + "_rate_low", r.low());
      row.put(id + "_rate_high", r.high());
    }
  }
}
