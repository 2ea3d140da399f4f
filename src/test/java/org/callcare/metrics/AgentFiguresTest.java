package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;
import org.junit.jupiter.api.Test;

class AgentFiguresTest {
  private static CallFigures.Totals totals(Map<String, Long> counts) {
    return new CallFigures.Totals(counts, Map.of("talkRatioAgent", 1.2), Map.of("talkRatioAgent", 2L));
  }

  @Test
  void totalsOfDaysAddUpAndRatesComeFromTheSums() {
    CallFigures.Totals day1 = totals(Map.of("calls", 3L, "startedNegative", 2L, "deEscalated", 1L,
        "empathy.applies", 3L, "empathy.present", 1L));
    CallFigures.Totals day2 = totals(Map.of("calls", 2L, "startedNegative", 1L, "deEscalated", 1L,
        "empathy.applies", 2L, "empathy.present", 2L, "final", 2L, "resolved", 1L));
    AgentFigures.Agent a = AgentFigures.agent("A-1", day1.plus(day2));

    assertEquals(5, a.scorecard().calls());
    assertEquals(Rate.of(2, 3), a.scorecard().deEscalation());
    assertEquals(Rate.of(3, 5), a.behaviours().get(Behaviour.EMPATHY));
    assertEquals(Rate.of(1, 2), a.scorecard().oneCallResolution());
    assertEquals(3, a.scorecard().fcrProvisionalCalls(), "calls whose outcome is not final yet");
    assertEquals(4, a.timedCalls());
    assertEquals(0.6, a.timingMeans().get("talkRatioAgent"), 1e-12);
    assertNull(a.timingMeans().get("agentWpm"), "no call has it: empty, never 0");
    assertTrue(!a.behaviours().containsKey(Behaviour.OWNERSHIP), "a behaviour that never applies has no rate");
  }

  @Test
  void driversCompareCallsWithAndWithoutEachBehaviour() {
    CallFigures.Totals t = totals(Map.of("apology.applies", 10L,
        "apology.with.startedNegative", 4L, "apology.with.deEscalated", 3L,
        "apology.without.startedNegative", 5L, "apology.without.deEscalated", 1L));
    List<AgentFigures.Driver> drivers = AgentFigures.drivers(t);

    assertEquals(2, drivers.size(), "only behaviours that apply to some call");
    assertEquals(RateDifference.of(3, 4, 1, 5), drivers.get(0).difference());
    assertEquals(AgentFigures.DE_ESCALATION, drivers.get(0).outcome());
  }

  @Test
  void everyBehaviourHasItsCountsDeclaredOnce() {
    for (Behaviour b : Behaviour.values()) {
      long declared = CallFigures.COUNTS.stream().filter(c -> c.name().startsWith(b.id() + ".")).count();
      assertEquals(2 + 2 * CallFigures.DRIVER_OUTCOMES.size(), declared, b.id());
    }
    assertEquals(CallFigures.COUNTS.size(), CallFigures.COUNTS.stream().map(CallFigures.Count::name).distinct()
        .count(), "names are unique");
  }
}
