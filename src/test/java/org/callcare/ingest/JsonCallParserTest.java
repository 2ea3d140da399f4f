package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class JsonCallParserTest {
  private static final String GOOD = """
      {"call_id": "C-1", "agent_id": "A-1", "customer_id": "CU-1", "started_at": "2026-10-05T11:14:00+02:00",
       "queue": "billing", "turns": [
         {"speaker": "agent", "text": "Hello, this is Dana.", "start_ms": 0, "end_ms": 1800},
         {"speaker": "Customer", "text": "  Hi.  "},
         {"speaker": "system", "text": null}]}""".replace("\n", " ");

  private static Call parsed(String line) {
    return assertInstanceOf(ParseOutcome.Parsed.class, JsonCallParser.parse("f.jsonl", line)).call();
  }

  private static String reason(String line) {
    return assertInstanceOf(ParseOutcome.Rejected.class, JsonCallParser.parse("f.jsonl", line)).reason();
  }

  @Test
  void parsesACall() {
    Call call = parsed(GOOD);
    assertEquals("C-1", call.callId());
    assertEquals(Instant.parse("2026-10-05T09:14:00Z"), call.startedAt());
    assertEquals("billing", call.queue());
    assertEquals(3, call.turns().size());
    assertEquals(Speaker.CUSTOMER, call.turns().get(1).speaker());
    assertEquals("Hi.", call.turns().get(1).text());
    assertEquals(1800L, call.turns().get(0).endMs());
    assertNull(call.turns().get(1).startMs());
    assertEquals("", call.turns().get(2).text());
    assertNull(call.turns().get(0).agentId());
    assertEquals("f.jsonl", call.source());
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsIgnored() {
    assertEquals("C-1", parsed("\uFEFF" + GOOD).callId());
  }

  @Test
  void localTimesAreUtc() {
    Call call = parsed(GOOD.replace("2026-10-05T11:14:00+02:00", "2026-10-05 09:14:00"));
    assertEquals(Instant.parse("2026-10-05T09:14:00Z"), call.startedAt());
  }

  @Test
  void rejectsWithReasons() {
    assertTrue(reason("{\"call_id\": \"C-1\", \"turns\": [").startsWith("invalid JSON"));
    assertEquals("expected one JSON object per line", reason("[1, 2]"));
    assertEquals("agent_id is missing or empty", reason(GOOD.replace("\"A-1\"", "\"  \"")));
    assertEquals("started_at 'yesterday' is not an ISO-8601 date-time",
        reason(GOOD.replace("2026-10-05T11:14:00+02:00", "yesterday")));
    assertEquals("turn 2: speaker 'bot' is not agent, customer or system",
        reason(GOOD.replace("\"Customer\"", "\"bot\"")));
    assertEquals("turn 1: end_ms 1 is before start_ms 5",
        reason(GOOD.replace("\"start_ms\": 0, \"end_ms\": 1800", "\"start_ms\": 5, \"end_ms\": 1")));
    assertEquals("turn 1: start_ms is negative", reason(GOOD.replace("\"start_ms\": 0", "\"start_ms\": -4")));
    assertEquals("turn 1: start_ms is not a whole number of milliseconds",
        reason(GOOD.replace("\"start_ms\": 0", "\"start_ms\": \"zero\"")));
    assertEquals("turn 2: agent_id is only for agent turns",
        reason(GOOD.replace("\"speaker\": \"Customer\",", "\"speaker\": \"Customer\", \"agent_id\": \"A-2\",")));
    assertEquals("call has no turns", reason(GOOD.replaceAll("\"turns\": \\[.*\\]\\}", "\"turns\": []}")));
    assertEquals("turns is missing or not a list", reason(GOOD.replaceAll(", \"turns\": \\[.*\\]\\}", "}")));
  }

  @Test
  void rejectionKeepsASnippetOfTheRecord() {
    String huge = "{\"call_id\": \"" + "x".repeat(5000);
    ParseOutcome.Rejected rejected =
        assertInstanceOf(ParseOutcome.Rejected.class, JsonCallParser.parse("f.jsonl", huge));
    assertTrue(rejected.record().length() <= ParseOutcome.Rejected.MAX_RECORD_CHARS + 1);
  }
}
