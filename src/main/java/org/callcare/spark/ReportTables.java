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
