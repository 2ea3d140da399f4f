package org.callcare.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.SentimentScorer;
import org.callcare.nlp.SentimentScorerFactory;

/**
 * The benchmark's baseline: CoreNLP's default sentiment pipeline as most users run it — the PCFG parser with
 * dependency graphs built, no sentence memo, every turn annotated whole — plus the lemma annotator so the
 * behaviour rules see what they see in the job. One pipeline per JVM (not per row: the baseline is the default
 * settings, not the worst possible code).
 */
public final class NaiveScorer implements SentimentScorer {

  public static final String DESCRIPTION =
      "CoreNLP default sentiment pipeline (PCFG parser, dependency graphs, no memo)";

  private static final class Holder {
    static final NaiveScorer INSTANCE = new NaiveScorer(new StanfordCoreNLP(properties()));
  }

  private final StanfordCoreNLP pipeline;

  private NaiveScorer(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** CoreNLP's defaults for sentiment: PCFG parser (englishPCFG), dependency graphs on, no length guard. */
  public static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse,sentiment");
    props.setProperty("tokenize.options", "untokenizable=noneKeep");
    props.setProperty("parse.binaryTrees", "true");
    return props;
  }

  public static NaiveScorer shared() {
    return Holder.INSTANCE;
  }

  public static SentimentScorerFactory factory() {
    return NaiveScorer::shared;
  }

  @Override
  public List<AnalyzedSentence> analyze(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<AnalyzedSentence> out = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      out.add(new AnalyzedSentence(sentence.get(CoreAnnotations.TextAnnotation.class), tokens,
          CoreNlpSentimentScorer.sentiment(sentence, tokens.size())));
    }
    return out;
  }

  @Override
  public String describe() {
    return DESCRIPTION;
  }
}
