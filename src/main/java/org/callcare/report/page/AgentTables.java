package org.callcare.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Rate;
import org.callcare.report.page.ReportPage.AgentRow;
import org.callcare.report.page.ReportPage.Column;
import org.callcare.report.page.ReportPage.Heat;
import org.callcare.report.page.ReportPage.HeatCell;
import org.callcare.report.page.ReportPage.HeatRow;
import org.callcare.report.page.ReportPage.RateCell;
import org.callcare.report.page.ReportPage.Scorecard;

/**
 * The per-agent sections: the scorecard (each main rate with its interval, banded against the team's rate) and
 * the behaviour heat table. A rate over fewer than {@link PageBuilder#MIN_CALLS} calls is shown but not
 * ranked.
 */
final class AgentTables {
  /**
   * Behaviours an agent should avoid or keep rare (transfers: lower is better, as on the scorecard): the heat
   * table shades them in the warning colour.
   */
  static final Set<Behaviour> TO_AVOID = Set.of(Behaviour.BARE_DONT_KNOW, Behaviour.CANT_DO,
      Behaviour.AVOID_PHRASE, Behaviour.TRANSFER);

  private AgentTables() {}

  static Scorecard scorecard(Map<String, CallFigures.Totals> agents, CallFigures.Totals team) {
    List<Column> columns = new ArrayList<>();
    List<Rate> teamRates = new ArrayList<>();
    for (PageRate r : PageRate.MAIN) {
      Rate t = r.of(team);
      teamRates.add(t);
      columns.add(new Column(r.key(), r.label(), Format.percent(t.rate()),
          t.rate() == null ? -1 : Format.at(t.rate() * 100), r.direction().name().toLowerCase(java.util.Locale.ROOT)));
    }
    List<AgentRow> rows = new ArrayList<>();
    agents.forEach((agent, totals) -> {
      List<RateCell> cells = new ArrayList<>();
      for (int i = 0; i < PageRate.MAIN.size(); i++) {
        cells.add(cell(PageRate.MAIN.get(i), PageRate.MAIN.get(i).of(totals), teamRates.get(i)));
      }
      rows.add(new AgentRow(agent, totals.count("calls"), cells));
    });
    return new Scorecard(columns, rows, PageBuilder.MIN_CALLS);
  }

  static RateCell cell(PageRate r, Rate rate, Rate team) {
    String detail = rate.numerator() + " of " + Format.calls(rate.denominator());
    if (rate.rate() == null) {
      return new RateCell(Format.NONE, "no calls", "", "", 0, 0, 0, "few");
    }
    double x = Format.at(rate.rate() * 100);
    double low = Format.at(rate.low() * 100);
    double high = Format.at(rate.high() * 100);
    String interval = "; 95% interval " + Format.range(rate.low(), rate.high());
    if (rate.denominator() < PageBuilder.MIN_CALLS) {
      return new RateCell(Format.percent(rate.rate()), detail + interval + "; too few to compare",
          String.valueOf(rate.rate()), "", x, low, high, "few");
    }
    String band = team.rate() == null ? "level"
        : PageBuilder.tone(r, rate.low() > team.rate(), rate.high() < team.rate());
    return new RateCell(Format.percent(rate.rate()), detail + interval, String.valueOf(rate.rate()),
        String.valueOf(rate.rate()), x, low, high, band);
  }

  static Heat heat(Map<String, CallFigures.Totals> agents) {
    Set<Behaviour> shown = new TreeSet<>();
    agents.values().forEach(t -> AgentFigures.behaviourRates(t).keySet().stream()
        .filter(b -> b.speaker() == Speaker.AGENT).forEach(shown::add));
    List<String> names = shown.stream().map(b -> Format.label(b.id())).toList();
    List<HeatRow> rows = new ArrayList<>();
    agents.forEach((agent, totals) -> {
      Map<Behaviour, Rate> rates = AgentFigures.behaviourRates(totals);
      List<HeatCell> cells = new ArrayList<>();
      for (Behaviour b : shown) {
        Rate r = rates.get(b);
        if (r == null || r.rate() == null) {
          cells.add(new HeatCell(Format.NONE, "does not apply to any call", "", 0, true));
        } else {
          boolean few = r.denominator() < PageBuilder.MIN_CALLS;
          double shade = Format.at(r.rate()) * (TO_AVOID.contains(b) ? -1 : 1);
          cells.add(new HeatCell(Format.percent(r.rate()), r.numerator() + " of "
              + Format.calls(r.denominator()) + ", 95% interval " + Format.range(r.low(), r.high())
              + (few ? " (too few calls to compare)" : ""), few ? "" : String.valueOf(r.rate()), shade, few));
        }
      }
      rows.add(new HeatRow(agent, cells));
    });
    return new Heat(names, rows);
  }
}
