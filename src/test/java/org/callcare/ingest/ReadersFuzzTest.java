package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.callcare.privacy.PiiRedactor;

/**
 * Random bytes, random JSON in the shapes of every format, and random Unicode through the readers, the call
 * assembly and the redactor: every file gives at least one call or rejection, and nothing throws.
 */
class ReadersFuzzTest {
  private static final List<String> KEYS = List.of("call_id", "agent_id", "customer_id", "started_at", "turns",
      "speaker", "text", "start_ms", "end_ms", "entries", "role", "user_id", "start_timestamp_usec", "Participants",
      "ParticipantId", "ParticipantRole", "Transcript", "Content", "BeginOffsetMillis", "JobName", "transcripts",
      "phrases", "participantPurpose", "conversationId", "transcript", "transcriptSegments", "CustomerMetadata");
  private static final List<String> NAMES = List.of("x.jsonl", "x.json", "T-1.txt", "calls", "a:b.json", "x.csv");

  /** Reads and assembles every record of a file; fails on an exception or on no record at all. */
  private static void readAll(String name, byte[] bytes) {
    List<FileRecord> records = InputFileReader.read("in/" + name, bytes, null);
    assertFalse(records.isEmpty(), "no record for " + name);
    for (FileRecord r : records) {
      if (r instanceof FileRecord.Draft d) {
        assertNotNull(CallAssembler.assemble(d.draft(), null).outcome());
      } else {
        assertFalse(((FileRecord.Rejected) r).rejected().reason().isBlank());
      }
    }
  }

  @Property(tries = 300)
  void randomBytesGiveRecordsNotExceptions(@ForAll @Size(max = 600) byte[] bytes,
      @ForAll("names") String name) {
    readAll(name, bytes);
  }

  @Property(tries = 400)
  void randomJsonInEveryFormatsShapeGivesRecordsNotExceptions(@ForAll("json") String json,
      @ForAll("names") String name) {
    readAll(name, json.getBytes(StandardCharsets.UTF_8));
    readAll(name, (json + "\n" + json).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 400)
  void randomUnicodeTextGivesRecordsNotExceptions(@ForAll @StringLength(max = 400) String text,
      @ForAll("names") String name) {
    readAll(name, text.getBytes(StandardCharsets.UTF_8));
    readAll(name, ("Agent: " + text + "\nCustomer: " + text).getBytes(StandardCharsets.UTF_16));
  }

  @Property(tries = 1000)
  void theRedactorNeverThrowsOnAnyText(@ForAll @StringLength(max = 300) String text) {
    String redacted = PiiRedactor.all().redact(text);
    assertNotNull(redacted);
    assertNotNull(PiiRedactor.all().count(text));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<String> json() {
    return value(4);
  }

  private Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(ReadersFuzzTest::quote),
        Arbitraries.of("AGENT", "CUSTOMER", "agent", "customer", "SYSTEM", "END_USER", "internal", "external")
            .map(ReadersFuzzTest::quote),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "0"),
        Arbitraries.of("null", "true", "false", "\"2026-10-20T09:00:00Z\""));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> object = Combinators.combine(Arbitraries.of(KEYS), value(depth - 1)).as((k, v) -> quote(k)
        + ":" + v).list().ofMaxSize(5).map(l -> "{" + String.join(",", l) + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(4, object));
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
