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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Encoders;
import org.callcare.metrics.AgentFigure;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.report.RunManifest;
import org.callcare.testing.Conditions;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample-data, run through the whole job (lexicon scorer): what its README promises about
 * transfers, repeat callers, tricky "sorry"s, behaviours, timing and the malformed line holds in the reports.
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
  void everyAgentCountEqualsTheCallsBehindIt() throws IOException {
    Map<String, CSVRecord> agents = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(work.resolve("reports/agents.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        agents.put(r.get("agent_id"), r);
      }
    }
    assertEquals(7, agents.size());
    int checked = 0;
    for (AgentFigure f : AgentFigures.LIST) {
      for (CallFigures.Count count : f.counts()) {
        for (CSVRecord agent : agents.values()) {
          long expected = calls.values().stream().filter(call -> call.get("agent_id").equals(agent.get("agent_id")))
              .filter(call -> Conditions.holds(count.when(), column -> call.get(Conditions.snake(column))))
              .count();
          assertEquals(String.valueOf(expected), agent.get(count.name()), agent.get("agent_id") + " " + count.name());
          checked++;
        }
      }
    }
    long counted = AgentFigures.LIST.stream().mapToLong(f -> f.counts().size()).sum();
    assertEquals(7 * counted, checked, "every counted column of every agent");
    assertTrue(counted >= 12);
    assertTrue(agents.values().stream().anyMatch(a -> !a.get("escalated_calls").equals("0")),
        "some sample call escalates");
  }

  @Test
  void fiftyTwoRecordsOneMalformed() {
    assertEquals(52, manifest.counts().inputRecords());
    assertEquals(51, manifest.counts().processedCalls());
    assertEquals(1, manifest.counts().rejectedRecords());
    assertEquals(7, manifest.counts().agents()); // the Genesys file names its own agent
    assertTrue(manifest.reconciled());
  }

  @Test
  void transfersAreTheEightRealHandOffs() {
    assertEquals(Set.of("C-1004", "C-1013", "C-1018", "C-1028", "T-2004", "T-2009",
        "7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13", "northwind-bb-0412-2026-10-17"), callsWhere("transfer"));
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

  @Test
  void aDismissiveTimedCall() {
    CSVRecord c = calls.get("C-1033");
    assertEquals("2", c.get("interruptions_by_agent"), "agent talks over the customer twice");
    assertEquals("0", c.get("interruptions_by_customer"), "a customer 'Mhm.' is a backchannel");
    assertEquals("2", c.get("bare_dont_know_count"), "'I don't know' and 'I'm not sure', no offer to find out");
    assertEquals("1", c.get("avoid_phrase_count"));
    assertEquals("1", c.get("escalation_request_count"));
    assertEquals("7700", c.get("non_talk_ms"), "silences of 3.5 s and 4.2 s; the hold message is not talk");
    assertEquals("false", c.get("apology_after_complaint"));
    assertEquals("1", c.get("greeting_with_name_count"), "'Northwind, Tom speaking.'");
  }

  @Test
  void anAgentWhoOwnsTheProblem() {
    CSVRecord c = calls.get("C-1034");
    assertEquals("1", c.get("ownership_count"));
    assertEquals("1", c.get("callback_offer_count"));
    assertEquals("2", c.get("set_expectations_count"));
    assertEquals("true", c.get("customer_name_used"), "metadata name Ruth Abernathy, agent says Ruth");
    assertEquals("1", c.get("closing_offer_count"));
    assertEquals("1", c.get("greeting_with_name_count"));
  }

  @Test
  void customerNamesFromCallsCsvAreLookedForInAgentTurns() {
    assertEquals("true", calls.get("T-2004").get("customer_name_used"), "Elif Yilmaz -> 'Ms. Yilmaz'");
    assertEquals("false", calls.get("T-2002").get("customer_name_used"), "the dismissive agent never uses it");
    assertEquals("true", calls.get("T-2002").get("customer_name_known"));
    assertEquals("", calls.get("C-1002").get("customer_name_used"), "no name known: empty, not false");
  }

  @Test
  void vendorExportsAreReadBesideCallcareFiles() {
    assertEquals(Map.of("callcare-jsonl", 34L, "callcare-text", 12L, "contact-lens", 2L, "transcribe", 1L,
        "ccai", 1L, "genesys", 1L), manifest.callsByFormat());
    // Contact Lens voice names no agent or start time: calls.csv beside it gives them
    CSVRecord voice = calls.get("7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13");
    assertEquals("A-PRIYA", voice.get("agent_id"));
    assertEquals("2026-10-14T09:28:00Z", voice.get("started_at"));
    assertTrue(manifest.vendorSentiment().compared() > 20, manifest.vendorSentiment().toString());
    assertTrue(manifest.counts().turnsDropped() > 0, "empty chat events are dropped");
    assertEquals(manifest.counts().turnsRead(), manifest.counts().turns() + manifest.counts().turnsDropped()
        + manifest.counts().turnsRejected());
  }

  @Test
  void cardNumbersAndEmailsNeverLeaveTheJob() throws IOException {
    String evidence = Files.readString(work.resolve("reports/evidence.csv"));
    assertTrue(evidence.contains("you read out [PII:CARD]"), "C-1035's apology is evidence, redacted");
    var turns = TestSpark.session().read().parquet(work.resolve("reports/turns").toString())
        .filter("call_id = 'C-1035'").orderBy("turn_index").select("text").as(Encoders.STRING()).collectAsList();
    assertEquals("Hi, I want to pay my overdue bill now. The card is [PII:CARD] and my email is [PII:EMAIL].",
        turns.get(1));
    for (Path report : List.of(work.resolve("reports/evidence.csv"), work.resolve("reports/rejected.csv"))) {
      String text = Files.readString(report);
      assertFalse(text.contains("4111 1111 1111 1111"), report.toString());
      assertFalse(text.contains("ruth.a+bills@example.com"), report.toString());
    }
  }
}
