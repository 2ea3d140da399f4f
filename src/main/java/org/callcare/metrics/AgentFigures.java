package org.callcare.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;

/**
 * The report figures derived from {@link CallFigures.Totals}: an agent's scorecard, behaviour rates and timing
 * means (agents.csv, its windows and trend.csv), and the drivers table over all agents. Plain arithmetic on
 * counts; every rate with its Wilson interval.
 */
public final class AgentFigures {
  private AgentFigures() {}

  /** The timing means of agents.csv, by column (camelCase), over the agent's timed calls. */
  public static final List<String> TIMING_MEANS = List.of("talkRatioAgent", "agentWpm", "customerWpm",
      "interruptionsByAgent", "interruptionsByCustomer", "nonTalkShare", "longestAgentMonologueMs");

  /** One agent's figures over some calls. */
  public record Agent(String agentId, AgentScorecard scorecard, Map<Behaviour, Rate> behaviours,
      Map<Behaviour, Long> applies, long timedCalls, Map<String, Double> timingMeans) {}

  /** One row of the drivers table. */
  public record Driver(String behaviour, String outcome, RateDifference difference) {}

  /** drivers.csv outcome names. */
  public static final String DE_ESCALATION = "de_escalation";
  public static final String ONE_CALL_RESOLUTION = "one_call_resolution";

  public static Agent agent(String agentId, CallFigures.Totals t) {
    AgentScorecard scorecard = AgentScorecard.from(new AgentCounts(agentId, t.count("calls"),
        t.count("startedNegative"), t.count("deEscalated"), t.count("apology"), t.count("complaint"),
        t.count("apologyAfterComplaint"), t.count("transfer"), t.count("final"), t.count("resolved"),
        t.count("calls") - t.count("final"), t.present("sentimentShift"), t.sum("sentimentShift")));
    Map<Behaviour, Rate> rates = new LinkedHashMap<>();
    Map<Behaviour, Long> applies = new LinkedHashMap<>();
    for (Behaviour b : Behaviour.values()) {
      long calls = t.count(b.id() + ".applies");
      applies.put(b, calls);
      if (calls > 0) {
        rates.put(b, Rate.of(t.count(b.id() + ".present"), calls));
      }
    }
    Map<String, Double> means = new LinkedHashMap<>();
    for (String column : TIMING_MEANS) {
      means.put(column, t.mean(column));
    }
    return new Agent(agentId, scorecard, rates, applies, t.present("talkRatioAgent"), means);
  }

  /** The drivers table: each behaviour that applies to some call, by outcome, with and without it. */
  public static List<Driver> drivers(CallFigures.Totals t) {
    List<Driver> rows = new ArrayList<>();
    for (Behaviour b : Behaviour.values()) {
      String id = b.id();
      if (t.count(id + ".applies") == 0) {
        continue;
      }
      rows.add(new Driver(id, DE_ESCALATION, RateDifference.of(t.count(id + ".with.deEscalated"),
          t.count(id + ".with.startedNegative"), t.count(id + ".without.deEscalated"),
          t.count(id + ".without.startedNegative"))));
      rows.add(new Driver(id, ONE_CALL_RESOLUTION, RateDifference.of(t.count(id + ".with.resolved"),
          t.count(id + ".with.final"), t.count(id + ".without.resolved"), t.count(id + ".without.final"))));
    }
    return rows;
  }
}
