package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.callcare.ingest.InputPaths;
import org.callcare.privacy.PiiRedactor;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File and folder names that Hadoop globs or URI parsing would misread (colons as in Amazon Connect's
 * {@code <contact>_analysis_2026-10-20T09:30:00Z.json}, backslashes, glob characters, '%', '#') are read as
 * the literal names they are: every call is processed, none lost, the run does not fail.
 */
class LiteralFileNamesTest {
  @TempDir
  static Path dir;

  private static final List<String> NAMES = List.of(
      "c-1_analysis_2026-10-20T09:30:00Z.json",
      "C:\\Users\\ops\\Downloads\\export.jsonl",
      "calls [copy].jsonl",
      "calls *.jsonl",
      "what?.jsonl",
      "{a,b}.jsonl",
      "100%25 done.jsonl",
      "week #42.jsonl",
      "a:b:c.jsonl");

  private static String call(String id) {
    return "{\"call_id\": \"" + id + "\", \"agent_id\": \"A-1\", \"customer_id\": \"CU-" + id
        + "\", \"started_at\": \"2026-10-20T09:30:00Z\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hello.\"},"
        + " {\"speaker\": \"customer\", \"text\": \"Hi there.\"}]}\n";
  }

  @Test
  void everyNameIsReadLiterally() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("2026-10-20T09:30:00Z [night]"));
    TreeSet<String> expected = new TreeSet<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String id = "N-" + i;
      Files.writeString(folder.resolve(NAMES.get(i)), call(id), StandardCharsets.UTF_8);
      expected.add(id);
    }
    // a text transcript whose details come from a calls.csv in the same oddly named folder
    Files.writeString(folder.resolve("T:1.txt"), "Agent: Hello.\nCustomer: Hi.\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("calls.csv"),
        "call_id,agent_id,customer_id,started_at\nT:1,A-1,CU-T1,2026-10-20T10:00:00Z\n", StandardCharsets.UTF_8);
    expected.add("T:1");

    SparkSession spark = TestSpark.session();
    DiscoveredInputs inputs = InputDiscovery.discover(List.of(dir.toString()), path -> false,
        spark.sparkContext().hadoopConfiguration());
    assertEquals(NAMES.size() + 1, inputs.transcriptFiles());

    CallIngestion.Ingested ingested = CallIngestion.ingest(spark, inputs, 2, null, PiiRedactor.all(), null);
    try {
      List<String> rejected = ingested.rejects().select(col("reason")).as(Encoders.STRING()).collectAsList();
      assertEquals(List.of(), rejected);
      TreeSet<String> ids = new TreeSet<>(ingested.calls().select(col("callId")).as(Encoders.STRING())
          .collectAsList());
      assertEquals(expected, ids);
      TreeSet<String> names = new TreeSet<>();
      ingested.calls().select(col("source")).as(Encoders.STRING()).collectAsList()
          .forEach(s -> names.add(InputPaths.fileNameOf(s)));
      TreeSet<String> written = new TreeSet<>(NAMES);
      written.add("T:1.txt");
      assertEquals(written, names, "sources name the files as they are");
    } finally {
      ingested.persisted().forEach(d -> d.unpersist());
    }
  }

  @Test
  void aFileGoneAfterListingIsRejectedWithAReason() throws IOException {
    Path gone = dir.resolve("gone");
    Files.createDirectories(gone);
    Files.writeString(gone.resolve("late.jsonl"), call("G-1"), StandardCharsets.UTF_8);
    SparkSession spark = TestSpark.session();
    DiscoveredInputs inputs = InputDiscovery.discover(List.of(gone.toString()), path -> false,
        spark.sparkContext().hadoopConfiguration());
    Files.delete(gone.resolve("late.jsonl"));

    CallIngestion.Ingested ingested = CallIngestion.ingest(spark, inputs, 2, null, PiiRedactor.all(), null);
    try {
      assertEquals(0, ingested.calls().count());
      assertEquals(List.of("the file was removed or renamed after it was listed"),
          ingested.rejects().select(col("reason")).as(Encoders.STRING()).collectAsList());
      assertEquals(1, ingested.inputRecords());
    } finally {
      ingested.persisted().forEach(d -> d.unpersist());
    }
  }

  @Test
  void theSameCallIdTwiceInOneFileKeepsTheEarlierAndSaysWhichIsRejected() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("twice"));
    Files.writeString(folder.resolve("calls.jsonl"), call("D-1") + call("D-2") + call("D-1").replace("Hi there.",
        "Hi again."), StandardCharsets.UTF_8);
    SparkSession spark = TestSpark.session();
    DiscoveredInputs inputs = InputDiscovery.discover(List.of(folder.toString()), path -> false,
        spark.sparkContext().hadoopConfiguration());
    CallIngestion.Ingested ingested = CallIngestion.ingest(spark, inputs, 2, null, PiiRedactor.all(), null);
    try {
      List<String> reasons = ingested.rejects().select(col("reason")).as(Encoders.STRING()).collectAsList();
      assertEquals(1, reasons.size());
      assertTrue(reasons.get(0).startsWith("duplicate call_id D-1 (call 3 of this file): already read from "),
          reasons.get(0));
      assertTrue(reasons.get(0).endsWith("(call 1 of that file)"), reasons.get(0));
      String kept = ingested.calls().filter(col("callId").equalTo("D-1")).select(col("record"))
          .as(Encoders.INT()).first().toString();
      assertEquals("1", kept, "the earlier line is kept");
    } finally {
      ingested.persisted().forEach(d -> d.unpersist());
    }
  }
}
