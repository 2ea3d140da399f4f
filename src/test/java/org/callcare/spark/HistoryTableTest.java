package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.callcare.report.ReportPublisher;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history table's schema version: older partitions still read, a newer one is refused with a message. */
class HistoryTableTest {
  @TempDir
  Path dir;

  private static Dataset<CallReportRow> calls(SparkSession spark, String callId, String day) {
    CallReportRow row = new CallReportRow();
    row.setCallId(callId);
    row.setAgentId("A-1");
    row.setCustomerId("CU-1");
    row.setCallDate(day);
    return spark.createDataset(List.of(row), RowEncoders.CALL_REPORT);
  }

  /**
   * A partition as the first version wrote it: no version column, and a column per behaviour count where the
   * current version has one map.
   */
  private static void writeVersion1(Dataset<CallReportRow> calls, Path partition) {
    calls.toDF().drop("callDate", "behaviourCounts").withColumn("empathyCount", lit(2))
        .withColumn("apologyCount", lit(1)).write().mode(SaveMode.Overwrite).parquet(partition.toString());
  }

  @Test
  void aPartitionOfThePreviousVersionStillReads() throws Exception {
    SparkSession spark = TestSpark.session();
    HistoryTable history = new HistoryTable(spark, dir.toString(), spark.sparkContext().hadoopConfiguration());
    writeVersion1(calls(spark, "OLD-1", "2026-10-01"), dir.resolve("call_date=2026-10-01"));
    LocalDate day2 = LocalDate.parse("2026-10-02");
    history.publish(history.stage(calls(spark, "NEW-1", "2026-10-02"), day2, "run-1"), day2, "run-1");

    List<String> ids = history.callsExcept(LocalDate.parse("2026-10-03")).select(col("callId"))
        .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertEquals(List.of("NEW-1", "OLD-1"), ids);
    assertEquals(List.of(HistoryTable.SCHEMA_VERSION), spark.read().parquet(dir.resolve("call_date=2026-10-02")
        .toString()).select(col(HistoryTable.VERSION_COLUMN)).as(Encoders.INT()).collectAsList());
  }

  @Test
  void callsOfOlderVersionsGetTheirStartAndEndLabelsFromTheirScores() throws Exception {
    SparkSession spark = TestSpark.session();
    HistoryTable history = new HistoryTable(spark, dir.toString(), spark.sparkContext().hadoopConfiguration());
    Dataset<CallReportRow> v1 = calls(spark, "V1", "2026-10-01").map((org.apache.spark.api.java.function
        .MapFunction<CallReportRow, CallReportRow>) r -> {
          r.setCustomerStartSentiment(-0.2); // CoreNLP's scale in version 1: negative below -0.15
          r.setCustomerEndSentiment(0.1);
          return r;
        }, RowEncoders.CALL_REPORT);
    writeVersion1(v1, dir.resolve("call_date=2026-10-01"));
    calls(spark, "V3", "2026-10-02").toDF().drop("callDate", "customerStartLabel", "customerEndLabel")
        .withColumn("customerStartSentiment", lit(-0.2)).withColumn("customerEndSentiment", lit(0.5))
        .withColumn(HistoryTable.VERSION_COLUMN, lit(3))
        .write().parquet(dir.resolve("call_date=2026-10-02").toString());
    LocalDate day3 = LocalDate.parse("2026-10-03");
    Dataset<CallReportRow> v4 = calls(spark, "V4", "2026-10-03").map((org.apache.spark.api.java.function
        .MapFunction<CallReportRow, CallReportRow>) r -> {
          r.setCustomerStartSentiment(-0.2);
          r.setCustomerStartLabel("neutral");
          return r;
        }, RowEncoders.CALL_REPORT);
    history.publish(history.stage(v4, day3, "run-1"), day3, "run-1");

    Map<String, String> labels = new TreeMap<>();
    for (Row r : history.callsExcept(LocalDate.parse("2026-10-04")).select("callId", "customerStartLabel",
        "customerEndLabel").collectAsList()) {
      labels.put(r.getString(0), r.getString(1) + "/" + r.getString(2));
    }
    assertEquals(Map.of("V1", "negative/neutral", "V3", "neutral/positive", "V4", "neutral/null"), labels);
  }

  @Test
  void aPartitionOfANewerVersionIsRefused() throws Exception {
    SparkSession spark = TestSpark.session();
    HistoryTable history = new HistoryTable(spark, dir.toString(), spark.sparkContext().hadoopConfiguration());
    calls(spark, "FUTURE-1", "2026-10-01").toDF().drop("callDate")
        .withColumn(HistoryTable.VERSION_COLUMN, lit(HistoryTable.SCHEMA_VERSION + 1))
        .write().parquet(dir.resolve("call_date=2026-10-01").toString());

    ReportPublisher.OutputNotWritableException e = assertThrows(ReportPublisher.OutputNotWritableException.class,
        () -> history.callsExcept(LocalDate.parse("2026-10-03")));
    assertTrue(e.getMessage().contains("written by a newer callcare"), e.getMessage());
  }
}
