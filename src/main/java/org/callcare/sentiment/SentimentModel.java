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
 * each turn P(negative), P(neutral), P(positive). Loaded from a model file (JSON: feature version, dense feature
 * names, vocabulary, intercepts and coefficients per class, and a free-form description of its training data and
 * evaluation figures) and applied in plain Java. Immutable and thread-safe.
 */
public final class SentimentModel {
  /** The classes, in the order of every probability array. */
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");
  /** The model that ships in the jar. */
  public static final String DEFAULT_RESOURCE = "org/callcare/sentiment/default-model.json";
  /** Format tag of model files. */
  public static final String FORMAT = "callcare-sentiment-model/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final int[] denseIndex;
  private final Map<String, Integer> vocabulary;
  private final double[] intercepts;
  private final double[][] weights;
  private final JsonNode description;

  /**
   * @param dense the dense feature names the weights' first columns belong to (each must be a current feature)
   * @param vocabulary the word terms of the columns after them
   * @param weights one row per class, {@code dense.size() + vocabulary.size()} columns
   * @param description what the model was trained on and how it evaluated (written into the file as is)
   */
  public SentimentModel(String name, List<String> dense, List<String> vocabulary, double[] intercepts,
      double[][] weights, JsonNode description) {
    this.name = name;
    if (intercepts.length != CLASSES.size() || weights.length != CLASSES.size()) {
      throw new IllegalArgumentException("a sentiment model has one intercept and one weight row per class");
    }
    this.denseIndex = new int[dense.size()];
    for (int i = 0; i < dense.size(); i++) {
      int at = SentimentFeatures.DENSE.indexOf(dense.get(i));
      if (at < 0) {
        throw new IllegalArgumentException("model feature '" + dense.get(i) + "' is not one this version of "
            + "callcare computes (" + SentimentFeatures.VERSION + ")");
      }
      denseIndex[i] = at;
    }
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
  }

  /** P(negative), P(neutral), P(positive) of a turn; they sum to 1. */
  public double[] probabilities(SentimentInput turn) {
    double[] dense = SentimentFeatures.dense(turn);
    Set<String> terms = SentimentFeatures.terms(turn);
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
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("sentiment model " + name + " is not a callcare sentiment model "
          + "(\"format\" must be \"" + FORMAT + "\")");
    }
    String version = root.path("feature_version").asText();
    if (!SentimentFeatures.VERSION.equals(version)) {
      throw new IllegalArgumentException("sentiment model " + name + " was trained with features '" + version
          + "'; this callcare computes '" + SentimentFeatures.VERSION + "': retrain it");
    }
    List<String> dense = strings(root.path("dense_features"));
    List<String> vocabulary = strings(root.path("vocabulary"));
    double[] intercepts = doubles(root.path("intercepts"));
    JsonNode rows = root.path("weights");
    double[][] weights = new double[rows.size()][];
    for (int c = 0; c < rows.size(); c++) {
      weights[c] = doubles(rows.get(c));
    }
    try {
      return new SentimentModel(name, dense, vocabulary, intercepts, weights, root.path("description"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sentiment model " + name + ": " + e.getMessage());
    }
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
    ArrayNode rows = root.putArray("weights");
    for (double[] row : weights) {
      rows.add(round(row));
    }
    return root;
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
