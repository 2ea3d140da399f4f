package org.callcare.sentiment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sentiment layer a run uses, in a small serializable form that ships to executors: the model in the jar,
 * a model file's text ({@code --sentiment-model FILE}), or none (CoreNLP's label alone). Each JVM parses a
 * model once ({@link #model()}) and shares it between its threads.
 *
 * @param name {@code default}, {@code corenlp} (no layer) or the model file's path
 * @param json the model file's text, or null for the default model or no layer
 */
public record SentimentLayer(String name, String json) implements Serializable {
  /** The model in the jar. */
  public static final SentimentLayer DEFAULT = new SentimentLayer("default", null);
  /** No layer: turn scores and labels are CoreNLP's. */
  public static final SentimentLayer CORENLP_ONLY = new SentimentLayer("corenlp", null);

  private static final Map<SentimentLayer, SentimentModel> PARSED = new ConcurrentHashMap<>();

  /**
   * A model file's layer; the text is parsed here once to check it.
   *
   * @throws IllegalArgumentException when the text is not a model this callcare can apply (the reason)
   */
  public static SentimentLayer fromFile(String path, String json) {
    SentimentLayer layer = new SentimentLayer(path, json);
    layer.model();
    return layer;
  }

  /** This JVM's model for this layer; null for CoreNLP alone. */
  public SentimentModel model() {
    if (json == null) {
      return CORENLP_ONLY.name.equals(name) ? null : SentimentModel.defaultModel();
    }
    return PARSED.computeIfAbsent(this, layer -> {
      try {
        return SentimentModel.read(layer.name, new ByteArrayInputStream(layer.json.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Short form for logs: the model's name. */
  @Override
  public String toString() {
    return name;
  }
}
