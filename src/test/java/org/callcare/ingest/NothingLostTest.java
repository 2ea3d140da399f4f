package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deliveries that used to lose records: every record is a call or a rejection, with its own line number. */
class NothingLostTest {
  private static String call(String id, String text) {
    return "{\"call_id\": \"" + id + "\", \"agent_id\": \"A-1\", \"customer_id\": \"CU-1\", \"started_at\":"
        + " \"2026-10-01T09:00:00Z\", \"turns\": [{\"speaker\": \"customer\", \"text\": \"" + text + "\"}]}";
  }

  private static List<FileRecord> read(String name, byte[] bytes) {
    return InputFileReader.read("in/" + name, bytes, null);
  }

  private static List<String> callIds(List<FileRecord> records) {
    return records.stream().filter(r -> r instanceof FileRecord.Draft)
        .map(r -> CallAssembler.callIdOf(((FileRecord.Draft) r).draft())).toList();
  }

  @Test
  void unicodeLineSeparatorsInsideJsonStringsDoNotSplitARecord() {
    String text = call("C-1", "first\u2028second\u2029third\u0085fourth") + "\n{broken\n" + call("C-2", "ok") + "\n";
    List<FileRecord> records = read("calls.jsonl", text.getBytes(StandardCharsets.UTF_8));

    assertEquals(3, records.size(), records.toString());
    assertEquals(List.of("C-1", "C-2"), callIds(records));
    FileRecord.Rejected broken = assertInstanceOf(FileRecord.Rejected.class, records.get(1));
    assertTrue(broken.rejected().reason().startsWith("line 2: "), broken.rejected().reason());
  }

  @Test
  void aBlockOfNulBytesBetweenGoodLinesIsRemovedWithAWarning() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write((call("C-1", "hello") + "\n").getBytes(StandardCharsets.UTF_8));
    file.write(new byte[4096]); // a writer that crashed left zeros
    file.write(("\n" + call("C-2", "again") + "\n").getBytes(StandardCharsets.UTF_8));

    List<FileRecord> records = read("calls.jsonl", file.toByteArray());
    assertEquals(List.of("C-1", "C-2"), callIds(records));
    CallDraft first = ((FileRecord.Draft) records.get(0)).draft();
    assertTrue(first.warnings().stream().anyMatch(w -> w.contains("block of NUL bytes")), first.warnings().toString());
  }

  @Test
  void scatteredControlBytesStillMakeAFileBinary() {
    byte[] noise = new byte[200];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    Decoded decoded = TextDecoding.decode("x.jsonl", noise);
    assertInstanceOf(Decoded.NotText.class, decoded);
  }

  @Test
  void concatenatedVendorDocumentsAreEachACall() {
    String doc = """
        {"entries": [
          {"start_timestamp_usec": 1791191640000000, "text": "Hello.", "role": "AGENT", "user_id": 7},
          {"start_timestamp_usec": 1791191642000000, "text": "My parcel is late.", "role": "CUSTOMER", "user_id": 8}]}
        """;
    List<FileRecord> records = read("upload.json", (doc + doc.replace("late", "lost")).getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("upload-1", "upload-2"), callIds(records));
    CallDraft second = ((FileRecord.Draft) records.get(1)).draft();
    assertTrue(second.warnings().get(0).startsWith("the file holds 2 JSON documents one after the other; this call"
        + " is the one starting at line 4"), second.warnings().toString());
  }

  @Test
  void duplicateKeysAndEscapedControlCharactersAreRepairedWithWarnings() {
    String line = "{\"call_id\": \"C-9\", \"agent_id\": \"A-1\", \"agent_id\": \"A-2\", \"customer_id\": \"CU-1\","
        + " \"started_at\": \"2026-10-01T09:00:00Z\", \"turns\": [{\"speaker\": \"customer\","
        + " \"text\": \"bell\\u0007 and escape\\u001b[0m and nul\\u0000 here\"}]}";
    List<FileRecord> records = read("calls.jsonl", (line + "\n").getBytes(StandardCharsets.UTF_8));
    CallDraft draft = assertInstanceOf(FileRecord.Draft.class, records.get(0)).draft();
    assertEquals("A-2", draft.agentId(), "the last value, as JSON parsers read it");
    assertTrue(draft.warnings().contains("line 1: key 'agent_id' appears twice in one JSON object; the last value"
        + " is used"), draft.warnings().toString());

    CallAssembler.Assembled assembled = CallAssembler.assemble(draft, null);
    var call = assertInstanceOf(ParseOutcome.Parsed.class, assembled.outcome()).call();
    assertEquals("bell and escape[0m and nul here", call.turns().get(0).text());
    assertTrue(assembled.warnings().stream().anyMatch(w -> w.startsWith("removed control characters")),
        assembled.warnings().toString());
  }

  @Test
  void timeStampedTextAndJsonArraysOfCallsAreRead() {
    List<FileRecord> text = read("T-7.txt", ("[00:01] Agent: Hello, Northwind.\n(00:00:04) customer: Hi.\n"
        + "09:15 - Agent: How can I help?\n").getBytes(StandardCharsets.UTF_8));
    CallDraft draft = assertInstanceOf(FileRecord.Draft.class, text.get(0)).draft();
    assertEquals(List.of("Hello, Northwind.", "Hi.", "How can I help?"),
        draft.turns().stream().map(RawTurn::text).toList());

    List<FileRecord> array = read("export.json", ("[" + call("AR-1", "Hi.") + ", " + call("AR-2", "Hello.") + "]")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("AR-1", "AR-2"), callIds(array));
  }
}
