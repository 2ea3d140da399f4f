package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.callcare.metrics.RepeatContacts;

/**
 * Adds repeat contact and one-call resolution to each call: calls are grouped by customer (one shuffle) and
 * {@link RepeatContacts} marks them; the newest call start in the data is the "as of" time for provisional
 * outcomes.
 */
public final class CallOutcomes {
  private CallOutcomes() {}

  public static Dataset<CallReportRow> withOutcomes(Dataset<CallReportRow> calls, Duration window) {
    Row newest = calls.agg(max(col("startedAtMs"))).first();
    long asOfMs = newest.isNullAt(0) ? 0L : newest.getLong(0);
    return calls
        .groupByKey((MapFunction<CallReportRow, String>) CallReportRow::getCustomerId, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, CallReportRow, CallReportRow>) (customer, rows) ->
            markCustomer(rows, window, asOfMs), RowEncoders.CALL_REPORT);
  }

  private static Iterator<CallReportRow> markCustomer(Iterator<CallReportRow> rows, Duration window, long asOf) {
    List<CallReportRow> calls = new ArrayList<>();
    List<RepeatContacts.CallStart> starts = new ArrayList<>();
    rows.forEachRemaining(row -> {
      calls.add(row);
      starts.add(new RepeatContacts.CallStart(row.getCallId(), row.getStartedAtMs(), row.isTransfer()));
    });
    Map<String, RepeatContacts.Outcome> outcomes = RepeatContacts.mark(starts, window, asOf);
    List<CallReportRow> out = new ArrayList<>(calls.size());
    for (CallReportRow call : calls) {
      out.add(RowMapping.withOutcome(call, outcomes.get(call.getCallId())));
    }
    return out.iterator();
  }
}
