package org.callcare.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;

/**
 * Parses one JSON Lines record: {@code {"call_id", "agent_id", "customer_id", "started_at", "queue"?,
 * "turns": [{"speaker", "text", "start_ms"?, "end_ms"?}]}}. Any problem rejects the whole record with a reason.
 * Thread-safe.
 */
public final class JsonCallParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A UTF-8 byte order mark, read as the first character of a file's first line. */
  private static final String BYTE_ORDER_MARK = "\uFEFF";
  /** Jackson's "(start marker at [Source: …])" noise, dropped from reject reasons. */
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?");

  private JsonCallParser() {}

  public static ParseOutcome parse(String source, String line) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      return reject(source, line, "invalid JSON at column " + e.getLocation().getColumnNr() + ": "
          + SOURCE_LOCATION.matcher(e.getOriginalMessage()).replaceAll(""));
    }
    if (root == null || !root.isObject()) {
      return reject(source, line, "expected one JSON object per line");
    }
    try {
      return new ParseOutcome.Parsed(toCall(source, root));
    } catch (BadRecord e) {
      return reject(source, line, e.getMessage());
    }
  }

  private static Call toCall(String source, JsonNode root) throws BadRecord {
    String callId = requiredText(root, "call_id");
    String agentId = requiredText(root, "agent_id");
    String customerId = requiredText(root, "customer_id");
    String startedText = requiredText(root, "started_at");
    Instant startedAt = Timestamps.parse(startedText)
        .orElseThrow(() -> new BadRecord("started_at '" + startedText + "' is not an ISO-8601 date-time"));
    String queue = optionalText(root, "queue").orElse(null);
    String customerName = optionalText(root, "customer_name").orElse(null);
    JsonNode turnsNode = root.get("turns");
    if (turnsNode == null || !turnsNode.isArray()) {
      throw new BadRecord("turns is missing or not a list");
    }
    if (turnsNode.isEmpty()) {
      throw new BadRecord("call has no turns");
    }
    List<Turn> turns = new ArrayList<>(turnsNode.size());
    for (JsonNode turnNode : turnsNode) {
      turns.add(toTurn(turns.size(), turnNode));
    }
    try {
      return new Call(callId, agentId, customerId, startedAt, queue, source, turns, customerName);
    } catch (IllegalArgumentException e) {
      throw new BadRecord(e.getMessage());
    }
  }

  private static Turn toTurn(int index, JsonNode node) throws BadRecord {
    String where = "turn " + (index + 1);
    if (!node.isObject()) {
      throw new BadRecord(where + " is not a JSON object");
    }
    String speakerText = optionalText(node, "speaker").orElse("");
    Speaker speaker = Speaker.parse(speakerText)
        .orElseThrow(() -> new BadRecord(where + ": speaker '" + speakerText
            + "' is not agent, customer or system"));
    JsonNode text = node.get("text");
    if (text != null && !text.isNull() && !text.isTextual()) {
      throw new BadRecord(where + ": text is not a string");
    }
    Long startMs = optionalMillis(node, "start_ms", where);
    Long endMs = optionalMillis(node, "end_ms", where);
    if (startMs != null && endMs != null && endMs < startMs) {
      throw new BadRecord(where + ": end_ms " + endMs + " is before start_ms " + startMs);
    }
    try {
      return new Turn(index, speaker, text == null || text.isNull() ? "" : text.asText(), startMs, endMs,
          optionalText(node, "agent_id").orElse(null));
    } catch (IllegalArgumentException e) {
      throw new BadRecord(e.getMessage());
    }
  }

  private static String requiredText(JsonNode node, String field) throws BadRecord {
    return optionalText(node, field).orElseThrow(() -> new BadRecord(field + " is missing or empty"));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static Long optionalMillis(JsonNode node, String field, String where) throws BadRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new BadRecord(where + ": " + field + " is not a whole number of milliseconds");
    }
    if (value.asLong() < 0) {
      throw new BadRecord(where + ": " + field + " is negative");
    }
    return value.asLong();
  }

  private static ParseOutcome reject(String source, String line, String reason) {
    return new ParseOutcome.Rejected(source, line, reason);
  }

  /** A reason to reject the record, carried up to {@link #parse}. */
  private static final class BadRecord extends Exception {
    BadRecord(String reason) {
      super(reason, null, false, false);
    }
  }
}
