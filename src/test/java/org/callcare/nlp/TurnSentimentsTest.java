package org.callcare.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.TurnSentiment;
import org.junit.jupiter.api.Test;

class TurnSentimentsTest {
  private static final double[] VERY_NEGATIVE = {1, 0, 0, 0, 0};
  private static final double[] NEUTRAL = {0, 0, 1, 0, 0};
  private static final double[] POSITIVE = {0, 0, 0, 1, 0};

  @Test
  void sentenceScoreIsExpectedClassMinusTwoOverTwo() {
    assertEquals(-1.0, new SentenceSentiment(3, VERY_NEGATIVE).score(), 1e-12);
    assertEquals(0.0, new SentenceSentiment(3, NEUTRAL).score(), 1e-12);
    assertEquals(0.5, new SentenceSentiment(3, POSITIVE).score(), 1e-12);
    // E[class] = 0*.1 + 1*.2 + 2*.3 + 3*.3 + 4*.1 = 2.1
    assertEquals(0.05, new SentenceSentiment(3, new double[] {.1, .2, .3, .3, .1}).score(), 1e-12);
  }

  @Test
  void everySentenceCountsWeightedByTokens() {
    // a neutral first sentence of 4 tokens and a very negative second one of 12 tokens
    TurnSentiment turn = TurnSentiments.aggregate(List.of(
        new SentenceSentiment(4, NEUTRAL), new SentenceSentiment(12, VERY_NEGATIVE)));
    assertEquals(-0.75, turn.score(), 1e-12);
    assertEquals(SentimentLabel.NEGATIVE, turn.label());
    assertEquals(2, turn.sentences());
    assertEquals(16, turn.tokens());
    assertEquals(0.75, turn.probability(0), 1e-12);
    assertEquals(0.25, turn.probability(2), 1e-12);
  }

  @Test
  void noSentencesMeansNoScore() {
    TurnSentiment none = TurnSentiments.aggregate(List.of());
    assertNull(none.score());
    assertNull(none.label());
    assertNull(none.probabilities());
  }

  @Test
  void rejectsMalformedSentenceVerdicts() {
    assertThrows(IllegalArgumentException.class, () -> new SentenceSentiment(0, NEUTRAL));
    assertThrows(IllegalArgumentException.class, () -> new SentenceSentiment(2, new double[] {1, 0}));
  }
}
