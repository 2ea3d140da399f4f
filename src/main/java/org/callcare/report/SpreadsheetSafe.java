package org.callcare.report;

/**
 * Keeps spreadsheet programs from executing report text as a formula: a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe ({@link CsvReportWriter}
 * and {@link ReportTableCsv} apply it to every text column). Numbers are not text cells and are left alone.
 */
public final class SpreadsheetSafe {
  /** Java regex matching text a spreadsheet would treat as a formula. */
  public static final String FORMULA_START = "^[=+\\-@\\t\\r]";
  /** What is put in front of such text. */
  public static final String PREFIX = "'";

  private SpreadsheetSafe() {}
}
