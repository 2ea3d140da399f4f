package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.privacy.PiiRedactor;
import org.callcare.report.RunManifest;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly operation over a history table: nights in any order give the same history, re-running a night gives
 * byte-identical reports, one-call resolution is computed over every night and firms up as later nights arrive.
 */
class NightlyHistoryTest {
  private static final String D1 = "2026-10-01";
  private static final String D2 = "2026-10-02";
  private static final String D9 = "2026-10-09";

  @TempDir
  static Path work;
  private static Path input;
  private static final Map<String, RunManifest> RUNS = new TreeMap<>();
  private static Path H2;

  private static void writeNights() throws IOException {
    input = work.resolve("in");
    night(D1, call("N-1", "A-1", "CU-1", D1 + "T09:00:00Z", "My bill is wrong again, this is ridiculous.",
        "I'm sorry about that, let me fix it now."), call("N-2", "A-2", "CU-2", D1 + "T10:00:00Z",
        "I want to move my payment date.", "Sure, I can do that for you today."));
    night(D2, call("N-3", "A-1", "CU-1", D2 + "T08:30:00Z", "I called yesterday and it is still wrong.",
        "I'm sorry, let me transfer you to billing."));
    night(D9, call("N-4", "A-2", "CU-3", D9 + "T11:00:00Z", "Thanks, everything works now.",
        "Great to hear, have a nice day."));
    // a file outside the date folders: its calls count by the day they started
    Files.writeString(input.resolve("loose.jsonl"), call("N-5", "A-1", "CU-4", D2 + "T15:00:00Z",
        "Hello, I have a question about my meter.", "Of course, what would you like to know?") + "\n"
        + call("N-6", "A-2", "CU-5", "2026-10-05T15:00:00Z", "Hi.", "Hello, how can I help?") + "\n");
  }

  private static void night(String day, String... calls) throws IOException {
    Path folder = input.resolve("date=" + day);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("calls.jsonl"), String.join("\n", calls) + "\n");
  }

  private static String call(String id, String agent, String customer, String start, String said, String reply) {
    return "{\"call_id\": \"" + id + "\", \"agent_id\": \"" + agent + "\", \"customer_id\": \"" + customer
        + "\", \"started_at\": \"" + start + "\", \"turns\": [{\"speaker\": \"customer\", \"text\": \"" + said
        + "\"}, {\"speaker\": \"agent\", \"text\": \"" + reply + "\"}, {\"speaker\": \"customer\", \"text\":"
        + " \"Okay, thank you.\"}]}";
  }

  private static RunManifest run(String day, Path history, Path output) throws IOException {
    JobOptions options = new JobOptions(List.of(input.toString()), output.toString(), 7, 0, List.of(), true,
        TimingSettings.DEFAULTS, 0, null, PiiRedactor.all(),
        new NightlyOptions(LocalDate.parse(day), history.toString(), List.of(7, 30)));
    return new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon").run(options);
  }

  private static Map<String, CSVRecord> calls(Path output) throws IOException {
    Map<String, CSVRecord> rows = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(output.resolve("calls.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.put(r.get("call_id"), r);
      }
    }
    return rows;
  }

  private static List<String> historyRows(Path history) {
    return TestSpark.session().read().parquet(history.toString())
        .select("call_date", "callId", "agentId", "customerId", "startedAtMs", "customerStartSentiment",
            "apologyPresent", "transfer", "fcrStatus")
        .orderBy("callId").collectAsList().stream().map(Row::toString).toList();
  }

  /**
   * History H1 gets nights 1, 2, 9 in order and then night 1 again; H2 (inside the input folder) gets nights 9, 2,
   * 1. Both end with every night in the history and a run of night 1 with all of them present.
   */
  @BeforeAll
  static void runNights() throws IOException {
    writeNights();
    H2 = input.resolve("history");
    for (String day : List.of(D1, D2, D9)) {
      RUNS.put("h1-" + day, run(day, work.resolve("h1"), work.resolve("h1-" + day)));
    }
    RUNS.put("h1-rerun-" + D1, run(D1, work.resolve("h1"), work.resolve("h1-rerun-" + D1)));
    for (String day : List.of(D9, D2, D1)) { // H2 lies inside the input folder: it must not be read as input
      RUNS.put("h2-" + day, run(day, H2, work.resolve("h2-" + day)));
    }
  }

  @Test
  void nightsInAnyOrderGiveTheSameHistory() {
    List<String> rows = historyRows(work.resolve("h1"));
    assertEquals(rows, historyRows(H2));
    assertEquals(List.of("[2026-10-01,N-1", "[2026-10-01,N-2", "[2026-10-02,N-3", "[2026-10-09,N-4",
        "[2026-10-02,N-5"), rows.stream().map(r -> r.substring(0, r.indexOf(',', 12))).toList(),
        "each call in its day's partition, the loose file's N-5 on " + D2);
    assertTrue(rows.stream().allMatch(r -> r.endsWith(",null]")), "outcomes are not stored: " + rows);
  }

  @Test
  void reRunningANightWithTheSameHistoryGivesByteIdenticalReports() throws IOException {
    for (String report : List.of("calls.csv", "agents.csv", "agents_7d.csv", "agents_30d.csv", "trend.csv",
        "behaviours.csv", "drivers.csv", "evidence.csv", "warnings.csv", "rejected.csv")) {
      assertEquals(Files.readString(work.resolve("h1-rerun-" + D1).resolve(report)),
          Files.readString(work.resolve("h2-" + D1).resolve(report)), report);
    }
    assertEquals(RUNS.get("h1-rerun-" + D1).counts(), RUNS.get("h2-" + D1).counts());
    assertFalse(Files.list(work.resolve("h1")).anyMatch(p -> p.getFileName().toString().startsWith("_")),
        "no staging or replaced folder left in the history");
  }

  @Test
  void oneCallResolutionIsComputedOverTheHistoryAndRerunsCorrectEarlierNights() throws IOException {
    Map<String, CSVRecord> first = calls(work.resolve("h1-" + D1));
    assertEquals("provisional", first.get("N-1").get("fcr_status"), "nothing after night 1 yet");
    assertEquals("false", first.get("N-1").get("repeat_contact"));

    Map<String, CSVRecord> rerun = calls(work.resolve("h1-rerun-" + D1));
    assertEquals("true", rerun.get("N-1").get("repeat_contact"), "CU-1 called again on night 2");
    assertEquals("final", rerun.get("N-1").get("fcr_status"));
    assertEquals("false", rerun.get("N-1").get("one_call_resolution"));
    assertEquals("final", rerun.get("N-2").get("fcr_status"), "night 9 is a week later");
    assertEquals("true", rerun.get("N-2").get("one_call_resolution"));
    assertEquals(2, RUNS.get("h1-rerun-" + D1).counts().processedCalls(), "calls.csv holds the night's calls");

    // the 7-day window of night 9 holds nights 3..9 (N-4 only), the 30-day one every night
    Path night9 = work.resolve("h1-" + D9);
    assertEquals(List.of("A-2"), agentIds(night9.resolve("agents_7d.csv")));
    assertEquals(List.of("A-1", "A-2"), agentIds(night9.resolve("agents_30d.csv")));
    String trend = Files.readString(night9.resolve("trend.csv"));
    assertTrue(trend.startsWith("agent_id,call_date,calls,"), trend);
    assertTrue(trend.contains("\nA-1,2026-10-02,2,"), "N-3 and the loose file's N-5: " + trend);
  }

  @Test
  void callsOfOtherDaysAreLeftOutAndCounted() {
    // night 2: its folder's N-3 and the loose file's N-5; N-6 (Oct 5) is left out; two folders skipped
    RunManifest night2 = RUNS.get("h1-" + D2);
    assertEquals(2, night2.counts().processedCalls());
    assertEquals(1, night2.counts().otherDayCalls());
    assertEquals(2L, night2.inputFiles().get("skipped_other_date_files"));
    assertTrue(night2.reconciled());
  }

  private static List<String> agentIds(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[0]).toList();
  }
}
