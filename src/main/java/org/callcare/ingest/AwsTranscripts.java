package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;

/**
 * What the two AWS readers ({@link ContactLensReader}, {@link TranscribeCallAnalyticsReader}) share: both write a
 * {@code Transcript[]} list whose items carry {@code Content}, {@code BeginOffsetMillis}, {@code EndOffsetMillis}
 * and {@code Sentiment}, and both name speakers by role ({@code AGENT}, {@code CUSTOMER}, {@code SYSTEM}, …).
 */
final class AwsTranscripts {
  /** Roles of automated participants: Connect's {@code SYSTEM} and {@code CUSTOM_BOT}, and bot, IVR or automated ones. */
  private static final Pattern AUTOMATED_ROLE =
      Pattern.compile("SYSTEM|SYSTEM_MESSAGE|IVR|BOT|[A-Z]+_BOT|AUTOMATED|AUTOMATION");
  private static final int MAX_VALUE_CHARS = 40;

  private AwsTranscripts() {}

  /** The speaker for a vendor role; empty for roles no metric can place (e.g. {@code SUPERVISOR}). */
  static Optional<Speaker> speaker(String role) {
    String name = role.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return switch (name) {
      case "AGENT" -> Optional.of(Speaker.AGENT);
      case "CUSTOMER" -> Optional.of(Speaker.CUSTOMER);
      default -> AUTOMATED_ROLE.matcher(name).matches() ? Optional.of(Speaker.SYSTEM) : Optional.empty();
    };
  }

  static InvalidRecordException unknownRole(String where, String role) {
    return new InvalidRecordException(where + ": role '" + role + "' is not agent, customer or system");
  }

  /** The file's {@code Transcript} list, which must hold at least one item. */
  static JsonNode transcript(JsonNode root) throws InvalidRecordException {
    JsonNode items = root.get("Transcript");
    if (items == null || !items.isArray()) {
      throw new InvalidRecordException("Transcript is missing or not a list" + jobStatusNote(root));
    }
    if (items.isEmpty()) {
      throw new InvalidRecordException("Transcript is empty: the file holds no conversation" + jobStatusNote(root));
    }
    return items;
  }

  /** Rejects a document that is not one JSON object. */
  static void requireObject(JsonNode root, String what) throws InvalidRecordException {
    if (!root.isObject()) {
      throw new InvalidRecordException("expected one JSON object (" + what + "), found " + kind(root));
    }
  }

  /** Whether {@code Participants} or {@code Transcript} items name a {@code ParticipantId} (Contact Lens does). */
  static boolean carriesParticipantIds(JsonNode root) {
    for (String list : new String[] {"Participants", "Transcript"}) {
      JsonNode entries = root.get(list);
      if (entries != null && entries.isArray()) {
        for (JsonNode entry : entries) {
          if (entry.hasNonNull("ParticipantId")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An item's {@code Content} as written; empty when absent (chat events have none). */
  static String content(JsonNode item, String where) throws InvalidRecordException {
    JsonNode value = item.get("Content");
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isContainerNode()) {
      throw new InvalidRecordException(where + ": Content is not text");
    }
    return value.asText();
  }

  /** An offset in milliseconds ({@code BeginOffsetMillis}, {@code EndOffsetMillis}); null when absent. */
  static Long millis(JsonNode item, String field, String where) throws InvalidRecordException {
    JsonNode value = item.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isFloatingPointNumber() && isLongRange(value.doubleValue())) {
      return Math.round(value.doubleValue());
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        double number = Double.parseDouble(text);
        if (isLongRange(number)) {
          return Math.round(number);
        }
      } catch (NumberFormatException notANumber) {
        // reported below
      }
    }
    throw new InvalidRecordException(where + ": " + field + " " + shown(value) + " is not a number of milliseconds");
  }

  /** An item's {@code Sentiment} label upper-cased; null when absent or not text. */
  static String sentiment(JsonNode node) {
    JsonNode value = node == null ? null : node.get("Sentiment");
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip().toUpperCase(Locale.ROOT);
  }

  private static boolean isLongRange(double number) {
    return Double.isFinite(number) && Math.abs(number) < 9.0e18;
  }

  private static String jobStatusNote(JsonNode root) {
    String status = JsonDocuments.text(root, "JobStatus");
    return status == null || status.equalsIgnoreCase("COMPLETED") ? "" : " (JobStatus is " + status + ")";
  }

  private static String shown(JsonNode value) {
    String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "text";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    return "null";
  }
}
