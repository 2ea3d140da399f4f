package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.callcare.domain.TurnSentiment;
import org.junit.jupiter.api.Test;

class CallMetricsCalculatorTest {

  /** Builds a call's scored turns: speaker, text, score (null = no score). */
  private static final class Calls {
    private final List<ScoredTurn> turns = new ArrayList<>();

    Calls add(Speaker speaker, String text, Double score) {
      TurnSentiment sentiment = score == null ? TurnSentiment.none()
          : new TurnSentiment(score, new double[] {0, 0, 1, 0, 0}, 1, 5);
      turns.add(new ScoredTurn(Turn.of(turns.size(), speaker, text), sentiment));
      return this;
    }

    Calls agent(String text) {
      return add(Speaker.AGENT, text, 0.0);
    }

    Calls customer(String text, double score) {
      return add(Speaker.CUSTOMER, text, score);
    }

    CallMetrics metrics() {
      return CallMetricsCalculator.compute("A-1", turns);
    }
  }

  @Test
  void apologyWithinTwoAgentTurnsAfterTheFirstComplaintCounts() {
    CallMetrics m = new Calls()
        .agent("Thanks for calling, this is Dana.")
        .customer("My bill is wrong again.", -0.5)
        .agent("Let me look at that.")
        .customer("Okay.", 0.0)
        .agent("I'm so sorry about this, I see the error.")
        .customer("Thank you.", 0.4)
        .metrics();
    assertTrue(m.complaint());
    assertTrue(m.apologyAfterComplaint());
    assertTrue(m.apologyPresent());
    assertEquals(1, m.apologyCount());
    assertEquals("apology: I'm so sorry about this, I see the error.", m.evidence());
  }

  @Test
  void aLateApologyIsPresentButNotAfterTheComplaint() {
    CallMetrics m = new Calls()
        .customer("I've been waiting for two weeks.", 0.0)
        .agent("Account number?")
        .customer("12345.", 0.0)
        .agent("Found it.")
        .customer("Good.", 0.0)
        .agent("Sorry for the trouble.")
        .metrics();
    assertTrue(m.complaint(), "a complaint cue counts even when sentiment is neutral");
    assertFalse(m.apologyAfterComplaint());
    assertTrue(m.apologyPresent());
  }

  @Test
  void noComplaintLeavesApologyAfterComplaintEmpty() {
    CallMetrics m = new Calls()
        .customer("I'd like to update my address.", 0.0)
        .agent("Sure, I can do that.")
        .metrics();
    assertFalse(m.complaint());
    assertNull(m.apologyAfterComplaint());
    assertNull(m.evidence());
  }

  @Test
  void systemTurnsCountInTurnsButInNoAgentMetric() {
    CallMetrics m = new Calls()
        .add(Speaker.SYSTEM, "We're sorry, all agents are busy. Transferring you to the next agent.", 0.0)
        .customer("This is awful.", -0.8)
        .agent("Let me transfer you to our billing team.")
        .customer("Fine.", 0.0)
        .metrics();
    assertEquals(4, m.turns());
    assertEquals(1, m.agentTurns());
    assertEquals(2, m.customerTurns());
    assertFalse(m.apologyPresent());
    assertTrue(m.transfer());
    assertFalse(m.apologyAfterComplaint());
    assertEquals("transfer: Let me transfer you to our billing team.", m.evidence());
  }

  @Test
  void aSecondAgentSpeakingIsATransfer() {
    List<ScoredTurn> turns = List.of(
        new ScoredTurn(new Turn(0, Speaker.AGENT, "Let me get someone.", null, null, "A-1"), TurnSentiment.none()),
        new ScoredTurn(Turn.of(1, Speaker.CUSTOMER, "Okay."), TurnSentiment.none()),
        new ScoredTurn(new Turn(2, Speaker.AGENT, "Hi, I'm Sam from billing.", null, null, "A-7"),
            TurnSentiment.none()),
        new ScoredTurn(new Turn(3, Speaker.AGENT, "I can fix that.", null, null, "A-7"), TurnSentiment.none()));
    CallMetrics m = CallMetricsCalculator.compute("A-1", turns);
    assertTrue(m.transfer());
    assertEquals("second_agent: A-7 speaks from turn 3", m.evidence());
    assertFalse(CallMetricsCalculator.compute("A-7", turns.subList(2, 4)).transfer(), "the call's own agent");
  }

  @Test
  void deEscalationUsesScoredCustomerTurnsOnly() {
    CallMetrics m = new Calls()
        .customer("This is terrible.", -0.6)
        .agent("I understand.")
        .add(Speaker.CUSTOMER, "", null)
        .agent("Here is what I'll do.")
        .customer("Thanks, that helps.", 0.5)
        .metrics();
    assertEquals(2, m.scoredCustomerTurns());
    assertEquals(-0.6, m.customerStartSentiment());
    assertEquals(0.5, m.customerEndSentiment());
    assertEquals(1.1, m.sentimentShift());
    assertTrue(m.startedNegative());
    assertTrue(m.deEscalated());
    assertFalse(m.escalated());
  }
}
