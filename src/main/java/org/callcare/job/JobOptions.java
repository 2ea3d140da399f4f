package org.callcare.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one run does: read {@code inputs}, write reports to {@code output}, repeat-contact window in days, and
 * the number of partitions of the NLP pass (0 = 4 per core of the cluster).
 */
public record JobOptions(List<String> inputs, String output, int windowDays, int partitions) {
  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input is needed");
    }
    Objects.requireNonNull(output, "output");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, was " + partitions);
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("--window-days must be at least 1, was " + windowDays);
    }
  }

  /** Options with automatic partitioning. */
  public JobOptions(List<String> inputs, String output, int windowDays) {
    this(inputs, output, windowDays, 0);
  }

  public Duration window() {
    return Duration.ofDays(windowDays);
  }
}
