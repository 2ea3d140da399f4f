package org.callcare.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversational sentiment layer: a multinomial logistic regression over {@link SentimentFeatures} that gives
 * each turn P(negative), P(neutral), P(positive), optionally followed by a second pass that also reads the scene
 * ({@link SceneFeatures}: the first pass's verdicts on the turn before and on the same voice's last turn). Loaded
 * from a model file (JSON: feature version, dense feature names, vocabulary, intercepts and coefficients per
 * class, the second pass's own dense features, intercepts and coefficients over the same vocabulary, and a
 * free-form description of its training data and evaluation figures) and applied in plain Java. Immutable and
 * thread-safe.
 */
public final class SentimentModel {
  /** The classes, in the order of every probability array. */
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");
  /** The model that ships in the jar. */
  public static final String DEFAULT_RESOURCE = "org/callcare/sentiment/default-model.json";
  /** Format tag of one-pass model files. */
  public static final String FORMAT = "callcare-sentiment-model/1";
  /** Format tag of model files with a second pass that reads the scene. */
  public static final String FORMAT_WITH_SCENE = "callcare-sentiment-model/2";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SCENE_AT = SentimentFeatures.DENSE.size();

  private final String name;
  private final int[] denseIndex;
  private final Map<String, Integer> vocabulary;
  private final List<String> vocabularyList;
  private final double[] intercepts;
  private final double[][] weights;
  private final JsonNode description;
  private final SentimentModel scenePass;

  /**
   * A one-pass model.
   *
   * @param dense the dense feature names the weights' first columns belong to (each must be a current feature of
   *     {@link SentimentFeatures#DENSE} or {@link SceneFeatures#NAMES})
   * @param vocabulary the word terms of the columns after them
   * @param weights one row per class, {@code dense.size() + vocabulary.size()} columns
   * @param description what the model was trained on and how it evaluated (written into the file as is)
   */
  public SentimentModel(String name, List<String> dense, List<String> vocabulary, double[] intercepts,
      double[][] weights, JsonNode description) {
    this(name, dense, vocabulary, intercepts, weights, description, null);
  }

  private SentimentModel(String name, List<String> dense, List<String> vocabulary, double[] intercepts,
      double[][] weights, JsonNode description, SentimentModel scenePass) {
    this.name = name;
    if (intercepts.length != CLASSES.size() || weights.length != CLASSES.size()) {
      throw new IllegalArgumentException("a sentiment model has one intercept and one weight row per class");
    }
    this.denseIndex = new int[dense.size()];
    for (int i = 0; i < dense.size(); i++) {
      int at = SentimentFeatures.DENSE.indexOf(dense.get(i));
      int scene = SceneFeatures.NAMES.indexOf(dense.get(i));
      if (at < 0 && scene < 0) {
        throw new IllegalArgumentException("model feature '" + dense.get(i) + "' is not one this version of "
            + "callcare computes (" + SentimentFeatures.VERSION + ")");
      }
      denseIndex[i] = at >= 0 ? at : SCENE_AT + scene;
    }
    this.vocabularyList = List.copyOf(vocabulary);
    this.vocabulary = new HashMap<>();
    for (int j = 0; j < vocabulary.size(); j++) {
      this.vocabulary.put(vocabulary.get(j), dense.size() + j);
    }
    for (double[] row : weights) {
      if (row.length != dense.size() + vocabulary.size()) {
        throw new IllegalArgumentException("weight rows must have " + (dense.size() + vocabulary.size())
            + " columns, one per dense feature and vocabulary term");
      }
    }
    this.intercepts = intercepts.clone();
    this.weights = weights;
    this.description = description == null ? JSON.createObjectNode() : description;
    this.scenePass = scenePass;
  }

  /**
   * This model (the first pass) followed by {@code second}, which reads the first pass's scene.
   *
   * @throws IllegalArgumentException when this model already has a second pass
   */
  public SentimentModel withScenePass(SentimentModel second) {
    if (scenePass != null || second.scenePass != null) {
      throw new IllegalArgumentException("a sentiment model has at most two passes");
    }
    if (readsSceneFeatures()) {
      throw new IllegalArgumentException("the first pass cannot read the scene: its features come from it");
    }
    return new SentimentModel(name, names(), vocabularyList, intercepts, weights, description, second);
  }

  /** Whether a second pass reads the scene. */
  public boolean readsScene() {
    return scenePass != null;
  }

  /** P(negative), P(neutral), P(positive) of a turn heard alone (no turn before it); they sum to 1. */
  public double[] probabilities(SentimentInput turn) {
    return probabilities(List.of(turn), java.util.Collections.singletonList(null)).get(0);
  }

  /**
   * P(negative), P(neutral), P(positive) of each turn of a conversation, in order.
   *
   * @param turns the conversation's turns, in the order they were said
   * @param voices who says each turn (agent, customer, a name), null where unknown; a null list: all unknown
   */
  public List<double[]> probabilities(List<SentimentInput> turns, List<String> voices) {
    if (voices == null) {
      voices = java.util.Collections.nCopies(turns.size(), null);
    }
    List<double[]> dense = new ArrayList<>(turns.size());
    List<Set<String>> terms = new ArrayList<>(turns.size());
    List<double[]> first = new ArrayList<>(turns.size());
    for (SentimentInput turn : turns) {
      double[] d = java.util.Arrays.copyOf(SentimentFeatures.dense(turn), SCENE_AT + SceneFeatures.NAMES.size());
      Set<String> t = SentimentFeatures.terms(turn);
      dense.add(d);
      terms.add(t);
      first.add(apply(d, t));
    }
    if (scenePass == null) {
      return first;
    }
    double[][] scene = SceneFeatures.of(voices, first);
    List<double[]> second = new ArrayList<>(turns.size());
    for (int i = 0; i < turns.size(); i++) {
      double[] d = dense.get(i);
      System.arraycopy(scene[i], 0, d, SCENE_AT, scene[i].length);
      second.add(scenePass.apply(d, terms.get(i)));
    }
    return second;
  }

  /** One pass over a turn's features: dense (the layer's, then the scene's) and word terms. */
  private double[] apply(double[] dense, Set<String> terms) {
    double[] logits = intercepts.clone();
    for (int c = 0; c < logits.length; c++) {
      double[] w = weights[c];
      double sum = 0;
      for (int i = 0; i < denseIndex.length; i++) {
        sum += w[i] * dense[denseIndex[i]];
      }
      for (String term : terms) {
        Integer at = vocabulary.get(term);
        if (at != null) {
          sum += w[at];
        }
      }
      logits[c] += sum;
    }
    return softmax(logits);
  }

  private boolean readsSceneFeatures() {
    for (int at : denseIndex) {
      if (at >= SCENE_AT) {
        return true;
      }
    }
    return false;
  }

  private List<String> names() {
    List<String> out = new ArrayList<>(denseIndex.length);
    for (int at : denseIndex) {
      out.add(at < SCENE_AT ? SentimentFeatures.DENSE.get(at) : SceneFeatures.NAMES.get(at - SCENE_AT));
    }
    return out;
  }

  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double total = 0;
    double[] p = new double[logits.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] - max);
      total += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= total;
    }
    return p;
  }

  /** The model's name: its file, or {@code default} for the one in the jar. */
  public String name() {
    return name;
  }

  /** What the model file says about its training data and evaluation. */
  public JsonNode description() {
    return description;
  }

  public int vocabularySize() {
    return vocabulary.size();
  }

  /** The model in the jar ({@link #DEFAULT_RESOURCE}). */
  public static SentimentModel defaultModel() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final SentimentModel DEFAULT = loadDefault();

    private static SentimentModel loadDefault() {
      try (InputStream in = SentimentModel.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the default sentiment model " + DEFAULT_RESOURCE + " is not in the jar");
        }
        return read("default", in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a model file.
   *
   * @throws IllegalArgumentException when the file is not a callcare sentiment model or was made for other
   *     features; the message says which
   */
  public static SentimentModel read(String name, InputStream in) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("sentiment model " + name + " is not valid JSON (" + e.getMessage() + ")");
    }
    String format = root == null ? "" : root.path("format").asText();
    if (!FORMAT.equals(format) && !FORMAT_WITH_SCENE.equals(format)) {
      throw new IllegalArgumentException("sentiment model " + name + " is not a callcare sentiment model "
          + "(\"format\" must be \"" + FORMAT + "\" or \"" + FORMAT_WITH_SCENE + "\")");
    }
    String version = root.path("feature_version").asText();
    if (!SentimentFeatures.VERSION.equals(version)) {
      throw new IllegalArgumentException("sentiment model " + name + " was trained with features '" + version
          + "'; this callcare computes '" + SentimentFeatures.VERSION + "': retrain it");
    }
    List<String> dense = strings(root.path("dense_features"));
    List<String> vocabulary = strings(root.path("vocabulary"));
    double[] intercepts = doubles(root.path("intercepts"));
    double[][] weights = rows(root.path("weights"));
    try {
      SentimentModel model = new SentimentModel(name, dense, vocabulary, intercepts, weights,
          root.path("description"));
      if (FORMAT_WITH_SCENE.equals(format)) {
        JsonNode pass = root.path("scene_pass");
        SentimentModel second;
        try {
          second = new SentimentModel(name, strings(pass.path("dense_features")), vocabulary,
              doubles(pass.path("intercepts")), rows(pass.path("weights")), null);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("its scene_pass: " + e.getMessage());
        }
        model = model.withScenePass(second);
      } else if (model.readsSceneFeatures() || root.has("scene_pass")) {
        throw new IllegalArgumentException("scene features need a second pass (format " + FORMAT_WITH_SCENE + ")");
      }
      return model;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sentiment model " + name + ": " + e.getMessage());
    }
  }

  /**
   * A two-pass model as a model file's JSON: {@code first} as {@link #toJson}, then the second pass (same
   * vocabulary) under {@code scene_pass}.
   */
  public static ObjectNode toJson(ObjectNode first, List<String> secondDense, double[] secondIntercepts,
      double[][] secondWeights) {
    first.put("format", FORMAT_WITH_SCENE);
    ObjectNode pass = first.putObject("scene_pass");
    pass.set("dense_features", JSON.valueToTree(secondDense));
    pass.set("intercepts", round(secondIntercepts));
    pass.set("weights", rows(secondWeights));
    return first;
  }

  /** This model as a model file's JSON. Weights are written with 6 significant digits. */
  public static ObjectNode toJson(List<String> dense, List<String> vocabulary, double[] intercepts,
      double[][] weights, JsonNode description) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("feature_version", SentimentFeatures.VERSION);
    root.set("classes", JSON.valueToTree(CLASSES));
    root.set("description", description);
    root.set("dense_features", JSON.valueToTree(dense));
    root.set("vocabulary", JSON.valueToTree(vocabulary));
    root.set("intercepts", round(intercepts));
    root.set("weights", rows(weights));
    return root;
  }

  private static ArrayNode rows(double[][] weights) {
    ArrayNode rows = JSON.createArrayNode();
    for (double[] row : weights) {
      rows.add(round(row));
    }
    return rows;
  }

  private static double[][] rows(JsonNode rows) {
    double[][] weights = new double[rows.size()][];
    for (int c = 0; c < rows.size(); c++) {
      weights[c] = doubles(rows.get(c));
    }
    return weights;
  }

  private static ArrayNode round(double[] values) {
    ArrayNode out = JSON.createArrayNode();
    for (double v : values) {
      out.add(v == 0 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
