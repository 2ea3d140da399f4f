package org.callcare.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock time of the job's stages, one after another: each {@link #lap} ends the stage that began at the
 * previous lap (or at construction) and starts the next. Seconds are rounded to hundredths; the order is the
 * order the stages ran. For the driver's main thread only (not thread-safe).
 */
final class StageClock {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private long start = System.nanoTime();

  /** Records the stage that has just ended under {@code stage}; returns its time for a log line ("1.2 s"). */
  String lap(String stage) {
    long now = System.nanoTime();
    double elapsed = (now - start) / 1e9;
    seconds.put(stage, Math.round(elapsed * 100) / 100.0);
    start = now;
    return String.format(Locale.ROOT, "%.1f s", elapsed);
  }

  /** What a stage makes and says of itself. */
  @FunctionalInterface
  interface Body<T> {
    T run() throws java.io.IOException;
  }

  /**
   * Runs one named stage: its body, then one log line {@code "<stage>: <summary> (<seconds> s)"}; the time is
   * recorded under the name.
   */
  <T> T stage(String stage, Body<T> body, java.util.function.Function<T, String> summary,
      org.slf4j.Logger log) throws java.io.IOException {
    T result = body.run();
    String text = summary.apply(result);
    log.info("{}: {} ({})", stage, text, lap(stage));
    return result;
  }

  /** The stages recorded so far and their seconds, in the order they ran. */
  Map<String, Double> seconds() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }
}
