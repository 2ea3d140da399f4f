package org.callcare.report.page;

import java.util.ArrayList;
import java.util.List;
import org.callcare.metrics.CallFigures;
import org.callcare.report.page.ReportPage.Journey;
import org.callcare.report.page.ReportPage.LineChart;
import org.callcare.report.page.ReportPage.MatrixCell;
import org.callcare.report.page.ReportPage.MatrixRow;
import org.callcare.report.page.ReportPage.Point;
import org.callcare.report.page.ReportPage.Series;
import org.callcare.report.page.ReportPage.Tick;

/**
 * The sentiment journey section: the start → end matrix of the customer's sentiment labels, and the mean customer
 * score by quarter of the call as a line chart.
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
    List<Double> means = new ArrayList<>();
    for (String q : CallFigures.QUARTER_SUMS) {
      means.add(team.mean(q));
    }
    long quarterCalls = team.present(CallFigures.QUARTER_SUMS.get(0));
    return new Journey(CallFigures.LABELS, rows, all, quarterChart(means, quarterCalls), quarterCalls);
  }

  /** The mean customer score by quarter, on a symmetric scale around 0 (at least ±0.5). */
  static LineChart quarterChart(List<Double> means, long calls) {
    int width = 360;
    int height = 180;
    double left = 44;
    double right = width - 16;
    double top = 12;
    double bottom = height - 30;
    double max = 0.5;
    for (Double m : means) {
      if (m != null) {
        max = Math.max(max, Math.ceil(Math.abs(m) * 4) / 4);
      }
    }
    double scale = max;
    java.util.function.DoubleUnaryOperator y = v -> Format.at(top + (scale - v) / (2 * scale) * (bottom - top));
    List<Tick> xTicks = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    String[] names = {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"};
    for (int q = 0; q < means.size(); q++) {
      double x = Format.at(left + (q + 0.5) * (right - left) / means.size());
      xTicks.add(new Tick(x, names[q]));
      Double m = means.get(q);
      if (m != null) {
        double py = y.applyAsDouble(m);
        path.append(path.length() == 0 ? "M" : " L").append(x).append(' ').append(py);
        points.add(new Point(x, py, names[q] + ": mean " + Format.score(m) + " over " + Format.calls(calls)));
      }
    }
    List<Tick> yTicks = new ArrayList<>();
    for (double v : new double[] {scale, scale / 2, 0, -scale / 2, -scale}) {
      yTicks.add(new Tick(y.applyAsDouble(v), Format.score(v)));
    }
    return new LineChart(width, height, xTicks, yTicks, y.applyAsDouble(0),
        List.of(new Series("all calls", "team", path.toString(), points)));
  }
}
