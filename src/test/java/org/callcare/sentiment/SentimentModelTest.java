package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class SentimentModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SentimentInput turn(Speaker speaker, String text) {
    return new SentimentInput(speaker, List.of(new SentenceView(Arrays.asList(text.split(" ")),
        new double[] {0.1, 0.2, 0.4, 0.2, 0.1})), Set.of());
  }

  /** A hand-made model: the word "refund" votes negative, "thanks" positive. */
  private static SentimentModel tiny() {
    List<String> dense = List.of("speaker_customer");
    List<String> vocabulary = List.of("w:refund", "w:thanks");
    double[][] weights = {{0, 2, -2}, {0, 0, 0}, {0, -2, 2}};
    return new SentimentModel("tiny", dense, vocabulary, new double[] {0, 0.5, 0}, weights, null);
  }

  @Test
  void appliesTheWeightsAsAMultinomialLogisticRegression() {
    double[] p = tiny().probabilities(turn(Speaker.CUSTOMER, "I want a refund"));
    double z = Math.exp(2) + Math.exp(0.5) + Math.exp(-2);
    assertEquals(Math.exp(2) / z, p[0], 1e-12);
    assertEquals(Math.exp(0.5) / z, p[1], 1e-12);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    assertTrue(tiny().probabilities(turn(Speaker.CUSTOMER, "thanks a lot"))[2] > 0.7);
  }

  @Test
  void roundTripsThroughItsFile() throws IOException {
    SentimentModel m = tiny();
    String json = JSON.writeValueAsString(SentimentModel.toJson(List.of("speaker_customer"),
        List.of("w:refund", "w:thanks"), new double[] {0, 0.5, 0},
        new double[][] {{0, 2, -2}, {0, 0, 0}, {0, -2, 2}}, JSON.createObjectNode().put("note", "tiny")));
    SentimentModel read = SentimentModel.read("tiny.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    SentimentInput t = turn(Speaker.CUSTOMER, "refund thanks refund");
    double[] a = m.probabilities(t);
    double[] b = read.probabilities(t);
    for (int c = 0; c < 3; c++) {
      assertEquals(a[c], b[c], 1e-9);
    }
    assertEquals("tiny", read.description().path("note").asText());
  }

  @Test
  void aFileThatIsNotAModelSaysWhy() {
    IllegalArgumentException notModel = assertThrows(IllegalArgumentException.class,
        () -> SentimentModel.read("rules.json", new ByteArrayInputStream("{\"rules\": []}".getBytes())));
    assertTrue(notModel.getMessage().contains("not a callcare sentiment model"), notModel.getMessage());

    String otherFeatures = "{\"format\": \"" + SentimentModel.FORMAT + "\", \"feature_version\": \"v0\"}";
    IllegalArgumentException old = assertThrows(IllegalArgumentException.class,
        () -> SentimentModel.read("old.json", new ByteArrayInputStream(otherFeatures.getBytes())));
    assertTrue(old.getMessage().contains("retrain"), old.getMessage());

    assertThrows(IllegalArgumentException.class, () -> new SentimentModel("x", List.of("no_such_feature"),
        List.of(), new double[3], new double[][] {{0}, {0}, {0}}, null));
  }

  @Test
  void theDefaultModelLoadsFromTheJarAndIsSmall() throws IOException {
    SentimentModel model = SentimentModel.defaultModel();
    assertTrue(model.vocabularySize() > 1000, "a vocabulary of words");
    try (var in = SentimentModel.class.getClassLoader().getResourceAsStream(SentimentModel.DEFAULT_RESOURCE)) {
      assertTrue(in.readAllBytes().length < 5_000_000, "the shipped model is under 5 MB");
    }
    assertTrue(model.description().path("training_data").size() >= 3, "it says what it was trained on");
  }
}
