package org.callcare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Medians.median(new double[] {9, 1, 3}));
    assertEquals(2.5, Medians.median(new double[] {4, 1, 2, 3}));
    assertEquals(7.0, Medians.median(new double[] {7}));
  }

  @Test
  void oneResultPerVariantAndSizeInOrderOfFirstRun() {
    List<Bench.Result> runs = List.of(
        new Bench.Result("limit", 10, 100, 80, 20.0, null, 2000),
        new Bench.Result("job", 10, 100, 80, 60.0, 0.2, 3000),
        new Bench.Result("limit", 10, 100, 80, 30.0, null, 2100),
        new Bench.Result("job", 10, 100, 80, 50.0, 0.2, 2900),
        new Bench.Result("job", 40, 400, 300, 100.0, 0.3, 3100));
    List<Bench.Result> medians = Medians.of(runs);
    assertEquals(List.of(
        new Bench.Result("limit", 10, 100, 80, 25.0, null, 2050),
        new Bench.Result("job", 10, 100, 80, 55.0, 0.2, 2950),
        new Bench.Result("job", 40, 400, 300, 100.0, 0.3, 3100)), medians);
  }
}
