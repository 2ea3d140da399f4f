package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class GenesysCloudReaderTest {
  private static final GenesysCloudReader READER = new GenesysCloudReader();
  private static final String CALL = "vendor/genesys/damaged-bookcase-call.json";
  /** 2026-10-08T12:00:00Z; agent G-1 from 0 to 30 s, agent G-2 from 30 s; phrases at 5, 12 and 40 s. */
  private static final String TRANSFER = """
      {"conversationId": "conv-77", "communicationId": "comm-1", "mediaType": "call", "startTime": 1791460800000,
       "participants": [
         {"participantPurpose": "customer", "startTimeMs": 1791460800000, "endTimeMs": 1791460860000},
         {"participantPurpose": "agent", "userId": "G-2", "startTimeMs": 1791460830000, "endTimeMs": 1791460860000},
         {"participantPurpose": "agent", "userId": "G-1", "startTimeMs": 1791460800000, "endTimeMs": 1791460830000}],
       "transcripts": [{"phrases": [
         {"participantPurpose": "internal", "text": "Let me put you through to returns.", "startTimeMs": 1791460805000,
          "duration": {"milliseconds": 2400}},
         {"participantPurpose": "external", "text": "", "startTimeMs": 1791460812000},
         {"participantPurpose": "internal", "text": "Returns, this is Lee.", "startTimeMs": 1791460840000,
          "duration": {"milliseconds": 1800}}]}]}""";

  private static CallDraft draft(String text) {
    return VendorFixtures.draft(READER, "calls/g.json", text);
  }

  private static String reason(String text) {
    ParseOutcome.Rejected rejected = VendorFixtures.rejected(READER, "calls/g.json", text);
    assertEquals("calls/g.json", rejected.source());
    return rejected.reason();
  }

  private static JsonNode json(String text) {
    return VendorFixtures.tree("test JSON", text);
  }

  @Test
  void readsAVoiceTranscript() {
    CallDraft call = draft(VendorFixtures.text(CALL));
    assertEquals(TranscriptFormat.GENESYS_CLOUD, call.format());
    assertEquals("5f0c2a9e-8b41-4d6a-9c3e-1a7d2b6e4f80", call.callId());
    assertEquals("2d9b7e41-6c3a-4f85-b0e2-9a1c5d3f7e68", call.agentId());
    assertNull(call.customerId());
    assertNull(call.customerName());
    assertEquals("7c0e5d2a-3f14-4b8e-a6d9-0b2c4e8f1a37", call.queue());
    assertEquals(Instant.parse("2026-10-07T16:40:05Z"), call.startedAt());
    assertEquals(List.of(), call.warnings());
    List<RawTurn> turns = call.turns();
    assertEquals(11, turns.size());
    assertEquals(Arrays.asList(Speaker.SYSTEM, Speaker.CUSTOMER, Speaker.SYSTEM, Speaker.SYSTEM, Speaker.AGENT,
        Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT),
        turns.stream().map(RawTurn::speaker).toList(),
        "the internal greeting inside the IVR leg is system; acd and ivr phrases are system");
    assertEquals(600L, turns.get(0).startMs());
    assertEquals(4_800L, turns.get(0).endMs());
    assertEquals(33_200L, turns.get(4).startMs());
    assertEquals(38_400L, turns.get(4).endMs());
    assertTrue(turns.get(8).text().contains("call you Thursday afternoon"));
    assertEquals(Arrays.asList(null, null, null, null, "POSITIVE", "NEGATIVE", null, "NEUTRAL", null, "POSITIVE",
        null), turns.stream().map(RawTurn::vendorSentiment).toList());
    assertTrue(turns.stream().allMatch(t -> t.agentId() == null), "one agent: no turn agent ids");
  }

  @Test
  void twoAgentsNameTheAgentOfEachTurn() {
    CallDraft call = draft(TRANSFER);
    assertEquals("conv-77", call.callId());
    assertEquals("G-1", call.agentId(), "the first agent to join");
    List<RawTurn> turns = call.turns();
    assertEquals("G-1", turns.get(0).agentId());
    assertNull(turns.get(1).agentId());
    assertEquals("G-2", turns.get(2).agentId());
    assertEquals(Instant.parse("2026-10-08T12:00:00Z"), call.startedAt());
    assertEquals(5_000L, turns.get(0).startMs());
    assertEquals(7_400L, turns.get(0).endMs());
  }

  @Test
  void keepsEmptyPhrasesAndLeavesUnknownEndsOpen() {
    RawTurn empty = draft(TRANSFER).turns().get(1);
    assertEquals(Speaker.CUSTOMER, empty.speaker());
    assertEquals("", empty.text());
    assertEquals(12_000L, empty.startMs());
    assertNull(empty.endMs(), "no duration: no end");
    assertEquals("", draft(TRANSFER.replace("\"text\": \"\", ", "")).turns().get(1).text());
  }

  @Test
  void startsFromConversationStartTimeOrTheEarliestPhrase() {
    String noStart = TRANSFER.replace("\"startTime\": 1791460800000,", "");
    CallDraft earliest = draft(noStart);
    assertEquals(Instant.parse("2026-10-08T12:00:05Z"), earliest.startedAt());
    assertEquals(List.of(0L, 7_000L, 35_000L), earliest.turns().stream().map(RawTurn::startMs).toList());
    CallDraft conversationStart = draft(noStart.replace("\"mediaType\"",
        "\"conversationStartTime\": 1791460799000, \"mediaType\""));
    assertEquals(6_000L, conversationStart.turns().get(0).startMs());
    CallDraft iso = draft(TRANSFER.replace("\"startTime\": 1791460800000,",
        "\"startTime\": \"2026-10-08T12:00:01Z\","));
    assertEquals(4_000L, iso.turns().get(0).startMs());
  }

  @Test
  void keepsFileOrderAndNegativeOffsets() {
    CallDraft call = draft(TRANSFER.replace("\"startTimeMs\": 1791460840000", "\"startTimeMs\": 1791460798000"));
    assertEquals(List.of(5_000L, 12_000L, -2_000L), call.turns().stream().map(RawTurn::startMs).toList());
  }

  @Test
  void readsEveryTranscriptInOrder() {
    CallDraft call = draft("""
        {"conversationId": "c-2", "transcripts": [
          {"phrases": [{"participantPurpose": "ivr", "text": "Welcome.", "startTimeMs": 1000}]},
          {"phrases": [{"participantPurpose": "external", "text": "Hello?", "startTimeMs": 3000},
                       {"participantPurpose": "external", "text": "Anyone there?", "startTimeMs": 4000}],
           "analytics": {"sentiment": [{"phraseIndex": 1, "sentiment": -0.6}]}}]}""");
    assertEquals(List.of("Welcome.", "Hello?", "Anyone there?"), call.turns().stream().map(RawTurn::text).toList());
    assertEquals(Arrays.asList(null, null, "NEGATIVE"), call.turns().stream().map(RawTurn::vendorSentiment).toList());
    assertEquals(List.of(0L, 2_000L, 3_000L), call.turns().stream().map(RawTurn::startMs).toList());
  }

  @Test
  void rejectsWithReasons() {
    assertTrue(reason("{\"transcripts\": [{\"phrases\": [}]}").startsWith("invalid JSON at line 1"));
    String whole = VendorFixtures.text(CALL);
    String truncated = reason(whole.substring(0, whole.length() / 2));
    assertTrue(truncated.startsWith("invalid JSON at line") && truncated.contains("the file looks truncated"),
        truncated);
    assertEquals("phrase 3: participantPurpose 'supervisor' is not agent, customer or system",
        reason(TRANSFER.replace("\"internal\", \"text\": \"Returns", "\"supervisor\", \"text\": \"Returns")));
    assertEquals("phrase 2: participantPurpose is missing",
        reason(TRANSFER.replace("\"participantPurpose\": \"external\", ", "")));
    assertEquals("transcripts is missing or not a list", reason("{\"conversationId\": \"c-1\"}"));
    assertEquals("transcripts is missing or not a list", reason("{\"transcripts\": {\"phrases\": []}}"));
    assertEquals("phrases is missing or not a list", reason("{\"transcripts\": [{\"phrase\": []}]}"));
    assertEquals("transcripts hold no phrases", reason("{\"transcripts\": [{\"phrases\": []}]}"));
    assertEquals("phrase 1: startTimeMs is not a whole number",
        reason(TRANSFER.replace("1791460805000", "\"5 seconds in\"")));
    assertEquals("phrase 1: duration.milliseconds is not a whole number",
        reason(TRANSFER.replace("2400", "2.4")));
    assertEquals("startTime 'yesterday' is neither epoch milliseconds nor an ISO-8601 date-time",
        reason(TRANSFER.replace("\"startTime\": 1791460800000,", "\"startTime\": \"yesterday\",")));
    assertEquals("transcript 2, phrase 1 is not a JSON object",
        reason("{\"transcripts\": [{\"phrases\": []}, {\"phrases\": [\"hello\"]}]}"));
    assertEquals("expected a JSON object holding a Genesys Cloud transcript", reason("\"just text\""));
    assertEquals("transcripts is missing or not a list",
        reason("{\"call_id\": \"C-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}"));
  }

  @Test
  void sentimentOutsideMinusOneToOneIsIgnoredWithAWarning() {
    CallDraft call = draft("""
        {"transcripts": [{"phrases": [{"participantPurpose": "external", "text": "Fine."}],
          "analytics": {"sentiment": [{"phraseIndex": 0, "sentiment": 80}]}}]}""");
    assertNull(call.turns().get(0).vendorSentiment());
    assertEquals(List.of("phrase 1: sentiment 80 is not a number from -1 to 1, ignored"), call.warnings());
    assertNull(call.startedAt());
    assertNull(call.callId());
  }

  @Test
  void looksLikeGenesysTranscriptsOnly() {
    assertTrue(GenesysCloudReader.looksLike(json(VendorFixtures.text(CALL))));
    assertTrue(GenesysCloudReader.looksLike(json(TRANSFER)));
    assertTrue(GenesysCloudReader.looksLike(json("{\"transcripts\": [{\"phrases\": []}]}")));
    assertFalse(GenesysCloudReader.looksLike(json(
        "{\"call_id\": \"C-1\", \"agent_id\": \"A-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}")));
    assertFalse(GenesysCloudReader.looksLike(json("""
        {"Version": "1.1.0", "ContactId": "c", "Channel": "VOICE", "Transcript": [{"ParticipantId": "AGENT",
          "ParticipantRole": "AGENT", "Content": "Hello", "BeginOffsetMillis": 0, "EndOffsetMillis": 900}]}""")));
    assertFalse(GenesysCloudReader.looksLike(json("""
        {"jobName": "j", "results": {"transcripts": [{"transcript": "hello"}]}, "Transcript": []}""")));
    assertFalse(GenesysCloudReader.looksLike(json(
        VendorFixtures.text("vendor/ccai/delayed-delivery-upload.json"))));
    assertFalse(GenesysCloudReader.looksLike(json("{\"transcripts\": [\"a\", \"b\"]}")));
    assertFalse(GenesysCloudReader.looksLike(null));
  }
}
