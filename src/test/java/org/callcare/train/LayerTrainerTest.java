package org.callcare.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * Training on a tiny fixture (turns already analysed: words and neutral CoreNLP verdicts, so the words must do
 * the work) gives a model file that separates it, and that the job's plain-Java model applies.
 */
class LayerTrainerTest {
  private static final double[] FLAT = {0.1, 0.2, 0.4, 0.2, 0.1};

  private static AnalyzedTurn turn(String label, String speaker, String text) {
    AnalyzedTurn t = new AnalyzedTurn();
    t.setSet("tiny");
    t.setId(label + "-" + text.hashCode());
    t.setLabel(label);
    t.setSpeaker(speaker);
    t.setSentences(List.of(new SentenceRow(Arrays.asList(text.split(" ")), FLAT)));
    t.setBehaviours(List.of());
    return t;
  }

  private static List<AnalyzedTurn> fixture() {
    List<AnalyzedTurn> turns = new ArrayList<>();
    String[] negative = {"I was charged twice again", "still not working after a week", "nobody called me back",
        "third time I am calling about this", "the parcel never arrived", "this is useless"};
    String[] neutral = {"my account number is ready", "the postcode is on the letter", "yes that is the address",
        "one moment please", "can I have your name", "it is the second line"};
    String[] positive = {"thank you so much", "that is brilliant thanks", "great that sorts it",
        "perfect thank you", "you have been very helpful", "lovely thanks for that"};
    for (int round = 0; round < 3; round++) {
      for (String s : negative) {
        turns.add(turn("negative", "customer", s));
      }
      for (String s : neutral) {
        turns.add(turn("neutral", "customer", s));
      }
      for (String s : positive) {
        turns.add(turn("positive", "customer", s));
      }
    }
    return turns;
  }

  @Test
  void aModelTrainedOnATinyFixtureSeparatesIt() throws Exception {
    SparkSession spark = TestSpark.session();
    Dataset<AnalyzedTurn> train = spark.createDataset(fixture(), TurnAnalysis.ENCODER);
    LayerTrainer.Fitted fitted = LayerTrainer.fit(spark, train,
        new LayerTrainer.Params(0.001, 2, 1000, true, false, Map.of()));

    assertTrue(fitted.vocabulary().size() > 20, "vocabulary " + fitted.vocabulary());
    assertTrue(Arrays.stream(fitted.weights()[0]).anyMatch(w -> w != 0), "weights are fitted: "
        + Arrays.toString(fitted.intercepts()));
    ObjectMapper json = new ObjectMapper();
    String file = json.writeValueAsString(fitted.json(json.createObjectNode()));
    SentimentModel model = SentimentModel.read("tiny", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    for (AnalyzedTurn t : fixture()) {
      double[] p = model.probabilities(t.input());
      assertEquals(t.getLabel(), Scores.CLASSES.get(LayerEvaluation.argmax(p)), () -> String.join(" ",
          t.getSentences().get(0).getWords()) + " " + Arrays.toString(p));
    }
    LayerEvaluation.Result r = LayerEvaluation.evaluate("tiny", train, new SentimentLayer("tiny", file),
        Voices.roles());
    assertEquals(1.0, r.layer().macroF1(), 1e-9);
    assertTrue(r.corenlp().macroF1() < 0.5, "CoreNLP's flat verdicts alone cannot separate it");
  }

  /** Two-turn conversations whose second turn, "okay sure", takes the mood of the first. */
  private static List<AnalyzedTurn> conversations() {
    List<AnalyzedTurn> turns = new ArrayList<>();
    List<AnalyzedTurn> openers = new ArrayList<>();
    for (AnalyzedTurn t : fixture()) {
      if (!t.getLabel().equals("neutral")) {
        openers.add(t);
      }
    }
    for (int i = 0; i < openers.size(); i++) {
      AnalyzedTurn first = openers.get(i);
      first.setId("c" + i + "-0");
      first.setGroup("c" + i);
      AnalyzedTurn reply = turn(first.getLabel(), "customer", "okay sure");
      reply.setId("c" + i + "-1");
      reply.setGroup("c" + i);
      reply.setPosition(1);
      turns.add(first);
      turns.add(reply);
    }
    return turns;
  }

  @Test
  void theSecondPassHearsWhatTheSceneSays() throws Exception {
    SparkSession spark = TestSpark.session();
    List<AnalyzedTurn> turns = conversations();
    Dataset<AnalyzedTurn> train = spark.createDataset(turns, TurnAnalysis.ENCODER);
    SceneTraining.TwoPass fitted = SceneTraining.fit(spark, train,
        new LayerTrainer.Params(0.001, 2, 1000, true, false, Map.of()), Voices.roles());

    ObjectMapper json = new ObjectMapper();
    String file = json.writeValueAsString(fitted.json(json.createObjectNode()));
    SentimentModel model = SentimentModel.read("scene", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    assertTrue(model.readsScene());
    int right = 0;
    int rightAlone = 0;
    int replies = 0;
    for (int i = 0; i < turns.size(); i += 2) {
      List<double[]> p = model.probabilities(List.of(turns.get(i).input(), turns.get(i + 1).input()),
          List.of("customer", "customer"));
      String label = turns.get(i + 1).getLabel();
      replies++;
      right += label.equals(Scores.CLASSES.get(LayerEvaluation.argmax(p.get(1)))) ? 1 : 0;
      rightAlone += label.equals(Scores.CLASSES.get(LayerEvaluation.argmax(
          model.probabilities(turns.get(i + 1).input())))) ? 1 : 0;
    }
    assertEquals(replies, right, "in its conversation, each 'okay sure' takes the mood of the turn before");
    assertTrue(rightAlone <= replies / 2, "alone, the same words cannot tell: " + rightAlone + " of " + replies);
    LayerEvaluation.Result r = LayerEvaluation.evaluate("scene", train, new SentimentLayer("scene", file),
        Voices.roles());
    assertEquals(1.0, r.layer().macroF1(), 1e-9);
  }

  @Test
  void scoresComputeMacroAndWeightedF1() {
    Scores s = Scores.empty();
    s.add("negative", "negative", 8);
    s.add("negative", "neutral", 2);
    s.add("neutral", "neutral", 30);
    s.add("positive", "positive", 5);
    s.add("positive", "neutral", 5);
    // F1: negative 2*1*0.8/1.8, neutral 2*(30/37)*1/(30/37+1), positive 2*1*0.5/1.5
    double fNeg = 1.6 / 1.8;
    double fNeu = 2 * (30.0 / 37) / (30.0 / 37 + 1);
    double fPos = 1.0 / 1.5;
    assertEquals((fNeg + fNeu + fPos) / 3, s.macroF1(), 1e-12);
    assertEquals((10 * fNeg + 30 * fNeu + 10 * fPos) / 50, s.weightedF1(), 1e-12);
    assertEquals(0.8, s.recall(0), 1e-12);
    assertEquals(43.0 / 50, s.accuracy(), 1e-12);
  }
}
