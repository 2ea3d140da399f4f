package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.Speaker;
import org.callcare.domain.TurnSentiment;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.SentimentScorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default layer over the real CoreNLP models scores unmistakable turns the way a person would. */
class SentimentLayerIT {
  private static final SentimentScorer SCORER = CoreNlpSentimentScorer.shared();

  private static TurnSentiment score(Speaker speaker, String text) {
    List<AnalyzedSentence> sentences = SCORER.analyze(text);
    return SentimentScorer.sentiment(sentences)
        .withLayer(SentimentModel.defaultModel().probabilities(SentimentInputs.of(speaker, sentences, List.of())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CUSTOMER | I've been charged twice this month and nobody has told me why. | NEGATIVE",
      "CUSTOMER | This is the third time I'm calling about the same outage. | NEGATIVE",
      "CUSTOMER | Oh great. Brilliant. Another hour on hold. | NEGATIVE",
      "CUSTOMER | With respect, I have been more than patient. I expect this fixed today. | NEGATIVE",
      "CUSTOMER | Thank you so much, that's sorted it. You've been really helpful. | POSITIVE",
      "CUSTOMER | Oh that's a relief, thank you. | POSITIVE",
      "CUSTOMER | My postcode is NW1 4RT. | NEUTRAL",
      "AGENT | Can I take your account number, please? | NEUTRAL",
  })
  void scoresUnmistakableTurns(Speaker speaker, String text, SentimentLabel expected) {
    TurnSentiment s = score(speaker, text);
    assertEquals(expected, s.label(), text + " " + java.util.Arrays.toString(s.classes()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I'm so sorry about that, I can see how frustrating this has been. Let me fix it now.",
      "I do apologise for the wait."})
  void anAgentsApologyIsNotUpset(String text) {
    assertNotEquals(SentimentLabel.NEGATIVE, score(Speaker.AGENT, text).label(), text);
  }
}
