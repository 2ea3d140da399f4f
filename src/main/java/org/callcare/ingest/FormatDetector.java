package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Works out a transcript file's format from its content (the name only breaks ties): a JSON document is matched
 * against each vendor's layout, callcare JSON Lines by a {@code call_id} object on its first line, and callcare
 * text by {@code Agent:} / {@code Customer:} line prefixes. Thread-safe.
 */
public final class FormatDetector {

  /**
   * The detected format, or null and the reason no format fits; {@code document} is the file parsed as one JSON
   * document when detection did so (null otherwise), so that its reader need not parse it again.
   */
  public record Detection(TranscriptFormat format, String reason, JsonDocuments.Document document) {
    static Detection of(TranscriptFormat format) {
      return new Detection(format, null, null);
    }

    static Detection of(TranscriptFormat format, JsonDocuments.Document document) {
      return new Detection(format, null, document);
    }

    static Detection none(String reason) {
      return new Detection(null, reason, null);
    }
  }

  private FormatDetector() {}

  public static Detection detect(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    String start = text.stripLeading();
    if (name.endsWith(".txt") && !name.endsWith(".json.txt")) {
      // a text transcript may well start with "[00:01] Agent: …": JSON only if it is JSON of a known layout
      if (start.startsWith("{") || start.startsWith("[")) {
        Detection json = detectJson(name, text);
        if (json.format() != null) {
          return json;
        }
      }
      return Detection.of(TranscriptFormat.CALLCARE_TEXT);
    }
    if (start.startsWith("{") || start.startsWith("[") || name.endsWith(".json") || name.endsWith(".jsonl")) {
      return detectJson(name, text);
    }
    if (CallcareTextReader.looksLike(text) || name.endsWith(".txt")) {
      return Detection.of(TranscriptFormat.CALLCARE_TEXT);
    }
    return Detection.none("not a transcript format callcare reads (expected JSON, JSON Lines, or text with"
        + " 'Agent:' / 'Customer:' lines)");
  }

  private static Detection detectJson(String name, String text) {
    JsonDocuments.Document document;
    try {
      document = JsonDocuments.parse(text);
    } catch (InvalidRecordException e) {
      // a file of several JSON lines is not one document; a broken first line is left to the line reader
      return name.endsWith(".jsonl") || firstLineIsCallcare(text)
          ? Detection.of(TranscriptFormat.CALLCARE_JSONL) : Detection.none(e.getMessage());
    }
    JsonNode root = document.root();
    if (CallcareJsonReader.looksLike(root)
        || root.isArray() && !root.isEmpty() && CallcareJsonReader.looksLike(root.get(0))) {
      return Detection.of(TranscriptFormat.CALLCARE_JSONL);
    }
    if (ContactLensReader.looksLike(root)) {
      return Detection.of(TranscriptFormat.CONTACT_LENS, document);
    }
    if (TranscribeCallAnalyticsReader.looksLike(root)) {
      return Detection.of(TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, document);
    }
    if (CcaiInsightsReader.looksLike(root)) {
      return Detection.of(TranscriptFormat.CCAI_INSIGHTS, document);
    }
    if (GenesysCloudReader.looksLike(root)) {
      return Detection.of(TranscriptFormat.GENESYS_CLOUD, document);
    }
    if (name.endsWith(".jsonl")) {
      return Detection.of(TranscriptFormat.CALLCARE_JSONL);
    }
    return Detection.none("JSON of no known transcript layout (expected callcare's call_id/turns, Contact Lens or"
        + " Transcribe Participants/Transcript, CCAI entries, or Genesys transcripts)");
  }

  private static boolean firstLineIsCallcare(String text) {
    for (String line : CallcareJsonReader.LINE_END.split(text, 20)) {
      if (!line.isBlank()) {
        try {
          return CallcareJsonReader.looksLike(JsonDocuments.parse(line).root());
        } catch (InvalidRecordException e) {
          return false;
        }
      }
    }
    return false;
  }
}
