package org.callcare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/callcare-bench}: builds realistic calls from the real utterances in the shared data, then runs, on
 * the same corpus and in the same invocation, the {@code naive} job (CoreNLP's default pipeline), the real
 * {@code job} ({@code bin/callcare}, {@code local[2]}) and the {@code limit} loop (the job's CoreNLP settings on
 * the distinct sentences, 2 threads, no Spark), each in its own JVM whose peak resident memory is sampled from
 * {@code /proc}; with {@code --repeat N}, job and limit run N times each, alternating. Writes {@code bench-runs.csv}
 * (every run), {@code bench-results.csv} (medians) and {@code bench-stages.csv} (where each job run's time went),
 * and prints a summary line per run, the label agreement on
 * MELD test, and whether each target holds.
 */
@Command(name = "callcare-bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Speed and memory of the NLP pass: naive vs job vs the hardware limit, on real utterances.")
public final class Bench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  private Path data;

  @Option(names = "--sizes", paramLabel = "TURNS", split = ",", defaultValue = "10000,40000,160000",
      description = "Corpus sizes in turns (default: ${DEFAULT-VALUE}).")
  private List<Integer> sizes;

  @Option(names = "--naive-sizes", paramLabel = "TURNS", split = ",", defaultValue = "10000",
      description = "Sizes the naive variant runs on; it is slow (default: ${DEFAULT-VALUE}).")
  private List<Integer> naiveSizes;

  @Option(names = "--variants", split = ",", defaultValue = "naive,job,limit",
      description = "Which variants to run: naive, job, limit on the generated corpora; fixed (JVM, Spark and"
          + " models, nothing scored) and sample (the job on sample-data/), which need no shared data"
          + " (default: ${DEFAULT-VALUE}).")
  private List<String> variants;

  @Option(names = "--limit-pipelines", defaultValue = "shared",
      description = "The limit loop's pipelines: shared (one for both threads, as the job) or per-thread"
          + " (default: ${DEFAULT-VALUE}).")
  private String limitPipelines;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
      description = "Working folder: corpora, reports, bench-results.csv (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--seed", defaultValue = "20261123", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--no-agreement", description = "Skip the MELD label agreement.")
  private boolean noAgreement;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Runs of job and limit per size, alternating; results are their medians, every run is in"
          + " bench-runs.csv; naive runs once (default: ${DEFAULT-VALUE}).")
  private int repeat;

  /** One line of bench-results.csv (the median of a variant's runs) or of bench-runs.csv (one run). */
  record Result(String variant, int turns, long sentences, long uniqueSentences, double wallSeconds,
      Double memoHitRate, long peakRssMb) {
    double sentencesPerSecond() {
      return sentences / wallSeconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    Path root = Path.of(System.getProperty("callcare.root", ".")).toAbsolutePath().normalize();
    Files.createDirectories(out);
    if (variants.contains("fixed") || variants.contains("sample")) {
      fixedCost(root);
    }
    if (sizes.isEmpty() || variants.stream().noneMatch(v -> List.of("naive", "job", "limit").contains(v))) {
      return 0;
    }
    UtterancePools pools = BenchCorpus.load(data);
    System.out.printf(Locale.ROOT, "utterance pools: %d agent-side %s, %d customer-side %s%n",
        pools.agentSide().size(), pools.agentSideBySource(), pools.customerSide().size(),
        pools.customerSideBySource());
    if (repeat < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--repeat must be at least 1");
    }
    List<Result> runs = new ArrayList<>();
    List<Integer> runNumbers = new ArrayList<>();
    List<JobStages> stages = new ArrayList<>();
    for (int turns : sizes) {
      Path corpus = out.resolve("corpus-" + turns);
      if (!Files.isDirectory(corpus)) {
        BenchCorpus.Stats stats = BenchCorpus.write(pools, turns, seed, corpus);
        System.out.printf(Locale.ROOT, "corpus %d turns: %d calls in %d files%n", stats.turns(), stats.calls(),
            stats.files());
      }
      long unique = -1;
      for (int run = 1; run <= repeat; run++) {
        if (variants.contains("limit")) {
          Measured m = Measured.run(javaCommand(root, "-Xmx4g", LimitLoop.class.getName(), corpus.toString(), "2",
              limitPipelines), root);
          JsonNode limit = JSON.readTree(m.lastLine());
          unique = limit.get("unique_sentences").asLong();
          System.out.printf(Locale.ROOT, "limit: reading and splitting the corpus %.1f s (one thread), models %.1f s,"
              + " then the timed loop%n", limit.path("read_split_s").asDouble(), limit.path("load_s").asDouble());
          runs.add(print(new Result("limit", turns, limit.get("sentences").asLong(), unique,
              limit.get("wall_s").asDouble(), null, m.peakRssMb())));
          runNumbers.add(run);
        }
        if (run == 1 && variants.contains("naive") && naiveSizes.contains(turns)) {
          Path reports = out.resolve("reports-naive-" + turns);
          Measured m = Measured.run(javaCommand(root, "-Xmx4g", NaiveJob.class.getName(), corpus.toString(),
              reports.toString()), root);
          runs.add(print(fromManifest("naive", turns, unique, m, manifest(reports))));
          runNumbers.add(run);
        }
        if (variants.contains("job")) {
          Path reports = out.resolve("reports-job-" + turns);
          List<String> command = List.of(root.resolve("bin/callcare").toString(), "--input", corpus.toString(),
              "--output", reports.toString());
          Measured m = Measured.run(command, root);
          JsonNode manifest = manifest(reports);
          runs.add(print(fromManifest("job", turns, unique, m, manifest)));
          runNumbers.add(run);
          JobStages staged = JobStages.of(run, turns, m.wallSeconds(), manifest);
          System.out.println(staged.summary());
          stages.add(staged);
        }
      }
    }
    List<Result> results = Medians.of(runs);
    writeRuns(runs, runNumbers, out.resolve("bench-runs.csv"));
    writeCsv(results, out.resolve("bench-results.csv"));
    JobStages.writeCsv(stages, out.resolve("bench-stages.csv"));
    if (!noAgreement) {
      Measured m = Measured.run(javaCommand(root, "-Xmx4g", LabelAgreement.class.getName(), data.toString()), root);
      System.out.println("MELD test label agreement, job settings vs CoreNLP default pipeline: " + m.lastLine());
    }
    Targets.print(results, stages);
    System.out.println("results: " + out.resolve("bench-results.csv"));
    return 0;
  }

  private static JsonNode manifest(Path reports) throws IOException {
    return JSON.readTree(reports.resolve("manifest.json").toFile());
  }

  private static Result fromManifest(String variant, int turns, long unique, Measured m, JsonNode manifest) {
    JsonNode memo = manifest.path("sentence_memo");
    Double hitRate = memo.path("hit_rate").isNumber() ? memo.path("hit_rate").asDouble() : null;
    return new Result(variant, turns, manifest.path("counts").path("sentences").asLong(), unique,
        m.wallSeconds(), hitRate, m.peakRssMb());
  }

  private static Result print(Result r) {
    System.out.printf(Locale.ROOT, "%-6s %7d turns %8d sentences (%s distinct) %8.1f s %7.1f sentences/s"
            + " memo hit rate %s peak RSS %d MB%n", r.variant(), r.turns(), r.sentences(),
        r.uniqueSentences() < 0 ? "?" : Long.toString(r.uniqueSentences()), // counted by the limit variant only
        r.wallSeconds(), r.sentencesPerSecond(), r.memoHitRate() == null ? "-" : r.memoHitRate(), r.peakRssMb());
    return r;
  }

  private static final String HEADER =
      "variant,turns,sentences,unique_sentences,wall_s,sentences_per_s,memo_hit_rate,peak_rss_mb";

  private static void writeCsv(List<Result> results, Path target) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
      w.println(HEADER);
      results.forEach(r -> w.println(csvLine(r)));
    }
  }

  private static void writeRuns(List<Result> runs, List<Integer> runNumbers, Path target) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
      w.println("run," + HEADER);
      for (int i = 0; i < runs.size(); i++) {
        w.println(runNumbers.get(i) + "," + csvLine(runs.get(i)));
      }
    }
  }

  private static String csvLine(Result r) {
    return String.format(Locale.ROOT, "%s,%d,%d,%s,%.2f,%.1f,%s,%d", r.variant(), r.turns(), r.sentences(),
        r.uniqueSentences() < 0 ? "" : Long.toString(r.uniqueSentences()), r.wallSeconds(),
        r.sentencesPerSecond(), r.memoHitRate() == null ? "" : r.memoHitRate().toString(), r.peakRssMb());
  }

  /**
   * The {@code fixed} variant (JVM, local Spark and models, nothing scored) against the {@code sample} variant
   * ({@code bin/callcare} on {@code sample-data/}), alternating {@code --repeat} times; prints both medians and
   * their ratio.
   */
  private void fixedCost(Path root) throws Exception {
    List<Double> fixed = new ArrayList<>();
    List<Double> sample = new ArrayList<>();
    for (int run = 1; run <= repeat; run++) {
      Measured f = Measured.run(javaCommand(root, "-Xmx4g", FixedCost.class.getName()), root);
      fixed.add(f.wallSeconds());
      Path reports = out.resolve("reports-sample");
      Measured s = Measured.run(List.of(root.resolve("bin/callcare").toString(), "--input",
          root.resolve("sample-data").toString(), "--output", reports.toString()), root);
      sample.add(s.wallSeconds());
      System.out.printf(Locale.ROOT, "run %d: fixed %.1f s, sample %.1f s (job %.1f s in its manifest)%n", run,
          f.wallSeconds(), s.wallSeconds(), manifest(reports).path("duration_s").asDouble());
    }
    double f = median(fixed);
    double s = median(sample);
    System.out.printf(Locale.ROOT, "fixed cost (JVM, Spark, models, nothing scored): median %.1f s; sample-data job:"
        + " median %.1f s = %.2f x fixed (target <= 2.00)%n", f, s, s / f);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * A java command on the tools' classes, the application jar and Spark's jars, with the launcher's JVM options.
   */
  private static List<String> javaCommand(Path root, String heap, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("java", heap));
    command.addAll(Arrays.asList(Files.readString(root.resolve(
        "target/classes/org/callcare/launcher-jvm.opts")).trim().split("\\s+")));
    command.addAll(List.of("-Dlog4j2.configurationFile=" + root.resolve("conf/log4j2.properties"),
        "-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.ui.showConsoleProgress=false",
        "-cp", root.resolve("target/classes") + ":" + root.resolve("target/callcare-app.jar") + ":" + Files.readString(
            root.resolve("target/spark-classpath.txt")).trim(), mainClass));
    command.addAll(Arrays.asList(args));
    return command;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }
}
