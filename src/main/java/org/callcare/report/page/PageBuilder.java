package org.callcare.report.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Rate;
import org.callcare.metrics.RateDifference;
import org.callcare.report.FigureTables;
import org.callcare.report.RunManifest;
import org.callcare.report.page.ReportPage.AgentRow;
import org.callcare.report.page.ReportPage.Column;
import org.callcare.report.page.ReportPage.DriverBar;
import org.callcare.report.page.ReportPage.DriverChart;
import org.callcare.report.page.ReportPage.Heat;
import org.callcare.report.page.ReportPage.HeatCell;
import org.callcare.report.page.ReportPage.HeatRow;
import org.callcare.report.page.ReportPage.Journey;
import org.callcare.report.page.ReportPage.LineChart;
import org.callcare.report.page.ReportPage.MatrixCell;
import org.callcare.report.page.ReportPage.MatrixRow;
import org.callcare.report.page.ReportPage.Point;
import org.callcare.report.page.ReportPage.RateCell;
import org.callcare.report.page.ReportPage.Scorecard;
import org.callcare.report.page.ReportPage.Series;
import org.callcare.report.page.ReportPage.Tick;
import org.callcare.report.page.ReportPage.Tile;

/**
 * Builds the report page's figures from the agent-day totals of the one aggregation pass: each period's totals
 * are sums of agent-days (as agents.csv's are), every rate is a {@link PageRate} over them with its Wilson
 * interval, and the charts' marks are placed here. Plain Java.
 */
public final class PageBuilder {
  /** Fewer calls than this under a rate's denominator: the rate is shown but not ranked or coloured. */
  public static final int MIN_CALLS = 5;

  /**
   * Behaviours an agent should avoid or keep rare (transfers: lower is better, as on the scorecard): the heat
   * table shades them in the warning colour.
   */
  static final Set<Behaviour> TO_AVOID = Set.of(Behaviour.BARE_DONT_KNOW, Behaviour.CANT_DO,
      Behaviour.AVOID_PHRASE, Behaviour.TRANSFER);

  private PageBuilder() {}

  public static ReportPage build(PageInputs in) {
    List<ReportPage.Scope> scopes = new ArrayList<>();
    for (PageInputs.Period p : in.periods()) {
      scopes.add(scope(in.days(), p));
    }
    ReportPage.Trend trend = in.trend() == null ? null : Trends.of(in.days(), in.trend());
    RunManifest m = in.manifest();
    String subtitle = "Run " + m.runId() + " · finished " + m.finishedAt().substring(0, Math.min(16,
        m.finishedAt().length())).replace('T', ' ') + " UTC";
    String reviewScope = in.periods().size() > 1
        ? "Chosen from the night's calls (" + in.periods().get(0).description() + ")."
        : "Chosen from the run's calls.";
    return new ReportPage("callcare · " + in.periods().get(0).description(), subtitle, scopes, trend,
        reviewScope, in.reviews(), Reading.of(m));
  }

  static CallFigures.Totals sum(Iterable<CallFigures.Totals> totals) {
    CallFigures.Totals all = CallFigures.Totals.empty();
    for (CallFigures.Totals t : totals) {
      all = all.plus(t);
    }
    return all;
  }

  static ReportPage.Scope scope(List<CallFigures.AgentDay> days, PageInputs.Period period) {
    Map<String, CallFigures.Totals> agents = FigureTables.totalsByAgent(days, period.days());
    CallFigures.Totals team = sum(agents.values());
    CallFigures.Totals before = period.previous() == null ? null
        : sum(FigureTables.totalsByAgent(days, period.previous()).values());
    String first = days.stream().map(CallFigures.AgentDay::callDate).min(String::compareTo).orElse(null);
    boolean partial = before != null && period.previousFrom() != null && first != null
        && first.compareTo(period.previousFrom()) > 0;
    return new ReportPage.Scope(period.id(), period.label(), period.description(), team.count("calls"),
        agents.size(), tiles(team, before, agents.size(), period, partial), journey(team),
        scorecard(agents, team), heat(agents), drivers(team));
  }

  static List<Tile> tiles(CallFigures.Totals team, CallFigures.Totals before, int agents,
      PageInputs.Period period, boolean partial) {
    String against = period.previousLabel() + (partial ? " (the history begins inside it)" : "");
    List<Tile> tiles = new ArrayList<>();
    long calls = team.count("calls");
    String callsChange = before == null ? null : before.count("calls") == 0
        ? "no calls in the " + period.previousLabel()
        : change(calls - before.count("calls")) + " vs the " + against;
    tiles.add(new Tile("calls", "Calls", String.valueOf(calls), period.description(), "", calls, calls,
        callsChange, "plain"));
    tiles.add(new Tile("agents", "Agents", String.valueOf(agents), "with calls", "", agents, agents, null,
        "plain"));
    for (PageRate r : PageRate.MAIN) {
      Rate rate = r.of(team);
      String detail = rate.numerator() + " of " + Format.calls(rate.denominator());
      if (r.key().equals("one_call_resolution")) {
        detail = rate.numerator() + " of " + rate.denominator() + " final calls; "
            + team.count("fcr_provisional_calls") + " provisional";
      }
      String change = null;
      String tone = "plain";
      if (before != null && before.count("calls") > 0) { // with none, the calls tile says so once
        Rate was = r.of(before);
        RateDifference d = RateDifference.of(rate.numerator(), rate.denominator(), was.numerator(),
            was.denominator());
        if (d.difference() != null) {
          tone = tone(r, d.low() > 0, d.high() < 0);
          String word = switch (tone) {
            case "better" -> "improved ";
            case "worse" -> "declined ";
            case "level" -> "no clear change: ";
            default -> d.low() > 0 ? "up " : d.high() < 0 ? "down " : "no clear change: ";
          };
          change = word + Format.points(d.difference()) + " (" + Format.signedPoints(d.low()) + " to "
              + Format.signedPoints(d.high()) + ") vs the " + against;
        } else {
          change = "no calls to compare in the " + against;
        }
      }
      tiles.add(new Tile(r.key(), r.label(), Format.percent(rate.rate()), detail,
          rate.rate() == null ? "" : "95% interval " + Format.range(rate.low(), rate.high()), rate.numerator(),
          rate.denominator(), change, tone));
    }
    return tiles;
  }

  private static String change(long calls) {
    return (calls > 0 ? "+" : calls < 0 ? "−" : "") + Math.abs(calls);
  }

  /** better / worse for a rate whose interval lies above or below a reference; level otherwise. */
  static String tone(PageRate r, boolean above, boolean below) {
    if (r.direction() == PageRate.Direction.CONTEXT) {
      return "plain";
    }
    boolean higherBetter = r.direction() == PageRate.Direction.HIGHER_IS_BETTER;
    if (above) {
      return higherBetter ? "better" : "worse";
    }
    if (below) {
      return higherBetter ? "worse" : "better";
    }
    return "level";
  }

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
    return new Scorecard(columns, rows, MIN_CALLS);
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
    if (rate.denominator() < MIN_CALLS) {
      return new RateCell(Format.percent(rate.rate()), detail + interval + "; too few to compare",
          String.valueOf(rate.rate()), "", x, low, high, "few");
    }
    String band = team.rate() == null ? "level" : tone(r, rate.low() > team.rate(), rate.high() < team.rate());
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
          boolean few = r.denominator() < MIN_CALLS;
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

  /** The days from {@code last - days + 1} to {@code last}, as ISO dates. */
  static List<String> dates(LocalDate last, int days) {
    List<String> dates = new ArrayList<>(days);
    for (int i = days - 1; i >= 0; i--) {
      dates.add(last.minusDays(i).toString());
    }
    return dates;
  }
}
