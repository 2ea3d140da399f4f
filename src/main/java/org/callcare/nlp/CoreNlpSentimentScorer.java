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
 * Stanford CoreNLP sentiment, with tokens, tags and lemmas, for every sentence of a text, in three steps: split
 * the text into sentences and tokens (no model), look each sentence up in the JVM's {@link SentenceMemo}, and
 * only for the sentences not found run the tagger (part of speech, lemma), the parser and the sentiment model,
 * together in one annotation each. A sentence served from the memo comes back untagged; {@link #tag} tags it
 * when a caller needs its tags after all. The pipelines are built once per JVM on first use
 * (class-initialisation holders, thread-safe), shared by Spark's task threads, and never serialized.
 */
public final class CoreNlpSentimentScorer implements SentimentScorer {
  /** Default memo size, in sentences (about 30 MB of heap when full). */
  public static final int DEFAULT_MEMO_SENTENCES = 100_000;

  private static final class Pipelines {
    static final Pipelines SHARED = new Pipelines();

    final StanfordCoreNLP split = new StanfordCoreNLP(CoreNlpSettings.splitProperties());
    final StanfordCoreNLP tag = new StanfordCoreNLP(CoreNlpSettings.tagProperties(), false);
    final StanfordCoreNLP parseAndSentiment =
        new StanfordCoreNLP(CoreNlpSettings.parseSentimentProperties(), false);
  }

  private static final Map<Integer, CoreNlpSentimentScorer> BY_MEMO_SIZE = new ConcurrentHashMap<>();

  private final Pipelines pipelines;
  private final SentenceMemo memo;

  private CoreNlpSentimentScorer(Pipelines pipelines, SentenceMemo memo) {
    this.pipelines = pipelines;
    this.memo = memo;
  }

  /** This JVM's scorer with the default memo; the first call loads the models (a few seconds). */
  public static CoreNlpSentimentScorer shared() {
    return shared(DEFAULT_MEMO_SENTENCES);
  }

  /** This JVM's scorer with a memo of {@code memoSentences} (0: no memo); the models are shared by all. */
  public static CoreNlpSentimentScorer shared(int memoSentences) {
    return BY_MEMO_SIZE.computeIfAbsent(memoSentences,
        n -> new CoreNlpSentimentScorer(Pipelines.SHARED, new SentenceMemo(n)));
  }

  /**
   * A scorer with pipelines and models of its own, not shared with the JVM's (benchmarks compare one shared
   * pipeline with one per thread). CoreNLP caches annotators across pipelines in a JVM-wide pool, so this
   * empties that pool first to load the models again: a few seconds and several hundred MB. Not for the job.
   */
  public static synchronized CoreNlpSentimentScorer newInstance(int memoSentences) {
    StanfordCoreNLP.clearAnnotatorPool();
    return new CoreNlpSentimentScorer(new Pipelines(), new SentenceMemo(memoSentences));
  }

  /** Serializable factory for Spark closures. */
  public static SentimentScorerFactory factory(int memoSentences) {
    return () -> shared(memoSentences);
  }

  /** Serializable factory with the default memo. */
  public static SentimentScorerFactory factory() {
    return factory(DEFAULT_MEMO_SENTENCES);
  }

  @Override
  public List<AnalyzedSentence> analyze(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation document = new Annotation(text);
    pipelines.split.annotate(document);
    List<CoreMap> sentences =
        SentenceChunker.chunk(text, document.get(CoreAnnotations.SentencesAnnotation.class));
    SentenceSentiment[] sentiments = new SentenceSentiment[sentences.size()];
    boolean[] fromMemo = new boolean[sentences.size()];
    List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
    List<CoreMap> toScore = new ArrayList<>();
    List<Integer> toScoreIndex = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      AnalyzedSentence untagged = new AnalyzedSentence(CoreNlpTokens.sentenceText(text, sentence),
          sentence.get(CoreAnnotations.TokensAnnotation.class), null);
      analyzed.add(untagged);
      if (untagged.tokens().isEmpty()) {
        continue;
      }
      sentiments[i] = memo.get(untagged.key());
      fromMemo[i] = sentiments[i] != null;
      if (sentiments[i] == null) {
        toScore.add(sentence);
        toScoreIndex.add(i);
      }
    }
    if (!toScore.isEmpty()) {
      Annotation batch = batch(text, toScore);
      pipelines.tag.annotate(batch);
      pipelines.parseAndSentiment.annotate(batch);
      for (int j = 0; j < toScore.size(); j++) {
        int i = toScoreIndex.get(j);
        CoreMap sentence = toScore.get(j);
        sentiments[i] = sentiment(sentence, sentence.get(CoreAnnotations.TokensAnnotation.class).size());
        if (sentiments[i] != null) {
          memo.put(analyzed.get(i).key(), sentiments[i]);
        }
      }
    }
    List<AnalyzedSentence> out = new ArrayList<>(analyzed.size());
    for (int i = 0; i < analyzed.size(); i++) {
      AnalyzedSentence a = analyzed.get(i);
      // no verdict from the sentiment annotator: keep the sentence for the rules, leave its score out
      out.add(new AnalyzedSentence(a.text(), a.tokens(), sentiments[i], fromMemo[i]));
    }
    return out;
  }

  /** Tags a sentence served from the memo (part of speech and lemma, in place); tagged sentences are left alone. */
  @Override
  public void tag(AnalyzedSentence sentence) {
    if (sentence.isTagged()) {
      return;
    }
    CoreMap one = new edu.stanford.nlp.util.ArrayCoreMap();
    one.set(CoreAnnotations.TokensAnnotation.class, sentence.tokens());
    pipelines.tag.annotate(batch(sentence.text(), List.of(one)));
  }

  /** An annotation holding already split sentences, for the later pipelines. */
  private static Annotation batch(String text, List<CoreMap> sentences) {
    Annotation batch = new Annotation(text);
    List<CoreLabel> batchTokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      batchTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    batch.set(CoreAnnotations.TokensAnnotation.class, batchTokens);
    batch.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return batch;
  }

  /** The five class probabilities of a sentence the sentiment annotator has run on; null without a verdict. */
  public static SentenceSentiment sentiment(CoreMap sentence, int tokens) {
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
