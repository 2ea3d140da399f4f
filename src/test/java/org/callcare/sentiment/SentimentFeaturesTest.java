package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.callcare.domain.Speaker;
import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {
  private static final double[] NEGATIVE = {0.5, 0.3, 0.1, 0.05, 0.05};
  private static final double[] NEUTRAL = {0.05, 0.1, 0.7, 0.1, 0.05};

  private static SentenceView sentence(String text, double[] corenlp) {
    return new SentenceView(Arrays.asList(text.split(" ")), corenlp);
  }

  private static double feature(SentimentInput turn, String name) {
    return SentimentFeatures.dense(turn)[SentimentFeatures.DENSE.indexOf(name)];
  }

  @Test
  void summarisesCoreNlpSentencesByTokensExtremesAndOrder() {
    SentimentInput turn = new SentimentInput(Speaker.CUSTOMER, List.of(
        sentence("I was charged twice .", NEGATIVE), sentence("Hello ?", NEUTRAL)), Set.of());

    // scores: negative sentence (0*.5+1*.3+2*.1+3*.05+4*.05-2)/2 = -0.575; neutral sentence 0
    assertEquals(-0.575, feature(turn, "corenlp_min_score"), 1e-9);
    assertEquals(0.0, feature(turn, "corenlp_max_score"), 1e-9);
    assertEquals(-0.575, feature(turn, "corenlp_first_score"), 1e-9);
    assertEquals(0.0, feature(turn, "corenlp_last_score"), 1e-9);
    assertEquals((5 * -0.575 + 2 * 0.0) / 7, feature(turn, "corenlp_mean_score"), 1e-9);
    assertEquals(0.8, feature(turn, "corenlp_max_negative"), 1e-9);
    assertEquals(0.5, feature(turn, "question_share"), 1e-9);
    assertEquals(1.0, feature(turn, "speaker_customer"));
    assertEquals(0.0, feature(turn, "speaker_agent"));
    assertEquals(0.0, feature(turn, "agent:corenlp_min_score"), "agent copies are empty for a customer");
  }

  @Test
  void agentTurnsRepeatTheirFeaturesInTheAgentBlock() {
    SentimentInput turn = new SentimentInput(Speaker.AGENT,
        List.of(sentence("I 'm so sorry about that .", NEGATIVE)), Set.of("apology"));

    assertEquals(1.0, feature(turn, "cue_apology"));
    assertEquals(1.0, feature(turn, "agent:cue_apology"));
    assertEquals(1.0, feature(turn, "rule_apology"));
    assertEquals(1.0, feature(turn, "agent:rule_apology"));
    assertEquals(feature(turn, "corenlp_mean_score"), feature(turn, "agent:corenlp_mean_score"));
  }

  @Test
  void countsComplaintSarcasmAndPoliteFuryCues() {
    SentimentInput turn = new SentimentInput(Speaker.CUSTOMER, List.of(
        sentence("Oh great , brilliant .", NEUTRAL),
        sentence("With respect , this is the third time I 've called and it still is n't working .", NEUTRAL)),
        Set.of());

    assertEquals(1.0, feature(turn, "cue_sarcasm"));
    assertEquals(1.0, feature(turn, "cue_polite_fury"));
    assertTrue(feature(turn, "cue_complaint") >= 2, "third time, still isn't, not working");
    assertEquals(2.0, feature(turn, "cue_positive_with_complaint"), "praise words (great, brilliant) in a complaint");
  }

  @Test
  void rejoinsContractionsForPhrases() {
    assertEquals(" i can't log in ", ConversationCues.phraseText(List.of("I", "ca", "n't", "log", "in", ".")));
    assertEquals(" i've been waiting ", ConversationCues.phraseText(List.of("I", "'ve", "been", "waiting")));
  }

  @Test
  void termsAreLowerCaseUnigramsAndBigramsWithDigitsFolded() {
    SentimentInput turn = new SentimentInput(null, List.of(sentence("Charged £42 TWICE", null)), Set.of());

    assertEquals(Set.of("w:charged", "w:£00", "w:twice", "b:<s>_charged", "b:charged_£00", "b:£00_twice"),
        SentimentFeatures.terms(turn));
  }

  @Test
  void aTurnWithoutCoreNlpVerdictsHasNoCoreNlpFeatures() {
    SentimentInput turn = new SentimentInput(Speaker.CUSTOMER, List.of(sentence("hmm", null)), Set.of());

    assertEquals(0.0, feature(turn, "corenlp_scored"));
    assertEquals(0.0, feature(turn, "corenlp_mean_score"));
  }
}
