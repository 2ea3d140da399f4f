package org.callcare.nlp;

import java.util.List;
import org.callcare.domain.TurnSentiment;

/**
 * Splits a turn's text into sentences and scores each one. Implementations must be safe to call from several
 * threads at once (Spark runs several tasks per executor JVM).
 */
public interface SentimentScorer {

  /** The sentences of {@code text} with their sentiment, in order; empty for blank text. */
  List<SentenceSentiment> scoreSentences(String text);

  /** The turn's sentiment from all of its sentences (see {@link TurnSentiments#aggregate}). */
  default TurnSentiment score(String text) {
    if (text == null || text.isBlank()) {
      return TurnSentiment.none();
    }
    return TurnSentiments.aggregate(scoreSentences(text));
  }

  /** Short description for the run manifest, e.g. the models used. */
  String describe();
}
