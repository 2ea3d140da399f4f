package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.callcare.report.page.ReportPage;
import org.callcare.report.page.Reviews;

/**
 * Chooses the report page's calls to review from the run's calls: how many belong in each list (one Spark job),
 * the first {@link Reviews#SHOWN} of each in its order, and the customer turns and rule matches of those calls
 * (small collections), then lets {@link Reviews} put each list together.
 */
public final class ReviewQueries {
  private ReviewQueries() {}

  public static List<ReportPage.ReviewList> lists(Dataset<CallReportRow> calls, Dataset<ScoredCallRow> scored,
      int windowDays) {
    Reviews.Kind[] kinds = Reviews.Kind.values();
    Column[] counts = new Column[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      counts[i] = count_if(when(kinds[i]));
    }
    Row totals = calls.agg(counts[0], java.util.Arrays.copyOfRange(counts, 1, counts.length)).first();
    Map<Reviews.Kind, List<Reviews.Candidate>> chosen = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Reviews.Kind kind : kinds) {
      List<Reviews.Candidate> candidates = new ArrayList<>();
      for (Row r : calls.filter(when(kind)).orderBy(order(kind)).limit(Reviews.SHOWN)
          .select("callId", "agentId", "callDate", "queue", "customerStartSentiment", "customerEndSentiment")
          .collectAsList()) {
        candidates.add(new Reviews.Candidate(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
            r.isNullAt(4) ? null : r.getDouble(4), r.isNullAt(5) ? null : r.getDouble(5)));
        ids.add(r.getString(0));
      }
      chosen.put(kind, candidates);
    }
    Map<String, List<Reviews.CustomerTurn>> turns = new HashMap<>();
    Map<String, List<Reviews.Match>> matches = new HashMap<>();
    if (!ids.isEmpty()) {
      Dataset<ScoredCallRow> theirs = scored.filter(col("call.callId").isin(ids.toArray()));
      for (Row r : theirs.select(explode(col("turns")).as("t")).filter(lower(col("t.speaker")).equalTo("customer"))
          .select("t.callId", "t.turnIndex", "t.text", "t.score", "t.label").orderBy("callId", "turnIndex")
          .collectAsList()) {
        turns.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new Reviews.CustomerTurn(r.getInt(1),
            r.getString(2), r.isNullAt(3) ? null : r.getDouble(3), r.getString(4)));
      }
      List<String> behaviours = new ArrayList<>();
      for (Reviews.Kind kind : kinds) {
        if (kind.evidenceBehaviour() != null) {
          behaviours.add(kind.evidenceBehaviour());
        }
      }
      for (Row r : theirs.select(explode(col("evidence")).as("e"))
          .filter(col("e.behaviour").isin(behaviours.toArray()))
          .select("e.callId", "e.turnIndex", "e.behaviour", "e.sentence").collectAsList()) {
        matches.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(
            new Reviews.Match(r.getInt(1), r.getString(2), r.getString(3)));
      }
    }
    List<ReportPage.ReviewList> lists = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      lists.add(Reviews.list(kinds[i], totals.getLong(i), chosen.get(kinds[i]), turns, matches, windowDays));
    }
    return lists;
  }

  /** Which calls belong in a list (null flags count as false). */
  static Column when(Reviews.Kind kind) {
    return switch (kind) {
      case ESCALATED -> col("escalated").equalTo(true);
      case COMPLAINT_NO_APOLOGY -> col("complaint").equalTo(true).and(col("apologyAfterComplaint").equalTo(false));
      case COLD_TRANSFER -> col("transfer").equalTo(true).and(col("warmTransfer").equalTo(false));
      case REPEAT_CONTACT -> col("repeatContact").equalTo(true);
    };
  }

  /** A list's order: the worst first where there is a measure of it, then by call id (a stable order). */
  static Column[] order(Reviews.Kind kind) {
    return switch (kind) {
      case ESCALATED -> new Column[] {col("sentimentShift").asc_nulls_last(), col("callId")};
      case COMPLAINT_NO_APOLOGY -> new Column[] {col("customerStartSentiment").asc_nulls_last(), col("callId")};
      default -> new Column[] {col("callDate"), col("callId")};
    };
  }
}
