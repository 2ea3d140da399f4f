package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.callcare.report.page.ReportPage;
import org.callcare.report.page.Reviews;

/**
 * Chooses the report page's calls to review from the run's calls in two small Spark jobs: the first
 * {@link Reviews#SHOWN} of each list in its order with the list's total, then those calls' customer turns and
 * rule matches; {@link Reviews} puts each list together.
 */
public final class ReviewQueries {
  private ReviewQueries() {}

  public static List<ReportPage.ReviewList> lists(Dataset<CallReportRow> calls, Dataset<ScoredCallRow> scored,
      int windowDays) {
    Reviews.Kind[] kinds = Reviews.Kind.values();
    // every list's calls tagged with the list, its order as sort keys; then, in one job, the first of each
    // list (row_number) with the list's total (count over the list)
    Dataset<Row> tagged = null;
    for (Reviews.Kind kind : kinds) {
      Column[] order = order(kind);
      Dataset<Row> part = calls.filter(when(kind)).select(lit(kind.ordinal()).as("kind"), order[0].as("k1"),
          order[1].as("k2"), col("callId"), col("agentId"), col("callDate"), col("queue"),
          col("customerStartSentiment"), col("customerEndSentiment"));
      tagged = tagged == null ? part : tagged.unionByName(part);
    }
    WindowSpec list = Window.partitionBy("kind");
    List<Row> firsts = tagged
        .withColumn("at", row_number().over(list.orderBy(col("k1").asc_nulls_last(), col("k2"), col("callId"))))
        .withColumn("total", count(lit(1)).over(list))
        .filter(col("at").leq(Reviews.SHOWN))
        .select("kind", "at", "total", "callId", "agentId", "callDate", "queue", "customerStartSentiment",
            "customerEndSentiment")
        .collectAsList(); // at most SHOWN rows per list
    Map<Reviews.Kind, List<Reviews.Candidate>> chosen = new HashMap<>();
    Map<Reviews.Kind, Long> totals = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    List<Row> ordered = new ArrayList<>(firsts);
    ordered.sort(java.util.Comparator.comparingInt((Row r) -> r.getInt(0)).thenComparingInt(r -> r.getInt(1)));
    for (Row r : ordered) {
      Reviews.Kind kind = kinds[r.getInt(0)];
      totals.put(kind, r.getLong(2));
      chosen.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Reviews.Candidate(r.getString(3),
          r.getString(4), r.getString(5), r.getString(6), r.isNullAt(7) ? null : r.getDouble(7),
          r.isNullAt(8) ? null : r.getDouble(8)));
      ids.add(r.getString(3));
    }
    Map<String, List<Reviews.CustomerTurn>> turns = new HashMap<>();
    Map<String, List<Reviews.Match>> matches = new HashMap<>();
    if (!ids.isEmpty()) {
      List<String> behaviours = new ArrayList<>();
      for (Reviews.Kind kind : kinds) {
        if (kind.evidenceBehaviour() != null) {
          behaviours.add(kind.evidenceBehaviour());
        }
      }
      // one job: each chosen call's customer turns and its rule matches of the lists' behaviours
      Column customerTurns = filter(col("turns"), t -> lower(t.getField("speaker")).equalTo("customer"));
      Column theirMatches = filter(col("evidence"), e -> e.getField("behaviour").isin(behaviours.toArray()));
      for (Row r : scored.filter(col("call.callId").isin(ids.toArray()))
          .select(col("call.callId"), customerTurns, theirMatches).collectAsList()) {
        String id = r.getString(0);
        for (Row t : r.<Row>getList(1)) {
          Double score = t.getAs("score");
          turns.computeIfAbsent(id, k -> new ArrayList<>()).add(new Reviews.CustomerTurn(t.<Integer>getAs(
              "turnIndex"), t.getAs("text"), score, t.getAs("label")));
        }
        for (Row e : r.<Row>getList(2)) {
          matches.computeIfAbsent(id, k -> new ArrayList<>()).add(new Reviews.Match(e.<Integer>getAs("turnIndex"),
              e.getAs("behaviour"), e.getAs("sentence")));
        }
      }
    }
    List<ReportPage.ReviewList> lists = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      lists.add(Reviews.list(kinds[i], totals.getOrDefault(kinds[i], 0L), chosen.getOrDefault(kinds[i], List.of()),
          turns, matches, windowDays));
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

  /**
   * A list's order as two sort keys before the call id: the worst first where there is a measure of it (a
   * number, empty last), else by call date.
   */
  static Column[] order(Reviews.Kind kind) {
    Column noNumber = lit(null).cast("double");
    return switch (kind) {
      case ESCALATED -> new Column[] {col("sentimentShift"), lit("")};
      case COMPLAINT_NO_APOLOGY -> new Column[] {col("customerStartSentiment"), lit("")};
      default -> new Column[] {noNumber, col("callDate")};
    };
  }
}
