package org.callcare.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a turn as the NLP pass saw it: its text, its tokens (word, part-of-speech tag and lemma, which
 * the behaviour rules match on; a sentence served from the memo is not tagged, see {@link #isTagged()}) and its
 * sentiment ({@code null} when the sentence was not scored, e.g. by a tokenizer-only analyzer or when the
 * sentiment model gave no verdict); {@code fromMemo} says the sentiment came from the JVM's sentence memo rather
 * than from running the tagger, the parser and the model.
 */
public record AnalyzedSentence(String text, List<CoreLabel> tokens, SentenceSentiment sentiment,
    boolean fromMemo) {
  public AnalyzedSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /** A sentence whose sentiment (if any) was computed, not remembered. */
  public AnalyzedSentence(String text, List<CoreLabel> tokens, SentenceSentiment sentiment) {
    this(text, tokens, sentiment, false);
  }

  /** The memo key: the sentence's words joined by single spaces (whitespace-normalised, case kept). */
  public String key() {
    StringBuilder key = new StringBuilder();
    for (CoreLabel token : tokens) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(token.word());
    }
    return key.toString();
  }

  /** Whether the tokens carry part-of-speech tags and lemmas (a sentence served from the memo may not). */
  public boolean isTagged() {
    return tokens.isEmpty() || tokens.get(0).tag() != null;
  }

  /** Whether the sentence ends with a question mark. */
  public boolean isQuestion() {
    return !tokens.isEmpty() && "?".equals(tokens.get(tokens.size() - 1).word());
  }
}
