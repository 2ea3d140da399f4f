package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentReportsTest {

  @Test
  void runsTasksSideBySideAndReturnsTheirResults() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ConcurrentReports reports = new ConcurrentReports(2)) {
      ConcurrentReports.Task<String> waitForTheOther = () -> {
        threads.add(Thread.currentThread().getName());
        bothStarted.countDown();
        // only returns true when the other task runs at the same time
        try {
          return Boolean.toString(bothStarted.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      };
      Future<String> a = reports.submit(waitForTheOther);
      Future<String> b = reports.submit(waitForTheOther);
      reports.awaitAll();
      assertEquals("true", reports.get(a));
      assertEquals("true", reports.get(b));
    }
    assertEquals(2, threads.size());
    assertTrue(threads.stream().allMatch(name -> name.startsWith("callcare-report-")), threads.toString());
  }

  @Test
  void rethrowsAnIoFailureAsItWasThrown() {
    IOException failure = new IOException("disk full");
    try (ConcurrentReports reports = new ConcurrentReports(2)) {
      reports.submit(() -> 1);
      reports.submit(() -> {
        throw failure;
      });
      IOException thrown = assertThrows(IOException.class, reports::awaitAll);
      assertSame(failure, thrown);
    }
  }

  @Test
  void rethrowsARuntimeFailureFromGet() {
    IllegalStateException failure = new IllegalStateException("bad plan");
    try (ConcurrentReports reports = new ConcurrentReports(1)) {
      Future<Object> f = reports.submit(() -> {
        throw failure;
      });
      assertSame(failure, assertThrows(IllegalStateException.class, () -> reports.get(f)));
    }
  }
}
