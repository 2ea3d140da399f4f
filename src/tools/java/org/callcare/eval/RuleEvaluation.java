package org.callcare.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.callcare.behaviour.RuleBook;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.domain.Behaviour;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpTokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores the behaviour rules against human labels: the apology rules against {@code Apologize}, and the referral
 * and transfer rules together against {@code Refer to specialist team}, on the labelled agent tweets of the
 * Ericsson TWCS set. Prints precision, recall and F1 per behaviour and brand and overall; exits 1 when an overall
 * F1 misses its target. Then, without targets, the same on a held-out spot check: 300 random agent tweets of the
 * TWCS random sample labelled by a second reader. Rule contexts are not applied: each tweet is judged alone.
 */
@Command(name = "callcare-eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Precision, recall and F1 of the behaviour rules against human labels (TWCS, Ericsson set).")
public final class RuleEvaluation implements Callable<Integer> {

  /** A label column, the behaviours whose rules predict it, and the F1 the rules must reach. */
  record Target(String name, String labelColumn, Set<Behaviour> behaviours, double minF1) {}

  static final List<Target> TARGETS = List.of(
      new Target("apology", "Apologize", Set.of(Behaviour.APOLOGY), 0.95),
      new Target("referral/transfer", "Refer to specialist team", Set.of(Behaviour.REFERRAL, Behaviour.TRANSFER),
          0.90));

  @Option(names = "--data", paramLabel = "DIR",
      defaultValue = "../shared/data/twcs-customer-support-on-twitter/ericsson/labeled",
      description = "Folder with twcs-<Brand>-<n>-outbound.csv files (default: ${DEFAULT-VALUE}).")
  private Path data;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "A rules file applied on top of the default rules, as in the job. Repeatable.")
  private List<Path> ruleFiles = new ArrayList<>();

  @Option(names = "--spot-tweets", paramLabel = "FILE",
      defaultValue = "../shared/data/twcs-customer-support-on-twitter/twcs_random5000.csv.gz",
      description = "TWCS random sample holding the spot-check tweets (default: ${DEFAULT-VALUE}).")
  private Path spotTweets;

  @Option(names = "--spot-labels", paramLabel = "FILE", defaultValue = "docs/eval/twcs-random5000-spot-labels.csv",
      description = "Second-reader labels of 300 random agent tweets, tweet_id,apologize,refer"
          + " (default: ${DEFAULT-VALUE}); reported without a target.")
  private Path spotLabels;

  @Option(names = "--errors", description = "Also list every false positive and false negative.")
  private boolean showErrors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (!Files.isDirectory(data)) {
      System.err.println("callcare-eval: no labelled data at " + data + " (see --data)");
      return 3;
    }
    List<RuleBookLoader.Source> sources = new ArrayList<>(List.of(RuleBookLoader.defaults()));
    for (Path file : ruleFiles) {
      sources.add(new RuleBookLoader.Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    RuleBook rules = RuleBookLoader.load(sources);
    List<String> labelColumns = TARGETS.stream().map(Target::labelColumn).toList();
    List<LabelledText> texts = TwcsLabels.read(data, labelColumns);
    out.printf(Locale.ROOT, "%d labelled agent messages from %s, %d rules%n", texts.size(), data,
        rules.rules().size());
    boolean allMet = evaluate(out, rules, texts, true);
    if (Files.isRegularFile(spotTweets) && Files.isRegularFile(spotLabels)) {
      List<LabelledText> spot = TwcsLabels.readSpotCheck(spotTweets, spotLabels, labelColumns);
      out.printf(Locale.ROOT, "%nspot check (held out: not read while writing the rules): %d random agent tweets,"
          + " labelled by a second reader (%s)%n", spot.size(), spotLabels);
      evaluate(out, rules, spot, false);
    }
    return allMet ? 0 : 1;
  }

  /** Prints the confusion table of every target on {@code texts}; returns whether all targets are met. */
  private boolean evaluate(PrintWriter out, RuleBook rules, List<LabelledText> texts, boolean withTargets) {
    boolean allMet = true;
    out.printf(Locale.ROOT, "%-18s %-14s %6s %6s %5s %5s %5s %9s %7s %7s%n", "behaviour", "brand", "texts",
        "labels", "tp", "fp", "fn", "precision", "recall", "f1");
    for (Target target : TARGETS) {
      Map<String, Confusion> byBrand = new LinkedHashMap<>();
      List<String> errors = new ArrayList<>();
      for (LabelledText text : texts) {
        Boolean actual = text.labels().get(target.labelColumn());
        if (actual == null) {
          continue;
        }
        List<AnalyzedSentence> sentences = CoreNlpTokens.shared().sentences(text.text());
        boolean predicted = target.behaviours().stream()
            .anyMatch(b -> !rules.matchText(b, sentences).isEmpty());
        byBrand.merge(text.brand(), Confusion.EMPTY.add(predicted, actual), Confusion::plus);
        if (predicted != actual) {
          errors.add((predicted ? "  false positive " : "  false negative ") + text.brand() + " " + text.id()
              + ": " + text.text().replaceAll("\\s+", " "));
        }
      }
      Confusion total = byBrand.values().stream().reduce(Confusion.EMPTY, Confusion::plus);
      if (byBrand.size() > 1) {
        byBrand.forEach((brand, c) -> print(out, target.name(), brand, c));
      }
      print(out, target.name(), "all", total);
      if (withTargets) {
        boolean met = total.f1() != null && total.f1() >= target.minF1();
        allMet &= met;
        out.printf(Locale.ROOT, "%-18s target F1 >= %.2f: %s%n", target.name(), target.minF1(),
            met ? "met" : "MISSED");
      }
      if (showErrors) {
        errors.forEach(out::println);
      }
    }
    return allMet;
  }

  private static void print(PrintWriter out, String behaviour, String brand, Confusion c) {
    out.printf(Locale.ROOT, "%-18s %-14s %6d %6d %5d %5d %5d %9s %7s %7s%n", behaviour, brand, c.texts(),
        c.positives(), c.truePositives(), c.falsePositives(), c.falseNegatives(), fmt(c.precision()),
        fmt(c.recall()), fmt(c.f1()));
  }

  private static String fmt(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new RuleEvaluation()).execute(args));
  }
}
