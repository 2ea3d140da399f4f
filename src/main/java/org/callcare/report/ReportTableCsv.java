package org.callcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes a small {@link ReportTable} from the driver as one UTF-8 CSV file, byte for byte as
 * {@link CsvReportWriter} writes a dataset (a test compares the two), without a Spark job: header, rows sorted by
 * the given columns (text in UTF-8 byte order, empty first), RFC 4180 quoting (a cell with a comma, quote, CR or
 * LF is quoted, quotes doubled; empty text is {@code ""}, null is an empty cell), decimals with 4 places rounded
 * half up, never in exponent form, and text a spreadsheet would run as a formula prefixed ({@link SpreadsheetSafe}).
 */
public final class ReportTableCsv {
  private static final Pattern FORMULA = Pattern.compile(SpreadsheetSafe.FORMULA_START);

  private ReportTableCsv() {}

  public static void write(ReportTable table, List<String> sortBy, Path target, Configuration conf)
      throws IOException {
    List<Object[]> rows = new ArrayList<>(table.rows().size());
    for (Map<String, Object> row : table.rows()) {
      Object[] cells = new Object[table.columns().size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = present(row.get(table.columns().get(i)));
      }
      rows.add(cells);
    }
    Comparator<Object[]> order = (a, b) -> 0;
    for (String column : sortBy) {
      int at = table.columns().indexOf(column);
      if (at < 0) {
        throw new IllegalArgumentException("no column " + column + " to sort by");
      }
      order = order.thenComparing(r -> r[at], ReportTableCsv::compareCells);
    }
    rows.sort(order);
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", table.columns())).append('\n');
    for (Object[] cells : rows) {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(cells[i]));
      }
      out.append('\n');
    }
    FileSystem fs = target.getFileSystem(conf);
    try (OutputStream file = fs.create(target, true)) {
      file.write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The value as the report shows it: formula-safe text, a 4-place decimal, or a whole number. */
  private static Object present(Object value) {
    if (value instanceof String s) {
      return FORMULA.matcher(s).find() ? SpreadsheetSafe.PREFIX + s : s;
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP);
    }
    return value;
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    String text = value.toString();
    if (value instanceof String && (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Spark's ascending order: nulls first, text by its UTF-8 bytes, numbers by value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareCells(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof String x && b instanceof String y) {
      return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
    }
    return ((Comparable) a).compareTo(b);
  }
}
