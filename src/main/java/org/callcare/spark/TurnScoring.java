package org.callcare.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.callcare.domain.Call;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Turn;
import org.callcare.metrics.CallMetricsCalculator;
import org.callcare.nlp.SentimentScorer;
import org.callcare.nlp.SentimentScorerFactory;

/**
 * The NLP pass: scores every turn of every call with the executor's shared scorer, streaming each partition
 * (no buffering), and computes the call's own metrics in the same pass. Empty turns get no score.
 */
public final class TurnScoring {
  private TurnScoring() {}

  public static Dataset<ScoredCallRow> score(Dataset<CallRow> calls, SentimentScorerFactory scorers) {
    return calls.mapPartitions((MapPartitionsFunction<CallRow, ScoredCallRow>) rows -> {
      SentimentScorer scorer = scorers.get();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public ScoredCallRow next() {
          return scoreCall(rows.next(), scorer);
        }
      };
    }, RowEncoders.SCORED_CALL);
  }

  /** The call-level metrics of scored calls (their turns left behind). */
  public static Dataset<CallReportRow> callMetrics(Dataset<ScoredCallRow> scored) {
    return scored.select(col("call.*")).as(RowEncoders.CALL_REPORT);
  }

  static ScoredCallRow scoreCall(CallRow row, SentimentScorer scorer) {
    Call call = RowMapping.toCall(row);
    List<ScoredTurn> scored = new ArrayList<>(call.turns().size());
    List<ScoredTurnRow> turnRows = new ArrayList<>(call.turns().size());
    for (Turn turn : call.turns()) {
      ScoredTurn scoredTurn = new ScoredTurn(turn, scorer.score(turn.text()));
      scored.add(scoredTurn);
      turnRows.add(RowMapping.toRow(call.callId(), scoredTurn));
    }
    ScoredCallRow out = new ScoredCallRow();
    out.setCall(RowMapping.toRow(row, CallMetricsCalculator.compute(call.agentId(), scored)));
    out.setTurns(turnRows);
    return out;
  }
}
