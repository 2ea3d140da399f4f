package org.callcare.report.page;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.callcare.metrics.CallFigures;
import org.callcare.report.RunManifest;

/**
 * What the report page is built from: the one aggregation pass's agent-day totals (the same the CSV reports come
 * from), the periods to show, the calls to review (chosen by Spark) and the run's manifest.
 *
 * @param periods the run's calls first, then each report window (with a history)
 * @param trend the days of the longest window, or null without a history
 */
public record PageInputs(List<CallFigures.AgentDay> days, List<Period> periods, TrendWindow trend,
    List<ReportPage.ReviewList> reviews, RunManifest manifest) {

  /**
   * A period: the call days it covers and, when known, those of the period of the same length before it (for
   * the change in each headline rate), its name and its first day (ISO date).
   */
  public record Period(String id, String label, String description, Predicate<String> days,
      Predicate<String> previous, String previousLabel, String previousFrom) {}

  /** {@code days} days ending on {@code last}. */
  public record TrendWindow(LocalDate last, int days) {}
}
