package org.callcare.job;

import org.callcare.nlp.SentimentScorerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CoreNLP models on a background daemon thread while Spark starts and the input is read, so that the
 * first NLP task does not wait for them. Only worth it when the driver JVM is also the executor (a local
 * master); on a cluster each executor loads its models on first use. A failure here is only logged: the NLP
 * tasks load the models again and fail with the real error.
 */
final class ModelWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);

  private ModelWarmUp() {}

  /** Starts loading the models of {@code scorers}' scorer in this JVM; returns the (daemon) thread. */
  static Thread start(SentimentScorerFactory scorers) {
    Thread thread = new Thread(task(scorers), "callcare-model-warm-up");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** What the thread runs: one short sentence through the scorer, which loads its models; never throws. */
  static Runnable task(SentimentScorerFactory scorers) {
    return () -> {
      long t = System.nanoTime();
      try {
        scorers.get().analyze("Thank you for calling.");
        LOG.info("models: CoreNLP models loaded in the background ({} s)",
            String.format("%.1f", (System.nanoTime() - t) / 1e9));
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("models: loading in the background failed; the NLP tasks will load them again: {}", e.toString());
      }
    };
  }
}
