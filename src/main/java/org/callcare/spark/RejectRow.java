package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for a rejected record: where it came from, a snippet of it, why it was rejected, and how many
 * turns it held (0 when it could not be read far enough to tell).
 */
public class RejectRow implements Serializable {
  private String source;
  private String record;
  private String reason;
  private int turns;

  public RejectRow() {}

  public RejectRow(String source, String record, String reason) {
    this.source = source;
    this.record = record;
    this.reason = reason;
  }

  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getRecord() { return record; }
  public void setRecord(String record) { this.record = record; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public int getTurns() { return turns; }
  public void setTurns(int turns) { this.turns = turns; }
}
