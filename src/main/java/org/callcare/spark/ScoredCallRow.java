package org.callcare.spark;

import java.io.Serializable;
import java.util.List;

/** A call after the NLP pass: its metrics and its scored turns. Computed once per run and persisted. */
public class ScoredCallRow implements Serializable {
  private CallReportRow call;
  private List<ScoredTurnRow> turns;

  public ScoredCallRow() {}

  public CallReportRow getCall() { return call; }
  public void setCall(CallReportRow call) { this.call = call; }
  public List<ScoredTurnRow> getTurns() { return turns; }
  public void setTurns(List<ScoredTurnRow> turns) { this.turns = turns; }
}
