package org.callcare.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.callcare.job.SparkSessions;
import org.callcare.nlp.CoreNlpSettings;
import org.callcare.sentiment.SentimentFeatures;
import org.callcare.sentiment.SentimentLayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/callcare-train-sentiment}: trains the conversational sentiment layer. Reads labelled turns (CSV or
 * JSON Lines files, and with {@code --shared-data} MELD train and DailyDialog train), runs the job's NLP pass over
 * them (cached), fits MLlib's multinomial logistic regression and writes a model file with its vocabulary,
 * coefficients, feature definitions, a description of the training data and the evaluation figures on the
 * {@code --eval} sets (and the shared test sets). {@code --tune} instead fits a grid of settings on the training
 * sets without a held-out part of the labelled files and prints development figures (MELD dev, DailyDialog
 * valid, the held-out part): test sets are never used to choose settings.
 */
@Command(name = "callcare-train-sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Trains callcare's conversational sentiment layer and writes a model file.")
public final class SentimentTraining implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--train", paramLabel = "FILE", description = "Labelled turns (CSV or JSON Lines: text, label,"
      + " optional speaker), any Hadoop file system. Repeatable; the set is named by the file name.")
  private List<String> train = new ArrayList<>();

  @Option(names = "--shared-data", paramLabel = "DIR", description = "Also train on MELD train and DailyDialog"
      + " train from this folder, and report MELD, DailyDialog and USS test figures.")
  private Path sharedData;

  @Option(names = "--eval", paramLabel = "FILE", description = "Labelled turns to evaluate on and record in the"
      + " model file (never trained or tuned on). Repeatable.")
  private List<String> eval = new ArrayList<>();

  @Option(names = "--weight", paramLabel = "SET=W", description = "Weight of each turn of a set (default 1),"
      + " e.g. train-turns=8.")
  private Map<String, Double> weights = new LinkedHashMap<>();

  @Option(names = "--reg", defaultValue = "0.001", description = "L2 regularisation (default ${DEFAULT-VALUE}).")
  private double reg;

  @Option(names = "--min-count", defaultValue = "2", description = "Least training turns a word term is in"
      + " (default ${DEFAULT-VALUE}).")
  private int minCount;

  @Option(names = "--max-vocabulary", defaultValue = "20000", description = "Most word terms kept"
      + " (default ${DEFAULT-VALUE}).")
  private int maxVocabulary;

  @Option(names = "--no-balance", description = "Do not weigh each set's classes equally.")
  private boolean noBalance;

  @Option(names = "--unbalanced", paramLabel = "SET", description = "A set whose classes keep their natural"
      + " shares when the others are balanced. Repeatable.")
  private List<String> unbalanced = new ArrayList<>();

  @Option(names = "--grid-unbalanced", split = ",", defaultValue = "none",
      description = "--tune: sets left unbalanced, 'none' or set names joined by '+'.")
  private List<String> gridUnbalanced;

  @Option(names = "--standardize", description = "Standardise features inside the fit (then L2 penalises rare"
      + " words less); off by default.")
  private boolean standardize;

  @Option(names = "--grid-reg", split = ",", defaultValue = "0.003,0.01,0.03", description = "--tune: L2 values.")
  private List<Double> gridReg;

  @Option(names = "--grid-weight", split = ",", defaultValue = "10,25",
      description = "--tune: weights of the labelled files' turns.")
  private List<Double> gridWeight;

  @Option(names = "--grid-balance", arity = "1", split = ",", defaultValue = "true", description = "--tune: balance values.")
  private List<Boolean> gridBalance;

  @Option(names = "--grid-standardize", arity = "1", split = ",", defaultValue = "false",
      description = "--tune: standardisation values.")
  private List<Boolean> gridStandardize;

  @Option(names = "--output", paramLabel = "FILE", description = "Model file to write.")
  private String output;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/sentiment-cache",
      description = "Where analysed sets are kept between runs (default ${DEFAULT-VALUE}).")
  private String cache;

  @Option(names = "--tune", description = "Print development figures for a grid of settings instead of"
      + " writing a model.")
  private boolean tune;

  @Option(names = "--one-pass", description = "Fit the first pass only (no second pass that reads the scene).")
  private boolean onePass;

  @Option(names = "--partitions", defaultValue = "8", description = "Partitions of the NLP pass.")
  private int partitions;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SentimentTraining()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (!tune && output == null) {
      System.err.println("callcare-train-sentiment: --output FILE is needed (or --tune)");
      return 2;
    }
    SparkSession spark = SparkSessions.getOrCreate();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    SentimentSets sets = new SentimentSets(spark, cache, partitions);

    Map<String, List<LabelledTurn>> training = new LinkedHashMap<>();
    if (sharedData != null) {
      training.putAll(TrainingData.sharedTraining(sharedData));
    }
    training.putAll(TrainingData.files(train, conf));
    if (training.isEmpty()) {
      System.err.println("callcare-train-sentiment: nothing to train on (--train FILE or --shared-data DIR)");
      return 2;
    }
    if (tune) {
      Tuning.run(out, spark, sets, training, sharedData, weights, minCount, maxVocabulary,
          new Tuning.Grid(gridReg, gridWeight, gridBalance, gridStandardize, gridUnbalanced), onePass);
      return 0;
    }
    LayerTrainer.Params params = new LayerTrainer.Params(reg, minCount, maxVocabulary, !noBalance, standardize,
        weights, new java.util.HashSet<>(unbalanced));
    List<Dataset<AnalyzedTurn>> parts = new ArrayList<>();
    for (Map.Entry<String, List<LabelledTurn>> e : training.entrySet()) {
      parts.add(sets.analyzed(e.getKey(), e.getValue()));
    }
    Voices voices = sharedData == null ? Voices.roles() : Voices.of(sharedData);
    long start = System.nanoTime();
    Dataset<AnalyzedTurn> all = TrainingData.union(parts).cache();
    LayerTrainer.Fitted first = onePass ? LayerTrainer.fit(spark, all, params) : null;
    SceneTraining.TwoPass twoPass = onePass ? null : SceneTraining.fit(spark, all, params, voices);
    List<String> vocabulary = onePass ? first.vocabulary() : twoPass.first().vocabulary();
    out.printf(Locale.ROOT, "fitted %s: %d dense features and %d word terms in %.0f s (%s)%n",
        onePass ? "one pass" : "two passes (the second reads the scene)", SentimentFeatures.DENSE.size(),
        vocabulary.size(), (System.nanoTime() - start) / 1e9, params);

    ObjectNode description = JSON.createObjectNode();
    description.put("trained_at", Instant.now().toString().substring(0, 10));
    description.put("method", "Spark MLlib multinomial logistic regression, L2 (regParam " + reg + "), "
        + (noBalance ? "" : "classes balanced within each set"
            + (unbalanced.isEmpty() ? "" : " but " + String.join(", ", unbalanced)) + ", ")
        + (standardize ? "standardised, " : "") + "word terms in >= " + minCount + " turns"
        + (onePass ? "" : "; a second pass reads the scene (the first pass's verdicts on the turn before and on"
            + " the same voice's last turn; stacked on " + SceneTraining.FOLDS + " conversation folds)"));
    description.put("corenlp", CoreNlpSettings.describe());
    ArrayNode data = description.putArray("training_data");
    for (Map.Entry<String, List<LabelledTurn>> e : training.entrySet()) {
      ObjectNode set = data.addObject();
      set.put("set", e.getKey());
      set.put("turns", e.getValue().size());
      set.put("weight", params.weightOf(e.getKey()));
      Map<String, Integer> labels = new LinkedHashMap<>();
      e.getValue().forEach(t -> labels.merge(t.getLabel() == null ? "unlabelled (context)" : t.getLabel(), 1,
          Integer::sum));
      set.set("labels", JSON.valueToTree(labels));
    }
    SentimentLayer layer = onePass
        ? first.layer("trained")
        : twoPass.layer("trained");
    Map<String, List<LabelledTurn>> evaluation = new LinkedHashMap<>(TrainingData.files(eval, conf));
    if (sharedData != null) {
      evaluation.putAll(TrainingData.sharedTest(sharedData));
    }
    ArrayNode figures = description.putArray("evaluation");
    out.println(Report.HEADER);
    for (Map.Entry<String, List<LabelledTurn>> e : evaluation.entrySet()) {
      LayerEvaluation.Result r = LayerEvaluation.evaluate(e.getKey(), sets.analyzed(e.getKey(), e.getValue()), layer,
          voices);
      out.println(Report.row(r));
      ObjectNode f = figures.addObject();
      f.put("set", e.getKey());
      f.put("turns", r.layer().total());
      f.put("accuracy", Report.round(r.layer().accuracy()));
      f.put("macro_f1", Report.round(r.layer().macroF1()));
      f.put("weighted_f1", Report.round(r.layer().weightedF1()));
      f.put("negative_recall", Report.round(r.layer().recall(0)));
      f.put("corenlp_macro_f1", Report.round(r.corenlp().macroF1()));
      f.put("corenlp_weighted_f1", Report.round(r.corenlp().weightedF1()));
    }
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
    FileSystem fs = target.getFileSystem(conf);
    if (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem local) {
      fs = local.getRawFileSystem(); // no ".crc" file beside the model
    }
    try (OutputStream file = fs.create(target, true)) {
      JSON.writeValue(file, onePass ? first.json(description) : twoPass.json(description));
    }
    out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", output, fs.getFileStatus(target).getLen());
    spark.stop();
    return 0;
  }
}
