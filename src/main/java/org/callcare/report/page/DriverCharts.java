package org.callcare.report.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.RateDifference;
import org.callcare.report.page.ReportPage.DriverBar;
import org.callcare.report.page.ReportPage.DriverChart;
import org.callcare.report.page.ReportPage.Tick;

/**
 * The drivers section: for de-escalation and one-call resolution, each behaviour's difference in the outcome's
 * rate between calls with and without it (drivers.csv), largest first, with its interval, placed on a symmetric
 * scale around zero.
 */
final class DriverCharts {
  private DriverCharts() {}

  static List<DriverChart> drivers(CallFigures.Totals team) {
    List<DriverChart> charts = new ArrayList<>();
    List<AgentFigures.Driver> all = AgentFigures.drivers(team);
    for (String outcome : List.of(AgentFigures.DE_ESCALATION, AgentFigures.ONE_CALL_RESOLUTION)) {
      List<AgentFigures.Driver> rows = new ArrayList<>(all.stream()
          .filter(d -> d.outcome().equals(outcome) && d.difference().difference() != null).toList());
      rows.sort(Comparator.comparingDouble((AgentFigures.Driver d) -> -Math.abs(d.difference().difference()))
          .thenComparing(AgentFigures.Driver::behaviour));
      double max = 0.1;
      for (AgentFigures.Driver d : rows) {
        max = Math.max(max, Math.max(Math.abs(d.difference().low()), Math.abs(d.difference().high())));
      }
      max = Math.ceil(max * 10) / 10;
      double scale = max;
      java.util.function.DoubleUnaryOperator x = v -> Format.at(50 + 50 * v / scale);
      List<DriverBar> bars = new ArrayList<>();
      int row = 0;
      for (AgentFigures.Driver d : rows) {
        RateDifference diff = d.difference();
        String tone = diff.low() > 0 ? "better" : diff.high() < 0 ? "worse" : "level";
        bars.add(new DriverBar(Format.label(d.behaviour()), Format.points(diff.difference()),
            "with it: " + Format.percent(diff.with().rate()) + " of " + Format.calls(diff.with().denominator())
                + "; without: " + Format.percent(diff.without().rate()) + " of "
                + Format.calls(diff.without().denominator()) + "; difference 95% interval "
                + Format.signedPoints(diff.low()) + " to " + Format.signedPoints(diff.high()) + " pts",
            26 + row * 22, x.applyAsDouble(diff.difference()), x.applyAsDouble(diff.low()),
            x.applyAsDouble(diff.high()), tone));
        row++;
      }
      List<Tick> ticks = new ArrayList<>();
      for (double v : new double[] {-scale, -scale / 2, 0, scale / 2, scale}) {
        ticks.add(new Tick(x.applyAsDouble(v), Format.points(v)));
      }
      charts.add(new DriverChart(outcome, outcome.equals(AgentFigures.DE_ESCALATION)
          ? "De-escalation (calls that started negative)" : "One-call resolution (final calls)",
          40 + rows.size() * 22, ticks, bars));
    }
    return charts;
  }
}
