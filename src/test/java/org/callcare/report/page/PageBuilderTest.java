package org.callcare.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.RateDifference;
import org.callcare.report.FigureTables;
import org.callcare.report.ReportTable;
import org.junit.jupiter.api.Test;

/** The data behind each section of the page equals the CSV reports' figures (one source: the agent-day totals). */
class PageBuilderTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);
  /** 60 days, so that the 30-day window has a whole 30 days before it. */
  private static final List<CallFigures.AgentDay> DAYS = PageFixtures.days(6, 60, NIGHT, 11);
  private static final ReportPage PAGE = PageFixtures.page(DAYS, NIGHT, List.of());

  private static ReportPage.Scope scope(String id) {
    return PAGE.scopes().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static long sum(ReportTable table, String column) {
    return table.rows().stream().mapToLong(r -> (Long) r.get(column)).sum();
  }

  @Test
  void periodsAreTheNightAndEachWindow() {
    assertEquals(List.of("night", "d7", "d30"), PAGE.scopes().stream().map(ReportPage.Scope::id).toList());
    assertEquals("calls of 2026-11-24 to 2026-11-30", scope("d7").period());
  }

  @Test
  void headlineEqualsTheAgentsTableOfEachPeriod() {
    for (ReportPage.Scope s : PAGE.scopes()) {
      int days = s.id().equals("night") ? 1 : Integer.parseInt(s.id().substring(1));
      ReportTable agents = FigureTables.agents(DAYS, FigureTables.window(NIGHT, days));
      Map<String, ReportPage.Tile> tiles = new HashMap<>();
      s.tiles().forEach(t -> tiles.put(t.key(), t));
      assertEquals(sum(agents, "calls"), tiles.get("calls").numerator());
      String from = NIGHT.minusDays(days - 1L).toString(); // counted here without FigureTables' window
      assertEquals(DAYS.stream().filter(d -> d.callDate().compareTo(from) >= 0 && d.callDate().compareTo("2026-11-30")
          <= 0).mapToLong(d -> d.totals().count("calls")).sum(), tiles.get("calls").numerator(), s.id());
      assertEquals(agents.rows().size(), tiles.get("agents").numerator());
      for (PageRate r : PageRate.MAIN) {
        long over = r.overColumns().stream().mapToLong(c -> sum(agents, c)).sum();
        assertEquals(sum(agents, r.countColumn()), tiles.get(r.key()).numerator(), s.id() + " " + r.key());
        assertEquals(over, tiles.get(r.key()).denominator(), s.id() + " " + r.key());
      }
    }
  }

  @Test
  void changeIsAgainstThePeriodOfTheSameLengthBefore() {
    for (int n : new int[] {7, 30}) {
      checkChange(n);
    }
  }

  private static void checkChange(int n) {
    ReportTable now = FigureTables.agents(DAYS, FigureTables.window(NIGHT, n));
    ReportTable before = FigureTables.agents(DAYS, FigureTables.window(NIGHT.minusDays(n), n));
    RateDifference d = RateDifference.of(sum(now, "de_escalated_calls"), sum(now, "started_negative_calls"),
        sum(before, "de_escalated_calls"), sum(before, "started_negative_calls"));
    ReportPage.Tile tile = scope("d" + n).tiles().stream().filter(t -> t.key().equals("de_escalation"))
        .findFirst().orElseThrow();
    String expected = d.low() > 0 ? "better" : d.high() < 0 ? "worse" : "level";
    assertEquals(expected, tile.tone());
    String word = expected.equals("better") ? "improved " : expected.equals("worse") ? "declined "
        : "no clear change: ";
    assertEquals(word + Format.points(d.difference()) + " (" + Format.signedPoints(d.low()) + " to "
        + Format.signedPoints(d.high()) + ") vs the previous " + n + " days", tile.change());
  }

  @Test
  void aPreviousPeriodTheHistoryOnlyPartlyHoldsIsSaidSo() {
    List<CallFigures.AgentDay> days = PageFixtures.days(3, 45, NIGHT, 2); // from 2026-10-17
    ReportPage page = PageFixtures.page(days, NIGHT, List.of());
    ReportPage.Scope d30 = page.scopes().get(2);
    assertTrue(d30.tiles().get(3).change().endsWith("vs the previous 30 days (the history begins inside it)"),
        d30.tiles().get(3).change());
    assertTrue(page.scopes().get(1).tiles().get(3).change().endsWith("vs the previous 7 days"));
  }

  @Test
  void scorecardRatesAreTheAgentsCsvRates() {
    ReportTable agents = FigureTables.agents(DAYS, FigureTables.window(NIGHT, 30));
    ReportPage.Scorecard card = scope("d30").scorecard();
    assertEquals(agents.rows().size(), card.rows().size());
    int checked = 0;
    for (int a = 0; a < card.rows().size(); a++) {
      Map<String, Object> csv = agents.rows().get(a);
      ReportPage.AgentRow row = card.rows().get(a);
      assertEquals(csv.get("agent_id"), row.agentId());
      assertEquals(csv.get("calls"), row.calls());
      for (int i = 0; i < PageRate.MAIN.size(); i++) {
        PageRate r = PageRate.MAIN.get(i);
        if (r.overColumns().size() == 1) { // a rate agents.csv has as <key>_rate
          Object rate = csv.get(r.key() + "_rate");
          ReportPage.RateCell cell = row.cells().get(i);
          assertEquals(rate == null ? "" : String.valueOf(rate), cell.rate(), r.key());
          long over = (Long) csv.get(r.overColumns().get(0));
          assertEquals(rate == null || over < PageBuilder.MIN_CALLS ? "" : String.valueOf(rate), cell.sortKey(),
              r.key() + ": a rate over too few calls sorts last");
          if (rate != null) {
            assertEquals(Format.at((Double) csv.get(r.key() + "_rate_low") * 100), cell.low(), r.key());
            assertEquals(Format.at((Double) csv.get(r.key() + "_rate_high") * 100), cell.high(), r.key());
          }
          checked++;
        }
      }
    }
    assertEquals(6 * 5, checked);
  }

  @Test
  void bandsComeFromTheIntervalAgainstTheTeam() {
    CallFigures.Totals team = totals(Map.of("calls", 100L, "started_negative_calls", 100L, "de_escalated_calls",
        50L));
    CallFigures.Totals strong = totals(Map.of("calls", 40L, "started_negative_calls", 40L, "de_escalated_calls",
        38L));
    CallFigures.Totals few = totals(Map.of("calls", 4L, "started_negative_calls", 4L, "de_escalated_calls", 4L));
    CallFigures.Totals weak = totals(Map.of("calls", 40L, "started_negative_calls", 40L, "de_escalated_calls", 8L));
    CallFigures.Totals level = totals(Map.of("calls", 10L, "started_negative_calls", 10L, "de_escalated_calls",
        6L));
    PageRate de = PageRate.MAIN.get(1);
    assertEquals("de_escalation", de.key());
    assertEquals("better", AgentTables.cell(de, de.of(strong), de.of(team)).band());
    assertEquals("worse", AgentTables.cell(de, de.of(weak), de.of(team)).band());
    assertEquals("level", AgentTables.cell(de, de.of(level), de.of(team)).band());
    assertEquals("few", AgentTables.cell(de, de.of(few), de.of(team)).band(), "4 calls: not ranked");
    PageRate escalation = PageRate.MAIN.get(2);
    CallFigures.Totals calm = totals(Map.of("started_calm_calls", 40L, "escalated_calls", 38L));
    CallFigures.Totals teamCalm = totals(Map.of("started_calm_calls", 100L, "escalated_calls", 20L));
    assertEquals("worse", AgentTables.cell(escalation, escalation.of(calm), escalation.of(teamCalm)).band(),
        "more escalation is worse");
  }

  @Test
  void heatAndDriversAreTheBehavioursAndDriversTables() {
    ReportTable behaviours = FigureTables.behaviours(DAYS, FigureTables.window(NIGHT, 1));
    ReportPage.Heat heat = scope("night").heat();
    int checked = 0;
    for (Map<String, Object> row : behaviours.rows()) {
      int agent = heat.rows().stream().map(ReportPage.HeatRow::agentId).toList().indexOf(row.get("agent_id"));
      int column = heat.behaviours().indexOf(Format.label((String) row.get("behaviour")));
      if (column >= 0) {
        ReportPage.HeatCell cell = heat.rows().get(agent).cells().get(column);
        boolean few = (Long) row.get("calls") < PageBuilder.MIN_CALLS;
        assertEquals(few, cell.few());
        assertEquals(few ? "" : String.valueOf(row.get("rate")), cell.sortKey(), "too few calls sort last");
        assertTrue(cell.title().startsWith(row.get("calls_with") + " of "), cell.title());
        checked++;
      }
    }
    assertTrue(checked > 6 * 10, "agent behaviours checked: " + checked);

    ReportTable drivers = FigureTables.drivers(DAYS, FigureTables.window(NIGHT, 1));
    List<ReportPage.DriverBar> bars = scope("night").drivers().get(0).bars();
    List<Map<String, Object>> expected = new ArrayList<>(drivers.rows().stream()
        .filter(r -> r.get("outcome").equals(AgentFigures.DE_ESCALATION) && r.get("difference") != null).toList());
    assertEquals(expected.size(), bars.size());
    for (Map<String, Object> r : expected) {
      ReportPage.DriverBar bar = bars.stream().filter(b -> b.behaviour().equals(Format.label((String) r.get(
          "behaviour")))).findFirst().orElseThrow();
      assertEquals(Format.points((Double) r.get("difference")), bar.value());
    }
    for (int i = 1; i < bars.size(); i++) {
      assertTrue(Math.abs(bars.get(i - 1).x() - 50) >= Math.abs(bars.get(i).x() - 50) - 0.1, "largest first");
    }
  }

  @Test
  void journeyCountsEveryCallWithAStartAndAnEnd() {
    ReportPage.Journey j = scope("d30").journey();
    ReportTable agents = FigureTables.agents(DAYS, FigureTables.window(NIGHT, 30));
    assertEquals(sum(agents, "started_negative_calls") + sum(agents, "started_calm_calls"), j.calls());
    assertEquals(sum(agents, "started_negative_calls"), j.rows().get(0).total());
    long deEscalated = j.rows().get(0).cells().get(1).count() + j.rows().get(0).cells().get(2).count();
    assertEquals(sum(agents, "de_escalated_calls"), deEscalated);
    assertEquals(4, j.quarters().series().get(0).points().size());
    assertEquals(sum(agents, "started_negative_calls"), j.upsetQuarterCalls(), "every call that started negative");
    CallFigures.Totals all = DAYS.stream().filter(d -> d.callDate().compareTo("2026-11-01") >= 0)
        .map(CallFigures.AgentDay::totals).reduce(CallFigures.Totals.empty(), CallFigures.Totals::plus);
    assertEquals("calls that started negative, 1st quarter: mean " + Format.score(all.mean("startedNegativeQ1"))
        + " over "
        + Format.calls(j.upsetQuarterCalls()), j.quarters().series().get(1).points().get(0).title());
  }

  @Test
  void trendPointsAreTheTrendCsvSummedOverAgents() {
    ReportPage.Trend trend = PAGE.trend();
    assertEquals("2026-11-01 to 2026-11-30", trend.period());
    assertEquals(6, trend.agents().size());
    ReportTable csv = FigureTables.trend(DAYS, FigureTables.window(NIGHT, 30));
    for (int i = 0; i < PageRate.MAIN.size(); i++) {
      PageRate r = PageRate.MAIN.get(i);
      ReportPage.LineChart chart = trend.charts().get(i).chart();
      ReportPage.Series team = chart.series().get(chart.series().size() - 1);
      assertEquals("team", team.kind());
      assertEquals(6 + 1, chart.series().size(), "each agent and the team");
      Map<String, long[]> byDay = new java.util.TreeMap<>();
      for (Map<String, Object> row : csv.rows()) {
        long[] t = byDay.computeIfAbsent((String) row.get("call_date"), d -> new long[2]);
        t[0] += (Long) row.get(r.countColumn());
        for (String over : r.overColumns()) {
          t[1] += (Long) row.get(over);
        }
      }
      List<String> expected = byDay.entrySet().stream().filter(e -> e.getValue()[1] > 0)
          .map(e -> e.getKey() + ": " + Format.percent(Math.round(10000.0 * e.getValue()[0] / e.getValue()[1])
              / 10000.0) + " (" + e.getValue()[0] + " of " + Format.calls(e.getValue()[1]) + ")").toList();
      assertEquals(expected, team.points().stream().map(ReportPage.Point::title).toList(), r.key());
    }
  }

  @Test
  void quarterMeansAndEmptyPeriods() {
    ReportPage.LineChart chart = Journeys.quarterChart(List.of(new Journeys.Line("all", "team",
        java.util.Arrays.asList(-0.8, null, 0.1, 0.3), 5), new Journeys.Line("upset", "upset",
        java.util.Arrays.asList(null, null, null, null), 0)));
    assertEquals(3, chart.series().get(0).points().size(), "a quarter without a value is left out");
    assertEquals("", chart.series().get(1).path(), "a line without values draws nothing");
    assertEquals(5, chart.yTicks().size());
    ReportPage.Scope empty = PageBuilder.scope(List.of(), new PageInputs.Period("x", "x", "x", d -> true,
        d -> true, "day before", "2026-11-29"));
    assertEquals(0, empty.calls());
    assertEquals("no calls in the day before", empty.tiles().get(0).change());
    assertNull(empty.tiles().get(2).change(), "said once, on the calls tile");
    assertEquals("–", empty.tiles().get(2).value());
    assertNull(PageBuilder.scope(List.of(), new PageInputs.Period("x", "x", "x", d -> true, null, null, null))
        .tiles().get(2).change(), "no previous period, no change");
  }

  private static CallFigures.Totals totals(Map<String, Long> counts) {
    return new CallFigures.Totals(counts, Map.of(), Map.of());
  }

  @Test
  void fixturesAreConsistent() {
    CallFigures.Totals t = PageFixtures.totals(50, new Random(1));
    assertEquals(50, t.count("calls"));
    assertEquals(50, t.count("started_negative_calls") + t.count("started_calm_calls"));
  }
}
