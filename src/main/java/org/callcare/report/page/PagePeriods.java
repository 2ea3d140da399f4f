package org.callcare.report.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.callcare.metrics.CallFigures;
import org.callcare.report.FigureTables;

/** The periods the page shows: the run's calls, and with a history the night and each report window. */
public final class PagePeriods {
  private PagePeriods() {}

  /** Without a history: one period, every call of the run (its call days named in the description). */
  public static List<PageInputs.Period> ofRun(List<CallFigures.AgentDay> days) {
    TreeSet<String> dates = new TreeSet<>();
    days.forEach(d -> dates.add(d.callDate()));
    String span = dates.isEmpty() ? "no calls" : dates.size() == 1 ? "calls of " + dates.first()
        : "calls of " + dates.first() + " to " + dates.last();
    return List.of(new PageInputs.Period("run", "This run", span, d -> true, null, null, null));
  }

  /**
   * With a history: the night, then each trailing window of N days ending on it, each compared with the period
   * of the same length before it.
   */
  public static List<PageInputs.Period> ofHistory(LocalDate night, List<Integer> windows) {
    List<PageInputs.Period> periods = new ArrayList<>();
    periods.add(new PageInputs.Period("night", "Night of " + night, "calls of " + night, FigureTables.window(night, 1),
        FigureTables.window(night.minusDays(1), 1), "day before", night.minusDays(1).toString()));
    for (int n : new TreeSet<>(windows)) {
      if (n > 1) {
        periods.add(new PageInputs.Period("d" + n, "Last " + n + " days", "calls of " + night.minusDays(n - 1L)
            + " to " + night, FigureTables.window(night, n), FigureTables.window(night.minusDays(n), n),
            "previous " + n + " days", night.minusDays(2L * n - 1).toString()));
      }
    }
    return periods;
  }
}
