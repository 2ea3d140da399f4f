package org.callcare.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.callcare.spark.CallOutcomes;
import org.callcare.spark.CallReportRow;
import org.callcare.spark.HistoryTable;

/**
 * Stage "calls": the night's call-level results with their repeat-contact outcomes, computed over every night of
 * the history when there is one (this night's calls replacing its earlier run), and the calls' totals.
 */
final class OutcomesStage {
  /**
   * The night's calls (before outcomes: what the history stores), every day's calls with outcomes (null without
   * a history), the night's calls with outcomes, and their totals.
   */
  record Outcomes(Dataset<CallReportRow> night, Dataset<CallReportRow> allDays, Dataset<CallReportRow> calls,
      long processed, long turnsDropped, long repairWarnings, long callsWithWarnings) {
    String summary() {
      return processed + " calls with their outcomes";
    }
  }

  private OutcomesStage() {}

  static Outcomes run(RunContext run, Dataset<CallReportRow> night, HistoryTable history) throws IOException {
    NightlyOptions nightly = run.options().nightly();
    Dataset<CallReportRow> allDays = history == null ? null : run.keep(CallOutcomes.withOutcomes(
        history.callsExcept(nightly.date()).unionByName(night), run.options().window()));
    Dataset<CallReportRow> calls = run.keep(allDays == null
        ? CallOutcomes.withOutcomes(night, run.options().window())
        : allDays.filter(col("callDate").equalTo(lit(nightly.date().toString()))));
    // computes the persisted calls once, before the reports read them side by side
    Row totals = calls.selectExpr("count(*)", "coalesce(sum(turnsDropped), 0)", "coalesce(sum(warnings), 0)",
        "count_if(warnings > 0)").first();
    return new Outcomes(night, allDays, calls, totals.getLong(0), totals.getLong(1), totals.getLong(2),
        totals.getLong(3));
  }
}
