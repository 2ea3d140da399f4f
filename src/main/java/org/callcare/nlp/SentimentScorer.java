package org.callcare.nlp;

import java.util.List;
import java.util.Objects;
import org.callcare.domain.TurnSentiment;

/**
 * The NLP pass over one turn: splits its text into sentences, tokenizes (with part-of-speech tags and lemmas for
 * the behaviour rules) and scores each sentence. Implementations must be safe to call from several threads at
 * once (Spark runs several tasks per executor JVM).
 */
public interface SentimentScorer {

  /** The sentences of {@code text} in order, each with its tokens and sentiment; empty for blank text. */
  List<AnalyzedSentence> analyze(String text);

  /**
   * Makes sure the sentence's tokens carry part-of-speech tags and lemmas (a scorer that serves sentences from a
   * memo may return them untagged). Scorers whose sentences are always tagged do nothing.
   */
  default void tag(AnalyzedSentence sentence) {}

  /** The turn's sentiment from all of its scored sentences (see {@link TurnSentiments#aggregate}). */
  static TurnSentiment sentiment(List<AnalyzedSentence> sentences) {
    return TurnSentiments.aggregate(sentences.stream()
        .map(AnalyzedSentence::sentiment).filter(Objects::nonNull).toList());
  }

  /** Analyzes {@code text} and returns only its sentiment. */
  default TurnSentiment score(String text) {
    if (text == null || text.isBlank()) {
      return TurnSentiment.none();
    }
    return sentiment(analyze(text));
  }

  /** Short description for the run manifest, e.g. the models used. */
  String describe();
}
