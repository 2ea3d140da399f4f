package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateDifferenceTest {
  @Test
  void newcombeHybridScoreIntervalMatchesAWorkedExample() {
    // Newcombe (1998), example (a): 56/70 vs 48/80 -> difference 0.2, 95% interval 0.0524 to 0.3339
    RateDifference d = RateDifference.of(56, 70, 48, 80);
    assertEquals(0.2, d.difference());
    assertEquals(0.0524, d.low());
    assertEquals(0.3339, d.high());
    assertEquals(0.8, d.with().rate());
    assertEquals(0.6, d.without().rate());
  }

  @Test
  void boundsStayWithinMinusOneAndOneAtTheExtremes() {
    RateDifference d = RateDifference.of(10, 10, 0, 10);
    assertEquals(1.0, d.difference());
    assertTrue(d.low() > 0.5 && d.low() < 1, "low " + d.low());
    assertEquals(1.0, d.high());
  }

  @Test
  void anEmptyGroupLeavesTheDifferenceUndefined() {
    RateDifference d = RateDifference.of(0, 0, 3, 5);
    assertNull(d.difference());
    assertNull(d.low());
    assertNull(d.with().rate());
    assertEquals(0.6, d.without().rate());
  }
}
