package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;
import org.junit.jupiter.api.Test;

class AgentFiguresTest {
  private static CallFigures.Totals totals(Map<String, Long> counts) {
    return new CallFigures.Totals(counts, Map.of("talkRatioAgent", 1.2, "sentimentShift", -0.33335),
        Map.of("talkRatioAgent", 2L, "sentimentShift", 1L));
  }

  @Test
  void totalsOfDaysAddUpAndRatesComeFromTheSums() {
    CallFigures.Totals day1 = totals(Map.of("calls", 3L, "started_negative_calls", 2L, "de_escalated_calls", 1L,
        "fcr_provisional_calls", 3L, "empathy.applies", 3L, "empathy.present", 1L));
    CallFigures.Totals day2 = totals(Map.of("calls", 2L, "started_negative_calls", 1L, "de_escalated_calls", 1L,
        "empathy.applies", 2L, "empathy.present", 2L, "fcr_final_calls", 2L, "one_call_resolved_calls", 1L));
    Map<String, Object> a = AgentFigures.values(day1.plus(day2));

    assertEquals(5L, a.get("calls"));
    assertEquals(2L, a.get("de_escalated_calls"));
    assertEquals(Rate.of(2, 3).rate(), a.get("de_escalation_rate"));
    assertEquals(Rate.of(2, 3).low(), a.get("de_escalation_rate_low"));
    assertEquals(Rate.of(3, 5).rate(), a.get("empathy_rate"));
    assertEquals(0.5, a.get("one_call_resolution_rate"));
    assertEquals(3L, a.get("fcr_provisional_calls"));
    assertEquals(4L, a.get("timed_calls"));
    assertEquals(0.6, (Double) a.get("mean_talk_ratio_agent"), 1e-12);
    assertEquals(-0.3334, a.get("mean_sentiment_shift"), "the shift's mean is rounded to 4 places");
    assertTrue(a.containsKey("mean_agent_wpm"));
    assertNull(a.get("mean_agent_wpm"), "no call has it: empty, never 0");
    assertNull(a.get("apology_after_complaint_rate"), "no complaint call: empty, never 0");
    assertEquals(0.0, a.get("apology_rate"), "no apology in 5 calls: 0");
    assertEquals(AgentFigures.columns(), List.copyOf(a.keySet()), "every column has a value, in column order");
  }

  @Test
  void aRateMustBeOverATallyDeclaredAboveIt() {
    AgentFigure rate = new AgentFigure.RateOf("hold", "hold_calls", Condition.flag("hold"), "held_calls", true);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> AgentFigures.checkDenominators(List.of(rate)));
    AgentFigures.checkDenominators(List.of(new AgentFigure.Tally("held_calls", Condition.ALL, true), rate));
  }

  @Test
  void behaviourRatesOnlyForBehavioursThatApply() {
    Map<Behaviour, Rate> rates = AgentFigures.behaviourRates(totals(Map.of("empathy.applies", 4L,
        "empathy.present", 1L)));
    assertEquals(Map.of(Behaviour.EMPATHY, Rate.of(1, 4)), rates);
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
  void everyFigureIsDeclaredOnce() {
    for (Behaviour b : Behaviour.values()) {
      long declared = CallFigures.COUNTS.stream().filter(c -> c.name().startsWith(b.id() + ".")).count();
      assertEquals(2 + 2 * CallFigures.DRIVER_OUTCOMES.size(), declared, b.id());
    }
    assertEquals(CallFigures.COUNTS.size(), CallFigures.COUNTS.stream().map(CallFigures.Count::name).distinct()
        .count(), "count names are unique");
    assertEquals(AgentFigures.columns().size(), new HashSet<>(AgentFigures.columns()).size(), "columns unique");
  }

  @Test
  void theTrendShowsEachRateWithItsDenominator() {
    assertEquals(List.of("calls", "started_negative_calls", "de_escalated_calls", "de_escalation_rate",
        "started_calm_calls", "escalated_calls", "escalation_rate", "apology_calls", "apology_rate", "complaint_calls",
        "apology_after_complaint_calls", "apology_after_complaint_rate", "transfer_calls", "transfer_rate",
        "fcr_final_calls", "fcr_provisional_calls", "one_call_resolved_calls", "one_call_resolution_rate",
        "mean_sentiment_shift"), AgentFigures.trendColumns(), "trend.csv after agent_id, call_date");
    AgentFigure hidden = new AgentFigure.Tally("held_calls", Condition.ALL, false);
    AgentFigure rate = new AgentFigure.RateOf("hold", "hold_calls", Condition.flag("hold"), "held_calls", true);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> AgentFigures.checkDenominators(List.of(hidden, rate)), "a trend rate over a tally the trend hides");
  }
}
