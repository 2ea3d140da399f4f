package org.callcare.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a whole-file JSON document leniently, the way vendor exports are found in the wild: comments
 * ({@code //}, {@code /* *}{@code /}) and trailing commas are accepted, and text after the document (a stray
 * closing brace) is ignored with a warning. A truncated or malformed document throws
 * {@link InvalidRecordException} with the line and column. Thread-safe.
 */
public final class JsonDocuments {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
  private static final double SENTIMENT_THRESHOLD = 0.25;
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?");

  /** A parsed document and the repairs made while reading it. */
  public record Document(JsonNode root, List<String> warnings) {}

  private JsonDocuments() {}

  public static Document parse(String text) throws InvalidRecordException {
    List<String> warnings = new ArrayList<>();
    try (JsonParser parser = LENIENT.createParser(text)) {
      JsonNode root = LENIENT.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new InvalidRecordException("file holds no JSON");
      }
      if (textAfter(parser)) {
        warnings.add("ignored text after the end of the JSON document (line "
            + parser.currentLocation().getLineNr() + ")");
      }
      warnings.addAll(duplicateKeys(text));
      return new Document(root, warnings);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException(describe(e));
    } catch (IOException e) {
      throw new InvalidRecordException("cannot be read as JSON: " + PlainReasons.json(e.getMessage()));
    }
  }

  /** One JSON value of a sequence: the value, the line it starts on (1-based) and its text. */
  public record Value(JsonNode node, int line, String text) {}

  /**
   * Reads text holding one JSON value after another (JSON Lines, or objects pretty-printed one after the other,
   * as {@code jq} writes them), leniently as {@link #parse}. Throws when any part of it is not JSON, so that the
   * caller can fall back to reading line by line.
   */
  public static List<Value> parseSequence(String text) throws InvalidRecordException {
    List<Value> values = new ArrayList<>();
    try (JsonParser parser = LENIENT.createParser(text)) {
      while (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        int begin = (int) parser.currentTokenLocation().getCharOffset();
        JsonNode node = LENIENT.readTree(parser);
        int end = (int) parser.currentLocation().getCharOffset();
        values.add(new Value(node, line, text.substring(begin, Math.min(Math.max(end, begin), text.length()))));
      }
      return values;
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException(describe(e));
    } catch (IOException e) {
      throw new InvalidRecordException("cannot be read as JSON: " + PlainReasons.json(e.getMessage()));
    }
  }

  /**
   * Warnings for keys given twice in one JSON object ({@code {"agent_id": "A-1", "agent_id": "A-2"}}): the parser
   * keeps the last value, which the reader uses; a person should know the file said two things. Found by a second,
   * streaming pass over the text (no tree is built), at most 5 reported.
   */
  static List<String> duplicateKeys(String text) {
    List<String> found = new ArrayList<>();
    try (JsonParser parser = LENIENT.createParser(text)) {
      java.util.Deque<java.util.Set<String>> objects = new java.util.ArrayDeque<>();
      com.fasterxml.jackson.core.JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT -> objects.push(new java.util.HashSet<>());
          case END_OBJECT -> objects.pop();
          case FIELD_NAME -> {
            if (!objects.peek().add(parser.currentName()) && found.size() < 5) {
              found.add("key '" + parser.currentName() + "' appears twice in one JSON object (line "
                  + parser.currentTokenLocation().getLineNr() + "); the last value is used");
            }
          }
          default -> { }
        }
      }
    } catch (IOException | RuntimeException e) {
      // the text was parsed before: a failure here only means no duplicate is reported
    }
    return found;
  }

  /** A reason for a JSON syntax error: where, and what in plain words, without Jackson's source dump. */
  public static String describe(JsonProcessingException e) {
    String what = PlainReasons.json(SOURCE_LOCATION.matcher(String.valueOf(e.getOriginalMessage())).replaceAll(""));
    if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
      return "invalid JSON: " + what;
    }
    return "invalid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
        + ": " + what;
  }

  private static boolean textAfter(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true; // unparsable trailing text is still trailing text
    }
  }

  /** A field's text, stripped; null when absent, null, blank or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * A whole number written as a JSON integer or as a string of digits (proto JSON writes int64 so); null when
   * absent or null. {@code name} names the field in the reason, after {@code where}.
   */
  public static Long wholeNumber(JsonNode node, String field, String where, String name)
      throws InvalidRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.asLong();
    }
    if (value.isTextual() && WHOLE_NUMBER.matcher(value.asText().strip()).matches()) {
      return Long.parseLong(value.asText().strip());
    }
    throw new InvalidRecordException(where + ": " + name + " is not a whole number");
  }

  /**
   * The vendor sentiment label of a score from -1 to 1 (CCAI, Genesys): above 0.25 POSITIVE, below -0.25
   * NEGATIVE, else NEUTRAL.
   */
  public static String sentimentLabel(double score) {
    if (score > SENTIMENT_THRESHOLD) {
      return "POSITIVE";
    }
    return score < -SENTIMENT_THRESHOLD ? "NEGATIVE" : "NEUTRAL";
  }
}
