package org.callcare.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
  void unpunctuatedSpeechIsScoredInBoundedChunks() {
    String asr = ("yeah hi so i was calling because my internet has been dropping out every evening for about a week"
        + " now and i already restarted the router twice and it still keeps happening and honestly i work from"
        + " home so this is really a problem for me and i was hoping you could send someone out or at least tell"
        + " me what is going on because nobody told me anything last time i called ").repeat(4).strip();
    List<AnalyzedSentence> sentences = scorer.analyze(asr);
    int tokens = sentences.stream().mapToInt(a -> a.tokens().size()).sum();
    assertTrue(tokens > 250, "one run-on sentence of " + tokens + " tokens");
    assertTrue(sentences.size() >= tokens / SentenceChunker.MAX_CHUNK_TOKENS, sentences.size() + " chunks");
    for (AnalyzedSentence chunk : sentences) {
      assertTrue(chunk.tokens().size() <= SentenceChunker.MAX_CHUNK_TOKENS, chunk.text());
      assertNotNull(chunk.sentiment(), "every chunk is parsed and scored: " + chunk.text());
      assertTrue(asr.contains(chunk.text()), "a chunk is a span of the turn: " + chunk.text());
    }
  }

  @Test
  void typographicApostrophesAreHeardAsAsciiOnes() {
    List<AnalyzedSentence> curly = scorer.analyze("I don\u2019t like it.");
    assertEquals("n't", curly.get(0).tokens().get(2).word(), "the tokenizer maps \u2019 to '");
    assertEquals("I don\u2019t like it.", curly.get(0).text(), "the sentence keeps what was said");
    TurnSentiment typed = scorer.score("That\u2019s not what I wanted, it\u2019s awful and I don\u2019t like it.");
    TurnSentiment plain = scorer.score("That's not what I wanted, it's awful and I don't like it.");
    assertEquals(plain.score(), typed.score(), 1e-12);
    assertEquals(SentimentLabel.NEGATIVE, scorer.score("I don\u2019t like it.").label());
    var rules = org.callcare.behaviour.RuleBookLoader.loadDefaults();
    var hits = rules.match(org.callcare.domain.Speaker.AGENT, scorer.analyze("I don\u2019t know.").get(0));
    assertTrue(hits.stream().anyMatch(h -> h.ruleId().equals("dont_know.bare")), "rules written with n't: " + hits);
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

  @Test
  void theTwoStepScorerGivesWhatTheWholePipelineGives() {
    edu.stanford.nlp.pipeline.StanfordCoreNLP whole =
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(CoreNlpSettings.jobProperties());
    CoreNlpSentimentScorer noMemo = CoreNlpSentimentScorer.shared(0);
    for (String text : List.of(NEUTRAL_THEN_VERY_NEGATIVE, "Okay. Thank you so much! Is there anything else?",
        "I was on hold for forty minutes and nobody picked up, which is frankly absurd.")) {
      edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
      whole.annotate(doc);
      List<edu.stanford.nlp.util.CoreMap> expected =
          doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
      List<AnalyzedSentence> actual = noMemo.analyze(text);
      assertEquals(expected.size(), actual.size(), text);
      for (int i = 0; i < expected.size(); i++) {
        org.ejml.simple.SimpleMatrix p = edu.stanford.nlp.neural.rnn.RNNCoreAnnotations.getPredictions(
            expected.get(i).get(edu.stanford.nlp.sentiment.SentimentCoreAnnotations.SentimentAnnotatedTree.class));
        double[] q = actual.get(i).sentiment().probabilities();
        for (int c = 0; c < q.length; c++) {
          assertEquals(p.get(c), q[c], 1e-12, text + " sentence " + i + " class " + c);
        }
      }
    }
  }

  @Test
  void aRepeatedSentenceComesFromTheMemoWithTheSameSentiment() {
    CoreNlpSentimentScorer memoised = CoreNlpSentimentScorer.shared(1_000);
    String text = "Thank you for waiting. I have checked your account.";
    List<AnalyzedSentence> first = memoised.analyze(text);
    List<AnalyzedSentence> second = memoised.analyze("I have checked your account.");
    assertTrue(second.get(0).fromMemo());
    assertEquals(first.get(1).sentiment().score(), second.get(0).sentiment().score(), 0.0);
    assertEquals(first.get(1).tokens().size(), second.get(0).sentiment().tokens());
  }
}
