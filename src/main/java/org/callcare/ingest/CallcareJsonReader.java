package org.callcare.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callcare.domain.Speaker;

/**
 * Reads callcare's own JSON: JSON Lines, one call object per non-blank line
 * {@code {"call_id", "agent_id"?, "customer_id"?, "started_at"?, "queue"?, "customer_name"?,
 * "turns": [{"speaker", "text", "start_ms"?, "end_ms"?, "agent_id"?, "vendor_sentiment"?}]}}, or a file holding
 * one such object over several lines (pretty-printed). A bad line is rejected alone, with its line number; the
 * others are read. Fields left out may come from a calls.csv beside the file ({@link CallAssembler}).
 * Thread-safe.
 */
public final class CallcareJsonReader implements TranscriptReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

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
    String[] lines = text.split("\\R", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length) {
      return List.of(new FileRecord.Rejected(source, "", "file has no records"));
    }
    if (!isWholeObject(lines[first])) {
      return List.of(readDocument(source, text));
    }
    List<FileRecord> records = new ArrayList<>();
    for (int i = first; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        records.add(readLine(source, i + 1, lines[i]));
      }
    }
    return records;
  }

  private static boolean isWholeObject(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      return node != null && node.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** A file whose first line is not a whole object: one (pretty-printed) call, or a broken line-per-call file. */
  private static FileRecord readDocument(String source, String text) {
    try {
      JsonDocuments.Document document = JsonDocuments.parse(text);
      return new FileRecord.Draft(toDraft(source, document.root(), document.warnings()));
    } catch (InvalidRecordException e) {
      return new FileRecord.Rejected(source, text, e.getMessage());
    }
  }

  private static FileRecord readLine(String source, int lineNumber, String line) {
    String where = "line " + lineNumber + ": ";
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return new FileRecord.Rejected(source, line, where + JsonDocuments.describe(e)
          .replaceFirst("at line 1, column", "at column").replace("the file looks", "the line looks"));
    }
    try {
      return new FileRecord.Draft(toDraft(source, root, List.of()));
    } catch (InvalidRecordException e) {
      return new FileRecord.Rejected(source, line, where + e.getMessage());
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
