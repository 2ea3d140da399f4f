package org.callcare.nlp;

import java.io.Serializable;

/**
 * Ships to executors in place of a scorer: small and serializable, it returns the executor JVM's shared scorer
 * (built on first use), so heavy models are never serialized and never built per task or per row.
 */
@FunctionalInterface
public interface SentimentScorerFactory extends Serializable {
  SentimentScorer get();
}
