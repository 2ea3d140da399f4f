package org.callcare.ingest;

import java.util.regex.Pattern;

/**
 * Turns parser messages (Jackson's, commons-csv's) into reasons an analyst can act on: the common problems in
 * plain words, with what is left of the library's message in parentheses after it, cleaned of Java class names,
 * method names and configuration hints.
 */
public final class PlainReasons {
  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");
  private static final Pattern BACKTICKED = Pattern.compile("\\s*\\(?[^()`]*`[^`]*`[^()]*\\)?");
  private static final Pattern FEATURE_HINT =
      Pattern.compile("[;,]?\\s*(?:\\(?(?:enable|disable|use)\\s+[A-Z][A-Za-z]*(?:Feature|Constraints)\\b[^;)]*\\)?)");
  private static final Pattern CHAR_CODE = Pattern.compile("\\s*\\(code \\d+\\)");

  private PlainReasons() {}

  /** A parser message without Java names: class and method names, feature hints and character codes removed. */
  public static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m = QUALIFIED_CLASS.matcher(message).replaceAll("");
    m = BACKTICKED.matcher(m).replaceAll("");
    m = FEATURE_HINT.matcher(m).replaceAll("");
    m = CHAR_CODE.matcher(m).replaceAll("");
    return m.replaceAll("\\s+", " ").strip();
  }

  /** A JSON problem in plain words, the parser's cleaned words in parentheses. */
  public static String json(String message) {
    String cleaned = clean(message);
    String lower = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
    String plain;
    if (lower.contains("nesting depth")) {
      plain = "the JSON is nested far too deeply to be a transcript";
    } else if (lower.contains("non_numeric") || lower.contains("non-standard token 'nan'")
        || lower.contains("infinity")) {
      plain = "a number is written as NaN or Infinity, which JSON does not allow";
    } else if (lower.contains("end-of-input")) {
      plain = "the JSON ends in the middle of a value: the file looks truncated";
    } else if (lower.contains("string value length") || lower.contains("number value length")
        || lower.contains("exceeds the maximum")) {
      plain = "a value is longer than a transcript ever needs";
    } else if (lower.contains("illegal unquoted character") || lower.contains("control character")) {
      plain = "a text value holds a raw control character (it must be escaped in JSON)";
    } else if (lower.contains("unexpected character")) {
      plain = "a character that JSON does not allow here";
    } else {
      return cleaned;
    }
    return cleaned.isEmpty() ? plain : plain + " (" + cleaned + ")";
  }

  /** A CSV problem in plain words, the parser's cleaned words in parentheses. */
  public static String csv(String message) {
    String cleaned = clean(message);
    String lower = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("eof reached before encapsulated token finished")) {
      return "a quoted cell is never closed: a \" opens it and the file ends before its closing \"";
    }
    if (lower.contains("invalid char between encapsulated token and delimiter")) {
      return "a quoted cell is followed by more text before the next comma (a stray \" in a cell?)";
    }
    if (lower.contains("duplicate name") || lower.contains("header contains a duplicate")) {
      return "the header names a column twice (" + cleaned + ")";
    }
    return cleaned;
  }
}
