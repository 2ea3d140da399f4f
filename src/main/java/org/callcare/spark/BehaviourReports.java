package org.callcare.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.callcare.spark.Aggregates.countWhere;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.callcare.domain.Behaviour;
import org.callcare.metrics.Rate;
import org.callcare.metrics.RateDifference;
import org.callcare.metrics.RepeatContacts.FcrStatus;
import org.callcare.report.ReportColumns;

/**
 * Behaviour figures over calls, with Spark's own aggregates on the calls' behaviour-presence map (exploded to one
 * row per call and applicable behaviour): per-agent rates (behaviours.csv and the wide columns of agents.csv),
 * per-agent timing means, and the drivers table (outcome rates with and without each behaviour).
 */
public final class BehaviourReports {
  /** drivers.csv outcome names. */
  public static final String DE_ESCALATION = "de_escalation";
  public static final String ONE_CALL_RESOLUTION = "one_call_resolution";

  private BehaviourReports() {}

  /** One row per call and behaviour that applies to it: agent, behaviour, present, and the call's outcomes. */
  static Dataset<Row> presence(Dataset<CallReportRow> calls) {
    return calls.select(col("agentId"), col("startedNegative"), col("deEscalated"), col("fcrStatus"),
            col("oneCallResolution"), explode(col("behaviourPresence")))
        .withColumnRenamed("key", "behaviour")
        .withColumnRenamed("value", "present");
  }

  /** behaviours.csv: each agent's rate for each behaviour over the calls it applies to. */
  public static Dataset<BehaviourRateRow> perAgent(Dataset<CallReportRow> calls) {
    return presence(calls)
        .groupBy(col("agentId"), col("behaviour"))
        .agg(count(lit(1)).as("calls"), countWhere(col("present")).as("callsWith"))
        .map((MapFunction<Row, BehaviourRateRow>) tally -> {
          BehaviourRateRow row = new BehaviourRateRow();
          row.setAgentId(tally.getString(0));
          row.setBehaviour(tally.getString(1));
          Rate rate = Rate.of(tally.getLong(3), tally.getLong(2));
          row.setCalls(rate.denominator());
          row.setCallsWith(rate.numerator());
          row.setRate(rate.rate());
          row.setRateLow(rate.low());
          row.setRateHigh(rate.high());
          return row;
        }, RowEncoders.BEHAVIOUR_RATE);
  }

  /**
   * The wide behaviour columns of agents.csv (see {@link ReportColumns#AGENT_BEHAVIOURS}), named in camelCase:
   * one row per agent, pivoted from {@code rates}. Counts of calls are 0, and rates empty, where no call of the
   * agent has the behaviour's denominator.
   */
  public static Dataset<Row> wideRates(Dataset<BehaviourRateRow> rates) {
    List<Object> behaviours = new ArrayList<>(ReportColumns.AGENT_BEHAVIOURS.stream().map(Behaviour::id).toList());
    Dataset<Row> pivoted = rates.groupBy(col("agentId"))
        .pivot("behaviour", behaviours)
        .agg(first(col("calls")).as("denominator"), first(col("callsWith")).as("calls"),
            first(col("rate")).as("rate"), first(col("rateLow")).as("rate_low"),
            first(col("rateHigh")).as("rate_high"));
    List<Column> columns = new ArrayList<>();
    columns.add(col("agentId"));
    for (Behaviour b : ReportColumns.AGENT_BEHAVIOURS) {
      String id = b.id();
      if (b.denominator() == Behaviour.Denominator.NAME_KNOWN_CALLS) {
        columns.add(coalesce(col(id + "_denominator"), lit(0L)).as(ReportColumns.camel(b.denominator().column())));
      }
      columns.add(coalesce(col(id + "_calls"), lit(0L)).as(ReportColumns.camel(id + "_calls")));
      for (String suffix : List.of("rate", "rate_low", "rate_high")) {
        columns.add(col(id + "_" + suffix).as(ReportColumns.camel(id + "_" + suffix)));
      }
    }
    return pivoted.select(columns.toArray(Column[]::new));
  }

  /** Per-agent means of the call timing figures over the agent's timed calls (camelCase columns). */
  public static Dataset<Row> timingMeans(Dataset<CallReportRow> calls) {
    return calls.groupBy(col("agentId"))
        .agg(count(col("talkRatioAgent")).as("timedCalls"),
            avg(col("talkRatioAgent")).as("meanTalkRatioAgent"),
            avg(col("agentWpm")).as("meanAgentWpm"),
            avg(col("customerWpm")).as("meanCustomerWpm"),
            avg(col("interruptionsByAgent")).as("meanInterruptionsByAgent"),
            avg(col("interruptionsByCustomer")).as("meanInterruptionsByCustomer"),
            avg(col("nonTalkShare")).as("meanNonTalkShare"),
            avg(col("longestAgentMonologueMs")).as("meanLongestAgentMonologueMs"));
  }

  /**
   * drivers.csv: for every behaviour, the de-escalation and one-call-resolution rates of calls with and without
   * it, over all agents. Spark tallies per (behaviour, present); the tallies (two rows per behaviour) are small
   * enough to bring to the driver, where the differences and intervals are computed.
   */
  public static Dataset<DriverRow> drivers(SparkSession spark, Dataset<CallReportRow> calls) {
    Column finalOutcome = col("fcrStatus").equalTo(lit(FcrStatus.FINAL.label()));
    List<Row> tallies = presence(calls)
        .groupBy(col("behaviour"), col("present"))
        .agg(countWhere(col("startedNegative")).as("startedNegative"),
            countWhere(col("deEscalated")).as("deEscalated"),
            countWhere(finalOutcome).as("final"),
            countWhere(finalOutcome.and(col("oneCallResolution"))).as("resolved"))
        .collectAsList();
    Map<String, long[][]> byBehaviour = new HashMap<>();
    for (Row t : tallies) {
      long[][] counts = byBehaviour.computeIfAbsent(t.getString(0), k -> new long[2][4]);
      counts[t.getBoolean(1) ? 0 : 1] = new long[] {t.getLong(2), t.getLong(3), t.getLong(4), t.getLong(5)};
    }
    List<DriverRow> rows = new ArrayList<>();
    byBehaviour.forEach((behaviour, c) -> {
      rows.add(driver(behaviour, DE_ESCALATION, RateDifference.of(c[0][1], c[0][0], c[1][1], c[1][0])));
      rows.add(driver(behaviour, ONE_CALL_RESOLUTION, RateDifference.of(c[0][3], c[0][2], c[1][3], c[1][2])));
    });
    return spark.createDataset(rows, RowEncoders.DRIVER);
  }

  private static DriverRow driver(String behaviour, String outcome, RateDifference d) {
    DriverRow row = new DriverRow();
    row.setBehaviour(behaviour);
    row.setOutcome(outcome);
    row.setCallsWith(d.with().denominator());
    row.setRateWith(d.with().rate());
    row.setCallsWithout(d.without().denominator());
    row.setRateWithout(d.without().rate());
    row.setDifference(d.difference());
    row.setDifferenceLow(d.low());
    row.setDifferenceHigh(d.high());
    return row;
  }
}
