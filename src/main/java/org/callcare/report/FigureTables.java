package org.callcare.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;

/**
 * The report tables built from the one aggregation pass's agent-day totals: agents.csv and its trailing windows,
 * trend.csv, behaviours.csv and drivers.csv, as small tables on the driver ({@link ReportTable}, written by
 * {@link ReportTableCsv}). Which days a table covers is a filter on the agent-day totals. Plain Java.
 */
public final class FigureTables {
  private FigureTables() {}

  /** One row per agent over the days accepted. */
  public static ReportTable agents(List<CallFigures.AgentDay> days, Predicate<String> day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    totalsByAgent(days, day).forEach((agent, totals) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("agent_id", agent);
      row.putAll(AgentFigures.values(totals));
      rows.add(row);
    });
    return new ReportTable(ReportColumns.AGENTS, rows);
  }

  /** One row per agent and day accepted (the trend's columns of the same figures). */
  public static ReportTable trend(List<CallFigures.AgentDay> days, Predicate<String> day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CallFigures.AgentDay d : days) {
      if (day.test(d.callDate())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agent_id", d.agentId());
        row.put("call_date", d.callDate());
        row.putAll(AgentFigures.values(d.totals()));
        rows.add(row);
      }
    }
    return new ReportTable(ReportColumns.TREND, rows);
  }

  /** behaviours.csv: each agent's rate of each behaviour that applies to some of its calls. */
  public static ReportTable behaviours(List<CallFigures.AgentDay> days, Predicate<String> day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    totalsByAgent(days, day).forEach((agent, totals) -> {
      AgentFigures.behaviourRates(totals).forEach((b, rate) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agent_id", agent);
        row.put("behaviour", b.id());
        row.put("calls", rate.denominator());
        row.put("calls_with", rate.numerator());
        row.put("rate", rate.rate());
        row.put("rate_low", rate.low());
        row.put("rate_high", rate.high());
        rows.add(row);
      });
    });
    return new ReportTable(ReportColumns.BEHAVIOURS, rows);
  }

  /** drivers.csv over all agents of the days accepted. */
  public static ReportTable drivers(List<CallFigures.AgentDay> days, Predicate<String> day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AgentFigures.Driver d : AgentFigures.drivers(CallFigures.Totals.sum(totalsByAgent(days, day).values()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("behaviour", d.behaviour());
      row.put("outcome", d.outcome());
      row.put("calls_with", d.difference().with().denominator());
      row.put("rate_with", d.difference().with().rate());
      row.put("calls_without", d.difference().without().denominator());
      row.put("rate_without", d.difference().without().rate());
      row.put("difference", d.difference().difference());
      row.put("difference_low", d.difference().low());
      row.put("difference_high", d.difference().high());
      rows.add(row);
    }
    return new ReportTable(ReportColumns.DRIVERS, rows);
  }

  /** Days from {@code last - days + 1} to {@code last} (ISO dates compare as text). */
  public static Predicate<String> window(LocalDate last, int days) {
    String from = last.minusDays(days - 1L).toString();
    String to = last.toString();
    return d -> d.compareTo(from) >= 0 && d.compareTo(to) <= 0;
  }

  /** Each agent's totals over the days accepted, by agent id. */
  public static Map<String, CallFigures.Totals> totalsByAgent(List<CallFigures.AgentDay> days,
      Predicate<String> day) {
    Map<String, CallFigures.Totals> byAgent = new TreeMap<>();
    for (CallFigures.AgentDay d : days) {
      if (day.test(d.callDate())) {
        byAgent.merge(d.agentId(), d.totals(), CallFigures.Totals::plus);
      }
    }
    return byAgent;
  }
}
