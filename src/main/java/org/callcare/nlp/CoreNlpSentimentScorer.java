package org.callcare.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * Stanford CoreNLP sentiment, with tokens, tags and lemmas, for every sentence of a text. One pipeline per JVM, built on first use by
 * {@link #shared()} (class-initialisation holder, so thread-safe and built once); {@code annotate} is called
 * concurrently by Spark's task threads.
 */
public final class CoreNlpSentimentScorer implements SentimentScorer {

  private static final class Holder {
    static final CoreNlpSentimentScorer INSTANCE = new CoreNlpSentimentScorer(
        new StanfordCoreNLP(CoreNlpSettings.jobProperties()));
  }

  private final StanfordCoreNLP pipeline;

  private CoreNlpSentimentScorer(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** This JVM's scorer; the first call loads the models (a few seconds). */
  public static CoreNlpSentimentScorer shared() {
    return Holder.INSTANCE;
  }

  /** Serializable factory for Spark closures. */
  public static SentimentScorerFactory factory() {
    return CoreNlpSentimentScorer::shared;
  }

  @Override
  public List<AnalyzedSentence> analyze(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      // no verdict from the sentiment annotator: keep the sentence for the rules, leave its score out
      analyzed.add(new AnalyzedSentence(CoreNlpTokens.sentenceText(text, sentence), tokens,
          tokens.isEmpty() ? null : sentiment(sentence, tokens.size())));
    }
    return analyzed;
  }

  private static SentenceSentiment sentiment(CoreMap sentence, int tokens) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
    if (predictions == null) {
      return null;
    }
    double[] probabilities = new double[predictions.getNumElements()];
    for (int c = 0; c < probabilities.length; c++) {
      probabilities[c] = predictions.get(c);
    }
    return new SentenceSentiment(tokens, probabilities);
  }

  @Override
  public String describe() {
    return CoreNlpSettings.describe();
  }
}
