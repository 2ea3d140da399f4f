package org.callcare.ingest;

import static org.callcare.ingest.VendorFixtures.CONTACT_LENS;
import static org.callcare.ingest.VendorFixtures.CONTACT_LENS_CHAT;
import static org.callcare.ingest.VendorFixtures.CONTACT_LENS_VOICE;
import static org.callcare.ingest.VendorFixtures.CONTACT_LENS_VOICE_2022;
import static org.callcare.ingest.VendorFixtures.TRANSCRIBE;
import static org.callcare.ingest.VendorFixtures.s3Key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactLensReaderTest {
  private static final ContactLensReader READER = new ContactLensReader();
  private static final Speaker A = Speaker.AGENT;
  private static final Speaker C = Speaker.CUSTOMER;
  private static final Speaker S = Speaker.SYSTEM;
  private static final String ROLES = """
      {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
      {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}""";

  /** A minimal voice analysis file with these participants and transcript items. */
  private static String voice(String participants, String items) {
    return """
        {"Version": "1.1.0", "Channel": "VOICE", "CustomerMetadata": {"ContactId": "c-1"},
         "Participants": [%s],
         "Transcript": [%s]}""".formatted(participants, items);
  }

  private static String item(String participantId, String content) {
    return "{\"ParticipantId\": \"" + participantId + "\", \"Content\": \"" + content
        + "\", \"BeginOffsetMillis\": 0, \"EndOffsetMillis\": 900}";
  }

  private static CallDraft draft(String source, String text) {
    return VendorFixtures.draft(READER, source, text);
  }

  private static CallDraft draft(String text) {
    return draft("calls/contact.json", text);
  }

  private static String reason(String text) {
    return VendorFixtures.rejected(READER, "calls/contact.json", text).reason();
  }

  private static List<Speaker> speakers(CallDraft draft) {
    return draft.turns().stream().map(RawTurn::speaker).toList();
  }

  @Test
  void readsAVoiceFileOfVersion110() {
    String source = s3Key(CONTACT_LENS_VOICE);
    CallDraft call = draft(source, VendorFixtures.text(CONTACT_LENS_VOICE));

    assertEquals(source, call.source());
    assertEquals(TranscriptFormat.CONTACT_LENS, call.format());
    assertEquals("7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13", call.callId());
    assertNull(call.startedAt()); // calls.csv gives it, else the time in the file name
    assertEquals(Instant.parse("2026-10-14T09:30:00Z"), call.startedAtFromName());
    assertEquals(List.of(), call.warnings());
    assertNull(call.agentId());
    assertNull(call.customerId());
    assertNull(call.queue());
    assertNull(call.customerName());

    assertEquals(List.of(A, C, A, C, A, C, A, C, A, C, A), speakers(call));
    RawTurn greeting = call.turns().get(0);
    assertEquals("Thank you for calling Northwind Energy, this is Priya. How can I help you today?", greeting.text());
    assertEquals(0L, greeting.startMs());
    assertEquals(4210L, greeting.endMs());
    assertEquals("NEUTRAL", greeting.vendorSentiment());
    assertNull(greeting.agentId());
    assertEquals("NEGATIVE", call.turns().get(1).vendorSentiment());
    // the customer cut in before the agent finished: kept as written, the assembler repairs overlaps
    assertEquals(29840L, call.turns().get(4).endMs());
    assertEquals(29120L, call.turns().get(5).startMs());
    assertEquals("MIXED", call.turns().get(6).vendorSentiment());
    assertEquals("POSITIVE", call.turns().get(10).vendorSentiment());
    assertTrue(call.turns().get(8).text().contains("transfer you to them now"));
  }

  @Test
  void readsARedactedVoiceFileOfSchemaVoice20221130() {
    CallDraft call = draft(s3Key(CONTACT_LENS_VOICE_2022), VendorFixtures.text(CONTACT_LENS_VOICE_2022));

    // no CustomerMetadata in this file: the contact id and time come from the S3 key's file name
    assertEquals("3b8e0d44-91c2-4f7a-b6e5-0c2a7f19d854", call.callId());
    assertEquals(Instant.parse("2026-10-15T14:05:12Z"), call.startedAtFromName());
    assertEquals(List.of("call id taken from the file name (CustomerMetadata.ContactId is missing)"),
        call.warnings());

    // two agent items in a row stay two turns
    assertEquals(List.of(A, C, A, A, C, A, C, A), speakers(call));
    RawTurn complaint = call.turns().get(1);
    assertTrue(complaint.text().startsWith("It's [PII]. I took the whole morning off"));
    assertEquals(5310L, complaint.startMs());
    assertEquals(15620L, complaint.endMs());
    assertEquals("NEGATIVE", complaint.vendorSentiment());
    assertEquals("[PII].", call.turns().get(4).text());
    assertEquals(33550L, call.turns().get(5).startMs());
    assertEquals("POSITIVE", call.turns().get(7).vendorSentiment());
  }

  @Test
  void readsAChatFile() {
    CallDraft call = draft(s3Key(CONTACT_LENS_CHAT), VendorFixtures.text(CONTACT_LENS_CHAT));

    assertEquals("e5a0c7d2-6f13-4b8e-9d21-7a4f0b3c5e86", call.callId());
    // the earliest AbsoluteTime, not the (later) time in the file name
    assertEquals(Instant.parse("2026-10-16T18:02:11.204Z"), call.startedAt());
    assertEquals(List.of(), call.warnings());

    // every item is a turn, events (joined, left, chat ended) included; chat.ended names no participant
    assertEquals(List.of(C, S, A, A, C, C, A, C, C, A, C, A, C, S), speakers(call));
    RawTurn joined = call.turns().get(0);
    assertEquals("", joined.text());
    assertEquals(0L, joined.startMs());
    assertNull(joined.endMs());
    assertNull(joined.vendorSentiment());

    RawTurn welcome = call.turns().get(1);
    assertEquals("Thanks for contacting Northwind Energy. An agent will be with you shortly.", welcome.text());
    assertEquals(1326L, welcome.startMs());
    assertEquals("NEUTRAL", welcome.vendorSentiment()); // from DetailsByTranscriptItemGroup

    RawTurn greeting = call.turns().get(3);
    assertEquals("Hi Marta, I'm Sam. How can I help you today?", greeting.text());
    assertEquals(92293L, greeting.startMs());
    assertNull(greeting.endMs());
    assertEquals("NEGATIVE", call.turns().get(4).vendorSentiment());
    assertEquals("NEGATIVE", call.turns().get(5).vendorSentiment());
    assertEquals("POSITIVE", call.turns().get(9).vendorSentiment());
    assertEquals(239698L, call.turns().get(13).startMs());
    assertNull(call.agentId());
    assertNull(call.customerName());
  }

  @Test
  void withoutAContactLensFileNameNothingIsTakenFromIt() {
    CallDraft call = draft("exports/voice.json", VendorFixtures.text(CONTACT_LENS_VOICE));
    assertEquals("7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13", call.callId());
    assertNull(call.startedAt());
    assertEquals(List.of(), call.warnings());

    CallDraft noId = draft("exports/voice-2022.json", VendorFixtures.text(CONTACT_LENS_VOICE_2022));
    assertNull(noId.callId()); // the assembler uses the file name
    assertNull(noId.startedAt());
  }

  @Test
  void readsContactIdAndTimeFromS3FileNames() {
    ContactLensReader.KeyName plain =
        ContactLensReader.keyName("s3://b/Analysis/Chat/2026/10/16/abc-1_analysis_2026-10-16T18:24:03Z.json");
    assertEquals("abc-1", plain.contactId());
    assertEquals(Instant.parse("2026-10-16T18:24:03Z"), plain.time());
    assertEquals(Instant.parse("2026-10-16T18:24:03Z"),
        ContactLensReader.keyName("abc-1_analysis_redacted_2026-10-16T18%3A24%3A03Z.json").time());
    assertEquals(Instant.parse("2026-10-16T18:24:03Z"),
        ContactLensReader.keyName("C:\\Downloads\\abc-1_analysis_2026-10-16T18_24_03Z (1).json").time());
    ContactLensReader.KeyName badDate = ContactLensReader.keyName("abc-1_analysis_2026-13-40T18:24:03Z.json");
    assertEquals("abc-1", badDate.contactId());
    assertNull(badDate.time());
    assertNull(ContactLensReader.keyName("abc-1.json"));
    assertNull(ContactLensReader.keyName("abc-1_call_recording_redacted_2026-10-16T18:24:03Z.wav"));
    assertNull(ContactLensReader.keyName(null));
  }

  @Test
  void keepsEveryItemAsWritten() {
    CallDraft call = draft(voice(ROLES, """
        {"ParticipantId": "AGENT", "Content": "", "BeginOffsetMillis": 500, "EndOffsetMillis": 100},
        {"ParticipantId": "CUSTOMER", "Content": "  so  ", "BeginOffsetMillis": -40, "Sentiment": "negative"},
        {"ParticipantId": "CUSTOMER", "Content": "again", "BeginOffsetMillis": "300", "EndOffsetMillis": 410.6},
        {"ParticipantId": "AGENT"}"""));

    assertEquals("c-1", call.callId());
    assertEquals(List.of(A, C, C, A), speakers(call));
    assertEquals(List.of("", "  so  ", "again", ""), call.turns().stream().map(RawTurn::text).toList());
    assertEquals(500L, call.turns().get(0).startMs());
    assertEquals(100L, call.turns().get(0).endMs());
    assertEquals(-40L, call.turns().get(1).startMs());
    assertNull(call.turns().get(1).endMs());
    assertEquals("NEGATIVE", call.turns().get(1).vendorSentiment());
    assertEquals(300L, call.turns().get(2).startMs());
    assertEquals(411L, call.turns().get(2).endMs());
    assertNull(call.turns().get(3).startMs());
    assertNull(call.turns().get(3).vendorSentiment());
  }

  @Test
  void botAndSystemRolesAreSystem() {
    CallDraft call = draft(voice(ROLES + """
        , {"ParticipantId": "lex", "ParticipantRole": "CUSTOM_BOT"},
          {"ParticipantId": "ivr", "ParticipantRole": "ivr"},
          {"ParticipantId": "sys", "ParticipantRole": "SYSTEM"},
          {"ParticipantId": "boss", "ParticipantRole": "SUPERVISOR"}""",
        item("lex", "Which account is this about?") + "," + item("ivr", "Press one.") + ","
            + item("sys", "You are being transferred.") + "," + item("AGENT", "Hello.")));
    // a supervisor who says nothing does not matter
    assertEquals(List.of(S, S, S, A), speakers(call));
  }

  @Test
  void chatItemsMayNameTheirRoleWithoutAParticipant() {
    CallDraft call = draft(voice(ROLES, """
        {"ParticipantRole": "AGENT", "Content": "Hello", "AbsoluteTime": "2026-10-16T10:00:05Z"},
        {"ParticipantRole": "CUSTOMER", "Content": "Hi", "AbsoluteTime": "2026-10-16T10:00:02.5Z"},
        {"Type": "EVENT", "ContentType": "application/vnd.amazonaws.connect.event.chat.ended"}"""));
    assertEquals(List.of(A, C, S), speakers(call));
    assertEquals(Instant.parse("2026-10-16T10:00:02.5Z"), call.startedAt());
    assertEquals(2500L, call.turns().get(0).startMs());
    assertEquals(0L, call.turns().get(1).startMs());
    assertNull(call.turns().get(2).startMs());
  }

  @Test
  void passesOnTheJsonReadersRepairs() {
    String text = "// exported by the nightly job\n" + VendorFixtures.text(CONTACT_LENS_CHAT) + "\n}\n";
    CallDraft call = draft(text);
    assertEquals(1, call.warnings().size());
    assertTrue(call.warnings().get(0).startsWith("ignored text after the end of the JSON document"),
        call.warnings().get(0));
  }

  @Test
  void rejectsFilesThatAreNotJson() {
    assertTrue(reason("{\"Transcript\": [ }").startsWith("invalid JSON at line 1"), reason("{\"Transcript\": [ }"));
    String voice = VendorFixtures.text(CONTACT_LENS_VOICE);
    String truncated = reason(voice.substring(0, voice.length() / 2));
    assertTrue(truncated.startsWith("invalid JSON") && truncated.contains("the file looks truncated"), truncated);
    assertEquals("file holds no JSON", reason(""));
    assertEquals("file holds no JSON", reason(null));
  }

  @Test
  void rejectsWithReasonsNamingTheField() {
    String three = item("AGENT", "Hi") + "," + item("CUSTOMER", "Hello") + "," + item("X", "Who is this?");
    assertEquals("Transcript item 3: ParticipantId 'X' is not in Participants", reason(voice(ROLES, three)));
    assertEquals("Transcript item 2: role 'SUPERVISOR' is not agent, customer or system", reason(voice(
        ROLES + ", {\"ParticipantId\": \"boss\", \"ParticipantRole\": \"SUPERVISOR\"}",
        item("AGENT", "Hi") + "," + item("boss", "I'm listening in."))));
    assertEquals("Transcript is missing or not a list",
        reason("{\"Version\": \"1.1.0\", \"Participants\": [" + ROLES + "]}"));
    assertEquals("Transcript is missing or not a list", reason(voice(ROLES, "").replace("[]", "{}")));
    assertEquals("Transcript is missing or not a list (JobStatus is FAILED)",
        reason("{\"JobStatus\": \"FAILED\", \"Participants\": [" + ROLES + "]}"));
    assertEquals("Transcript is empty: the file holds no conversation", reason(voice(ROLES, "")));
    assertEquals("expected one JSON object (a Contact Lens analysis file), found a list", reason("[1, 2]"));
    assertEquals("Transcript item 1 is not a JSON object", reason(voice(ROLES, "\"Hello\"")));
    assertEquals("Transcript item 1: BeginOffsetMillis 'soon' is not a number of milliseconds",
        reason(voice(ROLES, "{\"ParticipantId\": \"AGENT\", \"BeginOffsetMillis\": \"soon\"}")));
    assertEquals("Transcript item 1: EndOffsetMillis [1,2] is not a number of milliseconds",
        reason(voice(ROLES, "{\"ParticipantId\": \"AGENT\", \"EndOffsetMillis\": [1, 2]}")));
    assertEquals("Transcript item 1: Content is not text",
        reason(voice(ROLES, "{\"ParticipantId\": \"AGENT\", \"Content\": {\"text\": \"Hi\"}}")));
    assertEquals("Transcript item 1: AbsoluteTime 'yesterday' is not an ISO-8601 date-time",
        reason(voice(ROLES, "{\"ParticipantId\": \"AGENT\", \"AbsoluteTime\": \"yesterday\"}")));
    assertEquals("Transcript item 2: ParticipantId is missing",
        reason(voice(ROLES, item("AGENT", "Hi") + ", {\"Content\": \"Hello\", \"Type\": \"MESSAGE\"}")));
    assertEquals("Participants is missing or not a list",
        reason("{\"Transcript\": [" + item("AGENT", "Hi") + "]}"));
    // a call whose only speaker has no role: read, then rejected whole by the assembly, with the reason
    CallDraft onlyUnknown = draft(voice("{\"ParticipantId\": \"X\"}", item("X", "Hi")));
    assertEquals(new ParseOutcome.Rejected("calls/contact.json", "c-1",
            "call has only system turns (no agent or customer speaks)"),
        CallAssembler.assemble(onlyUnknown,
            new CallMetadata("calls", "c-1", "A-1", "CU-1", "2026-10-01T09:00:00Z", null, null, null)).outcome());
    assertEquals("Participants: ParticipantId 'AGENT' is listed both as AGENT and as CUSTOMER",
        reason(voice(ROLES + ", {\"ParticipantId\": \"AGENT\", \"ParticipantRole\": \"CUSTOMER\"}",
            item("AGENT", "Hi"))));
  }

  @Test
  void rejectsTranscribeOutputNamingTheRightFormat() {
    String reason = reason(VendorFixtures.text(TRANSCRIBE));
    assertTrue(reason.startsWith("this is AWS Transcribe Call Analytics output, not a Contact Lens file"), reason);
    assertTrue(reason.endsWith("--format transcribe"), reason);
  }

  @Test
  void aRejectionKeepsTheSourceAndASnippet() {
    String text = VendorFixtures.text(CONTACT_LENS_VOICE).replace("\"ParticipantId\": \"AGENT\",\n            \"Sentiment\"",
        "\"ParticipantId\": \"TEAM_LEAD\",\n            \"Sentiment\"");
    ParseOutcome.Rejected rejected = VendorFixtures.rejected(READER, "in/call.json", text);
    assertEquals("in/call.json", rejected.source());
    assertEquals("Transcript item 1: ParticipantId 'TEAM_LEAD' is not in Participants", rejected.reason());
    assertTrue(text.startsWith(rejected.record().substring(0, ParseOutcome.Rejected.MAX_RECORD_CHARS)));
    assertEquals(ParseOutcome.Rejected.MAX_RECORD_CHARS + 1, rejected.record().length());
  }

  @Test
  void recognisesContactLensFiles() {
    for (String fixture : CONTACT_LENS) {
      assertTrue(ContactLensReader.looksLike(VendorFixtures.tree(fixture)), fixture);
    }
    assertFalse(ContactLensReader.looksLike(VendorFixtures.tree(TRANSCRIBE)));
    assertFalse(ContactLensReader.looksLike(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"call_id\": \"C-1\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Hi\"}]}",
      "{\"entries\": [{\"role\": \"AGENT\", \"text\": \"Hi\", \"user_id\": 1}]}",
      "{\"JobName\": \"j\", \"Transcript\": [{\"ParticipantRole\": \"AGENT\", \"Content\": \"Hi\"}]}",
      "{\"Participants\": [{\"ParticipantId\": \"AGENT\", \"ParticipantRole\": \"AGENT\"}], \"Transcript\": {}}",
      "{\"Transcript\": [{\"Content\": \"Hi\"}]}",
      "[{\"Transcript\": []}]",
      "\"Transcript\""})
  void doesNotTakeOtherDocumentsForContactLens(String json) {
    assertFalse(ContactLensReader.looksLike(VendorFixtures.tree(json, json)), json);
  }

  @Test
  void tellsItsFormat() {
    assertEquals(TranscriptFormat.CONTACT_LENS, READER.format());
  }

  @Test
  void participantsWithoutARoleAreAProblemOnlyWhenTheySpeak() {
    // a listed participant with no role that says nothing, and one whose id is its role
    CallDraft call = draft(voice(ROLES + """
        , {"ParticipantId": "7d1c0a52-observer", "DisplayName": "Supervisor"}, {"ParticipantId": "SYSTEM"}""",
        item("AGENT", "Hello.") + "," + item("SYSTEM", "Please hold.") + "," + item("CUSTOMER", "Hi.")));
    assertEquals(List.of(A, S, C), speakers(call));

    CallDraft spoken = draft(voice(ROLES + ", {\"ParticipantId\": \"p-9\"}", item("AGENT", "Hello.") + ","
        + item("p-9", "Message from the bot.") + "," + item("CUSTOMER", "Hi.")));
    assertEquals(List.of(A, S, C), speakers(spoken));
    assertEquals(List.of("participant 'p-9' has no ParticipantRole in Participants: its turns are read as system"
        + " turns (in no agent or customer figure)"), spoken.warnings());
  }
}
