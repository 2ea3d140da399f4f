package org.callcare.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.Rate;
import org.callcare.metrics.RateDifference;
import org.callcare.report.FigureTables;
import org.callcare.report.RunManifest;
import org.callcare.report.page.ReportPage.Tile;

/**
 * Builds the report page's figures from the agent-day totals of the one aggregation pass: each period's totals
 * are sums of agent-days (as agents.csv's are), every rate is a {@link PageRate} over them with its Wilson
 * interval, and the charts' marks are placed here. Plain Java.
 */
public final class PageBuilder {
  /** Fewer calls than this under a rate's denominator: the rate is shown but not ranked or coloured. */
  public static final int MIN_CALLS = 5;

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

  static ReportPage.Scope scope(List<CallFigures.AgentDay> days, PageInputs.Period period) {
    Map<String, CallFigures.Totals> agents = FigureTables.totalsByAgent(days, period.days());
    CallFigures.Totals team = CallFigures.Totals.sum(agents.values());
    CallFigures.Totals before = period.previous() == null ? null
        : CallFigures.Totals.sum(FigureTables.totalsByAgent(days, period.previous()).values());
    String first = days.stream().map(CallFigures.AgentDay::callDate).min(String::compareTo).orElse(null);
    boolean partial = before != null && period.previousFrom() != null && first != null
        && first.compareTo(period.previousFrom()) > 0;
    return new ReportPage.Scope(period.id(), period.label(), period.description(), team.count("calls"),
        agents.size(), tiles(team, before, agents.size(), period, partial), Journeys.journey(team),
        AgentTables.scorecard(agents, team), AgentTables.heat(agents), DriverCharts.drivers(team));
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
}
