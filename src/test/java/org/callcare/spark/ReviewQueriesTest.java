package org.callcare.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.callcare.report.page.ReportPage;
import org.callcare.report.page.Reviews;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The calls to review: each list holds the calls its condition picks (a null flag picks none), its total counts
 * them all, the first {@value Reviews#SHOWN} come in the list's order, and the evidence is the call's own.
 */
class ReviewQueriesTest {
  private static CallReportRow call(String id, String date) {
    CallReportRow r = new CallReportRow();
    r.setCallId(id);
    r.setAgentId("A-1");
    r.setCallDate(date);
    return r;
  }

  private static CallReportRow transfer(String id, String date, boolean warm) {
    CallReportRow r = call(id, date);
    r.setTransfer(true);
    r.setWarmTransfer(warm);
    return r;
  }

  @Test
  void listsTotalsOrderAndEvidence() {
    SparkSession spark = TestSpark.session();
    List<CallReportRow> rows = new ArrayList<>();
    List<ScoredCallRow> scored = new ArrayList<>();
    for (int i = 0; i < 13; i++) { // escalated, shifts -0.12 .. -0.01 and one without a shift
      CallReportRow r = call(String.format("E-%02d", i), "2026-10-01");
      r.setEscalated(true);
      r.setSentimentShift(i == 12 ? null : -(i + 1) / 100.0);
      rows.add(r);
    }
    CallReportRow notEscalated = call("N-1", "2026-10-01");
    notEscalated.setEscalated(null);
    rows.add(notEscalated);
    CallReportRow cold = transfer("T-2", "2026-10-02", false);
    rows.add(cold);
    rows.add(transfer("T-9", "2026-10-01", false));
    rows.add(transfer("T-3", "2026-10-01", true));
    CallReportRow complaint = call("C-1", "2026-10-01");
    complaint.setComplaint(true);
    complaint.setApologyAfterComplaint(false);
    complaint.setCustomerStartSentiment(-0.7);
    rows.add(complaint);
    ScoredCallRow c1 = new ScoredCallRow();
    c1.setCall(complaint);
    ScoredTurnRow calm = turn("C-1", 0, "Hello there.", 0.1, "neutral");
    ScoredTurnRow upset = turn("C-1", 2, "This is the third time I have called.", -0.8, "negative");
    c1.setTurns(List.of(calm, upset));
    c1.setEvidence(List.of());
    scored.add(c1);
    ScoredCallRow t2 = new ScoredCallRow();
    t2.setCall(cold);
    t2.setTurns(List.of());
    EvidenceRow transfer = new EvidenceRow();
    transfer.setCallId("T-2");
    transfer.setTurnIndex(3);
    transfer.setBehaviour("transfer");
    transfer.setSentence("I'll put you through to billing.");
    t2.setEvidence(List.of(transfer));
    scored.add(t2);

    Dataset<CallReportRow> calls = spark.createDataset(rows, RowEncoders.CALL_REPORT);
    Map<String, ReportPage.ReviewList> lists = new TreeMap<>();
    for (ReportPage.ReviewList l : ReviewQueries.lists(calls, spark.createDataset(scored, RowEncoders.SCORED_CALL),
        7)) {
      lists.put(l.key(), l);
    }
    ReportPage.ReviewList escalated = lists.get("escalated");
    assertEquals(13, escalated.total());
    assertEquals(List.of("E-11", "E-10", "E-09", "E-08", "E-07", "E-06", "E-05", "E-04", "E-03", "E-02"),
        escalated.calls().stream().map(ReportPage.ReviewCall::callId).toList(), "worst shift first, no shift last");
    ReportPage.ReviewList transfers = lists.get("cold_transfer");
    assertEquals(2, transfers.total());
    assertEquals(List.of("T-9", "T-2"), transfers.calls().stream().map(ReportPage.ReviewCall::callId).toList());
    assertEquals("I'll put you through to billing.", transfers.calls().get(1).evidence());
    ReportPage.ReviewList complaints = lists.get("complaint_no_apology");
    assertEquals(1, complaints.total());
    assertEquals("This is the third time I have called.", complaints.calls().get(0).evidence(),
        "no cue matched: the first negative customer turn");
    assertEquals(0, lists.get("repeat_contact").total());
  }

  private static ScoredTurnRow turn(String callId, int index, String text, double score, String label) {
    ScoredTurnRow t = new ScoredTurnRow();
    t.setCallId(callId);
    t.setTurnIndex(index);
    t.setSpeaker("customer");
    t.setText(text);
    t.setScore(score);
    t.setLabel(label);
    return t;
  }
}
