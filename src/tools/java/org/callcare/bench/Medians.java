package org.callcare.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds repeated benchmark runs into one result per variant and size: the median wall time and the median peak
 * memory of its runs (the mean of the middle two for an even count), counts and memo hit rate from its first
 * run. Wall times on a shared VM vary by 15-20% from run to run, so one run decides little.
 */
final class Medians {
  private Medians() {}

  /** One result per (variant, turns), in order of first appearance. */
  static List<Bench.Result> of(List<Bench.Result> runs) {
    Map<String, List<Bench.Result>> groups = new LinkedHashMap<>();
    for (Bench.Result r : runs) {
      groups.computeIfAbsent(r.variant() + "@" + r.turns(), k -> new ArrayList<>()).add(r);
    }
    List<Bench.Result> out = new ArrayList<>(groups.size());
    for (List<Bench.Result> group : groups.values()) {
      Bench.Result first = group.get(0);
      double wall = median(group.stream().mapToDouble(Bench.Result::wallSeconds).toArray());
      double rss = median(group.stream().mapToDouble(Bench.Result::peakRssMb).toArray());
      out.add(new Bench.Result(first.variant(), first.turns(), first.sentences(), first.uniqueSentences(), wall,
          first.memoHitRate(), Math.round(rss)));
    }
    return out;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
