package org.callcare.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.callcare.metrics.DeEscalation;
import org.callcare.report.FolderSwap;
import org.callcare.report.ReportPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history table: every processed call of every night, one Parquet partition per call day
 * ({@code call_date=YYYY-MM-DD/}), holding the call-level results of {@code calls.csv} except the repeat-contact
 * outcomes, which are recomputed over the whole history on every run (a later night can change an earlier call's
 * outcome). A night's partition is written whole into a staging folder and then swapped in ({@link FolderSwap}),
 * replacing that day only; a run killed at any point leaves the previous partition in place or restorable, and
 * {@link #recover} (run first) restores it. Readable by any Parquet reader; folders starting with {@code _} are
 * the table's own bookkeeping and are ignored by Spark.
 */
public final class HistoryTable {
  static final String PARTITION = "call_date";
  private static final Logger LOG = LoggerFactory.getLogger(HistoryTable.class);
  private static final Pattern REPLACED = Pattern.compile("_replaced-(" + PARTITION + "=\\d{4}-\\d{2}-\\d{2})-.+");
  private static final String[] OUTCOMES = {"repeatContact", "oneCallResolution", "fcrStatus"};
  /**
   * Version of the partitions this callcare writes, kept in each row ({@value #VERSION_COLUMN}). 1: the first
   * layout (no version column; sentiment columns on CoreNLP's scale); 2: the same columns, sentiment from the
   * conversational layer; 3: behaviour counts in one map column ({@code behaviourCounts}) instead of a column
   * each; 4: the customer's start and end labels and mean score by quarter ({@code customerStartLabel},
   * {@code customerEndLabel}, {@code customerSentimentQ1..4}, {@code startedNegativeQ1..4}). A partition of an
   * older version is read as it is: the labels it lacks are worked out from its start and end scores
   * ({@link #labelsOfOlderVersions}), the other columns it lacks are empty (the counts of calls.csv, which no
   * history report reads, and the quarters, which report.html's journey lines then average over the newer nights
   * only); one of a newer version stops the run with a message to upgrade.
   */
  public static final int SCHEMA_VERSION = 4;
  static final String VERSION_COLUMN = "historySchema";

  private final SparkSession spark;
  private final FileSystem fs;
  private final Path dir;

  public HistoryTable(SparkSession spark, String dir, Configuration conf) throws IOException {
    this.spark = spark;
    this.dir = new Path(dir);
    this.fs = this.dir.getFileSystem(conf);
  }

  /** Whether a (fully qualified) path lies in the history table's folder. */
  public boolean holds(String path) {
    return path.startsWith(fs.makeQualified(dir) + "/");
  }

  /** Completes or undoes a partition swap a killed run left half done, and drops staging folders of dead runs. */
  public void recover() throws IOException {
    if (!fs.exists(dir)) {
      return;
    }
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      Matcher replaced = REPLACED.matcher(name);
      if (replaced.matches()) {
        Path partition = new Path(dir, replaced.group(1));
        if (FolderSwap.recover(fs, partition, new Path(dir, "_replaced-" + replaced.group(1) + "-*"))) {
          LOG.warn("history: restored {} (a run was stopped while replacing it)", partition);
        }
      } else if (name.startsWith("_staging-")) {
        LOG.warn("history: removing {}, left by a run that did not finish", s.getPath());
        fs.delete(s.getPath(), true);
      }
    }
  }

  /** Every call in the history except those of {@code day}, outcome columns empty. */
  public Dataset<CallReportRow> callsExcept(LocalDate day) throws IOException {
    FileStatus[] partitions = fs.exists(dir) ? fs.globStatus(new Path(dir, PARTITION + "=*")) : null;
    if (partitions == null || partitions.length == 0) {
      return spark.emptyDataset(RowEncoders.CALL_REPORT);
    }
    StructType schema = new StructType();
    for (StructField f : RowEncoders.CALL_REPORT.schema().fields()) {
      if (!f.name().equals("callDate")) {
        schema = schema.add(f);
      }
    }
    schema = schema.add(VERSION_COLUMN, DataTypes.IntegerType).add(PARTITION, DataTypes.StringType);
    Dataset<Row> rows = spark.read().schema(schema).parquet(dir.toString())
        .filter(col(PARTITION).notEqual(lit(day.toString())));
    Row newest = rows.selectExpr("max(coalesce(" + VERSION_COLUMN + ", 1))").first();
    if (!newest.isNullAt(0) && newest.getInt(0) > SCHEMA_VERSION) {
      throw new ReportPublisher.OutputNotWritableException("the history in " + dir + " was written by a newer"
          + " callcare (history schema " + newest.getInt(0) + ", this one reads up to " + SCHEMA_VERSION
          + "): upgrade callcare to read it");
    }
    return withoutOutcomes(labelsOfOlderVersions(rows).drop(VERSION_COLUMN).withColumnRenamed(PARTITION,
        "callDate")).as(RowEncoders.CALL_REPORT);
  }

  /** Writes a night's calls (all of {@code day}) into a staging folder; {@link #publish} swaps it in. */
  public Path stage(Dataset<CallReportRow> calls, LocalDate day, String runId) {
    Path staged = new Path(new Path(dir, "_staging-" + runId), PARTITION + "=" + day);
    withoutOutcomes(calls.toDF()).drop("callDate").withColumn(VERSION_COLUMN, lit(SCHEMA_VERSION))
        .repartition(1).sortWithinPartitions(col("callId"))
        .write().mode(SaveMode.Overwrite).parquet(staged.toString());
    return staged;
  }

  /** Replaces the day's partition by the staged one; a failure is the output's (exit code 4). */
  public void publish(Path staged, LocalDate day, String runId) throws IOException {
    Path partition = new Path(dir, PARTITION + "=" + day);
    try {
      FolderSwap.replace(fs, staged, partition,
          new Path(dir, "_replaced-" + PARTITION + "=" + day + "-" + runId));
      fs.delete(staged.getParent(), true);
    } catch (IOException e) {
      throw new ReportPublisher.OutputNotWritableException("cannot update the history in " + dir + ": "
          + e.getMessage());
    }
  }

  /**
   * The start and end labels of calls stored before version 4, from their stored scores, as
   * {@link DeEscalation#label} gives them: version 1 scores are CoreNLP's (negative below −0.15), later ones the
   * sentiment layer's (below {@link DeEscalation#NEGATIVE_BELOW}); positive is the threshold mirrored.
   */
  static Dataset<Row> labelsOfOlderVersions(Dataset<Row> rows) {
    Column version = coalesce(col(VERSION_COLUMN), lit(1));
    Column below = when(version.equalTo(1), lit(DeEscalation.CORENLP_NEGATIVE_BELOW))
        .otherwise(lit(DeEscalation.NEGATIVE_BELOW));
    Dataset<Row> out = rows;
    for (String[] pair : new String[][] {{"customerStartLabel", "customerStartSentiment"},
        {"customerEndLabel", "customerEndSentiment"}}) {
      Column score = col(pair[1]);
      Column derived = when(score.isNull(), lit(null).cast("string"))
          .when(score.lt(below), lit("negative"))
          .when(score.geq(below.multiply(-1)), lit("positive"))
          .otherwise(lit("neutral"));
      out = out.withColumn(pair[0], when(version.lt(4), derived).otherwise(col(pair[0])));
    }
    return out;
  }

  private static Dataset<Row> withoutOutcomes(Dataset<Row> rows) {
    Dataset<Row> out = rows;
    for (String column : OUTCOMES) {
      out = out.withColumn(column, lit(null).cast(rows.schema().apply(column).dataType()));
    }
    return out;
  }
}
