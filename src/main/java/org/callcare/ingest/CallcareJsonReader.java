package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callcare.domain.Speaker;

/**
 * Reads callcare's own JSON: JSON Lines, one call object per non-blank line
 * {@code {"call_id", "agent_id"?, "customer_id"?, "started_at"?, "queue"?, "customer_name"?,
 * "turns": [{"speaker", "text", "start_ms"?, "end_ms"?, "agent_id"?, "vendor_sentiment"?}]}}, or such objects
 * pretty-printed one after the other, or a JSON array of them; comments are allowed. When some line is not JSON, the file is read line by
 * line and a bad line is rejected alone, with its line number; the others are read. Fields left out may come from a calls.csv beside the file ({@link CallAssembler}).
 * Thread-safe.
 */
public final class CallcareJsonReader implements TranscriptReader {
  /** LF, CRLF or CR: the line ends of JSON Lines (not Unicode's other line and paragraph separators). */
  static final java.util.regex.Pattern LINE_END = java.util.regex.Pattern.compile("\\r\\n|\\n|\\r");

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.CALLCARE_JSONL;
  }

  /** Whether a parsed JSON document is a callcare call object. */
  public static boolean looksLike(JsonNode root) {
    return root != null && root.isObject() && root.has("call_id") && root.has("turns");
  }

  @Override
  public List<FileRecord> read(String source, String text) {
    if (text.isBlank()) {
      return List.of(new FileRecord.Rejected(source, "", "file has no records"));
    }
    try {
      List<FileRecord> records = new ArrayList<>();
      for (JsonDocuments.Value value : JsonDocuments.parseSequence(text)) {
        if (value.node().isArray()) { // a JSON array of calls, as some tools export them
          for (JsonNode element : value.node()) {
            records.add(record(source, value.line(), element.toString(), element, List.of()));
          }
          continue;
        }
        records.add(record(source, value.line(), value.text(), value.node(),
            onLine(value.line(), JsonDocuments.duplicateKeys(value.text()))));
      }
      if (!records.isEmpty()) {
        return records;
      }
    } catch (InvalidRecordException notAllJson) {
      // some line is not JSON: read line by line, so that one bad line costs only its own call
    }
    return readLines(source, text);
  }

  private static List<FileRecord> readLines(String source, String text) {
    // real line ends only: U+2028, U+2029 and NEL may stand inside a JSON string
    String[] lines = LINE_END.split(text, -1);
    List<FileRecord> records = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("//") || line.startsWith("#")) {
        continue;
      }
      try {
        JsonDocuments.Document document = JsonDocuments.parse(line);
        records.add(record(source, i + 1, line, document.root(), onLine(i + 1, document.warnings().stream()
            .map(w -> w.startsWith("ignored text") ? "ignored text after the end of the JSON object" : w).toList())));
      } catch (InvalidRecordException e) {
        records.add(new FileRecord.Rejected(source, line, "line " + (i + 1) + ": " + e.getMessage()
            .replaceFirst("at line 1, column", "at column").replace("the file looks", "the line looks")));
      }
    }
    return records.isEmpty() ? List.of(new FileRecord.Rejected(source, text, "file has no records")) : records;
  }

  /** Warnings about one record, said with the line the record starts on. */
  private static List<String> onLine(int line, List<String> warnings) {
    return warnings.stream().map(w -> "line " + line + ": " + w.replaceAll(" \\(line \\d+\\)", "")).toList();
  }

  private static FileRecord record(String source, int line, String recordText, JsonNode root,
      List<String> warnings) {
    try {
      return new FileRecord.Draft(toDraft(source, root, warnings));
    } catch (InvalidRecordException e) {
      return new FileRecord.Rejected(source, recordText, "line " + line + ": " + e.getMessage());
    }
  }

  static CallDraft toDraft(String source, JsonNode root, List<String> warnings) throws InvalidRecordException {
    if (root == null || !root.isObject()) {
      throw new InvalidRecordException("expected one JSON object per line");
    }
    String callId = JsonDocuments.text(root, "call_id");
    if (callId == null) {
      throw new InvalidRecordException("call_id is missing or empty");
    }
    String startedText = JsonDocuments.text(root, "started_at");
    Instant startedAt = null;
    if (startedText != null) {
      startedAt = Timestamps.parse(startedText).orElseThrow(() -> new InvalidRecordException(
          "started_at '" + startedText + "' is not an ISO-8601 date-time"));
    }
    JsonNode turnsNode = root.get("turns");
    if (turnsNode == null || !turnsNode.isArray()) {
      throw new InvalidRecordException("turns is missing or not a list");
    }
    List<RawTurn> turns = new ArrayList<>(turnsNode.size());
    for (JsonNode turnNode : turnsNode) {
      turns.add(toTurn(turns.size(), turnNode));
    }
    return new CallDraft(source, TranscriptFormat.CALLCARE_JSONL, callId, JsonDocuments.text(root, "agent_id"),
        JsonDocuments.text(root, "customer_id"), startedAt, JsonDocuments.text(root, "queue"),
        JsonDocuments.text(root, "customer_name"), turns, warnings);
  }

  private static RawTurn toTurn(int index, JsonNode node) throws InvalidRecordException {
    String where = "turn " + (index + 1);
    if (!node.isObject()) {
      throw new InvalidRecordException(where + " is not a JSON object");
    }
    String speakerText = JsonDocuments.text(node, "speaker");
    Speaker speaker = Speaker.parse(speakerText).orElseThrow(() -> new InvalidRecordException(where
        + ": speaker '" + (speakerText == null ? "" : speakerText) + "' is not agent, customer or system"));
    JsonNode text = node.get("text");
    if (text != null && !text.isNull() && !text.isTextual()) {
      throw new InvalidRecordException(where + ": text is not a string");
    }
    return new RawTurn(speaker, text == null || text.isNull() ? "" : text.asText(),
        millis(node, "start_ms", where), millis(node, "end_ms", where), JsonDocuments.text(node, "agent_id"),
        JsonDocuments.text(node, "vendor_sentiment"));
  }

  private static Long millis(JsonNode node, String field, String where) throws InvalidRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidRecordException(where + ": " + field + " is not a whole number of milliseconds");
    }
    return value.asLong();
  }
}
