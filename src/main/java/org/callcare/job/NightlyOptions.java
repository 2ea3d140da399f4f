package org.callcare.job;

import java.time.LocalDate;
import java.util.List;

/**
 * Nightly operation: the day to process ({@code date}, null: every call in the inputs), the history table folder
 * ({@code history}, null: none) and the trailing windows, in days, of the per-agent history reports. A history
 * needs a date; windows need a history.
 */
public record NightlyOptions(LocalDate date, String history, List<Integer> reportDays) {
  public static final NightlyOptions NONE = new NightlyOptions(null, null, List.of(7, 30));

  public NightlyOptions {
    reportDays = List.copyOf(reportDays);
    if (history != null && date == null) {
      throw new IllegalArgumentException("--history needs --date (the night whose calls are upserted)");
    }
    for (int days : reportDays) {
      if (days < 1) {
        throw new IllegalArgumentException("--report-days must be whole days of at least 1, was " + days);
      }
    }
  }

  /** The longest report window, in days (the span of the trend report). */
  public int longestWindow() {
    return reportDays.stream().mapToInt(Integer::intValue).max().orElse(1);
  }
}
