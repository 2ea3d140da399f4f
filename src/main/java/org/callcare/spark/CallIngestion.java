package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.callcare.ingest.CallAssembler;
import org.callcare.ingest.CallDraft;
import org.callcare.ingest.CallMetadata;
import org.callcare.ingest.CallMetadataParser;
import org.callcare.ingest.FileRecord;
import org.callcare.ingest.InputFileReader;
import org.callcare.ingest.InputPaths;
import org.callcare.ingest.TranscriptFormat;
import org.callcare.privacy.PiiRedactor;
import org.callcare.privacy.Pseudonymizer;
import scala.Tuple2;

/**
 * Reads the discovered input files with Spark and parses every record. Each transcript file is read whole as
 * bytes, decoded, its format detected (or forced) and read by that format's reader into call drafts and
 * rejected records; drafts are joined with the calls.csv of their folder, then completed and repaired
 * ({@link CallAssembler}). Each input record becomes exactly one call or one rejection; a call id seen twice keeps
 * the first (by source path) and rejects the others. Calls come out hash-partitioned by call id, which both finds
 * duplicates and spreads the NLP work evenly.
 */
public final class CallIngestion {

  /** Marks a calls.csv problem that applies to every transcript of its folder. */
  static final String WHOLE_FILE = "*";

  /**
   * Parsed calls (unique call ids), rejections, the number of input records read, calls.csv rows no transcript
   * used, and the datasets this persisted, which the caller unpersists when done.
   */
  public record Ingested(Dataset<CallRow> calls, Dataset<RejectRow> rejects, long inputRecords, long turnsRead,
      OtherDays otherDays, long unusedMetadataRows, List<Dataset<?>> persisted) {}

  /** Calls of other days than --date, left out of the run (not rejected), and their turns. */
  public record OtherDays(long calls, long turns) {
    public static final OtherDays NONE = new OtherDays(0, 0);
  }

  private CallIngestion() {}

  /**
   * @param partitions how many partitions the calls are spread over (by call id hash) for the NLP pass
   * @param forced the format every transcript file is read as, or null to detect each file's format
   * @param redactor applied to the record snippets of rejections
   * @param date when not null, only calls of this day ({@code callDate}) are kept; the others are counted
   */
  public static Ingested ingest(SparkSession spark, DiscoveredInputs inputs, int partitions,
      TranscriptFormat forced, PiiRedactor redactor, LocalDate date) {
    return ingest(spark, inputs, partitions, forced, redactor, date, null);
  }

  /**
   * @param pseudonymizer when not null, customer ids (and call ids holding personal data) are replaced by their
   *     pseudonyms as soon as the calls are assembled (after the calls.csv join, before duplicates are found), so
   *     that no later dataset, report or the history holds them
   */
  public static Ingested ingest(SparkSession spark, DiscoveredInputs inputs, int partitions,
      TranscriptFormat forced, PiiRedactor redactor, LocalDate date, Pseudonymizer pseudonymizer) {
    Dataset<FileRecordRow> records = readFiles(spark, inputs.transcripts(), forced, redactor)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<MetadataRow> metadata = readMetadata(spark, inputs.metadata());
    Dataset<DraftRow> drafts = records.filter(col("draft").isNotNull()).select(col("draft.*"))
        .as(RowEncoders.DRAFT);
    Dataset<ParsedRow> parsed = assemble(drafts, metadata, redactor)
        .union(records.filter(col("rejected").isNotNull())
            .map((MapFunction<FileRecordRow, ParsedRow>) r -> {
              ParsedRow row = new ParsedRow();
              row.setRejected(r.getRejected());
              return row;
            }, RowEncoders.PARSED))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Row read = parsed.selectExpr("count(*)",
        "coalesce(sum(call.turnsRead), 0) + coalesce(sum(rejected.turns), 0)").first();
    long inputRecords = read.getLong(0) + inputs.notRead().size();
    long turnsRead = read.getLong(1);
    long unusedMetadataRows = metadata
        .filter(col("callId").notEqual(lit(WHOLE_FILE)))
        .join(drafts, metadata.col("folder").equalTo(drafts.col("folder"))
            .and(metadata.col("callId").equalTo(drafts.col("callId"))), "left_anti")
        .count();

    Dataset<CallRow> allCalls = parsed.filter(col("call").isNotNull()).select(col("call.*")).as(RowEncoders.CALL);
    if (pseudonymizer != null) {
      allCalls = allCalls.map((MapFunction<CallRow, CallRow>) call -> {
        call.setCustomerId(pseudonymizer.customerId(call.getCustomerId()));
        call.setCallId(pseudonymizer.callId(call.getCallId()));
        return call;
      }, RowEncoders.CALL);
    }
    OtherDays otherDays = OtherDays.NONE;
    if (date != null) {
      Column thatDay = col("callDate").equalTo(lit(date.toString()));
      Row other = allCalls.filter(thatDay.unary_$bang())
          .selectExpr("count(*)", "coalesce(sum(turnsRead), 0)").first();
      otherDays = new OtherDays(other.getLong(0), other.getLong(1));
      allCalls = allCalls.filter(thatDay);
    }
    // First occurrence by source path, then start, then content: a total order, so that the plan that keeps
    // calls and the (narrow) plan that lists duplicates make the same choice.
    Column contentHash = xxhash64(col("agentId"), col("customerId"), col("queue"), col("turns"));
    WindowSpec byCallId = Window.partitionBy("callId")
        .orderBy(col("source"), col("record"), col("startedAtMs"), col("contentHash"));
    Dataset<CallRow> calls = allCalls
        .repartition(partitions, col("callId"))
        .withColumn("contentHash", contentHash)
        .withColumn("occurrence", row_number().over(byCallId))
        .filter(col("occurrence").equalTo(1))
        .drop("occurrence", "contentHash")
        .as(RowEncoders.CALL);
    Dataset<RejectRow> duplicates = allCalls
        .select(col("callId"), col("source"), col("record"), col("startedAtMs"), col("turnsRead"),
            contentHash.as("contentHash"))
        .withColumn("occurrence", row_number().over(byCallId))
        .withColumn("firstSource", first(col("source")).over(byCallId))
        .withColumn("firstRecord", first(col("record")).over(byCallId))
        .filter(col("occurrence").gt(1))
        .select(col("source"), col("callId").as("record"),
            concat(lit("duplicate call_id "), col("callId"), lit(" (call "), col("record"),
                lit(" of this file): already read from "), col("firstSource"), lit(" (call "), col("firstRecord"),
                lit(" of that file)")).as("reason"),
            col("turnsRead").as("turns"))
        .as(RowEncoders.REJECT);

    Dataset<RejectRow> rejects = parsed.filter(col("rejected").isNotNull())
        .select(col("rejected.*")).as(RowEncoders.REJECT)
        .unionByName(duplicates)
        .unionByName(notRead(spark, inputs.notRead()));
    return new Ingested(calls, rejects, inputRecords, turnsRead, otherDays, unusedMetadataRows,
        List.of(records, parsed));
  }

  /** Files rejected from their listing (empty or hidden: Spark would give no row for them). */
  private static Dataset<RejectRow> notRead(SparkSession spark, List<DiscoveredInputs.NotRead> files) {
    List<RejectRow> rows = new ArrayList<>(files.size());
    for (DiscoveredInputs.NotRead file : files) {
      rows.add(new RejectRow(file.path(), InputPaths.fileNameOf(file.path()), file.reason()));
    }
    return spark.createDataset(rows, RowEncoders.REJECT);
  }

  private static Dataset<FileRecordRow> readFiles(SparkSession spark, List<String> paths,
      TranscriptFormat forced, PiiRedactor redactor) {
    return WholeFiles.read(spark, paths, RowEncoders.FILE_RECORD, (path, bytes, error) -> {
      List<FileRecord> records = error != null
          ? List.of(new FileRecord.Rejected(path, InputPaths.fileNameOf(path), error))
          : InputFileReader.read(path, bytes, forced);
      List<FileRecordRow> out = new ArrayList<>(records.size());
      for (FileRecord record : records) {
        FileRecordRow row = RowMapping.toRow(record, redactor);
        if (row.getDraft() != null) {
          row.getDraft().setRecord(out.size() + 1);
        }
        out.add(row);
      }
      return out;
    });
  }

  private static Dataset<MetadataRow> readMetadata(SparkSession spark, List<String> paths) {
    return WholeFiles.read(spark, paths, RowEncoders.METADATA, (path, bytes, error) -> {
      String folder = InputPaths.folderOf(path);
      List<CallMetadata> parsed = error != null
          ? CallMetadataParser.unreadable(folder, error)
          : CallMetadataParser.parse(folder, bytes);
      List<MetadataRow> rows = new ArrayList<>(parsed.size());
      for (CallMetadata m : parsed) {
        MetadataRow out = new MetadataRow();
        out.setFolder(m.folder());
        out.setCallId(m.callId() == null ? WHOLE_FILE : m.callId());
        out.setAgentId(m.agentId());
        out.setCustomerId(m.customerId());
        out.setStartedAt(m.startedAt());
        out.setQueue(m.queue());
        out.setCustomerName(m.customerName());
        out.setProblem(m.problem());
        rows.add(out);
      }
      return rows;
    });
  }

  private static Dataset<ParsedRow> assemble(Dataset<DraftRow> drafts, Dataset<MetadataRow> metadata,
      PiiRedactor redactor) {
    return drafts.joinWith(metadata,
            drafts.col("folder").equalTo(metadata.col("folder"))
                .and(drafts.col("callId").equalTo(metadata.col("callId"))
                    .or(metadata.col("callId").equalTo(lit(WHOLE_FILE)))),
            "left_outer")
        .map((MapFunction<Tuple2<DraftRow, MetadataRow>, ParsedRow>) pair -> {
          CallDraft draft = RowMapping.toDraft(pair._1());
          MetadataRow m = pair._2();
          CallMetadata meta = m == null ? null : new CallMetadata(m.getFolder(), m.getCallId(), m.getAgentId(),
              m.getCustomerId(), m.getStartedAt(), m.getQueue(), m.getCustomerName(), m.getProblem());
          ParsedRow parsed = RowMapping.toRow(CallAssembler.assemble(draft, meta), draft.format(), redactor);
          if (parsed.getCall() != null) {
            parsed.getCall().setRecord(pair._1().getRecord());
          }
          return parsed;
        }, RowEncoders.PARSED);
  }
}
