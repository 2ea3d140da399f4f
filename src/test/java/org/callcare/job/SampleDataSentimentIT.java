package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample data with the real CoreNLP models and the default sentiment layer: every call that
 * {@code docs/sample-data.md} says opens upset (read by a person, before the scores) starts negative, and every
 * agent with three or more complaint calls has a de-escalation rate.
 */
class SampleDataSentimentIT {
  @TempDir
  static Path work;
  private static Map<String, CSVRecord> calls;
  private static Map<String, CSVRecord> agents;

  @BeforeAll
  static void run() throws IOException {
    new CallCareJob(TestSpark.session(), CoreNlpSentimentScorer.factory(), "corenlp")
        .run(new JobOptions(List.of("sample-data"), work.resolve("reports").toString(), 7));
    calls = read(work.resolve("reports/calls.csv"), "call_id");
    agents = read(work.resolve("reports/agents.csv"), "agent_id");
  }

  private static Map<String, CSVRecord> read(Path file, String key) throws IOException {
    Map<String, CSVRecord> rows = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.put(r.get(key), r);
      }
    }
    return rows;
  }

  /** The call ids of the lines of docs/sample-data.md that start with this list name. */
  private static List<String> listed(String listName) throws IOException {
    String doc = Files.readString(Path.of("docs/sample-data.md"));
    Matcher m = Pattern.compile("- " + Pattern.quote(listName) + ": ([^\\n]+(?:\\n  [^\\n]+)*)").matcher(doc);
    assertTrue(m.find(), "docs/sample-data.md lists '" + listName + "'");
    List<String> ids = new ArrayList<>();
    for (String id : m.group(1).replace("\n", " ").split(",")) {
      ids.add(id.trim().replaceAll("\\.$", ""));
    }
    return ids;
  }

  @Test
  void callsThatOpenUpsetStartNegative() throws IOException {
    List<String> upset = new ArrayList<>(listed("Open upset and end calm"));
    upset.addAll(listed("Open upset and stay upset"));
    assertEquals(19, upset.size());
    List<String> missed = new ArrayList<>();
    for (String id : upset) {
      assertTrue(calls.containsKey(id), id + " is a processed call");
      if (!"true".equals(calls.get(id).get("started_negative"))) {
        missed.add(id + " (start " + calls.get(id).get("customer_start_sentiment") + ")");
      }
    }
    assertEquals(List.of(), missed, "upset openers that do not start negative");
  }

  @Test
  void upsetOpenersThatAreCalmedDeEscalate() throws IOException {
    long calmed = listed("Open upset and end calm").stream()
        .filter(id -> "true".equals(calls.get(id).get("de_escalated"))).count();
    assertTrue(calmed >= 12, calmed + " of 14 calmed calls de-escalate");
  }

  @Test
  void everyAgentWithThreeComplaintCallsHasADeEscalationRate() {
    Map<String, Integer> complaints = new TreeMap<>();
    calls.values().forEach(r -> {
      if ("true".equals(r.get("complaint"))) {
        complaints.merge(r.get("agent_id"), 1, Integer::sum);
      }
    });
    complaints.forEach((agent, n) -> {
      if (n >= 3) {
        assertFalse(agents.get(agent).get("de_escalation_rate").isEmpty(), agent + " has a de-escalation rate");
      }
    });
    assertTrue(complaints.values().stream().filter(n -> n >= 3).count() >= 6, "most agents have complaints");
  }
}
