package org.callcare.report;

import java.util.List;
import java.util.Map;

/**
 * A small report table held on the driver (agents, behaviours, drivers, windows, trend: agents × days at most):
 * its columns in output order (snake_case) and its rows as values by column. Values are text, whole numbers
 * ({@link Long}), decimals ({@link Double}) or null (an empty cell).
 */
public record ReportTable(List<String> columns, List<Map<String, Object>> rows) {
  public ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
