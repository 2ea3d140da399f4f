package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Spark tables behind the reports that are not a dataset of their own: joins, windows and small counts. */
public final class ReportTables {
  private ReportTables() {}

  /** agents.csv's table: scorecards, behaviour rates (wide) and timing means, one row per agent. */
  public static Dataset<Row> agents(Dataset<CallReportRow> calls, Dataset<BehaviourRateRow> rates) {
    return AgentReports.scorecards(calls).toDF()
        .join(BehaviourReports.wideRates(rates), new String[] {"agentId"}, "left")
        .join(BehaviourReports.timingMeans(calls), new String[] {"agentId"}, "left");
  }

  /** The calls of the {@code days} days ending on {@code last} (ISO dates compare as text). */
  public static Dataset<CallReportRow> window(Dataset<CallReportRow> calls, LocalDate last, int days) {
    return calls.filter(col("callDate").geq(lit(last.minusDays(days - 1L).toString()))
        .and(col("callDate").leq(lit(last.toString()))));
  }

  /** The repairs made while reading the calls, one row each. */
  public static Dataset<Row> warnings(Dataset<CallReportRow> calls) {
    return calls.select(col("callId"), col("source"), explode(col("warningList")).as("warning"));
  }

  /** Every rule match that counted, one row each. */
  public static Dataset<Row> evidence(Dataset<ScoredCallRow> scored) {
    return scored.select(explode(col("evidence")).as("e")).select(col("e.*"));
  }

  /** Turns by vendor label and callcare's label, from the written {@code turns/} (label pairs present only). */
  public static Dataset<Row> vendorSentimentPairs(SparkSession spark, String turnsFolder) {
    return spark.read().parquet(turnsFolder)
        .filter(col("vendor_sentiment").isNotNull())
        .groupBy(col("vendor_sentiment").as("vendorSentiment"), col("label").as("corenlpLabel"))
        .count().withColumnRenamed("count", "turns");
  }

  /** Processed calls by the format they were read from (a tiny aggregate). */
  public static Map<String, Long> callsByFormat(Dataset<CallReportRow> calls) {
    Map<String, Long> byFormat = new TreeMap<>();
    for (Row r : calls.groupBy("format").count().collectAsList()) {
      byFormat.put(r.getString(0), r.getLong(1));
    }
    return byFormat;
  }

  /** How many input files gave at least one processed call. */
  public static long filesWithCalls(Dataset<CallReportRow> calls) {
    return calls.select("source").distinct().count();
  }
}
