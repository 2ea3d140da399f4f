package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Condition;

/**
 * The one aggregation pass behind every agent, behaviour, driver, window and trend figure: Spark computes each of
 * {@link CallFigures#COUNTS} and {@link CallFigures#SUMS} per agent and call day in a single grouping, and the
 * small result (agents × days) is brought to the driver, where the reports are derived from it.
 */
public final class FigurePass {
  private FigurePass() {}

  public static List<CallFigures.AgentDay> run(Dataset<?> calls) {
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < CallFigures.COUNTS.size(); i++) {
      aggregates.add(sum(when(column(CallFigures.COUNTS.get(i).when()), 1L).otherwise(0L)).as("c" + i));
    }
    for (int i = 0; i < CallFigures.SUMS.size(); i++) {
      // summed as exact decimals: the same totals whatever the partitioning (local or cluster), so the
      // reports are byte-identical wherever they run
      Column value = col(CallFigures.SUMS.get(i)).cast("decimal(30,10)");
      aggregates.add(sum(value).as("s" + i));
      aggregates.add(count(value).as("n" + i));
    }
    List<Row> rows = calls.groupBy(col("agentId"), col("callDate"))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
        .collectAsList(); // one row per agent and day: a small aggregate
    List<CallFigures.AgentDay> days = new ArrayList<>(rows.size());
    int counts = CallFigures.COUNTS.size();
    for (Row r : rows) {
      Map<String, Long> c = new HashMap<>();
      for (int i = 0; i < counts; i++) {
        c.put(CallFigures.COUNTS.get(i).name(), r.getLong(2 + i));
      }
      Map<String, Double> s = new HashMap<>();
      Map<String, Long> n = new HashMap<>();
      for (int i = 0; i < CallFigures.SUMS.size(); i++) {
        String name = CallFigures.SUMS.get(i);
        int at = 2 + counts + 2 * i;
        if (!r.isNullAt(at)) {
          s.put(name, r.getDecimal(at).doubleValue());
        }
        n.put(name, r.getLong(at + 1));
      }
      days.add(new CallFigures.AgentDay(r.getString(0), r.getString(1), new CallFigures.Totals(c, s, n)));
    }
    // a fixed order, so that totals over several days are added in the same order on every run
    days.sort(java.util.Comparator.comparing(CallFigures.AgentDay::agentId)
        .thenComparing(CallFigures.AgentDay::callDate));
    return days;
  }

  /** A condition as a Spark column: true, false or null (null counts as false). */
  static Column column(Condition condition) {
    if (condition instanceof Condition.All) {
      return lit(true);
    }
    if (condition instanceof Condition.Flag f) {
      return col(f.column());
    }
    if (condition instanceof Condition.Equals e) {
      return col(e.column()).equalTo(lit(e.value()));
    }
    if (condition instanceof Condition.HasValue h) {
      return col(h.column()).isNotNull();
    }
    if (condition instanceof Condition.Applies a) {
      return col("behaviourPresence").getItem(a.behaviour()).isNotNull();
    }
    if (condition instanceof Condition.Present p) {
      return col("behaviourPresence").getItem(p.behaviour()).equalTo(lit(true));
    }
    if (condition instanceof Condition.Absent a) {
      return col("behaviourPresence").getItem(a.behaviour()).equalTo(lit(false));
    }
    if (condition instanceof Condition.Not n) {
      return org.apache.spark.sql.functions.not(org.apache.spark.sql.functions.coalesce(column(n.condition()),
          lit(false)));
    }
    Condition.And and = (Condition.And) condition;
    return column(and.left()).and(column(and.right()));
  }
}
