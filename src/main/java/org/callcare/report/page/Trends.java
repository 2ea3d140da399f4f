package org.callcare.report.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Rate;
import org.callcare.report.page.ReportPage.LineChart;
import org.callcare.report.page.ReportPage.Point;
import org.callcare.report.page.ReportPage.Series;
import org.callcare.report.page.ReportPage.Tick;

/**
 * The trend section: each main rate per day over the longest window, for the team (a line with its points) and
 * for each agent (thin lines the page can highlight); a day without calls under the rate leaves a gap.
 */
final class Trends {
  static final int WIDTH = 340;
  static final int HEIGHT = 170;
  private static final double LEFT = 40;
  private static final double RIGHT = WIDTH - 24;
  private static final double TOP = 10;
  private static final double BOTTOM = HEIGHT - 28;

  private Trends() {}

  static ReportPage.Trend of(List<CallFigures.AgentDay> days, PageInputs.TrendWindow window) {
    List<String> dates = dates(window.last(), window.days());
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) {
      at.put(dates.get(i), i);
    }
    Map<String, CallFigures.Totals[]> byAgent = new java.util.TreeMap<>();
    CallFigures.Totals[] team = new CallFigures.Totals[dates.size()];
    for (CallFigures.AgentDay d : days) {
      Integer i = at.get(d.callDate());
      if (i == null) {
        continue;
      }
      byAgent.computeIfAbsent(d.agentId(), a -> new CallFigures.Totals[dates.size()])[i] = d.totals();
      team[i] = team[i] == null ? d.totals() : team[i].plus(d.totals());
    }
    List<ReportPage.TrendChart> charts = new ArrayList<>();
    for (PageRate r : PageRate.MAIN) {
      List<Series> series = new ArrayList<>();
      byAgent.forEach((agent, totals) -> series.add(line(agent, "agent", r, totals, dates, false)));
      series.add(line("team", "team", r, team, dates, true));
      charts.add(new ReportPage.TrendChart(r.key(), r.label(), new LineChart(WIDTH, HEIGHT, xTicks(dates),
          yTicks(), y(0), series)));
    }
    return new ReportPage.Trend(dates.get(0) + " to " + dates.get(dates.size() - 1), new ArrayList<>(
        new TreeSet<>(byAgent.keySet())), charts);
  }

  private static Series line(String name, String kind, PageRate r, CallFigures.Totals[] totals,
      List<String> dates, boolean withPoints) {
    StringBuilder path = new StringBuilder();
    List<Point> points = new ArrayList<>();
    boolean open = false;
    for (int i = 0; i < dates.size(); i++) {
      Rate rate = totals[i] == null ? null : r.of(totals[i]);
      if (rate == null || rate.rate() == null) {
        open = false;
        continue;
      }
      double px = x(i, dates.size());
      double py = y(rate.rate());
      path.append(path.length() == 0 ? "" : " ").append(open ? "L" : "M").append(px).append(' ').append(py);
      open = true;
      if (withPoints) {
        points.add(new Point(px, py, dates.get(i) + ": " + Format.percent(rate.rate()) + " (" + rate.numerator()
            + " of " + Format.calls(rate.denominator()) + ")"));
      }
    }
    return new Series(name, kind, path.toString(), points);
  }

  private static double x(int i, int n) {
    return Format.at(n == 1 ? (LEFT + RIGHT) / 2 : LEFT + i * (RIGHT - LEFT) / (n - 1));
  }

  private static double y(double rate) {
    return Format.at(BOTTOM - rate * (BOTTOM - TOP));
  }

  private static List<Tick> xTicks(List<String> dates) {
    List<Tick> ticks = new ArrayList<>();
    int n = dates.size();
    for (int i : n == 1 ? new int[] {0} : new int[] {0, (n - 1) / 2, n - 1}) {
      if (ticks.isEmpty() || ticks.get(ticks.size() - 1).at() != x(i, n)) {
        ticks.add(new Tick(x(i, n), dates.get(i).substring(5)));
      }
    }
    return ticks;
  }

  private static List<Tick> yTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (double v : new double[] {1, 0.75, 0.5, 0.25, 0}) {
      ticks.add(new Tick(y(v), Format.percent(v)));
    }
    return ticks;
  }

  /** The days from {@code last - days + 1} to {@code last}, as ISO dates. */
  static List<String> dates(LocalDate last, int days) {
    List<String> dates = new ArrayList<>(days);
    for (int i = days - 1; i >= 0; i--) {
      dates.add(last.minusDays(i).toString());
    }
    return dates;
  }
}
