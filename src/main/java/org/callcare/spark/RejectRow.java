package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for a rejected record: where it came from, a snippet of it, and why it was rejected. */
public class RejectRow implements Serializable {
  private String source;
  private String record;
  private String reason;

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
}
