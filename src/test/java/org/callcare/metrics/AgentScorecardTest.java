package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AgentScorecardTest {
  @Test
  void ratesUseTheirOwnDenominators() {
    AgentCounts counts = new AgentCounts("A-1", 10, 4, 3, 6, 5, 2, 1, 8, 6, 2, 9, -0.9);
    AgentScorecard card = AgentScorecard.from(counts);
    assertEquals(0.75, card.deEscalation().rate());
    assertEquals(4, card.deEscalation().denominator());
    assertEquals(0.6, card.apology().rate());
    assertEquals(0.4, card.apologyAfterComplaint().rate());
    assertEquals(0.1, card.transfer().rate());
    assertEquals(0.75, card.oneCallResolution().rate());
    assertEquals(8, card.oneCallResolution().denominator());
    assertEquals(-0.1, card.meanSentimentShift());
  }

  @Test
  void emptyDenominatorsGiveEmptyRatesNotZero() {
    AgentScorecard card = AgentScorecard.from(new AgentCounts("A-2", 3, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0));
    assertNull(card.deEscalation().rate());
    assertNull(card.apologyAfterComplaint().rate());
    assertNull(card.oneCallResolution().rate());
    assertNull(card.meanSentimentShift());
    assertEquals(0.0, card.apology().rate());
  }
}
