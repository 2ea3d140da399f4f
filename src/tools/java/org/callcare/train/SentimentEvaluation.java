package org.callcare.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.callcare.job.SparkSessions;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/callcare-eval sentiment}: raw CoreNLP against the conversational layer on every labelled set there
 * is: the contact-center turns written for callcare (training part, marked in-domain, and the held-out test
 * part), MELD dev and test, DailyDialog test, the USS service dialogues, and the call journeys (how many calls
 * that open upset start negative and de-escalate, how many calm calls do not). Prints the tables and writes them
 * as Markdown ({@code --markdown}, default {@code docs/eval/sentiment.md}).
 */
@Command(name = "callcare-eval sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Raw CoreNLP against the sentiment layer on labelled turns and calls.")
public final class SentimentEvaluation implements Callable<Integer> {

  @Option(names = "--model", paramLabel = "FILE", description = "Model file to evaluate (default: the jar's).")
  private Path model;

  @Option(names = "--shared-data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  private Path sharedData;

  @Option(names = "--labelled", paramLabel = "DIR", defaultValue = "training/contact-center",
      description = "callcare's own labelled turns and calls (default: ${DEFAULT-VALUE}).")
  private Path labelled;

  @Option(names = "--markdown", paramLabel = "FILE", defaultValue = "docs/eval/sentiment.md",
      description = "Where to write the tables (default: ${DEFAULT-VALUE}); 'none' to skip.")
  private String markdown;

  @Option(names = "--errors", paramLabel = "SET", description = "Also print the misclassified turns of a set.")
  private String errors;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/sentiment-cache")
  private String cache;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SentimentEvaluation()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(sharedData)) {
      System.err.println("callcare-eval sentiment: no shared data at " + sharedData + " (see --shared-data)");
      return 3;
    }
    SentimentLayer layer = SentimentLayer.DEFAULT;
    if (model != null) {
      layer = SentimentLayer.fromFile(model.toString(), Files.readString(model, StandardCharsets.UTF_8));
    }
    SentimentModel loaded = layer.model();
    SparkSession spark = SparkSessions.getOrCreate();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SentimentSets sets = new SentimentSets(spark, cache, 8);
    Voices voices = Voices.of(sharedData);

    Map<String, List<LabelledTurn>> turnSets = new LinkedHashMap<>();
    List<String> turnFiles = new ArrayList<>();
    for (String file : List.of("train-turns", "train-turns-openers", "test-turns")) {
      if (Files.exists(labelled.resolve(file + ".jsonl"))) {
        turnFiles.add(labelled.resolve(file + ".jsonl").toString());
      }
    }
    turnSets.putAll(TrainingData.files(turnFiles, conf));
    turnSets.put("meld-dev", SharedDataSets.meld(sharedData, "dev"));
    turnSets.putAll(TrainingData.sharedTest(sharedData));

    List<String> md = new ArrayList<>();
    md.add("# Sentiment: raw CoreNLP against the conversational layer");
    md.add("");
    md.add("Written by `bin/callcare-eval sentiment` (model: `" + layer.name() + "`, "
        + loaded.vocabularySize() + " word terms, " + (loaded.readsScene() ? "two passes, the second reading the"
        + " scene: each conversation is read in order" : "one pass") + "). Macro-F1 is the mean of the three classes' F1; weighted-F1"
        + " weighs each class by its share of the human labels. `train-turns`, `train-turns-openers` and"
        + " `meld-dev` were trained or tuned on (in-domain fit, not a test); every other row is held out.");
    md.add("");
    md.add("| set | turns | CoreNLP accuracy | CoreNLP macro-F1 | CoreNLP weighted-F1 | CoreNLP negative recall"
        + " | layer accuracy | layer macro-F1 | layer weighted-F1 | layer negative recall"
        + " | layer confusion (rows human neg/neu/pos, columns predicted) |");
    md.add("|---|---|---|---|---|---|---|---|---|---|---|");
    out.println(Report.HEADER);
    for (Map.Entry<String, List<LabelledTurn>> e : turnSets.entrySet()) {
      Dataset<AnalyzedTurn> analyzed = sets.analyzed(e.getKey(), e.getValue());
      LayerEvaluation.Result r = LayerEvaluation.evaluate(e.getKey(), analyzed, layer, voices);
      out.println(Report.row(r));
      md.add(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |",
          e.getKey(), r.layer().total(), r.corenlp().accuracy(), r.corenlp().macroF1(), r.corenlp().weightedF1(),
          r.corenlp().recall(0), r.layer().accuracy(), r.layer().macroF1(), r.layer().weightedF1(),
          r.layer().recall(0), r.layer().confusion()));
      if (e.getKey().equals(errors)) {
        printErrors(out, analyzed, layer, voices);
      }
    }

    md.add("");
    md.add("## Call journeys");
    md.add("");
    md.add("Calls written for callcare, labelled by how the customer's mood goes. The job's de-escalation rule: "
        + "start and end = mean score of the first and last ceil(n/3) customer turns; negative below "
        + thresholds() + ". A good model starts the `upset_calmed` calls negative and"
        + " de-escalates them, escalates the `escalating` ones, and leaves `calm` calls alone.");
    md.add("");
    md.add("| calls | journey | n | CoreNLP: start negative | de-escalated | escalated"
        + " | layer: start negative | de-escalated | escalated |");
    md.add("|---|---|---|---|---|---|---|---|---|");
    out.println("calls          journey       n | CoreNLP start-neg de-esc esc | layer start-neg de-esc esc");
    for (String file : List.of("dev-calls", "dev-calls-2", "dev-calls-3", "test-calls")) {
      Path path = labelled.resolve(file + ".jsonl");
      if (!Files.exists(path)) {
        continue;
      }
      CallJourneys.Calls calls = CallJourneys.read(file, path);
      Dataset<AnalyzedTurn> analyzed = sets.analyzed(file, calls.turns());
      if (file.startsWith("dev-calls")) {
        // development calls only: how the de-escalation threshold on the layer's score moves the figures
        for (double threshold : new double[] {-0.05, -0.1, -0.15, -0.2, -0.25, -0.3, -0.35, -0.4}) {
          StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s threshold %.2f:", file, threshold));
          for (CallJourneys.Tally t : CallJourneys.tally(analyzed, calls.journeys(), layer, threshold)) {
            line.append(String.format(Locale.ROOT, "  %s %d/%d start-neg %d de-esc %d esc", t.journey(),
                t.layer()[0], t.calls(), t.layer()[1], t.layer()[2]));
          }
          out.println(line);
        }
      }
      for (CallJourneys.Tally t : CallJourneys.tally(analyzed, calls.journeys(), layer)) {
        out.printf(Locale.ROOT, "%-14s %-12s %2d | %2d %2d %2d | %2d %2d %2d%n", file, t.journey(), t.calls(),
            t.corenlp()[0], t.corenlp()[1], t.corenlp()[2], t.layer()[0], t.layer()[1], t.layer()[2]);
        md.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d |", file, t.journey(),
            t.calls(), t.corenlp()[0], t.corenlp()[1], t.corenlp()[2], t.layer()[0], t.layer()[1], t.layer()[2]));
      }
    }
    List<LabelledTurn> timed = new ArrayList<>(turnSets.get("test-turns"));
    timed.addAll(turnSets.get("meld-test").subList(0, 400));
    LayerCost.Figures cost = LayerCost.measure(timed, loaded);
    String costLine = String.format(Locale.ROOT, "Layer cost (one thread, %d turns, median of 3 alternating runs):"
        + " CoreNLP %.0f ms, the layer over its output %.1f ms = %.2f %% of CoreNLP's time.", cost.turns(),
        cost.corenlpMs(), cost.layerMs(), 100 * cost.share());
    out.println(costLine);
    md.add("");
    md.add("## Cost");
    md.add("");
    md.add(costLine);
    if (!"none".equals(markdown)) {
      Path target = Path.of(markdown);
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, md, StandardCharsets.UTF_8);
      out.println("wrote " + target);
    }
    spark.stop();
    return 0;
  }

  private static void printErrors(PrintWriter out, Dataset<AnalyzedTurn> analyzed, SentimentLayer layer,
      Voices voices) {
    Map<String, double[]> probabilities = Conversations.probabilities(analyzed, layer, voices);
    for (AnalyzedTurn t : analyzed.collectAsList()) {
      double[] p = probabilities.get(t.getId());
      if (p == null || t.getLabel() == null) {
        continue;
      }
      String predicted = Scores.CLASSES.get(LayerEvaluation.argmax(p));
      if (!predicted.equals(t.getLabel())) {
        StringBuilder text = new StringBuilder();
        t.getSentences().forEach(s -> text.append(String.join(" ", s.getWords())).append(' '));
        out.printf(Locale.ROOT, "  %s -> %s (%.2f %.2f %.2f) [%s] %s%n", t.getLabel(), predicted, p[0], p[1], p[2],
            t.getSpeaker(), text.toString().trim());
      }
    }
  }

  /** The de-escalation thresholds in words. */
  private static String thresholds() {
    return String.format(Locale.ROOT, "%.2f on the layer's score, %.2f on CoreNLP's",
        org.callcare.metrics.DeEscalation.NEGATIVE_BELOW, org.callcare.metrics.DeEscalation.CORENLP_NEGATIVE_BELOW);
  }
}
