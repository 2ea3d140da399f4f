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
    int replies = 0;
    for (int i = 0; i < turns.size(); i += 2) {
      List<double[]> p = model.probabilities(List.of(turns.get(i).input(), turns.get(i + 1).input()),
          List.of("customer", "customer"));
      String label = turns.get(i + 1).getLabel();
      replies++;
      right += label.equals(Scores.CLASSES.get(LayerEvaluation.argmax(p.get(1)))) ? 1 : 0;
    }
    // the replies' words are all the same, half of them negative and half positive: only the scene can tell
    assertEquals(replies, right, "in its conversation, each 'okay sure' takes the mood of the turn before");
    LayerEvaluation.Result r = LayerEvaluation.evaluate("scene", train, new SentimentLayer("scene", file),
        Voices.roles());
    assertEquals(1.0, r.layer().macroF1(), 1e-9);
  }

  @Test
  void aTurnsSceneIsReadInItsCallsOrderWithItsVoices() {
    SparkSession spark = TestSpark.session();
    List<AnalyzedTurn> call = new ArrayList<>();
    String[][] turns = {{"x-2", "customer", "2"}, {"x-0", "customer", "0"}, {"x-1", "agent", "1"}};
    for (String[] t : turns) {
      AnalyzedTurn a = turn("neutral", t[1], "words " + t[0]);
      a.setId(t[0]);
      a.setGroup("x");
      a.setPosition(Integer.parseInt(t[2]));
      call.add(a);
    }
    AnalyzedTurn alone = turn("neutral", "customer", "a turn of its own");
    call.add(alone);
    Map<String, double[]> firstPass = Map.of("x-0", new double[] {0.7, 0.2, 0.1}, "x-1", new double[] {0.1, 0.3, 0.6},
        "x-2", new double[] {0.3, 0.4, 0.3}, alone.getId(), new double[] {0.2, 0.6, 0.2});
    Map<String, double[]> scene = SceneTraining.scene(spark.createDataset(call, TurnAnalysis.ENCODER), firstPass,
        Voices.roles());
    // x-2 is said last: the agent's x-1 is just before it, and the customer's own x-0 before that
    assertEquals(List.of(1.0, 0.1, 0.6, 1.0, 0.7, 0.1), boxed(scene.get("x-2")));
    assertEquals(List.of(1.0, 0.7, 0.1, 0.0, 0.0, 0.0), boxed(scene.get("x-1")));
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), boxed(scene.get("x-0")));
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), boxed(scene.get(alone.getId())));
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  @Test
  void aLabelledFilesCallsKeepTheirTurnsInFileOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("calls.jsonl");
    java.nio.file.Files.writeString(file, String.join("\n",
        "{\"id\": \"c9_t1\", \"call_id\": \"c9\", \"text\": \"Hello\", \"label\": \"neutral\", \"speaker\": \"agent\"}",
        "{\"id\": \"zz\", \"call_id\": \"c8\", \"text\": \"Hi\", \"label\": \"neutral\"}",
        "{\"id\": \"aa\", \"call_id\": \"c9\", \"text\": \"It broke\", \"label\": \"negative\"}",
        "{\"id\": \"solo\", \"text\": \"Thanks\", \"label\": \"positive\"}"));
    List<LabelledTurn> turns = LabelledTurnFiles.read("calls", file.toString(),
        new org.apache.hadoop.conf.Configuration());
    assertEquals(List.of(0, 0, 1, 0), turns.stream().map(LabelledTurn::getPosition).toList());
    assertEquals(java.util.Arrays.asList("c9", "c8", "c9", null), turns.stream().map(LabelledTurn::getGroup).toList());
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
