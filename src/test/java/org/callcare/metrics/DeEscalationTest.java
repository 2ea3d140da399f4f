package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeEscalationTest {
  @Test
  void fewerThanTwoScoredTurnsIsUndefined() {
    assertNull(DeEscalation.of(List.of()).start());
    DeEscalation one = DeEscalation.of(List.of(-0.9));
    assertNull(one.start());
    assertNull(one.deEscalated());
  }

  @Test
  void thirdsUseCeilingOfNOverThree() {
    // n = 2 -> k = 1
    DeEscalation two = DeEscalation.of(List.of(-0.6, 0.2));
    assertEquals(-0.6, two.start(), 1e-12);
    assertEquals(0.2, two.end(), 1e-12);
    // n = 4 -> k = 2: first two, last two
    DeEscalation four = DeEscalation.of(List.of(-0.6, -0.2, 0.0, 0.4));
    assertEquals(-0.4, four.start(), 1e-12);
    assertEquals(0.2, four.end(), 1e-12);
    assertEquals(0.6, four.shift(), 1e-12);
    // n = 7 -> k = 3
    DeEscalation seven = DeEscalation.of(List.of(-0.3, -0.3, -0.3, 0.9, 0.1, 0.1, 0.1));
    assertEquals(-0.3, seven.start(), 1e-12);
    assertEquals(0.1, seven.end(), 1e-12);
  }

  @Test
  void deEscalatedWhenStartedNegativeAndEndedAtOrAboveThreshold() {
    // the layer's threshold: −0.30
    DeEscalation calmed = DeEscalation.of(List.of(-0.5, -0.30));
    assertTrue(calmed.startedNegative());
    assertTrue(calmed.deEscalated());
    assertFalse(calmed.escalated());

    DeEscalation stillAngry = DeEscalation.of(List.of(-0.5, -0.31));
    assertTrue(stillAngry.startedNegative());
    assertFalse(stillAngry.deEscalated());
  }

  @Test
  void coreNlpScoresKeepTheirOwnThreshold() {
    DeEscalation calmed = DeEscalation.of(List.of(-0.5, -0.15), DeEscalation.CORENLP_NEGATIVE_BELOW);
    assertTrue(calmed.deEscalated());
    DeEscalation stillAngry = DeEscalation.of(List.of(-0.5, -0.16), DeEscalation.CORENLP_NEGATIVE_BELOW);
    assertFalse(stillAngry.deEscalated());
    assertTrue(DeEscalation.of(List.of(-0.25, 0.2), DeEscalation.CORENLP_NEGATIVE_BELOW).startedNegative(),
        "-0.25 is negative on CoreNLP's scale");
    assertFalse(DeEscalation.of(List.of(-0.25, 0.2)).startedNegative(), "but not on the layer's");
  }

  @Test
  void escalatedWhenNotStartedNegativeButEndedNegative() {
    DeEscalation worse = DeEscalation.of(List.of(-0.15, 0.0, -0.4));
    assertFalse(worse.startedNegative());
    assertTrue(worse.escalated());
    assertFalse(worse.deEscalated());
  }
}
