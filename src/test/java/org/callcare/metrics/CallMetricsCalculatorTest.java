package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.callcare.behaviour.BehaviourDetector;
import org.callcare.domain.Speaker;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.testing.CallBuilder;
import org.junit.jupiter.api.Test;

class CallMetricsCalculatorTest {
  private static final CallMetricsCalculator CALCULATOR =
      new CallMetricsCalculator(new BehaviourDetector(CallBuilder.DEFAULT_RULES), TimingSettings.DEFAULTS);

  @Test
  void deEscalationUsesScoredCustomerTurnsOnly() {
    CallMetrics m = CALCULATOR.compute("A-1", null, new CallBuilder()
        .customer("This is terrible.", -0.6)
        .agent("I understand.")
        .add(Speaker.CUSTOMER, "", null, null, null, null)
        .agent("Here is what I'll do.")
        .customer("Thanks, that helps.", 0.5)
        .turns());
    assertEquals(5, m.turns());
    assertEquals(3, m.customerTurns());
    assertEquals(2, m.agentTurns());
    assertEquals(2, m.scoredCustomerTurns());
    assertEquals(-0.6, m.customerStartSentiment());
    assertEquals(0.5, m.customerEndSentiment());
    assertEquals(1.1, m.sentimentShift());
    assertTrue(m.startedNegative());
    assertTrue(m.deEscalated());
    assertFalse(m.escalated());
  }

  @Test
  void systemTurnsCountInTurnsOnly() {
    CallMetrics m = CALCULATOR.compute("A-1", null, new CallBuilder()
        .system("We're sorry, all agents are busy.")
        .customer("Hello?", 0.0)
        .agent("Hi, how can I help?")
        .turns());
    assertEquals(3, m.turns());
    assertEquals(1, m.agentTurns());
    assertEquals(1, m.customerTurns());
    assertFalse(m.behaviours().present(org.callcare.domain.Behaviour.APOLOGY), "a system apology is no agent's");
  }

  @Test
  void timingIsEmptyWithoutTimestampsAndFilledWithThem() {
    CallMetrics untimed = CALCULATOR.compute("A-1", null, new CallBuilder()
        .customer("Hi.").agent("Hello.").turns());
    assertNull(untimed.timing().talkRatioAgent());
    assertNull(untimed.timing().interruptionsByAgent());

    CallMetrics timed = CALCULATOR.compute("A-1", null, new CallBuilder()
        .add(Speaker.AGENT, "Thanks for calling, how can I help you today?", 0.0, 0L, 3000L, null)
        .add(Speaker.CUSTOMER, "My card was charged twice for the same order.", 0.0, 3500L, 9500L, null)
        .turns());
    assertNotNull(timed.timing().talkRatioAgent());
    assertEquals(0.3333, timed.timing().talkRatioAgent());
    assertEquals(0L, timed.timing().nonTalkMs());
  }
}
