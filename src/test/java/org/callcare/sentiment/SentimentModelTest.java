package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** A hand-made second pass: the same words, plus "the same voice was negative before" votes negative. */
  private static SentimentModel twoPass() {
    List<String> dense = List.of("speaker_customer", "scene_own_previous_negative");
    double[][] weights = {{0, 4, 2, -2}, {0, 0, 0, 0}, {0, -4, -2, 2}};
    return tiny().withScenePass(new SentimentModel("tiny", dense, List.of("w:refund", "w:thanks"),
        new double[] {0, 0.5, 0}, weights, null));
  }

  @Test
  void aSecondPassReadsTheSameVoicesTurnBefore() {
    SentimentModel m = twoPass();
    SentimentInput refund = turn(Speaker.CUSTOMER, "I want a refund");
    SentimentInput okay = turn(Speaker.CUSTOMER, "okay");
    SentimentInput agent = turn(Speaker.AGENT, "let me look");
    // "okay" alone: the intercepts say neutral; after the customer's own refund demand, the scene says negative
    assertEquals(1, argmax(m.probabilities(okay)));
    List<double[]> call = m.probabilities(List.of(refund, agent, okay), Arrays.asList("CUSTOMER", "AGENT",
        "CUSTOMER"));
    assertEquals(0, argmax(call.get(2)));
    double ownNegative = tiny().probabilities(refund)[0];
    double z = Math.exp(4 * ownNegative) + Math.exp(0.5) + Math.exp(-4 * ownNegative);
    assertEquals(Math.exp(4 * ownNegative) / z, call.get(2)[0], 1e-12);
    // the first turn has no scene: the second pass reads its words alone (refund: +2 negative, -2 positive)
    double zFirst = Math.exp(2) + Math.exp(0.5) + Math.exp(-2);
    assertEquals(Math.exp(2) / zFirst, call.get(0)[0], 1e-12);
    // another voice's refund demand is not the customer's own mood
    List<double[]> other = m.probabilities(List.of(refund, okay), Arrays.asList("AGENT", "CUSTOMER"));
    assertEquals(1, argmax(other.get(1)));
  }

  @Test
  void aTwoPassModelRoundTripsThroughItsFile() throws IOException {
    ObjectNode first = SentimentModel.toJson(List.of("speaker_customer"), List.of("w:refund", "w:thanks"),
        new double[] {0, 0.5, 0}, new double[][] {{0, 2, -2}, {0, 0, 0}, {0, -2, 2}}, JSON.createObjectNode());
    String json = JSON.writeValueAsString(SentimentModel.toJson(first,
        List.of("speaker_customer", "scene_own_previous_negative"), new double[] {0, 0.5, 0},
        new double[][] {{0, 4, 2, -2}, {0, 0, 0, 0}, {0, -4, -2, 2}}));
    SentimentModel read = SentimentModel.read("two.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(read.readsScene());
    assertTrue(json.contains(SentimentModel.FORMAT_WITH_SCENE));
    List<SentimentInput> call = List.of(turn(Speaker.CUSTOMER, "refund"), turn(Speaker.CUSTOMER, "okay"));
    List<String> voices = List.of("CUSTOMER", "CUSTOMER");
    List<double[]> a = twoPass().probabilities(call, voices);
    List<double[]> b = read.probabilities(call, voices);
    for (int t = 0; t < 2; t++) {
      for (int c = 0; c < 3; c++) {
        assertEquals(a.get(t)[c], b.get(t)[c], 1e-9);
      }
    }
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      best = p[c] > p[best] ? c : best;
    }
    return best;
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

    String sceneInOnePass = JSON.valueToTree(SentimentModel.toJson(List.of("scene_previous_negative"), List.of(),
        new double[3], new double[][] {{1}, {0}, {0}}, JSON.createObjectNode())).toString();
    IllegalArgumentException scene = assertThrows(IllegalArgumentException.class,
        () -> SentimentModel.read("one.json", new ByteArrayInputStream(sceneInOnePass.getBytes())));
    assertTrue(scene.getMessage().contains("second pass"), scene.getMessage());
  }

  @Test
  void theDefaultModelLoadsFromTheJarAndIsSmall() throws IOException {
    SentimentModel model = SentimentModel.defaultModel();
    assertTrue(model.readsScene(), "the shipped model has a second pass that reads the scene");
    assertTrue(model.vocabularySize() > 1000, "a vocabulary of words");
    try (var in = SentimentModel.class.getClassLoader().getResourceAsStream(SentimentModel.DEFAULT_RESOURCE)) {
      assertTrue(in.readAllBytes().length < 5_000_000, "the shipped model is under 5 MB");
    }
    assertTrue(model.description().path("training_data").size() >= 3, "it says what it was trained on");
  }
}
