package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class TranscriptTextParserTest {
  private static final CallMetadata META =
      new CallMetadata("dir", "T-1", "A-1", "CU-1", "2026-10-07T14:02:00Z", null, null);

  @Test
  void linesWithoutPrefixContinueThePreviousTurn() {
    String text = "\uFEFFAgent: Thanks for calling, this is Dana.\r\n"
        + "Customer: My heating is broken.\r\n"
        + "It has been broken since Monday.\r\n"
        + "\r\n"
        + "AGENT:I'm sorry to hear that.\n";
    Call call = assertInstanceOf(ParseOutcome.Parsed.class,
        TranscriptTextParser.parse("dir/T-1.txt", "T-1", text, META)).call();
    assertEquals(3, call.turns().size());
    assertEquals(Speaker.CUSTOMER, call.turns().get(1).speaker());
    assertEquals("My heating is broken. It has been broken since Monday.", call.turns().get(1).text());
    assertEquals("I'm sorry to hear that.", call.turns().get(2).text());
    assertEquals("A-1", call.agentId());
    assertNull(call.queue());
  }

  @Test
  void rejectsWithReasons() {
    assertEquals("no row for call_id T-1 in a calls.csv in the same folder",
        reason("Agent: hi", null));
    assertEquals("line 1 has no speaker prefix (expected 'Agent:' or 'Customer:') and there is no turn to continue",
        reason("hello\nAgent: hi", META));
    assertEquals("transcript has no turns", reason("\n\n", META));
    assertEquals("calls.csv started_at 'soon' is not an ISO-8601 date-time",
        reason("Agent: hi", new CallMetadata("dir", "T-1", "A-1", "CU-1", "soon", null, null)));
    assertEquals("calls.csv row for T-1 lacks agent_id or customer_id",
        reason("Agent: hi", new CallMetadata("dir", "T-1", null, "CU-1", "2026-10-07T14:02:00Z", null, null)));
    assertEquals("broken file", reason("Agent: hi", new CallMetadata("dir", "*", null, null, null, null, "broken file")));
  }

  private static String reason(String text, CallMetadata meta) {
    return assertInstanceOf(ParseOutcome.Rejected.class,
        TranscriptTextParser.parse("dir/T-1.txt", "T-1", text, meta)).reason();
  }

  @Test
  void metadataColumnsAreFoundByName() {
    List<CallMetadata> rows = CallMetadataParser.parse("dir",
        "started_at,customer_id,call_id,agent_id,notes\n2026-10-07T14:02:00Z,CU-1,T-1,A-1,x\n\n,CU-9,,A-9,\n");
    assertEquals(List.of(new CallMetadata("dir", "T-1", "A-1", "CU-1", "2026-10-07T14:02:00Z", null, null)), rows);
  }

  @Test
  void metadataProblemsAreReported() {
    List<CallMetadata> missing = CallMetadataParser.parse("dir", "call_id,agent_id,started_at\nT-1,A-1,x\n");
    assertEquals(1, missing.size());
    assertNull(missing.get(0).callId());
    assertEquals("calls.csv in dir has no 'customer_id' column (header must be "
        + "call_id,agent_id,customer_id,started_at)", missing.get(0).problem());

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
    assertEquals(InputFileKind.JSON_LINES, InputFileKind.of("x.jsonl"));
    assertEquals(InputFileKind.UNSUPPORTED, InputFileKind.of(".DS_Store"));
  }
}
