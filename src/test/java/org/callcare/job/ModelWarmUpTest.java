package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.SentimentScorer;
import org.junit.jupiter.api.Test;

class ModelWarmUpTest {

  /** Records what it is asked to analyze, and on which thread. */
  private static final class RecordingScorer implements SentimentScorer {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public List<AnalyzedSentence> analyze(String text) {
      calls.add(Thread.currentThread().getName() + ": " + text);
      return List.of();
    }

    @Override
    public String describe() {
      return "recording";
    }
  }

  @Test
  void analyzesOneSentenceOnADaemonThread() throws Exception {
    RecordingScorer scorer = new RecordingScorer();
    Thread thread = ModelWarmUp.start(() -> scorer);
    assertTrue(thread.isDaemon());
    thread.join(10_000);
    assertFalse(thread.isAlive());
    assertEquals(List.of("callcare-model-warm-up: Thank you for calling."), scorer.calls);
  }

  @Test
  void aFailureToLoadIsOnlyLogged() {
    Runnable warmUp = ModelWarmUp.task(() -> {
      throw new IllegalStateException("model file missing");
    });
    assertDoesNotThrow(warmUp::run);
  }
}
