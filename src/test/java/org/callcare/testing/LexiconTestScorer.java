package org.callcare.testing;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpTokens;
import org.callcare.nlp.SentenceSentiment;
import org.callcare.nlp.SentimentScorer;
import org.callcare.nlp.SentimentScorerFactory;

/**
 * A deterministic stand-in for CoreNLP sentiment in tests: sentences, tokens, tags and lemmas come from the
 * real light pipeline ({@link CoreNlpTokens}, so behaviour rules see what they see in the job); a sentence with
 * a negative word scores -0.7, one with a positive word +0.7, anything else 0. Counts the texts it analyzes.
 */
public final class LexiconTestScorer implements SentimentScorer {
  public static final LexiconTestScorer INSTANCE = new LexiconTestScorer();
  private static final Set<String> NEGATIVE = Set.of("terrible", "awful", "ridiculous", "furious", "angry",
      "worst", "useless", "unacceptable", "broken", "hate");
  private static final Set<String> POSITIVE = Set.of("thanks", "thank", "great", "perfect", "wonderful",
      "helps", "appreciate", "brilliant", "excellent");
  private static final double[] NEGATIVE_P = {0.5, 0.4, 0.1, 0, 0};
  private static final double[] POSITIVE_P = {0, 0, 0.1, 0.4, 0.5};
  private static final double[] NEUTRAL_P = {0, 0, 1, 0, 0};

  private final AtomicLong textsScored = new AtomicLong();

  private LexiconTestScorer() {}

  public static SentimentScorerFactory factory() {
    return () -> INSTANCE;
  }

  public long textsScored() {
    return textsScored.get();
  }

  public void reset() {
    textsScored.set(0);
  }

  @Override
  public List<AnalyzedSentence> analyze(String text) {
    textsScored.incrementAndGet();
    List<AnalyzedSentence> out = new ArrayList<>();
    for (AnalyzedSentence sentence : CoreNlpTokens.shared().sentences(text)) {
      double[] p = NEUTRAL_P;
      for (CoreLabel token : sentence.tokens()) {
        String w = token.word().toLowerCase(Locale.ROOT);
        if (NEGATIVE.contains(w)) {
          p = NEGATIVE_P;
          break;
        }
        if (POSITIVE.contains(w)) {
          p = POSITIVE_P;
        }
      }
      out.add(new AnalyzedSentence(sentence.text(), sentence.tokens(),
          new SentenceSentiment(sentence.tokens().size(), p)));
    }
    return out;
  }

  @Override
  public String describe() {
    return "lexicon test scorer";
  }
}
