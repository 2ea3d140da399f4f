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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.simple.SimpleMatrix;

/**
 * Stanford CoreNLP sentiment, with tokens, tags and lemmas, for every sentence of a text, in two steps: the
 * light pipeline ({@link CoreNlpTokens}: tokenize, ssplit, pos, lemma) splits and tags the whole text, then only
 * the sentences not already in the JVM's {@link SentenceMemo} go through the parser and the sentiment model
 * (the expensive part), together, in one annotation. Both pipelines are built once per JVM on first use
 * (class-initialisation holders, thread-safe) and shared by Spark's task threads; they are never serialized.
 */
public final class CoreNlpSentimentScorer implements SentimentScorer {
  /** Default memo size, in sentences (about 30 MB of heap when full). */
  public static final int DEFAULT_MEMO_SENTENCES = 100_000;

  private static final class ParseAndSentiment {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(CoreNlpSettings.parseSentimentProperties(), false);
  }

  private static final Map<Integer, CoreNlpSentimentScorer> BY_MEMO_SIZE = new ConcurrentHashMap<>();

  private final CoreNlpTokens tokens;
  private final StanfordCoreNLP parseAndSentiment;
  private final SentenceMemo memo;

  private CoreNlpSentimentScorer(CoreNlpTokens tokens, StanfordCoreNLP parseAndSentiment, SentenceMemo memo) {
    this.tokens = tokens;
    this.parseAndSentiment = parseAndSentiment;
    this.memo = memo;
  }

  /** This JVM's scorer with the default memo; the first call loads the models (a few seconds). */
  public static CoreNlpSentimentScorer shared() {
    return shared(DEFAULT_MEMO_SENTENCES);
  }

  /** This JVM's scorer with a memo of {@code memoSentences} (0: no memo); the models are shared by all. */
  public static CoreNlpSentimentScorer shared(int memoSentences) {
    return BY_MEMO_SIZE.computeIfAbsent(memoSentences, n ->
        new CoreNlpSentimentScorer(CoreNlpTokens.shared(), ParseAndSentiment.PIPELINE, new SentenceMemo(n)));
  }

  /**
   * A scorer with pipelines of its own, not shared with the JVM's (benchmarks compare one shared pipeline with
   * one per thread). Loads the models again: a few seconds and several hundred MB.
   */
  public static CoreNlpSentimentScorer newInstance(int memoSentences) {
    return new CoreNlpSentimentScorer(CoreNlpTokens.newInstance(),
        new StanfordCoreNLP(CoreNlpSettings.parseSentimentProperties(), false), new SentenceMemo(memoSentences));
  }

  /** Serializable factory for Spark closures. */
  public static SentimentScorerFactory factory(int memoSentences) {
    return () -> shared(memoSentences);
  }

  /** Serializable factory with the default memo. */
  public static SentimentScorerFactory factory() {
    return factory(DEFAULT_MEMO_SENTENCES);
  }

  public SentenceMemo memo() {
    return memo;
  }

  @Override
  public List<AnalyzedSentence> analyze(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation document = tokens.annotate(text);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    SentenceSentiment[] sentiments = new SentenceSentiment[sentences.size()];
    boolean[] fromMemo = new boolean[sentences.size()];
    String[] keys = new String[sentences.size()];
    List<CoreMap> toScore = new ArrayList<>();
    List<Integer> toScoreIndex = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> sentenceTokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      if (sentenceTokens.isEmpty()) {
        continue;
      }
      keys[i] = key(sentenceTokens);
      sentiments[i] = memo.get(keys[i]);
      fromMemo[i] = sentiments[i] != null;
      if (sentiments[i] == null) {
        toScore.add(sentences.get(i));
        toScoreIndex.add(i);
      }
    }
    if (!toScore.isEmpty()) {
      parseAndScore(text, toScore);
      for (int j = 0; j < toScore.size(); j++) {
        int i = toScoreIndex.get(j);
        CoreMap sentence = toScore.get(j);
        sentiments[i] = sentiment(sentence, sentence.get(CoreAnnotations.TokensAnnotation.class).size());
        if (sentiments[i] != null) {
          memo.put(keys[i], sentiments[i]);
        }
      }
    }
    List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      // no verdict from the sentiment annotator: keep the sentence for the rules, leave its score out
      analyzed.add(new AnalyzedSentence(CoreNlpTokens.sentenceText(text, sentence),
          sentence.get(CoreAnnotations.TokensAnnotation.class), sentiments[i], fromMemo[i]));
    }
    return analyzed;
  }

  /** Runs the parser and the sentiment model over already tagged sentences, in one annotation. */
  private void parseAndScore(String text, List<CoreMap> sentences) {
    Annotation batch = new Annotation(text);
    List<CoreLabel> batchTokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      batchTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    batch.set(CoreAnnotations.TokensAnnotation.class, batchTokens);
    batch.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    parseAndSentiment.annotate(batch);
  }

  /** The memo key: the sentence's words joined by single spaces. */
  static String key(List<CoreLabel> sentenceTokens) {
    StringBuilder key = new StringBuilder();
    for (CoreLabel token : sentenceTokens) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(token.word());
    }
    return key.toString();
  }

  private static SentenceSentiment sentiment(CoreMap sentence, int tokens) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
    if (predictions == null || tokens == 0) {
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
    return CoreNlpSettings.describe() + ", sentence memo of " + memo.capacity() + " sentences per JVM";
  }
}
