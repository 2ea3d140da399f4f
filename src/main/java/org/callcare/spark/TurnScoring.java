package org.callcare.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.util.LongAccumulator;
import org.callcare.domain.Call;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Turn;
import org.callcare.domain.TurnSentiment;
import org.callcare.domain.RuleHit;
import org.callcare.metrics.CallMetrics;
import org.callcare.metrics.CallMetricsCalculator;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.SentimentScorer;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.privacy.PiiRedactor;
import org.callcare.sentiment.SentimentInput;
import org.callcare.sentiment.SentimentInputs;
import org.callcare.sentiment.SentimentModel;

/**
 * The NLP pass: analyzes every turn of every call once with the executor's shared scorer, streaming each
 * partition (no buffering); the behaviour rules match the same sentences' tokens (no second NLP pass), and the
 * call's own metrics are computed in the same pass. CoreNLP scores every sentence; the conversational sentiment
 * layer (when the run has one) turns those scores, the turn's words, cues and rule hits into the turn's score and
 * label; it reads each call's turns in order, so that its second pass hears a turn in its scene. Empty turns get
 * no score.
 */
public final class TurnScoring {
  private TurnScoring() {}

  /** Sentences analysed, and how many of them took their sentiment from the executor's memo. */
  public record Counters(LongAccumulator sentences, LongAccumulator memoHits) implements java.io.Serializable {
    public static Counters register(org.apache.spark.SparkContext spark) {
      return new Counters(spark.longAccumulator("sentences analysed"), spark.longAccumulator("sentence memo hits"));
    }
  }

  /**
   * @param redactor applied to the text written out (turn text, evidence), never to the text analysed
   */
  public static Dataset<ScoredCallRow> score(Dataset<CallRow> calls, SentimentScorerFactory scorers,
      CallAnalysis analysis, Counters counters, PiiRedactor redactor) {
    return calls.mapPartitions((MapPartitionsFunction<CallRow, ScoredCallRow>) rows -> {
      SentimentScorer scorer = scorers.get();
      CallMetricsCalculator calculator = analysis.calculator();
      SentimentModel model = analysis.sentiment().model();
      SentenceRules rules = new SentenceRules(calculator.rules(), analysis.ruleHitMemo(), scorer);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public ScoredCallRow next() {
          return scoreCall(rows.next(), scorer, rules, model, calculator, counters, redactor);
        }
      };
    }, RowEncoders.SCORED_CALL);
  }

  /** The call-level metrics of scored calls (their turns left behind). */
  public static Dataset<CallReportRow> callMetrics(Dataset<ScoredCallRow> scored) {
    return scored.select(col("call.*")).as(RowEncoders.CALL_REPORT);
  }

  static ScoredCallRow scoreCall(CallRow row, SentimentScorer scorer, SentenceRules rules, SentimentModel model,
      CallMetricsCalculator calculator, Counters counters, PiiRedactor redactor) {
    Call call = RowMapping.toCall(row);
    List<TurnSentiment> sentiments = new ArrayList<>(call.turns().size());
    List<List<RuleHit>> turnHits = new ArrayList<>(call.turns().size());
    List<Integer> layered = new ArrayList<>();
    List<SentimentInput> inputs = new ArrayList<>();
    List<String> voices = new ArrayList<>();
    for (Turn turn : call.turns()) {
      List<AnalyzedSentence> sentences = scorer.analyze(turn.text());
      List<RuleHit> hits = new ArrayList<>();
      for (AnalyzedSentence sentence : sentences) {
        hits.addAll(rules.match(turn.speaker(), sentence));
        counters.sentences().add(1);
        if (sentence.fromMemo()) {
          counters.memoHits().add(1);
        }
      }
      TurnSentiment sentiment = SentimentScorer.sentiment(sentences);
      if (model != null && sentiment.score() != null) {
        layered.add(sentiments.size());
        inputs.add(SentimentInputs.of(turn.speaker(), sentences, hits));
        voices.add(SentimentInputs.voice(turn));
      }
      sentiments.add(sentiment);
      turnHits.add(hits);
    }
    if (!inputs.isEmpty()) {
      // the layer reads the call's scored turns in order: a second pass hears each turn in its scene
      List<double[]> probabilities = model.probabilities(inputs, voices);
      for (int i = 0; i < layered.size(); i++) {
        int at = layered.get(i);
        sentiments.set(at, sentiments.get(at).withLayer(probabilities.get(i)));
      }
    }
    List<ScoredTurn> scored = new ArrayList<>(call.turns().size());
    List<ScoredTurnRow> turnRows = new ArrayList<>(call.turns().size());
    for (int i = 0; i < call.turns().size(); i++) {
      ScoredTurn scoredTurn = new ScoredTurn(call.turns().get(i), sentiments.get(i), turnHits.get(i));
      scored.add(scoredTurn);
      turnRows.add(RowMapping.toRow(call.callId(), scoredTurn, redactor));
    }
    CallMetrics metrics = calculator.compute(call.agentId(), call.customerName(), scored);
    ScoredCallRow out = new ScoredCallRow();
    out.setCall(RowMapping.toRow(row, metrics));
    out.setTurns(turnRows);
    out.setEvidence(RowMapping.evidenceRows(row, metrics.behaviours(), redactor));
    return out;
  }
}
