package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

/** callcare's own JSON Lines and text readers, through the assembler. */
class CallcareReadersTest {
  private static final String GOOD = """
      {"call_id": "C-1", "agent_id": "A-1", "customer_id": "CU-1", "started_at": "2026-10-05T11:14:00+02:00",
       "queue": "billing", "turns": [
         {"speaker": "agent", "text": "Hello, this is Dana.", "start_ms": 0, "end_ms": 1800},
         {"speaker": "Customer", "text": "  Hi.  "},
         {"speaker": "system", "text": "Please hold.", "vendor_sentiment": "NEUTRAL"}]}""".replace("\n", " ");
  private static final CallMetadata META =
      new CallMetadata("dir", "T-1", "A-1", "CU-1", "2026-10-07T14:02:00Z", "loans", "Ana Ruiz", null);

  private static List<FileRecord> json(String text) {
    return new CallcareJsonReader().read("f.jsonl", text);
  }

  private static Call call(FileRecord record, CallMetadata meta) {
    CallDraft draft = assertInstanceOf(FileRecord.Draft.class, record).draft();
    return assertInstanceOf(ParseOutcome.Parsed.class, CallAssembler.assemble(draft, meta).outcome()).call();
  }

  private static String rejected(FileRecord record) {
    return assertInstanceOf(FileRecord.Rejected.class, record).rejected().reason();
  }

  private static String assemblyReason(FileRecord record, CallMetadata meta) {
    CallDraft draft = assertInstanceOf(FileRecord.Draft.class, record).draft();
    return assertInstanceOf(ParseOutcome.Rejected.class, CallAssembler.assemble(draft, meta).outcome()).reason();
  }

  @Test
  void readsAJsonLinesCall() {
    Call call = call(json(GOOD).get(0), null);
    assertEquals("C-1", call.callId());
    assertEquals(Instant.parse("2026-10-05T09:14:00Z"), call.startedAt());
    assertEquals("billing", call.queue());
    assertEquals(3, call.turns().size());
    assertEquals(Speaker.CUSTOMER, call.turns().get(1).speaker());
    assertEquals("Hi.", call.turns().get(1).text());
    assertEquals(1800L, call.turns().get(0).endMs());
    assertNull(call.turns().get(1).startMs());
    assertEquals("NEUTRAL", call.turns().get(2).vendorSentiment());
    assertEquals("f.jsonl", call.source());
  }

  @Test
  void eachLineIsARecordAndABadLineIsRejectedAlone() {
    List<FileRecord> records = json(GOOD + "\n\n{\"call_id\": \"C-2\", \"turns\": [\n" + GOOD.replace("C-1", "C-3"));
    assertEquals(3, records.size());
    assertTrue(rejected(records.get(1)).startsWith("line 3: invalid JSON at column"), rejected(records.get(1)));
    assertEquals("C-3", call(records.get(2), null).callId());
  }

  @Test
  void aPrettyPrintedCallIsOneRecord() {
    String pretty = GOOD.replace(", \"", ",\n  \"").replace("{\"call_id\"", "{\n  \"call_id\"");
    List<FileRecord> records = json(pretty);
    assertEquals(1, records.size());
    assertEquals(3, call(records.get(0), null).turns().size());
  }

  @Test
  void localTimesAreUtc() {
    Call call = call(json(GOOD.replace("2026-10-05T11:14:00+02:00", "2026-10-05 09:14:00")).get(0), null);
    assertEquals(Instant.parse("2026-10-05T09:14:00Z"), call.startedAt());
  }

  @Test
  void jsonRejectsWithReasons() {
    assertEquals("line 1: expected one JSON object per line", rejected(json("[1, 2]").get(0)));
    assertEquals("line 2: expected one JSON object per line", rejected(json(GOOD + "\n[1, 2]").get(1)));
    assertEquals("line 1: call_id is missing or empty", rejected(json(GOOD.replace("\"C-1\"", "\" \"")).get(0)));
    assertEquals("line 1: started_at 'yesterday' is not an ISO-8601 date-time",
        rejected(json(GOOD.replace("2026-10-05T11:14:00+02:00", "yesterday")).get(0)));
    assertEquals("line 1: turn 2: speaker 'bot' is not agent, customer or system",
        rejected(json(GOOD.replace("\"Customer\"", "\"bot\"")).get(0)));
    assertEquals("line 1: turn 1: start_ms is not a whole number of milliseconds",
        rejected(json(GOOD.replace("\"start_ms\": 0", "\"start_ms\": \"zero\"")).get(0)));
    assertEquals("line 1: turns is missing or not a list",
        rejected(json(GOOD.replaceAll(", \"turns\": \\[.*\\]\\}", "}")).get(0)));
    assertEquals("file has no records", rejected(json("\n \n").get(0)));
    assertEquals("agent_id is missing: not in the file, and no calls.csv row for call_id C-1 in the same folder",
        assemblyReason(json(GOOD.replace("\"A-1\"", "\"  \"")).get(0), null));
    assertEquals("call has no turns",
        assemblyReason(json(GOOD.replaceAll("\"turns\": \\[.*\\]\\}", "\"turns\": []}")).get(0), null));
  }

  @Test
  void aRejectionKeepsASnippetOfTheRecord() {
    String huge = "{\"call_id\": \"" + "x".repeat(5000);
    ParseOutcome.Rejected rejected =
        assertInstanceOf(FileRecord.Rejected.class, json(huge).get(0)).rejected();
    assertTrue(rejected.record().length() <= ParseOutcome.Rejected.MAX_RECORD_CHARS + 1);
  }

  @Test
  void textLinesWithoutPrefixContinueThePreviousTurn() {
    String text = "Agent: Thanks for calling, this is Dana.\r\n"
        + "Customer: My heating is broken.\r\n"
        + "It has been broken since Monday.\r\n"
        + "\r\n"
        + "AGENT:I'm sorry to hear that.\n";
    List<FileRecord> records = new CallcareTextReader().read("dir/T-1.txt", text);
    Call call = call(records.get(0), META);
    assertEquals("T-1", call.callId());
    assertEquals(3, call.turns().size());
    assertEquals("My heating is broken. It has been broken since Monday.", call.turns().get(1).text());
    assertEquals("I'm sorry to hear that.", call.turns().get(2).text());
    assertEquals("A-1", call.agentId());
    assertEquals("loans", call.queue());
    assertEquals("Ana Ruiz", call.customerName());
  }

  @Test
  void textRejectsWithReasons() {
    CallcareTextReader reader = new CallcareTextReader();
    assertEquals("line 1 has no speaker prefix (expected 'Agent:' or 'Customer:') and there is no turn to continue",
        rejected(reader.read("dir/T-1.txt", "hello\nAgent: hi").get(0)));
    assertEquals("transcript has no turns", rejected(reader.read("dir/T-1.txt", "\n\n").get(0)));
    FileRecord hi = reader.read("dir/T-1.txt", "Agent: hi").get(0);
    assertEquals("agent_id is missing: not in the file, and no calls.csv row for call_id T-1 in the same folder",
        assemblyReason(hi, null));
    assertEquals("calls.csv started_at 'soon' is not an ISO-8601 date-time",
        assemblyReason(hi, new CallMetadata("dir", "T-1", "A-1", "CU-1", "soon", null, null, null)));
    assertEquals("agent_id is missing: not in the file, and empty in calls.csv", assemblyReason(hi,
        new CallMetadata("dir", "T-1", null, "CU-1", "2026-10-07T14:02:00Z", null, null, null)));
    assertEquals("broken file (the call needs its agent_id)",
        assemblyReason(hi, CallMetadata.problem("dir", "*", "broken file")));
  }

  @Test
  void theFilesOwnValuesWinOverCallsCsv() {
    Call call = call(json(GOOD).get(0), new CallMetadata("dir", "C-1", "A-9", "CU-9", "2020-01-01T00:00:00Z",
        "other", "Ana Ruiz", null));
    assertEquals("A-1", call.agentId());
    assertEquals("billing", call.queue());
    assertEquals("Ana Ruiz", call.customerName()); // not in the file: from calls.csv
  }

  @Test
  void metadataColumnsAreFoundByName() {
    List<CallMetadata> rows = CallMetadataParser.parse("dir",
        "started_at,customer_id,call_id,agent_id,notes\n2026-10-07T14:02:00Z,CU-1,T-1,A-1,x\n\n,CU-9,,A-9,\n");
    assertEquals(List.of(new CallMetadata("dir", "T-1", "A-1", "CU-1", "2026-10-07T14:02:00Z", null, null, null)),
        rows);
  }

  @Test
  void metadataColumnsAreFoundInAnyCaseAndMayBeLeftOut() {
    // the transcripts name their agent: calls.csv gives only what they lack
    List<CallMetadata> rows = CallMetadataParser.parse("dir",
        "Call_ID,CUSTOMER_ID,Started_At\nT-1,CU-1,2026-10-07T14:02:00Z\n");
    assertEquals(List.of(new CallMetadata("dir", "T-1", null, "CU-1", "2026-10-07T14:02:00Z", null, null, null)),
        rows);
  }

  @Test
  void metadataProblemsAreReported() {
    List<CallMetadata> missing = CallMetadataParser.parse("dir", "agent_id,started_at\nA-1,x\n");
    assertEquals(1, missing.size());
    assertNull(missing.get(0).callId());
    assertEquals("calls.csv in dir has no 'call_id' column (the header names its columns: call_id and any of "
        + "agent_id, customer_id, started_at, queue, customer_name)", missing.get(0).problem());

    List<CallMetadata> duplicated = CallMetadataParser.parse("dir",
        "call_id,agent_id,customer_id,started_at\nT-1,A-1,CU-1,2026-10-07T14:02:00Z\n"
            + "T-1,A-2,CU-2,2026-10-08T14:02:00Z\nT-2,A-1,CU-3,2026-10-08T15:00:00Z\n");
    assertEquals(2, duplicated.size());
    assertEquals("call_id T-1 appears more than once in calls.csv", duplicated.get(0).problem());
    assertNull(duplicated.get(1).problem());
  }

  @Test
  void pathsGiveFolderAndCallId() {
    assertEquals("file:/data/text", InputPaths.folderOf("file:/data/text/T-2001.txt"));
    assertEquals("T-2001", InputPaths.callIdOf("file:/data/text/T-2001.txt"));
    assertEquals(InputFileKind.CALL_METADATA, InputFileKind.of("CALLS.CSV"));
    assertEquals(InputFileKind.TRANSCRIPT, InputFileKind.of("x.jsonl"));
    assertEquals(InputFileKind.TRANSCRIPT, InputFileKind.of(".DS_Store"));
  }
}
