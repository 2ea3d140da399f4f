package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.report.ReportColumns;
import org.callcare.report.ReportPublisher;
import org.callcare.report.RunManifest;
import org.callcare.spark.InputDiscovery;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a small fixture (src/test/resources/e2e/input) with a deterministic scorer, compared with
 * golden reports (src/test/resources/e2e/expected). Input paths in reports are replaced by {@code <input>}.
 */
class CallCareJobTest {
  private static final Path FIXTURE = Path.of("src/test/resources/e2e/input").toAbsolutePath();
  private static final Path EXPECTED = Path.of("src/test/resources/e2e/expected");
  /** Non-blank turns in the fixture's processed calls: each must be scored exactly once. */
  private static final long NON_BLANK_TURNS_PROCESSED = 6 + 5 + 6 + 4 + 6;

  @TempDir
  static Path work;
  private static RunManifest manifest;
  private static long textsScored;

  @BeforeAll
  static void runJobOnFixture() throws IOException {
    LexiconTestScorer.INSTANCE.reset();
    manifest = job().run(new JobOptions(List.of(FIXTURE.toString()), work.resolve("reports").toString(), 7));
    textsScored = LexiconTestScorer.INSTANCE.textsScored();
  }

  private static CallCareJob job() {
    return new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon");
  }

  @Test
  void callsReportMatchesGolden() throws IOException {
    assertReport("calls.csv");
  }

  @Test
  void behavioursReportMatchesGolden() throws IOException {
    assertReport("behaviours.csv");
  }

  @Test
  void driversReportMatchesGolden() throws IOException {
    assertReport("drivers.csv");
  }

  @Test
  void evidenceReportMatchesGolden() throws IOException {
    assertReport("evidence.csv");
  }

  @Test
  void aBrokenRulesFileStopsTheRunBeforeAnyDataIsRead(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"rules\": [{\"id\": \"mine.thanks\", \"behaviour\": \"empathy\","
        + " \"pattern\": \"/thank/ [{lemma:be}\"}]}");
    Path output = dir.resolve("reports");
    JobOptions options = new JobOptions(List.of(FIXTURE.toString()), output.toString(), 7, 0,
        List.of(rules.toString()), true, org.callcare.metrics.TimingMetrics.TimingSettings.DEFAULTS, 0);
    org.callcare.behaviour.RuleFileException e =
        assertThrows(org.callcare.behaviour.RuleFileException.class, () -> job().run(options));
    assertTrue(e.getMessage().startsWith(rules + ": rule 'mine.thanks': pattern does not compile"), e.getMessage());
    assertFalse(Files.exists(output), "nothing written");
  }

  @Test
  void agentsReportMatchesGolden() throws IOException {
    assertReport("agents.csv");
  }

  @Test
  void rejectedRecordsMatchGoldenWithReasons() throws IOException {
    assertReport("rejected.csv");
  }

  @Test
  void everyInputRecordIsProcessedOrRejected() {
    RunManifest.Counts counts = manifest.counts();
    assertEquals(10, counts.inputRecords());
    assertEquals(5, counts.processedCalls());
    assertEquals(5, counts.rejectedRecords());
    assertTrue(manifest.reconciled());
    assertEquals(1, counts.unusedMetadataRows());
    assertEquals(2, counts.agents());
  }

  @Test
  void everyTurnIsScoredExactlyOnce() {
    assertEquals(NON_BLANK_TURNS_PROCESSED, textsScored);
    assertEquals(NON_BLANK_TURNS_PROCESSED, manifest.counts().scoredTurns());
  }

  @Test
  void manifestIsWrittenBesideTheReports() throws IOException {
    JsonNode json = new ObjectMapper().readTree(work.resolve("reports/manifest.json").toFile());
    assertEquals(10, json.at("/counts/input_records").asInt());
    assertEquals(manifest.runId(), json.get("run_id").asText());
    assertEquals(7, json.at("/options/window_days").asInt());
    assertFalse(json.at("/versions/spark").asText().isEmpty());
    List<String> stages = new ArrayList<>();
    json.get("stage_s").fieldNames().forEachRemaining(stages::add);
    assertEquals(List.of("rules", "discover", "parse", "sentiment", "calls", "reports"), stages);
    double staged = 0;
    for (String stage : stages) {
      staged += json.at("/stage_s/" + stage).asDouble();
    }
    assertTrue(staged > 0 && staged <= json.get("duration_s").asDouble() + 0.05, "stages within the run: " + json);
  }

  @Test
  void scoredTurnsAreWrittenForAnalysts() {
    var turns = TestSpark.session().read().parquet(work.resolve("reports/turns").toString());
    assertEquals(List.of("call_id", "turn_index", "speaker", "agent_id", "text", "start_ms", "end_ms", "sentences", "tokens",
        "score", "label", "vendor_sentiment", "p_negative", "p_neutral", "p_positive", "corenlp_score",
        "corenlp_label", "corenlp_very_negative", "corenlp_negative", "corenlp_neutral", "corenlp_positive",
        "corenlp_very_positive"), List.of(turns.columns()));
    assertEquals(NON_BLANK_TURNS_PROCESSED, turns.count(), "no processed call has a blank turn");
    // the layer's score is P(positive) − P(negative) and its label the most probable class
    for (var row : turns.filter("score IS NOT NULL").collectAsList()) {
      double neg = row.getAs("p_negative");
      double neu = row.getAs("p_neutral");
      double pos = row.getAs("p_positive");
      assertEquals(pos - neg, (double) row.getAs("score"), 1e-9);
      assertEquals(1.0, neg + neu + pos, 1e-9);
      String best = neg >= neu && neg >= pos ? "negative" : neu >= pos ? "neutral" : "positive";
      assertEquals(best, row.getAs("label"));
    }
  }

  @Test
  void onlyReportsAreLeftInTheOutputFolder() throws IOException {
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(List.of("reports"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFolderThatIsNotAReportIsNeverReplaced(@TempDir Path other) throws IOException {
    Files.writeString(other.resolve("thesis.docx"), "precious");
    assertThrows(ReportPublisher.OutputNotWritableException.class,
        () -> job().run(new JobOptions(List.of(FIXTURE.toString()), other.toString(), 7)));
    assertEquals("precious", Files.readString(other.resolve("thesis.docx")));
    try (Stream<Path> files = Files.list(other.getParent())) {
      String staging = "." + other.getFileName() + ".staging-";
      assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(staging)));
    }
  }

  @Test
  void aFailedRunLeavesThePreviousReportsUntouched(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("reports");
    job().run(new JobOptions(List.of(FIXTURE.resolve("text").toString()), output.toString(), 7));
    String before = Files.readString(output.resolve("calls.csv"));
    SentimentScorerFactory broken = () -> {
      throw new IllegalStateException("models missing");
    };
    Exception failure = assertThrows(Exception.class, () -> new CallCareJob(TestSpark.session(), broken, "broken")
        .run(new JobOptions(List.of(FIXTURE.toString()), output.toString(), 7)));
    assertTrue(String.valueOf(failure.getMessage()).contains("models missing"), failure.toString());
    assertEquals(before, Files.readString(output.resolve("calls.csv")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("reports"), files.map(p -> p.getFileName().toString()).toList(), "no staging left");
    }
  }

  @Test
  void anEmptyInputFolderGivesEmptyReportsWithHeaders(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    RunManifest run = job().run(new JobOptions(List.of(empty.toString()), dir.resolve("out").toString(), 7));
    assertEquals(0, run.counts().inputRecords());
    assertTrue(run.reconciled());
    assertEquals(String.join(",", ReportColumns.CALLS),
        Files.readString(dir.resolve("out/calls.csv")).strip());
    assertEquals(String.join(",", ReportColumns.AGENTS),
        Files.readString(dir.resolve("out/agents.csv")).strip());
  }

  @Test
  void pathsWithSpacesAreMatchedAndReportedAsWritten(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("call center/text"));
    try (Stream<Path> files = Files.list(FIXTURE.resolve("text"))) {
      for (Path file : files.toList()) {
        Files.copy(file, input.resolve(file.getFileName()));
      }
    }
    RunManifest run = job().run(new JobOptions(List.of(input.toString()), dir.resolve("out").toString(), 7));
    assertEquals(1, run.counts().processedCalls());
    assertEquals(1, run.counts().unusedMetadataRows(), "T-9 only: T-1's row matched its transcript");
    assertTrue(Files.readString(dir.resolve("out/calls.csv")).contains("call center/text/T-1.txt"));
  }

  @Test
  void reportsInsideAnInputFolderAreNotReadAsInput(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("calls"));
    Files.copy(FIXTURE.resolve("more/dupe.jsonl"), input.resolve("one.jsonl"));
    JobOptions options = new JobOptions(List.of(input.toString()), input.resolve("reports").toString(), 7);
    job().run(options);
    RunManifest second = job().run(options);
    assertEquals(1, second.counts().inputRecords());
    assertEquals(0, second.counts().rejectedRecords());
    assertTrue(second.inputFiles().get("skipped_report_files") >= 4, second.inputFiles().toString());
  }

  @Test
  void missingInputIsReportedAsUnreadable() {
    assertThrows(InputDiscovery.InputUnreadableException.class,
        () -> job().run(new JobOptions(List.of(work.resolve("nope").toString()), work.resolve("x").toString(), 7)));
  }

  private static void assertReport(String name) throws IOException {
    String actual = Files.readString(work.resolve("reports").resolve(name), StandardCharsets.UTF_8)
        .replace(FIXTURE.toUri().toString(), "<input>/")
        .replace("file:" + FIXTURE + "/", "<input>/");
    if (Boolean.getBoolean("callcare.updateGolden")) {
      // rewriting the golden files is for a person reviewing the diff, never for CI (where it would pass anything)
      assertEquals(null, System.getenv("CI"), "-Dcallcare.updateGolden=true is refused under CI");
      Files.writeString(EXPECTED.resolve(name), actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(EXPECTED.resolve(name), StandardCharsets.UTF_8), actual, name);
  }
}
