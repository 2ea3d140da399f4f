package org.callcare.report.page;

import java.util.ArrayList;
import java.util.List;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.SentimentQuarters;
import org.callcare.report.page.ReportPage.Journey;
import org.callcare.report.page.ReportPage.LineChart;
import org.callcare.report.page.ReportPage.MatrixCell;
import org.callcare.report.page.ReportPage.MatrixRow;
import org.callcare.report.page.ReportPage.Point;
import org.callcare.report.page.ReportPage.Series;
import org.callcare.report.page.ReportPage.Tick;

/**
 * The sentiment journey section: the start → end matrix of the customer's sentiment labels, and the mean customer
 * score by quarter of the call as a line chart, over all calls and over the calls that started negative.
 */
final class Journeys {
  private Journeys() {}

  static Journey journey(CallFigures.Totals team) {
    List<MatrixRow> rows = new ArrayList<>();
    long all = 0;
    for (String start : CallFigures.LABELS) {
      long total = 0;
      for (String end : CallFigures.LABELS) {
        total += team.count(CallFigures.journeyCount(start, end));
      }
      List<MatrixCell> cells = new ArrayList<>();
      for (String end : CallFigures.LABELS) {
        long n = team.count(CallFigures.journeyCount(start, end));
        double share = total == 0 ? 0 : (double) n / total;
        String tone = start.equals("negative") && !end.equals("negative") ? "better"
            : !start.equals("negative") && end.equals("negative") ? "worse" : "plain";
        cells.add(new MatrixCell(n, total == 0 ? Format.NONE : Format.percent(share), Format.at(share), tone));
      }
      rows.add(new MatrixRow(start, cells, total));
      all += total;
    }
    long quarterCalls = team.present(CallFigures.QUARTER_SUMS.get(0));
    long upsetCalls = team.present(CallFigures.STARTED_NEGATIVE_QUARTER_SUMS.get(0));
    List<Line> lines = List.of(new Line("all calls", "team", means(team, CallFigures.QUARTER_SUMS), quarterCalls),
        new Line("calls that started negative", "upset", means(team, CallFigures.STARTED_NEGATIVE_QUARTER_SUMS),
            upsetCalls));
    return new Journey(CallFigures.LABELS, rows, all, quarterChart(lines), quarterCalls, upsetCalls);
  }

  /** One line of the quarter chart: its name, its style, its four means (null where no call has one), its calls. */
  record Line(String name, String kind, List<Double> means, long calls) {}

  private static List<Double> means(CallFigures.Totals team, List<String> sums) {
    List<Double> means = new ArrayList<>();
    for (String q : sums) {
      means.add(team.mean(q));
    }
    return means;
  }

  /** Mean customer scores by quarter, each line with its points, on a symmetric scale around 0 (at least ±0.5). */
  static LineChart quarterChart(List<Line> lines) {
    int width = 360;
    int height = 180;
    double left = 44;
    double right = width - 16;
    double top = 12;
    double bottom = height - 30;
    double max = 0.5;
    for (Line line : lines) {
      for (Double m : line.means()) {
        if (m != null) {
          max = Math.max(max, Math.ceil(Math.abs(m) * 2) / 2); // ±0.5 or ±1: ticks at round numbers
        }
      }
    }
    double scale = max;
    java.util.function.DoubleUnaryOperator y = v -> Format.at(top + (scale - v) / (2 * scale) * (bottom - top));
    String[] names = {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"};
    int n = SentimentQuarters.QUARTERS;
    List<Tick> xTicks = new ArrayList<>();
    for (int q = 0; q < n; q++) {
      xTicks.add(new Tick(Format.at(left + (q + 0.5) * (right - left) / n), names[q]));
    }
    List<Series> series = new ArrayList<>();
    for (Line line : lines) {
      List<Point> points = new ArrayList<>();
      StringBuilder path = new StringBuilder();
      for (int q = 0; q < n; q++) {
        Double m = line.means().get(q);
        if (m != null) {
          double x = xTicks.get(q).at();
          double py = y.applyAsDouble(m);
          path.append(path.length() == 0 ? "M" : " L").append(x).append(' ').append(py);
          points.add(new Point(x, py, line.name() + ", " + names[q] + ": mean " + Format.score(m) + " over "
              + Format.calls(line.calls())));
        }
      }
      series.add(new Series(line.name(), line.kind(), path.toString(), points));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (double v : new double[] {scale, scale / 2, 0, -scale / 2, -scale}) {
      yTicks.add(new Tick(y.applyAsDouble(v), Format.score(v)));
    }
    return new LineChart(width, height, xTicks, yTicks, y.applyAsDouble(0), series);
  }
}
