package org.callcare.train;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.callcare.behaviour.RuleBook;
import org.callcare.domain.RuleHit;
import org.callcare.domain.Speaker;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.SentimentScorer;
import org.callcare.spark.CallAnalysis;

/**
 * The job's NLP pass over labelled turns, in Spark: each executor's shared CoreNLP scorer splits and scores every
 * sentence, and the default behaviour rules are matched (as the customer's when a set has no speakers, so that
 * customer cues count). The result is what the layer's features are computed from.
 */
public final class TurnAnalysis {
  static final Encoder<AnalyzedTurn> ENCODER = Encoders.bean(AnalyzedTurn.class);
  static final Encoder<LabelledTurn> LABELLED = Encoders.bean(LabelledTurn.class);

  private TurnAnalysis() {}

  public static Dataset<AnalyzedTurn> analyze(SparkSession spark, List<LabelledTurn> turns, int partitions) {
    Dataset<LabelledTurn> input = spark.createDataset(turns, LABELLED).repartition(partitions);
    return input.mapPartitions((MapPartitionsFunction<LabelledTurn, AnalyzedTurn>) rows -> {
      SentimentScorer scorer = CoreNlpSentimentScorer.shared();
      RuleBook rules = CallAnalysis.defaults().calculator().rules();
      List<AnalyzedTurn> out = new ArrayList<>();
      while (rows.hasNext()) {
        out.add(analyze(rows.next(), scorer, rules));
      }
      return out.iterator();
    }, ENCODER);
  }

  static AnalyzedTurn analyze(LabelledTurn turn, SentimentScorer scorer, RuleBook rules) {
    Speaker speaker = turn.getSpeaker() == null ? null : Speaker.parse(turn.getSpeaker()).orElse(null);
    Speaker ruleSpeaker = speaker == null ? Speaker.CUSTOMER : speaker;
    List<SentenceRow> sentences = new ArrayList<>();
    Set<String> behaviours = new LinkedHashSet<>();
    for (AnalyzedSentence sentence : scorer.analyze(turn.getText())) {
      List<String> words = new ArrayList<>(sentence.tokens().size());
      for (CoreLabel token : sentence.tokens()) {
        words.add(token.word());
      }
      sentences.add(new SentenceRow(words,
          sentence.sentiment() == null ? null : sentence.sentiment().probabilities()));
      if (ruleSpeaker != Speaker.SYSTEM && !sentence.tokens().isEmpty()) {
        scorer.tag(sentence);
        for (RuleHit hit : rules.match(ruleSpeaker, sentence)) {
          behaviours.add(hit.behaviour().id());
        }
      }
    }
    AnalyzedTurn out = new AnalyzedTurn();
    out.setSet(turn.getSet());
    out.setId(turn.getId());
    out.setLabel(turn.getLabel());
    out.setSpeaker(speaker == null ? null : speaker.label());
    out.setGroup(turn.getGroup());
    out.setPosition(turn.getPosition());
    out.setSentences(sentences);
    out.setBehaviours(new ArrayList<>(behaviours));
    return out;
  }
}
