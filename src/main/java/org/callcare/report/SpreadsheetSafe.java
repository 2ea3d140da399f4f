package org.callcare.report;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from executing report text as a formula: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe. Numbers are not text
 * cells and are left alone.
 */
public final class SpreadsheetSafe {
  /** Java regex matching text a spreadsheet would treat as a formula. */
  public static final String FORMULA_START = "^[=+\\-@\\t\\r]";
  /** What is put in front of such text. */
  public static final String PREFIX = "'";

  private static final Pattern FORMULA = Pattern.compile(FORMULA_START);

  private SpreadsheetSafe() {}

  public static String text(String value) {
    if (value == null || !FORMULA.matcher(value).find()) {
      return value;
    }
    return PREFIX + value;
  }
}
