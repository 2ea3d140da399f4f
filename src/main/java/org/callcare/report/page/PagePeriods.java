package org.callcare.report.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.callcare.metrics.CallFigures;

/** The periods the page shows: the run's calls, and with a history the night and each report window. */
public final class PagePeriods {
  private PagePeriods() {}

  /** Without a history: one period, every call of the run (its call days named in the description). */
  public static List<PageInputs.Period> ofRun(List<CallFigures.AgentDay> days) {
    TreeSet<String> dates = new TreeSet<>();
    days.forEach(d -> dates.add(d.callDate()));
    String span = dates.isEmpty() ? "no calls" : dates.size() == 1 ? "calls of " + dates.first()
        : "calls of " + dates.first() + " to " + dates.last();
    return List.of(new PageInputs.Period("run", "This run", span, d -> true, null, null));
  }

  /**
   * With a history: the night, then each trailing window of N days ending on it, each compared with the period
   * of the same length before it.
   */
  public static List<PageInputs.Period> ofHistory(LocalDate night, List<Integer> windows) {
    List<PageInputs.Period> periods = new ArrayList<>();
    periods.add(new PageInputs.Period("night", "Night of " + night, "calls of " + night, window(night, 1),
        window(night.minusDays(1), 1), "day before"));
    for (int n : new TreeSet<>(windows)) {
      if (n > 1) {
        periods.add(new PageInputs.Period("d" + n, "Last " + n + " days", "calls of " + night.minusDays(n - 1L)
            + " to " + night, window(night, n), window(night.minusDays(n), n), "previous " + n + " days"));
      }
    }
    return periods;
  }

  /** Days from {@code last - days + 1} to {@code last} (ISO dates compare as text). */
  static java.util.function.Predicate<String> window(LocalDate last, int days) {
    String from = last.minusDays(days - 1L).toString();
    String to = last.toString();
    return d -> d.compareTo(from) >= 0 && d.compareTo(to) <= 0;
  }
}
