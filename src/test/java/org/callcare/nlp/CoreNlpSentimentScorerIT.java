package org.callcare.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.TurnSentiment;
import org.junit.jupiter.api.Test;

/** Loads the real CoreNLP models shipped with the build (a few seconds). */
class CoreNlpSentimentScorerIT {
  private static final String NEUTRAL_THEN_VERY_NEGATIVE =
      "I have a question about my account. This is the worst service I have ever had, it is absolutely "
          + "terrible and useless.";

  private final CoreNlpSentimentScorer scorer = CoreNlpSentimentScorer.shared();

  @Test
  void everySentenceCountsNotOnlyTheFirst() {
    List<AnalyzedSentence> sentences = scorer.analyze(NEUTRAL_THEN_VERY_NEGATIVE);
    assertEquals(2, sentences.size());
    assertEquals("I have a question about my account.", sentences.get(0).text());
    assertEquals("have", sentences.get(0).tokens().get(1).lemma(), "lemmas for the behaviour rules");
    assertEquals("be", sentences.get(1).tokens().get(1).lemma(), "\"is\" has the lemma \"be\"");
    double first = sentences.get(0).sentiment().score();
    double second = sentences.get(1).sentiment().score();
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(first), "first sentence " + first);
    assertTrue(second < -0.4, "second sentence " + second);

    TurnSentiment turn = scorer.score(NEUTRAL_THEN_VERY_NEGATIVE);
    assertEquals(SentimentLabel.NEGATIVE, turn.label(), "turn " + turn.score());
    assertEquals(2, turn.sentences());
    double total = 0;
    for (double p : turn.probabilities()) {
      total += p;
    }
    assertEquals(1.0, total, 1e-6);
  }

  @Test
  void clearlyPositiveAndBlankTurns() {
    assertEquals(SentimentLabel.POSITIVE, scorer.score("Thank you so much, that really helps.").label());
    assertNull(scorer.score("   ").score());
  }

  @Test
  void onePipelinePerJvmSharedByConcurrentThreads() throws Exception {
    assertSame(scorer, CoreNlpSentimentScorer.factory().get());
    double expected = scorer.score(NEUTRAL_THEN_VERY_NEGATIVE).score();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Double>> results = pool.invokeAll(java.util.Collections.nCopies(16,
          () -> CoreNlpSentimentScorer.shared().score(NEUTRAL_THEN_VERY_NEGATIVE).score()));
      for (Future<Double> result : results) {
        assertEquals(expected, result.get(), 1e-12);
      }
    } finally {
      pool.shutdown();
    }
  }
}
