package org.callcare.train;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.callcare.sentiment.SceneFeatures;
import org.callcare.sentiment.SentimentFeatures;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;

/**
 * Fits the layer's two passes (stacking). The first pass is the one-pass layer fitted on every training turn.
 * The second pass reads the same features plus the scene ({@link SceneFeatures}), and the scene of a training turn
 * must come from a first pass that did not see that turn: the training turns are split into {@link #FOLDS} folds
 * by conversation, and each fold's scene comes from a first pass fitted on the other folds. Turns without a
 * conversation (single labelled turns) have an empty scene.
 */
final class SceneTraining {
  static final int FOLDS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two fitted passes; they share one vocabulary. */
  record TwoPass(LayerTrainer.Fitted first, LayerTrainer.Fitted second) {
    ObjectNode json(ObjectNode description) {
      List<String> dense = new ArrayList<>(SentimentFeatures.DENSE);
      dense.addAll(SceneFeatures.NAMES);
      return SentimentModel.toJson(first.json(description), dense, second.intercepts(), second.weights());
    }

    SentimentLayer layer(String name) {
      return SceneTraining.layer(name, json(JSON.createObjectNode()));
    }
  }

  private SceneTraining() {}

  static TwoPass fit(SparkSession spark, Dataset<AnalyzedTurn> train, LayerTrainer.Params params, Voices voices) {
    LayerTrainer.Fitted first = LayerTrainer.fit(spark, train, params);
    Map<String, double[]> outOfFold = new HashMap<>();
    Dataset<Row> folded = train.toDF()
        .withColumn("fold", pmod(hash(coalesce(col("group"), col("id"))), lit(FOLDS)));
    for (int k = 0; k < FOLDS; k++) {
      Dataset<AnalyzedTurn> others = folded.filter(col("fold").notEqual(k)).drop("fold").as(TurnAnalysis.ENCODER);
      Dataset<AnalyzedTurn> fold = folded.filter(col("fold").equalTo(k)).drop("fold").as(TurnAnalysis.ENCODER);
      LayerTrainer.Fitted pass = LayerTrainer.fit(spark, others, params);
      outOfFold.putAll(Conversations.probabilities(fold, pass.layer("fold"), voices));
    }
    Broadcast<Map<String, double[]>> scene = spark.sparkContext().broadcast(scene(train, outOfFold, voices),
        scala.reflect.ClassTag$.MODULE$.apply(Map.class));
    LayerTrainer.Fitted second = LayerTrainer.fit(spark, train, params, scene, SceneFeatures.NAMES.size());
    if (!second.vocabulary().equals(first.vocabulary())) {
      throw new IllegalStateException("the two passes were fitted with different vocabularies");
    }
    return new TwoPass(first, second);
  }

  /** A model file's JSON as a layer. */
  static SentimentLayer layer(String name, ObjectNode model) {
    try {
      return new SentimentLayer(name, JSON.writeValueAsString(model));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scene of every scored turn, from the given first-pass probabilities; a turn without a conversation is a
   * conversation of its own, as the job reads a one-turn call.
   */
  static Map<String, double[]> scene(Dataset<AnalyzedTurn> turns, Map<String, double[]> probabilities,
      Voices voices) {
    Map<String, List<AnalyzedTurn>> byGroup = new HashMap<>();
    for (Row r : turns.select("group", "id", "speaker", "set", "position").collectAsList()) {
      AnalyzedTurn t = new AnalyzedTurn();
      t.setGroup(r.getString(0) == null ? "turn:" + r.getString(1) : r.getString(0));
      t.setId(r.getString(1));
      t.setSpeaker(r.getString(2));
      t.setSet(r.getString(3));
      t.setPosition(r.getInt(4));
      if (probabilities.containsKey(t.getId())) {
        byGroup.computeIfAbsent(t.getGroup(), g -> new ArrayList<>()).add(t);
      }
    }
    Map<String, double[]> out = new HashMap<>();
    for (List<AnalyzedTurn> conversation : byGroup.values()) {
      conversation.sort(Conversations.IN_ORDER);
      List<String> who = new ArrayList<>();
      List<double[]> p = new ArrayList<>();
      for (AnalyzedTurn t : conversation) {
        who.add(voices.of(t));
        p.add(probabilities.get(t.getId()));
      }
      double[][] f = SceneFeatures.of(who, p);
      for (int i = 0; i < conversation.size(); i++) {
        out.put(conversation.get(i).getId(), f[i]);
      }
    }
    return out;
  }
}
