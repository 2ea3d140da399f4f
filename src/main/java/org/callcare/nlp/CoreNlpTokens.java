package org.callcare.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences with tokens, tags and lemmas but no sentiment: the light CoreNLP pipeline (tokenizer and tagger, about
 * 2 s to load). It checks rule files at start-up and drives the rule evaluation (the job's scorer runs the same
 * annotators in steps, see {@link CoreNlpSentimentScorer}). One per JVM, thread-safe.
 */
public final class CoreNlpTokens {

  private static final class Holder {
    static final CoreNlpTokens INSTANCE = new CoreNlpTokens(
        new StanfordCoreNLP(CoreNlpSettings.tokenProperties()));
  }

  private final StanfordCoreNLP pipeline;

  private CoreNlpTokens(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** This JVM's tokenizer; the first call loads the tagger. */
  public static CoreNlpTokens shared() {
    return Holder.INSTANCE;
  }

  /** {@code text} split into sentences and tokens, tagged and lemmatised. */
  Annotation annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation;
  }

  /** The sentences of {@code text} (over-long ones cut by {@link SentenceChunker}), without sentiment. */
  public List<AnalyzedSentence> sentences(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation annotation = annotate(text);
    List<AnalyzedSentence> out = new ArrayList<>();
    for (CoreMap sentence : SentenceChunker.chunk(text, annotation.get(CoreAnnotations.SentencesAnnotation.class))) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      out.add(new AnalyzedSentence(sentenceText(text, sentence), tokens, null, false));
    }
    return out;
  }

  /** The original text of a CoreNLP sentence (its character span in {@code text}). */
  static String sentenceText(String text, CoreMap sentence) {
    Integer begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin == null || end == null || begin < 0 || end > text.length() || begin > end) {
      return sentence.get(CoreAnnotations.TextAnnotation.class);
    }
    return text.substring(begin, end);
  }
}
