package org.callcare.ingest;

import static org.callcare.ingest.VendorFixtures.CONTACT_LENS;
import static org.callcare.ingest.VendorFixtures.TRANSCRIBE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranscribeCallAnalyticsReaderTest {
  private static final TranscribeCallAnalyticsReader READER = new TranscribeCallAnalyticsReader();
  private static final Speaker A = Speaker.AGENT;
  private static final Speaker C = Speaker.CUSTOMER;
  private static final Speaker S = Speaker.SYSTEM;

  /** A minimal Call Analytics output with these transcript items. */
  private static String output(String items) {
    return """
        {"JobName": "job-7", "JobStatus": "COMPLETED", "Channel": "VOICE",
         "Participants": [{"ParticipantRole": "AGENT"}, {"ParticipantRole": "CUSTOMER"}],
         "Transcript": [%s]}""".formatted(items);
  }

  private static String item(String role, String content) {
    return "{\"ParticipantRole\": \"" + role + "\", \"Content\": \"" + content
        + "\", \"BeginOffsetMillis\": 0, \"EndOffsetMillis\": 900, \"Sentiment\": \"NEUTRAL\"}";
  }

  private static CallDraft draft(String text) {
    return VendorFixtures.draft(READER, "analytics/job-7.json", text);
  }

  private static String reason(String text) {
    return VendorFixtures.rejected(READER, "analytics/job-7.json", text).reason();
  }

  private static List<Speaker> speakers(CallDraft draft) {
    return draft.turns().stream().map(RawTurn::speaker).toList();
  }

  @Test
  void readsPostCallAnalyticsOutput() {
    String source = "s3://northwind-transcribe-output/analytics/northwind-bb-0412-2026-10-17.json";
    CallDraft call = VendorFixtures.draft(READER, source, VendorFixtures.text(TRANSCRIBE));

    assertEquals(source, call.source());
    assertEquals(TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, call.format());
    assertEquals("northwind-bb-0412-2026-10-17", call.callId());
    assertNull(call.startedAt()); // the output holds no absolute time: calls.csv gives it
    assertNull(call.agentId());
    assertNull(call.customerId());
    assertNull(call.queue());
    assertNull(call.customerName());
    assertEquals(List.of(), call.warnings());

    assertEquals(List.of(A, C, A, C, A, C, A), speakers(call));
    RawTurn greeting = call.turns().get(0);
    assertEquals("Northwind Broadband, this is Leon speaking.", greeting.text());
    assertEquals(380L, greeting.startMs());
    assertEquals(2790L, greeting.endMs());
    assertEquals("NEUTRAL", greeting.vendorSentiment());
    assertNull(greeting.agentId());
    assertEquals("NEGATIVE", call.turns().get(1).vendorSentiment());
    // the customer cut in: overlaps are kept for the assembler
    assertEquals(17260L, call.turns().get(2).endMs());
    assertEquals(16840L, call.turns().get(3).startMs());
    RawTurn apology = call.turns().get(4);
    assertTrue(apology.text().startsWith("You're right, and I apologize"));
    assertEquals("MIXED", apology.vendorSentiment());
    assertEquals("POSITIVE", call.turns().get(6).vendorSentiment());
  }

  @Test
  void keepsEveryItemAsWritten() {
    CallDraft call = draft(output("""
        {"ParticipantRole": "CUSTOMER", "Content": "", "BeginOffsetMillis": -15, "EndOffsetMillis": 2000},
        {"ParticipantRole": "CUSTOMER", "Content": " Hello? ", "BeginOffsetMillis": 1900},
        {"ParticipantRole": "agent", "Content": "Sorry, go ahead.", "Sentiment": "positive"},
        {"ParticipantRole": "SYSTEM", "Content": "This call may be recorded.", "Sentiment": ""}"""));
    assertEquals("job-7", call.callId());
    assertEquals(List.of(C, C, A, S), speakers(call));
    assertEquals(List.of("", " Hello? ", "Sorry, go ahead.", "This call may be recorded."),
        call.turns().stream().map(RawTurn::text).toList());
    assertEquals(-15L, call.turns().get(0).startMs());
    assertNull(call.turns().get(0).vendorSentiment());
    assertNull(call.turns().get(1).endMs());
    assertNull(call.turns().get(2).startMs());
    assertEquals("POSITIVE", call.turns().get(2).vendorSentiment());
    assertNull(call.turns().get(3).vendorSentiment());
  }

  @Test
  void withoutAJobNameTheFileNameIsTheCallId() {
    CallDraft call = draft(output(item("AGENT", "Hi")).replace("\"JobName\": \"job-7\",", ""));
    assertNull(call.callId());
  }

  @Test
  void passesOnTheJsonReadersRepairs() {
    CallDraft call = draft(VendorFixtures.text(TRANSCRIBE) + "]");
    assertEquals(1, call.warnings().size());
    assertTrue(call.warnings().get(0).startsWith("ignored text after the end of the JSON document"),
        call.warnings().get(0));
  }

  @Test
  void rejectsFilesThatAreNotJson() {
    String broken = reason("{\"JobName\": \"job-7\" \"Transcript\": []}");
    assertTrue(broken.startsWith("invalid JSON at line 1"), broken);
    String text = VendorFixtures.text(TRANSCRIBE);
    String truncated = reason(text.substring(0, text.length() * 2 / 3));
    assertTrue(truncated.startsWith("invalid JSON") && truncated.contains("the file looks truncated"), truncated);
    assertEquals("file holds no JSON", reason("   "));
  }

  @Test
  void rejectsWithReasonsNamingTheField() {
    assertEquals("Transcript item 2: role 'SUPERVISOR' is not agent, customer or system",
        reason(output(item("AGENT", "Hi") + "," + item("SUPERVISOR", "Just listening."))));
    assertEquals("Transcript item 1: ParticipantRole is missing",
        reason(output("{\"Content\": \"Hi\", \"BeginOffsetMillis\": 0}")));
    assertEquals("Transcript is missing or not a list", reason("{\"JobName\": \"job-7\", \"JobStatus\": \"COMPLETED\"}"));
    assertEquals("Transcript is missing or not a list", reason("{\"JobName\": \"job-7\", \"Transcript\": \"Hi\"}"));
    assertEquals("Transcript is empty: the file holds no conversation", reason(output("")));
    assertEquals("expected one JSON object (a Transcribe Call Analytics output file), found a list",
        reason("[" + output(item("AGENT", "Hi")) + "]"));
    assertEquals("Transcript item 2 is not a JSON object", reason(output(item("AGENT", "Hi") + ", 42")));
    assertEquals("Transcript item 1: EndOffsetMillis true is not a number of milliseconds",
        reason(output("{\"ParticipantRole\": \"AGENT\", \"EndOffsetMillis\": true}")));
    assertEquals("Transcript item 1: Content is not text",
        reason(output("{\"ParticipantRole\": \"AGENT\", \"Content\": [\"Hi\"]}")));
  }

  @Test
  void rejectsContactLensFilesNamingTheRightFormat() {
    for (String fixture : CONTACT_LENS) {
      String reason = VendorFixtures.rejected(READER, fixture, VendorFixtures.text(fixture)).reason();
      assertTrue(reason.startsWith("this is an Amazon Connect Contact Lens file, not Transcribe Call Analytics"),
          reason);
      assertTrue(reason.endsWith("--format contact-lens"), reason);
    }
  }

  @Test
  void recognisesTranscribeCallAnalyticsOutput() {
    assertTrue(TranscribeCallAnalyticsReader.looksLike(VendorFixtures.tree(TRANSCRIBE)));
    String empty = "{\"JobName\": \"job-7\", \"Transcript\": []}";
    assertTrue(TranscribeCallAnalyticsReader.looksLike(VendorFixtures.tree(empty, empty)));
    String noJobName = "{\"Transcript\": [{\"ParticipantRole\": \"CUSTOMER\", \"Content\": \"Hi\"}]}";
    assertTrue(TranscribeCallAnalyticsReader.looksLike(VendorFixtures.tree(noJobName, noJobName)));
    for (String fixture : CONTACT_LENS) {
      assertFalse(TranscribeCallAnalyticsReader.looksLike(VendorFixtures.tree(fixture)), fixture);
    }
    assertFalse(TranscribeCallAnalyticsReader.looksLike(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"call_id\": \"C-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}",
      "{\"entries\": [{\"role\": \"AGENT\", \"text\": \"Hi\", \"user_id\": 1}]}",
      "{\"jobName\": \"j\", \"results\": {\"transcripts\": [{\"transcript\": \"Hi\"}], \"items\": []}}",
      "{\"Transcript\": [{\"ParticipantId\": \"AGENT\", \"ParticipantRole\": \"AGENT\", \"Content\": \"Hi\"}]}",
      "{\"JobName\": \"j\", \"Transcript\": {\"Content\": \"Hi\"}}",
      "{\"Transcript\": [{\"Content\": \"Hi\"}]}",
      "[]"})
  void doesNotTakeOtherDocumentsForTranscribeOutput(String json) {
    assertFalse(TranscribeCallAnalyticsReader.looksLike(VendorFixtures.tree(json, json)), json);
  }

  @Test
  void tellsItsFormat() {
    assertEquals(TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, READER.format());
  }
}
