package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Spark tables behind the call-level reports that are not a dataset of their own, and small counts. */
public final class ReportTables {
  private ReportTables() {}

  /**
   * calls.csv's table: the calls with their behaviour counts expanded into one column per counted behaviour
   * ({@code <id>_count}, 0 when the call has none).
   */
  public static Dataset<Row> calls(Dataset<CallReportRow> calls) {
    java.util.List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
    columns.add(col("*"));
    for (org.callcare.domain.Behaviour b : org.callcare.report.ReportColumns.COUNTED_BEHAVIOURS) {
      columns.add(org.apache.spark.sql.functions.coalesce(col("behaviourCounts").getItem(b.id()),
          org.apache.spark.sql.functions.lit(0)).as(org.callcare.report.ReportColumns.camel(b.id() + "_count")));
    }
    return calls.select(columns.toArray(org.apache.spark.sql.Column[]::new));
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
