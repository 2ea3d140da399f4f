package org.callcare.spark;

import java.io.Serializable;
import java.util.List;

/** A call after the NLP pass: its metrics, its scored turns and the evidence for its behaviours. Computed once per run and persisted. */
public class ScoredCallRow implements Serializable {
  private CallReportRow call;
  private List<ScoredTurnRow> turns;
  private List<EvidenceRow> evidence;

  public ScoredCallRow() {}

  public CallReportRow getCall() { return call; }
  public void setCall(CallReportRow call) { this.call = call; }
  public List<ScoredTurnRow> getTurns() { return turns; }
  public void setTurns(List<ScoredTurnRow> turns) { this.turns = turns; }
  public List<EvidenceRow> getEvidence() { return evidence; }
  public void setEvidence(List<EvidenceRow> evidence) { this.evidence = evidence; }
}
