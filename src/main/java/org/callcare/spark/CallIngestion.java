package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.callcare.ingest.CallMetadata;
import org.callcare.ingest.CallMetadataParser;
import org.callcare.ingest.InputPaths;
import org.callcare.ingest.JsonCallParser;
import org.callcare.ingest.TranscriptTextParser;
import scala.Tuple2;

/**
 * Reads the discovered input files with Spark and parses every record: JSON Lines (one call per non-blank
 * line), text transcripts (one call per file, joined with the calls.csv of their folder), and rejects files of
 * no known kind. Each input record becomes exactly one call or one rejection; a call id seen twice keeps the
 * first (by source path) and rejects the others. Calls come out hash-partitioned by call id, which both finds
 * duplicates and spreads the NLP work evenly.
 */
public final class CallIngestion {

  /** Marks a calls.csv problem that applies to every transcript of its folder. */
  static final String WHOLE_FILE = "*";

  /**
   * Parsed calls (unique call ids), rejections, and the number of input records read; {@code parsed} is the
   * persisted parse of every record, which the caller unpersists when done.
   */
  public record Ingested(Dataset<CallRow> calls, Dataset<RejectRow> rejects, long inputRecords,
      long unusedMetadataRows, Dataset<ParsedRow> parsed) {}

  private CallIngestion() {}

  /**
   * @param partitions how many partitions the calls are spread over (by call id hash) for the NLP pass
   */
  public static Ingested ingest(SparkSession spark, DiscoveredInputs inputs, int partitions) {
    Dataset<ParsedRow> parsed = parseJsonLines(spark, inputs.jsonLines());
    Dataset<TranscriptFileRow> transcripts = readTranscripts(spark, inputs.transcripts());
    Dataset<MetadataRow> metadata = readMetadata(spark, inputs.metadata());
    parsed = parsed.union(parseTranscripts(transcripts, metadata))
        .persist(StorageLevel.MEMORY_AND_DISK());

    long inputRecords = parsed.count() + inputs.unsupported().size();
    long unusedMetadataRows = countUnusedMetadata(spark, metadata, inputs.transcripts());

    Dataset<CallRow> allCalls = parsed.filter(col("call").isNotNull()).select(col("call.*")).as(RowEncoders.CALL);
    // First occurrence by source path, then start, then content: a total order, so that the plan that keeps
    // calls and the (narrow) plan that lists duplicates make the same choice.
    Column contentHash = xxhash64(col("agentId"), col("customerId"), col("queue"), col("turns"));
    WindowSpec byCallId = Window.partitionBy("callId")
        .orderBy(col("source"), col("startedAtMs"), col("contentHash"));
    Dataset<CallRow> calls = allCalls
        .repartition(partitions, col("callId"))
        .withColumn("contentHash", contentHash)
        .withColumn("occurrence", row_number().over(byCallId))
        .filter(col("occurrence").equalTo(1))
        .drop("occurrence", "contentHash")
        .as(RowEncoders.CALL);
    Dataset<RejectRow> duplicates = allCalls
        .select(col("callId"), col("source"), col("startedAtMs"), contentHash.as("contentHash"))
        .withColumn("occurrence", row_number().over(byCallId))
        .withColumn("firstSource", first(col("source")).over(byCallId))
        .filter(col("occurrence").gt(1))
        .select(col("source"), col("callId").as("record"),
            concat(lit("duplicate call_id "), col("callId"), lit(": already read from "), col("firstSource"))
                .as("reason"))
        .as(RowEncoders.REJECT);

    Dataset<RejectRow> rejects = parsed.filter(col("rejected").isNotNull())
        .select(col("rejected.*")).as(RowEncoders.REJECT)
        .unionByName(duplicates)
        .unionByName(unsupportedFiles(spark, inputs.unsupported()));
    return new Ingested(calls, rejects, inputRecords, unusedMetadataRows, parsed);
  }

  private static Dataset<ParsedRow> parseJsonLines(SparkSession spark, List<String> paths) {
    if (paths.isEmpty()) {
      return spark.emptyDataset(RowEncoders.PARSED);
    }
    return spark.read().text(paths.toArray(String[]::new))
        .select(col("_metadata.file_path").as("source"), col("value"))
        .filter(trim(col("value")).notEqual(""))
        .map((MapFunction<Row, ParsedRow>) row ->
            RowMapping.toRow(JsonCallParser.parse(FilePaths.fromUri(row.getString(0)), row.getString(1))),
            RowEncoders.PARSED);
  }

  private static Dataset<TranscriptFileRow> readTranscripts(SparkSession spark, List<String> paths) {
    if (paths.isEmpty()) {
      return spark.emptyDataset(Encoders.bean(TranscriptFileRow.class));
    }
    return wholeFiles(spark, paths).map((MapFunction<Row, TranscriptFileRow>) row -> {
      TranscriptFileRow file = new TranscriptFileRow();
      String path = FilePaths.fromUri(row.getString(0));
      file.setPath(path);
      file.setFolder(InputPaths.folderOf(path));
      file.setCallId(InputPaths.callIdOf(path));
      file.setContent(row.getString(1));
      return file;
    }, Encoders.bean(TranscriptFileRow.class));
  }

  private static Dataset<MetadataRow> readMetadata(SparkSession spark, List<String> paths) {
    if (paths.isEmpty()) {
      return spark.emptyDataset(Encoders.bean(MetadataRow.class));
    }
    return wholeFiles(spark, paths).flatMap((FlatMapFunction<Row, MetadataRow>) row -> {
      List<MetadataRow> rows = new ArrayList<>();
      String folder = InputPaths.folderOf(FilePaths.fromUri(row.getString(0)));
      for (CallMetadata m : CallMetadataParser.parse(folder, row.getString(1))) {
        MetadataRow out = new MetadataRow();
        out.setFolder(m.folder());
        out.setCallId(m.callId() == null ? WHOLE_FILE : m.callId());
        out.setAgentId(m.agentId());
        out.setCustomerId(m.customerId());
        out.setStartedAt(m.startedAt());
        out.setCustomerName(m.customerName());
        out.setProblem(m.problem());
        rows.add(out);
      }
      return rows.iterator();
    }, Encoders.bean(MetadataRow.class));
  }

  private static Dataset<Row> wholeFiles(SparkSession spark, List<String> paths) {
    return spark.read().option("wholetext", true).text(paths.toArray(String[]::new))
        .select(col("_metadata.file_path").as("path"), col("value").as("content"));
  }

  private static Dataset<ParsedRow> parseTranscripts(
      Dataset<TranscriptFileRow> transcripts, Dataset<MetadataRow> metadata) {
    return transcripts.joinWith(metadata,
            transcripts.col("folder").equalTo(metadata.col("folder"))
                .and(transcripts.col("callId").equalTo(metadata.col("callId"))
                    .or(metadata.col("callId").equalTo(lit(WHOLE_FILE)))),
            "left_outer")
        .map((MapFunction<Tuple2<TranscriptFileRow, MetadataRow>, ParsedRow>) pair -> {
          TranscriptFileRow file = pair._1();
          MetadataRow m = pair._2();
          CallMetadata meta = m == null ? null : new CallMetadata(m.getFolder(), m.getCallId(), m.getAgentId(),
              m.getCustomerId(), m.getStartedAt(), m.getCustomerName(), m.getProblem());
          return RowMapping.toRow(
              TranscriptTextParser.parse(file.getPath(), file.getCallId(), file.getContent(), meta));
        }, RowEncoders.PARSED);
  }

  /** calls.csv rows whose call has no transcript file (keys come from the file list, not the files). */
  private static long countUnusedMetadata(SparkSession spark, Dataset<MetadataRow> metadata, List<String> paths) {
    List<TranscriptFileRow> keys = new ArrayList<>(paths.size());
    for (String path : paths) {
      TranscriptFileRow key = new TranscriptFileRow();
      key.setFolder(InputPaths.folderOf(path));
      key.setCallId(InputPaths.callIdOf(path));
      keys.add(key);
    }
    Dataset<TranscriptFileRow> transcripts = spark.createDataset(keys, Encoders.bean(TranscriptFileRow.class));
    return metadata
        .filter(col("callId").notEqual(lit(WHOLE_FILE)))
        .join(transcripts, metadata.col("folder").equalTo(transcripts.col("folder"))
            .and(metadata.col("callId").equalTo(transcripts.col("callId"))), "left_anti")
        .count();
  }

  private static Dataset<RejectRow> unsupportedFiles(SparkSession spark, List<String> paths) {
    List<RejectRow> rows = new ArrayList<>(paths.size());
    for (String path : paths) {
      rows.add(new RejectRow(path, InputPaths.fileNameOf(path),
          "not a callcare input (expected *.jsonl, *.json, *.txt or calls.csv)"));
    }
    return spark.createDataset(rows, RowEncoders.REJECT);
  }
}
