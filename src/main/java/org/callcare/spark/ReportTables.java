package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.storage.StorageLevel;
import org.callcare.metrics.VendorSentimentAgreement;
import org.callcare.report.CsvReportWriter;
import org.callcare.report.ReportColumns;

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
  static long filesWithCalls(Dataset<CallReportRow> calls) {
    return calls.select("source").distinct().count();
  }
  /** vendor_sentiment.csv, and how often callcare's label agrees with the vendor's. */
  public static VendorSentimentAgreement vendorSentiment(SparkSession spark, Path turns, Path target,
      Configuration conf) throws IOException {
    Dataset<Row> pairs = vendorSentimentPairs(spark, turns.toString())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      CsvReportWriter.write(pairs, ReportColumns.VENDOR_SENTIMENT, List.of("vendor_sentiment", "corenlp_label"),
          target, conf);
      VendorSentimentAgreement agreement = VendorSentimentAgreement.NONE;
      for (Row r : pairs.collectAsList()) { // at most a few label pairs
        agreement = agreement.plus(r.getString(0), r.getString(1), r.getLong(2));
      }
      return agreement;
    } finally {
      pairs.unpersist();
    }
  }

  /** Input files by what became of them. */
  public static Map<String, Long> fileTotals(Dataset<CallReportRow> calls, DiscoveredInputs inputs) {
    long withCalls = filesWithCalls(calls);
    Map<String, Long> files = new LinkedHashMap<>();
    files.put("transcript_files", (long) inputs.transcriptFiles());
    files.put("files_with_calls", withCalls);
    files.put("files_rejected", inputs.transcriptFiles() - withCalls);
    files.put("call_metadata", (long) inputs.metadata().size());
    files.put("skipped_report_files", (long) inputs.skippedReportFiles());
    files.put("skipped_other_date_files", (long) inputs.skippedOtherDateFiles());
    return files;
  }
}
