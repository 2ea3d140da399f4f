package org.callcare.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceMemoTest {
  private static final SentenceSentiment NEUTRAL = new SentenceSentiment(2, new double[] {0, 0, 1, 0, 0});

  @Test
  void remembersAndCountsHits() {
    SentenceMemo memo = new SentenceMemo(100);
    assertNull(memo.get("thank you"));
    memo.put("thank you", NEUTRAL);
    assertSame(NEUTRAL, memo.get("thank you"));
    assertNull(memo.get("Thank you"), "keys are exact: case kept");
    assertEquals(3, memo.lookups());
    assertEquals(1, memo.hits());
  }

  @Test
  void staysWithinItsCapacityEvictingTheLeastRecentlyUsed() {
    SentenceMemo memo = new SentenceMemo(160); // 16 segments of 10
    for (int i = 0; i < 10_000; i++) {
      memo.put("sentence " + i, NEUTRAL);
    }
    assertTrue(memo.size() <= 160, "size " + memo.size());
    assertNotNull(memo.get("sentence 9999"), "the newest is kept");
    assertNull(memo.get("sentence 0"), "the oldest is gone");
  }

  @Test
  void zeroCapacityIsOff() {
    SentenceMemo memo = new SentenceMemo(0);
    memo.put("okay", NEUTRAL);
    assertNull(memo.get("okay"));
    assertEquals(0, memo.size());
    assertEquals(1, memo.lookups());
    assertThrows(IllegalArgumentException.class, () -> new SentenceMemo(-1));
  }

  @Test
  void safeUnderConcurrentUse() throws Exception {
    SentenceMemo memo = new SentenceMemo(1_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            String key = "s" + (i % 2_000);
            if (memo.get(key) == null) {
              memo.put(key, NEUTRAL);
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(80_000, memo.lookups());
    assertTrue(memo.size() <= 1_000);
  }
}
