package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.privacy.PiiRedactor;
import org.callcare.privacy.Pseudonymizer;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --pseudonymize-ids: no raw customer id in any report, and repeat contacts still link the same customer. */
class PseudonymizedRunTest {
  @TempDir
  Path work;

  @Test
  void customerIdsArePseudonymsEverywhereAndStillLink() throws IOException {
    Pseudonymizer pseudonyms = Pseudonymizer.withKey("a test key of enough length");
    JobOptions options = new JobOptions(List.of(Path.of("src/test/resources/e2e/input").toAbsolutePath().toString()),
        work.resolve("reports").toString(), 7, 0, List.of(), true, TimingSettings.DEFAULTS,
        CoreNlpSentimentScorer.DEFAULT_MEMO_SENTENCES, null, PiiRedactor.all(), NightlyOptions.NONE, null,
        pseudonyms);
    new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon").run(options);

    Map<String, CSVRecord> calls = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(work.resolve("reports/calls.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        calls.put(r.get("call_id"), r);
      }
    }
    assertEquals(pseudonyms.customerId("CU-1"), calls.get("E-1").get("customer_id"));
    assertEquals(pseudonyms.customerId("+44 20 7946 0000"), calls.get("E-4").get("customer_id"));
    assertEquals("true", calls.get("E-1").get("repeat_contact"), "E-1 and E-2 are still the same customer");
    try (Stream<Path> files = Files.list(work.resolve("reports"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".html")).toList()) {
        String text = Files.readString(f);
        assertFalse(text.contains("CU-1") || text.contains("7946 0000"), f.getFileName() + " holds a raw id");
      }
    }
    assertTrue(Files.readString(work.resolve("reports/manifest.json")).contains("\"pseudonymize_ids\" : true"));
  }
}
