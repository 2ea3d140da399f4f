package org.callcare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where one {@code job} run's wall time went, from its {@code manifest.json}: the stages the job timed
 * ({@code stage_s}), the rest of the run ({@code duration_s} minus the stages: manifest and publishing), and
 * what lies outside the run (the wall time the benchmark measured minus {@code duration_s}: starting the JVM,
 * Spark and the models, and stopping). All in seconds.
 */
record JobStages(int run, int turns, double wallSeconds, double runSeconds, Map<String, Double> stages) {
  /** The stages {@code bench-stages.csv} has columns for, in the order the job runs them. */
  static final List<String> COLUMNS = List.of("rules", "discover", "parse", "sentiment", "calls", "reports");

  static JobStages of(int run, int turns, double wallSeconds, JsonNode manifest) {
    Map<String, Double> stages = new LinkedHashMap<>();
    manifest.path("stage_s").fields().forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asDouble()));
    return new JobStages(run, turns, wallSeconds, manifest.path("duration_s").asDouble(), stages);
  }

  /** Wall time outside the job's run: JVM, Spark and model start-up, and shutdown. */
  double outsideRunSeconds() {
    return wallSeconds - runSeconds;
  }

  /** Time in the run but in none of its timed stages. */
  double untimedSeconds() {
    return runSeconds - stages.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  double stage(String name) {
    return stages.getOrDefault(name, 0.0);
  }

  /** The median sentiment-stage seconds of the runs at {@code turns}, if there are any. */
  static Optional<Double> medianSentiment(List<JobStages> runs, int turns) {
    double[] values = runs.stream().filter(r -> r.turns() == turns).mapToDouble(r -> r.stage("sentiment")).toArray();
    return values.length == 0 ? Optional.empty() : Optional.of(Medians.median(values));
  }

  String summary() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "start-up and shutdown %.1f", outsideRunSeconds()));
    stages.forEach((name, s) -> parts.add(String.format(Locale.ROOT, "%s %.1f", name, s)));
    parts.add(String.format(Locale.ROOT, "untimed %.1f", untimedSeconds()));
    return String.format(Locale.ROOT, "job    %7d turns stages (s): %s", turns, String.join(", ", parts));
  }

  static void writeCsv(List<JobStages> runs, Path target) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
      List<String> header = new ArrayList<>(List.of("run", "turns", "wall_s", "outside_run_s"));
      COLUMNS.forEach(c -> header.add(c + "_s"));
      header.add("untimed_s");
      w.println(String.join(",", header));
      for (JobStages r : runs) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(r.run()), Integer.toString(r.turns()),
            format(r.wallSeconds()), format(r.outsideRunSeconds())));
        COLUMNS.forEach(c -> cells.add(format(r.stage(c))));
        cells.add(format(r.untimedSeconds()));
        w.println(String.join(",", cells));
      }
    }
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds);
  }
}
