package org.callcare.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets, checked on the benchmark's results and printed as met / MISSED with the figures. */
final class Targets {
  static final double SPEED_UP = 6.0;
  /** limit wall / job wall at the largest size: 0.85 in the first benchmark issue, 0.80 in "Named stages". */
  static final double LIMIT_SHARE = 0.80;
  static final double LINEAR_RATIO = 17.0;
  static final double MEMORY_RATIO = 1.2;

  private Targets() {}

  /**
   * Prints each target, met or MISSED, on the median results; and, as a figure (not a target), how the job's
   * sentiment stage alone compares with the limit loop.
   */
  static void print(List<Bench.Result> results, List<JobStages> stages) {
    for (Bench.Result job : of(results, "job")) {
      find(results, "naive", job.turns()).ifPresent(naive -> line(
          String.format(Locale.ROOT, "job >= %.0fx naive sentences/s at %d turns", SPEED_UP, job.turns()),
          job.sentencesPerSecond() / naive.sentencesPerSecond() >= SPEED_UP,
          String.format(Locale.ROOT, "%.1fx", job.sentencesPerSecond() / naive.sentencesPerSecond())));
      find(results, "limit", job.turns()).ifPresent(limit -> line(
          String.format(Locale.ROOT, "job wall <= limit wall / %.2f at %d turns", LIMIT_SHARE, job.turns()),
          job.wallSeconds() <= limit.wallSeconds() / LIMIT_SHARE,
          String.format(Locale.ROOT, "limit/job = %.2f", limit.wallSeconds() / job.wallSeconds())));
      find(results, "limit", job.turns()).ifPresent(limit -> JobStages.medianSentiment(stages, job.turns())
          .ifPresent(sentiment -> System.out.printf(Locale.ROOT,
              "figure job's sentiment stage alone at %d turns: %.1f s, limit/stage = %.2f; the rest of the run"
                  + " %.1f s%n", job.turns(), sentiment, limit.wallSeconds() / sentiment,
              job.wallSeconds() - sentiment)));
    }
    Optional<Bench.Result> small = find(results, "job", 10_000);
    Optional<Bench.Result> medium = find(results, "job", 40_000);
    Optional<Bench.Result> large = find(results, "job", 160_000);
    if (small.isPresent() && large.isPresent()) {
      double ratio = large.get().wallSeconds() / small.get().wallSeconds();
      line("job wall(160k) / wall(10k) <= 17", ratio <= LINEAR_RATIO, String.format(Locale.ROOT, "%.1f", ratio));
    }
    if (medium.isPresent() && large.isPresent()) {
      double ratio = (double) large.get().peakRssMb() / medium.get().peakRssMb();
      line("job peak RSS(160k) <= 1.2 x peak RSS(40k)", ratio <= MEMORY_RATIO,
          String.format(Locale.ROOT, "%.2f", ratio));
    }
  }

  private static List<Bench.Result> of(List<Bench.Result> results, String variant) {
    return results.stream().filter(r -> r.variant().equals(variant)).toList();
  }

  private static Optional<Bench.Result> find(List<Bench.Result> results, String variant, int turns) {
    return results.stream().filter(r -> r.variant().equals(variant) && r.turns() == turns).findFirst();
  }

  private static void line(String target, boolean met, String figure) {
    System.out.printf(Locale.ROOT, "target %-48s %s (%s)%n", target, met ? "met" : "MISSED", figure);
  }
}
