package org.callcare.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.callcare.sentiment.SentimentLayer;

/**
 * Chooses the layer's settings on development data only: each labelled file is split by turn id into a training
 * part (75 %) and a held-out part (25 %); a grid of regularisation and file weights is fitted on the shared
 * training sets plus the training parts, and scored on MELD dev, DailyDialog valid and the held-out parts.
 */
final class Tuning {
  private Tuning() {}

  static void run(PrintWriter out, SparkSession spark, SentimentSets sets, Map<String, List<LabelledTurn>> training,
      Path sharedData, Map<String, Double> weights, int minCount, int maxVocabulary, Grid grid, boolean onePass)
      throws IOException {
    Voices voices = sharedData == null ? Voices.roles() : Voices.of(sharedData);
    List<Dataset<AnalyzedTurn>> train = new ArrayList<>();
    Map<String, Dataset<AnalyzedTurn>> dev = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, List<LabelledTurn>> e : training.entrySet()) {
      boolean shared = e.getKey().startsWith("meld-") || e.getKey().startsWith("dailydialog-");
      if (shared) {
        train.add(sets.analyzed(e.getKey(), e.getValue()));
        continue;
      }
      files.add(e.getKey());
      Dataset<AnalyzedTurn> all = sets.analyzed(e.getKey(), e.getValue());
      List<List<LabelledTurn>> parts = TrainingData.split(e.getValue(), 25);
      java.util.Set<String> held = new java.util.HashSet<>();
      parts.get(1).forEach(t -> held.add(t.getId()));
      train.add(all.filter(org.apache.spark.sql.functions.col("id").isin(held.toArray()).unary_$bang()));
      dev.put(e.getKey() + "-holdout", all.filter(org.apache.spark.sql.functions.col("id").isin(held.toArray())));
    }
    if (sharedData != null) {
      for (Map.Entry<String, List<LabelledTurn>> e : TrainingData.sharedDevelopment(sharedData).entrySet()) {
        dev.put(e.getKey(), sets.analyzed(e.getKey(), e.getValue()));
      }
    }
    Dataset<AnalyzedTurn> all = TrainingData.union(train).cache();
    for (double reg : grid.regs()) {
     for (double fileWeight : grid.fileWeights()) {
      for (boolean balance : grid.balance()) {
       for (boolean standardize : grid.standardize()) {
        for (String unbalanced : grid.unbalanced()) {
        Map<String, Double> w = new LinkedHashMap<>(weights);
        files.forEach(f -> w.putIfAbsent(f, fileWeight));
        LayerTrainer.Params params = new LayerTrainer.Params(reg, minCount, maxVocabulary, balance, standardize, w,
            unbalanced.equals("none") ? java.util.Set.of() : java.util.Set.of(unbalanced.split("\\+")));
        SentimentLayer layer;
        int terms;
        if (onePass) {
          LayerTrainer.Fitted fitted = LayerTrainer.fit(spark, all, params);
          layer = fitted.layer("tuning");
          terms = fitted.vocabulary().size();
        } else {
          SceneTraining.TwoPass fitted = SceneTraining.fit(spark, all, params, voices);
          layer = fitted.layer("tuning");
          terms = fitted.first().vocabulary().size();
        }
        out.printf(Locale.ROOT, "== %s%s (%d word terms)%n", params, onePass ? " one pass" : "", terms);
        out.println(Report.HEADER);
        for (Map.Entry<String, Dataset<AnalyzedTurn>> d : dev.entrySet()) {
          out.println(Report.row(LayerEvaluation.evaluate(d.getKey(), d.getValue(), layer, voices)));
        }
        }
       }
      }
     }
    }
  }

  /** The settings tried. */
  record Grid(List<Double> regs, List<Double> fileWeights, List<Boolean> balance, List<Boolean> standardize,
      List<String> unbalanced) {}
}
