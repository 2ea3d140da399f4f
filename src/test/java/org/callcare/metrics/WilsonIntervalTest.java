package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
  @Test
  void knownValues() {
    WilsonInterval half = WilsonInterval.of(5, 10);
    assertEquals(0.2366, half.low(), 1e-4);
    assertEquals(0.7634, half.high(), 1e-4);
    WilsonInterval none = WilsonInterval.of(0, 10);
    assertEquals(0.0, none.low(), 1e-12);
    assertEquals(0.2775, none.high(), 1e-4);
    WilsonInterval all = WilsonInterval.of(10, 10);
    assertEquals(0.7225, all.low(), 1e-4);
    assertEquals(1.0, all.high(), 1e-12);
    WilsonInterval big = WilsonInterval.of(810, 1000);
    assertEquals(0.7845, big.low(), 1e-4);
    assertEquals(0.8331, big.high(), 1e-4);
  }

  @Test
  void noTrialsHasNoInterval() {
    assertNull(WilsonInterval.of(0, 0));
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(3, 2));
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 2));
  }

  @Test
  void ratesAreRoundedAndEmptyWithoutDenominator() {
    Rate third = Rate.of(1, 3);
    assertEquals(0.3333, third.rate());
    assertEquals(0.0615, third.low());
    assertEquals(0.7923, third.high());
    Rate undefined = Rate.of(0, 0);
    assertNull(undefined.rate());
    assertNull(undefined.low());
    assertNull(undefined.high());
  }
}
