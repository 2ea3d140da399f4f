package org.callcare.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What one run does: read {@code inputs}, write reports to {@code output}, repeat-contact window in days. */
public record JobOptions(List<String> inputs, String output, int windowDays) {
  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input is needed");
    }
    Objects.requireNonNull(output, "output");
    if (windowDays < 1) {
      throw new IllegalArgumentException("--window-days must be at least 1, was " + windowDays);
    }
  }

  public Duration window() {
    return Duration.ofDays(windowDays);
  }
}
