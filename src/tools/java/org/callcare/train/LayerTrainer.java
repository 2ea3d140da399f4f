package org.callcare.train;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.callcare.sentiment.SentimentFeatures;
import org.callcare.sentiment.SentimentInput;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;

/**
 * Fits the sentiment layer with Spark MLlib's multinomial logistic regression (L2-regularised, features
 * standardised inside the fit, coefficients returned on the original scale): the vocabulary is the word terms
 * seen in at least {@code minCount} training turns (the {@code maxVocabulary} most frequent), every turn weighs
 * its set's weight, and with {@code balance} each set's classes weigh the same in total (except in the sets named
 * {@code unbalanced}, whose classes keep their natural shares). Turns without a label are left out.
 */
final class LayerTrainer {
  /** Fit settings. */
  record Params(double regParam, int minCount, int maxVocabulary, boolean balance, boolean standardize,
      Map<String, Double> setWeights, Set<String> unbalanced) {
    Params(double regParam, int minCount, int maxVocabulary, boolean balance, boolean standardize,
        Map<String, Double> setWeights) {
      this(regParam, minCount, maxVocabulary, balance, standardize, setWeights, Set.of());
    }

    double weightOf(String set) {
      return setWeights.getOrDefault(set, 1.0);
    }

    @Override
    public String toString() {
      return "reg=" + regParam + " minCount=" + minCount + " maxVocab=" + maxVocabulary + " balance=" + balance + (unbalanced.isEmpty() ? "" : " except " + unbalanced)
          + " standardize=" + standardize
          + " weights=" + setWeights;
    }
  }

  /** A fitted model's parts, ready for a model file. */
  record Fitted(List<String> vocabulary, double[] intercepts, double[][] weights) {
    SentimentModel model(String name, ObjectNode description) {
      return new SentimentModel(name, SentimentFeatures.DENSE, vocabulary, intercepts, weights, description);
    }

    ObjectNode json(ObjectNode description) {
      return SentimentModel.toJson(SentimentFeatures.DENSE, vocabulary, intercepts, weights, description);
    }

    /** This pass as a layer of its own (a one-pass model). */
    SentimentLayer layer(String name) {
      return SceneTraining.layer(name, json(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    }
  }

  private LayerTrainer() {}

  static Fitted fit(SparkSession spark, Dataset<AnalyzedTurn> train, Params params) {
    return fit(spark, train, params, null, 0);
  }

  /**
   * As {@link #fit(SparkSession, Dataset, Params)}, with {@code extraSize} more dense features per turn (by turn
   * id, zeros where absent) placed after the layer's dense features and before the vocabulary.
   */
  static Fitted fit(SparkSession spark, Dataset<AnalyzedTurn> turns, Params params,
      Broadcast<Map<String, double[]>> extras, int extraSize) {
    // unlabelled turns are context (the scene of the next), not training examples
    Dataset<AnalyzedTurn> train = turns.filter(col("label").isNotNull());
    List<String> vocabulary = vocabulary(train, params);
    int first = SentimentFeatures.DENSE.size() + extraSize;
    Map<String, Integer> index = new HashMap<>();
    for (int j = 0; j < vocabulary.size(); j++) {
      index.put(vocabulary.get(j), first + j);
    }
    Map<String, Double> turnWeights = turnWeights(train, params);
    int size = first + vocabulary.size();
    Broadcast<Map<String, Integer>> terms = spark.sparkContext().broadcast(index,
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    JavaRDD<Row> rows = train.javaRDD().map(t -> {
      SentimentInput input = t.input();
      double[] dense = SentimentFeatures.dense(input);
      List<Integer> at = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < dense.length; i++) {
        if (dense[i] != 0) {
          at.add(i);
          values.add(dense[i]);
        }
      }
      double[] extra = extras == null ? null : extras.value().get(t.getId());
      for (int i = 0; extra != null && i < extraSize; i++) {
        if (extra[i] != 0) {
          at.add(SentimentFeatures.DENSE.size() + i);
          values.add(extra[i]);
        }
      }
      Map<String, Integer> vocab = terms.value();
      java.util.TreeMap<Integer, Double> words = new java.util.TreeMap<>();
      for (String term : SentimentFeatures.terms(input)) {
        Integer j = vocab.get(term);
        if (j != null) {
          words.put(j, 1.0);
        }
      }
      at.addAll(words.keySet());
      values.addAll(words.values());
      int[] indices = at.stream().mapToInt(Integer::intValue).toArray();
      double[] vals = values.stream().mapToDouble(Double::doubleValue).toArray();
      return RowFactory.create((double) Scores.CLASSES.indexOf(t.getLabel()),
          turnWeights.get(t.getSet() + "|" + t.getLabel()), Vectors.sparse(size, indices, vals));
    });
    StructType schema = new StructType()
        .add("label", DataTypes.DoubleType)
        .add("weight", DataTypes.DoubleType)
        .add("features", SQLDataTypes.VectorType());
    Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
    LogisticRegressionModel lr = new LogisticRegression()
        .setFamily("multinomial")
        .setRegParam(params.regParam())
        .setElasticNetParam(0)
        .setMaxIter(300)
        .setTol(1e-7)
        .setWeightCol("weight")
        .setStandardization(params.standardize())
        .fit(data);
    data.unpersist();
    Matrix coefficients = lr.coefficientMatrix();
    double[][] weights = new double[3][size];
    for (int c = 0; c < 3; c++) {
      for (int j = 0; j < size; j++) {
        weights[c][j] = coefficients.apply(c, j);
      }
    }
    return new Fitted(vocabulary, lr.interceptVector().toArray(), weights);
  }

  /** The word terms in at least minCount training turns, most frequent first (ties by term), at most max. */
  static List<String> vocabulary(Dataset<AnalyzedTurn> train, Params params) {
    return train.flatMap((FlatMapFunction<AnalyzedTurn, String>) t ->
            SentimentFeatures.terms(t.input()).iterator(), Encoders.STRING())
        .groupBy(col("value")).agg(count("*").as("n"))
        .filter(col("n").geq(params.minCount()))
        .orderBy(col("n").desc(), col("value"))
        .limit(params.maxVocabulary())
        .select(col("value")).as(Encoders.STRING())
        .collectAsList();
  }

  /** Weight per "set|label": the set's weight, times (with balance) n_set / (3 · n_set,label). */
  static Map<String, Double> turnWeights(Dataset<AnalyzedTurn> train, Params params) {
    Map<String, Long> bySetLabel = new HashMap<>();
    Map<String, Long> bySet = new HashMap<>();
    for (Row r : train.groupBy(col("set"), col("label")).count().collectAsList()) {
      bySetLabel.put(r.getString(0) + "|" + r.getString(1), r.getLong(2));
      bySet.merge(r.getString(0), r.getLong(2), Long::sum);
    }
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Long> e : bySetLabel.entrySet()) {
      String set = e.getKey().substring(0, e.getKey().indexOf('|'));
      double w = params.weightOf(set);
      if (params.balance() && !params.unbalanced().contains(set)) {
        Set<String> labels = new java.util.HashSet<>();
        bySetLabel.keySet().stream().filter(k -> k.startsWith(set + "|")).forEach(labels::add);
        w *= (double) bySet.get(set) / (labels.size() * e.getValue());
      }
      weights.put(e.getKey(), w);
    }
    return weights;
  }
}
