package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class CcaiInsightsReaderTest {
  private static final CcaiInsightsReader READER = new CcaiInsightsReader();
  private static final String UPLOAD = "vendor/ccai/delayed-delivery-upload.json";
  private static final String TRANSFER = "vendor/ccai/billing-transfer-two-agents-upload.json";
  private static final String RESOURCE = "vendor/ccai/damaged-lamp-conversation-resource.json";
  /** Three entries: 2026-10-05T09:14:00Z, then 2 s and 2.5 s later. */
  private static final String SMALL = """
      {"entries": [
        {"start_timestamp_usec": 1791191640000000, "text": "Hello, Northwind Home.", "role": "AGENT", "user_id": 7},
        {"start_timestamp_usec": 1791191642000000, "text": "Hi, my parcel is late.", "role": "CUSTOMER", "user_id": 8},
        {"start_timestamp_usec": 1791191642500000, "text": "Sorry.", "role": "AGENT", "user_id": 7}]}""";

  private static CallDraft draft(String text) {
    return VendorFixtures.draft(READER, "calls/c.json", text);
  }

  private static String reason(String text) {
    ParseOutcome.Rejected rejected = VendorFixtures.rejected(READER, "calls/c.json", text);
    assertEquals("calls/c.json", rejected.source());
    return rejected.reason();
  }

  private static JsonNode json(String text) {
    return VendorFixtures.tree("test JSON", text);
  }

  @Test
  void readsAnUploadFileWithAVirtualAgentAHumanAgentAndAnEndUser() {
    CallDraft call = draft(VendorFixtures.text(UPLOAD));
    assertEquals(TranscriptFormat.CCAI_INSIGHTS, call.format());
    assertEquals("calls/c.json", call.source());
    assertNull(call.callId(), "the upload format names no call id: the file name is used");
    assertNull(call.agentId());
    assertNull(call.customerId());
    assertNull(call.queue());
    assertNull(call.customerName());
    assertEquals(Instant.parse("2026-10-05T09:14:00Z"), call.startedAt());
    List<RawTurn> turns = call.turns();
    assertEquals(13, turns.size());
    assertEquals(List.of(Speaker.SYSTEM, Speaker.CUSTOMER, Speaker.SYSTEM, Speaker.AGENT, Speaker.CUSTOMER),
        turns.subList(0, 5).stream().map(RawTurn::speaker).toList());
    assertEquals(0L, turns.get(0).startMs());
    assertEquals(20_100L, turns.get(3).startMs());
    assertTrue(turns.get(10).text().contains("call you back this afternoon"));
    assertEquals("", turns.get(7).text(), "an empty entry is kept");
    assertTrue(turns.stream().allMatch(t -> t.agentId() == null), "one human agent: no turn agent ids");
    assertTrue(turns.stream().allMatch(t -> t.vendorSentiment() == null));
    assertEquals(List.of(CcaiInsightsReader.ESTIMATED_ENDS), call.warnings());
  }

  @Test
  void infersTurnEndsFromTheNextStartAndTheWordCount() {
    List<RawTurn> turns = draft(VendorFixtures.text(UPLOAD)).turns();
    assertEquals(4_800L, turns.get(0).endMs(), "12 words at 400 ms, before the next entry at 6.5 s");
    assertEquals(11_700L, turns.get(1).endMs(), "13 words: 6500 + 5200");
    assertEquals(29_000L, turns.get(3).endMs(), "24 words would run to 29.7 s: cut at the next entry's start");
    assertEquals(45_000L, turns.get(7).endMs(), "an empty entry lasts the minimum second");
    assertEquals(74_600L + 3_200L, turns.get(12).endMs(), "the last entry: start + 8 words");
  }

  @Test
  void agentUserIdsNameTheTurnsAgentOnlyWhenTwoHumanAgentsSpeak() {
    CallDraft call = draft(VendorFixtures.text(TRANSFER));
    assertEquals(Instant.parse("2026-10-06T14:02:30Z"), call.startedAt());
    List<RawTurn> turns = call.turns();
    assertEquals(11, turns.size());
    assertEquals(Speaker.AGENT, turns.get(0).speaker());
    assertEquals("57", turns.get(0).agentId());
    assertEquals(Speaker.CUSTOMER, turns.get(1).speaker());
    assertNull(turns.get(1).agentId(), "a customer turn has no agent");
    assertEquals("64", turns.get(5).agentId());
    assertEquals(61_000L, turns.get(5).startMs());
    assertNull(call.agentId());
  }

  @Test
  void readsTheExportedConversationResource() {
    CallDraft call = draft(VendorFixtures.text(RESOURCE));
    assertEquals("damaged-lamp-5521", call.callId());
    assertEquals("A-PRIYA", call.agentId());
    assertEquals("CU-88412", call.customerId());
    assertEquals(Instant.parse("2026-10-07T10:21:00Z"), call.startedAt());
    assertEquals(List.of(), call.warnings(), "word offsets give both ends: nothing estimated");
    List<RawTurn> turns = call.turns();
    assertEquals(List.of(Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT,
        Speaker.CUSTOMER), turns.stream().map(RawTurn::speaker).toList());
    assertEquals(400L, turns.get(0).startMs());
    assertEquals(4_300L, turns.get(0).endMs());
    assertEquals(4_100L, turns.get(1).startMs(), "overlap with the previous turn is kept for the assembler");
    assertEquals(List.of("POSITIVE", "NEGATIVE", "NEUTRAL", "NEGATIVE", "POSITIVE", "NEUTRAL"),
        turns.stream().map(RawTurn::vendorSentiment).toList(), "scores 0.3, -0.7, -0.1, -0.4, 0.6, omitted (0)");
    assertTrue(turns.stream().allMatch(t -> t.agentId() == null));
  }

  @Test
  void aResourceSegmentWithoutRoleIsPlacedByItsChannel() {
    String segment = """
        {"name": "projects/p/locations/l/conversations/C-9", "callMetadata": {"agentChannel": 2, "customerChannel": 1},
         "transcript": {"transcriptSegments": [{"text": "Hello.", "channelTag": %s}]}}""";
    assertEquals(Speaker.AGENT, draft(segment.formatted(2)).turns().get(0).speaker());
    assertEquals(Speaker.CUSTOMER, draft(segment.formatted(1)).turns().get(0).speaker());
    assertEquals("segment 1: segmentParticipant.role is missing and channelTag 3 is neither "
        + "callMetadata.agentChannel nor callMetadata.customerChannel", reason(segment.formatted(3)));
  }

  @Test
  void chatSegmentsAreTimedByMessageTimeWithEstimatedEnds() {
    CallDraft call = draft("""
        {"name": "projects/p/locations/l/conversations/chat-1", "medium": "CHAT", "transcript": {"transcriptSegments": [
          {"text": "Hi there", "messageTime": "2026-10-08T08:00:03Z", "segmentParticipant": {"role": "END_USER"}},
          {"text": "Welcome to Northwind, how can I help you?", "messageTime": "2026-10-08T08:00:05.500Z",
           "segmentParticipant": {"role": "AUTOMATED_AGENT"}}]}}""");
    assertEquals(Instant.parse("2026-10-08T08:00:03Z"), call.startedAt(), "no startTime: the first message");
    assertEquals(List.of(Speaker.CUSTOMER, Speaker.SYSTEM), call.turns().stream().map(RawTurn::speaker).toList());
    assertEquals(0L, call.turns().get(0).startMs());
    assertEquals(1_000L, call.turns().get(0).endMs());
    assertEquals(2_500L, call.turns().get(1).startMs());
    assertEquals(2_500L + 3_200L, call.turns().get(1).endMs());
    assertEquals(List.of(CcaiInsightsReader.ESTIMATED_ENDS), call.warnings());
  }

  @Test
  void keepsFileOrderAndDoesNotClampOrMerge() {
    CallDraft call = draft(SMALL.replace("1791191642000000", "1791191639000000"));
    List<RawTurn> turns = call.turns();
    assertEquals(Instant.parse("2026-10-05T09:13:59Z"), call.startedAt(), "the earliest entry, wherever it is");
    assertEquals(List.of(1_000L, 0L, 3_500L), turns.stream().map(RawTurn::startMs).toList());
    assertEquals(1_000L + 1_200L, turns.get(0).endMs(), "a next start before this one is no end: 3 words");
    assertEquals(2_000L, turns.get(1).endMs(), "5 words, before the next entry at 3.5 s");
    assertEquals(3, turns.size());
  }

  @Test
  void consecutiveTurnsOfOneSpeakerStaySeparate() {
    List<RawTurn> turns = draft(SMALL.replace("\"CUSTOMER\"", "\"AGENT\"")).turns();
    assertEquals(3, turns.size());
    assertEquals(500L + 2_000L, turns.get(1).endMs(), "cut at the next entry at 2.5 s");
  }

  @Test
  void withoutTimestampsTimesAndStartAreNull() {
    CallDraft call = draft(SMALL.replaceAll("\"start_timestamp_usec\": \\d+, ", ""));
    assertNull(call.startedAt());
    assertTrue(call.turns().stream().allMatch(t -> t.startMs() == null && t.endMs() == null));
    assertEquals(List.of(), call.warnings());
  }

  @Test
  void timestampsWrittenAsDigitStringsAreRead() {
    CallDraft call = draft(SMALL.replace("1791191642000000", "\"1791191642000000\""));
    assertEquals(2_000L, call.turns().get(1).startMs());
  }

  @Test
  void lenientJsonWarningsAreKept() {
    CallDraft call = draft("// exported by hand\n" + SMALL.replace("]}", ",]}") + "\n}");
    assertEquals(List.of("ignored text after the end of the JSON document (line 6)", CcaiInsightsReader.ESTIMATED_ENDS),
        call.warnings());
  }

  @Test
  void rejectsWithReasons() {
    assertTrue(reason("{\"entries\": [{\"text\": \"hi\",, }]}").startsWith("invalid JSON at line 1"));
    String truncated = VendorFixtures.text(UPLOAD).substring(0, 700);
    String reason = reason(truncated);
    assertTrue(reason.startsWith("invalid JSON at line") && reason.contains("the file looks truncated"), reason);
    assertEquals("entry 3: role 'SUPERVISOR' is not agent, customer or system",
        reason(SMALL.replace("\"Sorry.\", \"role\": \"AGENT\"", "\"Sorry.\", \"role\": \"SUPERVISOR\"")));
    assertEquals("entry 1: role 'ROLE_UNSPECIFIED' is not agent, customer or system",
        reason(SMALL.replaceFirst("\"AGENT\"", "\"ROLE_UNSPECIFIED\"")));
    assertEquals("entry 2: role is missing", reason(SMALL.replace("\"role\": \"CUSTOMER\", ", "")));
    assertEquals("entries is missing or not a list", reason("{\"conversation_info\": {\"categories\": []}}"));
    assertEquals("entries is missing or not a list", reason("{\"entries\": {\"text\": \"hi\"}}"));
    assertEquals("entries is empty: the conversation has no messages", reason("{\"entries\": []}"));
    assertEquals("entry 2: start_timestamp_usec is not a whole number",
        reason(SMALL.replace("1791191642000000", "\"soon\"")));
    assertEquals("entry 2: start_timestamp_usec is not a whole number",
        reason(SMALL.replace("1791191642000000", "1791191642000000.5")));
    assertEquals("entry 1: text is not a string", reason(SMALL.replace("\"Hello, Northwind Home.\"", "42")));
    assertEquals("entry 2 is not a JSON object", reason("{\"entries\": [{\"role\": \"AGENT\"}, 5]}"));
    assertEquals("expected a JSON object holding a CCAI Insights conversation", reason("[1, 2]"));
    assertEquals("entries is missing or not a list",
        reason("{\"call_id\": \"C-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}"));
  }

  @Test
  void rejectsBadResourceFields() {
    String base = """
        {"startTime": "%s", "transcript": {"transcriptSegments": [
          {"text": "Hi", "segmentParticipant": {"role": "%s"}, "words": [{"word": "hi", "startOffset": "%s"}]}]}}""";
    assertEquals("startTime 'noon' is not an RFC 3339 timestamp", reason(base.formatted("noon", "END_USER", "1s")));
    assertEquals("segment 1: role 'SUPERVISOR' is not agent, customer or system",
        reason(base.formatted("2026-10-08T08:00:00Z", "SUPERVISOR", "1s")));
    assertEquals("segment 1: role 'ANY_AGENT' does not say whether a human or a virtual agent spoke",
        reason(base.formatted("2026-10-08T08:00:00Z", "ANY_AGENT", "1s")));
    assertEquals("segment 1: words[0].startOffset '12' is not a duration such as \"3.5s\"",
        reason(base.formatted("2026-10-08T08:00:00Z", "END_USER", "12")));
    assertEquals("transcript.transcriptSegments is missing or not a list", reason("{\"transcript\": {}}"));
  }

  @Test
  void sentimentScoresMapToLabels() {
    assertEquals("POSITIVE", JsonDocuments.sentimentLabel(0.26));
    assertEquals("NEUTRAL", JsonDocuments.sentimentLabel(0.25));
    assertEquals("NEUTRAL", JsonDocuments.sentimentLabel(-0.25));
    assertEquals("NEGATIVE", JsonDocuments.sentimentLabel(-0.26));
    CallDraft call = draft("""
        {"transcript": {"transcriptSegments": [{"text": "Hi", "segmentParticipant": {"role": "END_USER"},
          "sentiment": {"score": 3}}]}}""");
    assertNull(call.turns().get(0).vendorSentiment());
    assertEquals(List.of("segment 1: sentiment.score 3 is not a number from -1 to 1, ignored"), call.warnings());
  }

  @Test
  void looksLikeCcaiFilesOnly() {
    assertTrue(CcaiInsightsReader.looksLike(json(VendorFixtures.text(UPLOAD))));
    assertTrue(CcaiInsightsReader.looksLike(json(VendorFixtures.text(TRANSFER))));
    assertTrue(CcaiInsightsReader.looksLike(json(VendorFixtures.text(RESOURCE))));
    assertTrue(CcaiInsightsReader.looksLike(json(SMALL)));
    assertTrue(CcaiInsightsReader.looksLike(json("{\"conversation_info\": {}, \"entries\": []}")));
    assertFalse(CcaiInsightsReader.looksLike(json(
        "{\"call_id\": \"C-1\", \"agent_id\": \"A-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}")));
    assertFalse(CcaiInsightsReader.looksLike(json("""
        {"Version": "1.1.0", "AccountId": "1", "Channel": "VOICE", "Transcript": [{"ParticipantId": "AGENT",
          "ParticipantRole": "AGENT", "Content": "Hello", "BeginOffsetMillis": 0, "EndOffsetMillis": 900}]}""")));
    assertFalse(CcaiInsightsReader.looksLike(json("""
        {"JobName": "j", "Transcript": [{"ParticipantRole": "CUSTOMER", "Content": "Hi"}]}""")));
    assertFalse(CcaiInsightsReader.looksLike(json(VendorFixtures.text("vendor/genesys/damaged-bookcase-call.json"))));
    assertFalse(CcaiInsightsReader.looksLike(json("{\"entries\": [{\"title\": \"a blog post\"}]}")));
    assertFalse(CcaiInsightsReader.looksLike(json("[1, 2]")));
    assertFalse(CcaiInsightsReader.looksLike(null));
  }

  @Test
  void anUploadFileWithoutCallsCsvTakesItsAgentAndCustomerFromTheirUserIds() {
    CallDraft call = draft(SMALL);
    assertNull(call.agentId(), "the call's own fields stay empty: calls.csv still wins");
    assertEquals("7", call.vendorAgentId());
    assertEquals("8", call.vendorCustomerId());

    CallAssembler.Assembled alone = CallAssembler.assemble(call, null);
    Call assembled = ((ParseOutcome.Parsed) alone.outcome()).call();
    assertEquals("7", assembled.agentId());
    assertEquals("8", assembled.customerId());
    assertTrue(alone.warnings().contains("agent_id taken from the vendor's user id 7 (not in the file's call"
        + " details or calls.csv)"), alone.warnings().toString());

    CallMetadata row = new CallMetadata("calls", "c", "A-DANA", "CU-1", null, null, null, null);
    Call withCsv = ((ParseOutcome.Parsed) CallAssembler.assemble(call, row).outcome()).call();
    assertEquals("A-DANA", withCsv.agentId());
    assertEquals("CU-1", withCsv.customerId());
  }
}
