package org.callcare.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.report.ReportColumns;
import org.callcare.report.RunManifest;
import org.callcare.spark.CallAnalysis;
import org.callcare.spark.CallRow;
import org.callcare.spark.ScoredCallRow;
import org.callcare.spark.TurnScoring;

/**
 * Stage "sentiment": the one NLP pass over every turn (CoreNLP, the sentiment layer and the behaviour rules),
 * persisted for every later stage, and {@code turns/} written from it.
 */
final class ScoreStage {
  /** The scored calls, the turn totals read back from {@code turns/}, and how the sentence memos served. */
  record Scored(Dataset<ScoredCallRow> calls, long turns, long scoredTurns, long sentences,
      RunManifest.SentenceMemoUse memo, int partitions) {
    String summary() {
      return turns + " turns scored (" + scoredTurns + " with a score, " + sentences + " sentences, " + memo.hits()
          + " from the sentence memo) in " + partitions + " partitions";
    }
  }

  private ScoreStage() {}

  static Scored run(RunContext run, Dataset<CallRow> calls, SentimentScorerFactory scorers, CallAnalysis analysis,
      int partitions, Path turnsFolder) {
    TurnScoring.Counters nlp = TurnScoring.Counters.register(run.spark().sparkContext());
    Dataset<ScoredCallRow> scored = run.keep(TurnScoring.score(calls, scorers, analysis, nlp,
        run.options().redactor()));
    Column[] columns = ReportColumns.TURNS.stream()
        .map(c -> col("turn." + ReportColumns.camel(c)).as(c)).toArray(Column[]::new);
    scored.select(explode(col("turns")).as("turn")).select(columns)
        .write().mode(SaveMode.Overwrite).parquet(turnsFolder.toString());
    // an independent count of what was written
    Row totals = run.spark().read().parquet(turnsFolder.toString())
        .selectExpr("count(*)", "count(score)", "coalesce(sum(sentences), 0)").first();
    RunManifest.SentenceMemoUse memo = RunManifest.SentenceMemoUse.of(run.options().sentenceMemo(),
        nlp.sentences().value(), nlp.memoHits().value());
    return new Scored(scored, totals.getLong(0), totals.getLong(1), totals.getLong(2), memo, partitions);
  }
}
