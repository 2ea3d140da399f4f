package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.callcare.report.RunManifest;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample-data, run through the whole job (lexicon scorer): what its README promises about
 * transfers, repeat callers, tricky "sorry"s and the malformed line holds in the reports.
 */
class SampleDataTest {
  @TempDir
  static Path work;
  private static RunManifest manifest;
  private static Map<String, CSVRecord> calls;

  @BeforeAll
  static void run() throws IOException {
    manifest = new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon")
        .run(new JobOptions(List.of("sample-data"), work.resolve("reports").toString(), 7));
    calls = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(work.resolve("reports/calls.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        calls.put(r.get("call_id"), r);
      }
    }
  }

  private static Set<String> callsWhere(String column) {
    Set<String> ids = new TreeSet<>();
    calls.forEach((id, r) -> {
      if ("true".equals(r.get(column))) {
        ids.add(id);
      }
    });
    return ids;
  }

  @Test
  void fortyFourRecordsOneMalformed() {
    assertEquals(44, manifest.counts().inputRecords());
    assertEquals(43, manifest.counts().processedCalls());
    assertEquals(1, manifest.counts().rejectedRecords());
    assertEquals(6, manifest.counts().agents());
    assertTrue(manifest.reconciled());
  }

  @Test
  void transfersAreTheSixRealHandOffs() {
    assertEquals(Set.of("C-1004", "C-1013", "C-1018", "C-1028", "T-2004", "T-2009"), callsWhere("transfer"));
  }

  @Test
  void repeatCallersWithinSevenDays() {
    // C-1020 -> C-1021 20 minutes after a dropped call; C-1005 -> C-1007 2 days; C-1014 -> C-1017 2 days;
    // C-1026 -> T-2010 5 days across formats. 12, 16 and 22 days later are not repeats.
    assertEquals(Set.of("C-1005", "C-1014", "C-1020", "C-1026"), callsWhere("repeat_contact"));
  }

  @Test
  void requestsToRepeatAreNotApologies() {
    for (String id : List.of("C-1008", "C-1010", "C-1020", "C-1023", "T-2003", "T-2006", "T-2007")) {
      assertEquals("false", calls.get(id).get("apology_present"), id);
    }
    for (String id : List.of("C-1001", "C-1006", "C-1009", "C-1021")) {
      assertEquals("true", calls.get(id).get("apology_present"), id);
    }
  }

  @Test
  void newestWeekIsProvisional() {
    assertEquals("provisional", calls.get("C-1032").get("fcr_status"));
    assertEquals("final", calls.get("C-1001").get("fcr_status"));
  }
}
