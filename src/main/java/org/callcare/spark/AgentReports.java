package org.callcare.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.callcare.spark.Aggregates.countWhere;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataTypes;
import org.callcare.metrics.AgentScorecard;
import org.callcare.metrics.RepeatContacts.FcrStatus;

/**
 * Per-agent figures: Spark sums the calls' flags per agent in one aggregation, then {@link AgentScorecard}
 * turns each agent's tallies into rates with Wilson intervals.
 */
public final class AgentReports {
  private AgentReports() {}

  /** One row per agent over all the calls given ({@code callDate} null). */
  public static Dataset<AgentReportRow> scorecards(Dataset<CallReportRow> calls) {
    return tally(calls, col("agentId"), lit(null).cast(DataTypes.StringType).as("callDate"));
  }

  /** One row per agent and day ({@code callDate}) of the calls given: the trend report. */
  public static Dataset<AgentReportRow> daily(Dataset<CallReportRow> calls) {
    return tally(calls, col("agentId"), col("callDate"));
  }

  private static Dataset<AgentReportRow> tally(Dataset<CallReportRow> calls, Column agent, Column day) {
    Column finalOutcome = col("fcrStatus").equalTo(lit(FcrStatus.FINAL.label()));
    return calls.groupBy(agent, day)
        .agg(
            count(lit(1)).as("calls"),
            countWhere(col("startedNegative")).as("startedNegativeCalls"),
            countWhere(col("deEscalated")).as("deEscalatedCalls"),
            countWhere(col("apologyPresent")).as("apologyCalls"),
            countWhere(col("complaint")).as("complaintCalls"),
            countWhere(col("apologyAfterComplaint")).as("apologyAfterComplaintCalls"),
            countWhere(col("transfer")).as("transferCalls"),
            countWhere(finalOutcome).as("fcrFinalCalls"),
            countWhere(finalOutcome.and(col("oneCallResolution"))).as("oneCallResolvedCalls"),
            countWhere(finalOutcome.unary_$bang()).as("fcrProvisionalCalls"),
            count(col("sentimentShift")).as("shiftCalls"),
            coalesce(sum(col("sentimentShift")), lit(0.0)).as("shiftSum"))
        .as(RowEncoders.AGENT_COUNTS)
        .map((MapFunction<AgentCountsRow, AgentReportRow>) counts -> {
          AgentReportRow row = RowMapping.toRow(AgentScorecard.from(RowMapping.toDomain(counts)));
          row.setCallDate(counts.getCallDate());
          return row;
        }, RowEncoders.AGENT_REPORT);
  }
}
