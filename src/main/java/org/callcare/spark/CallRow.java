package org.callcare.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Spark row bean for a parsed call with its turns (see {@link org.callcare.domain.Call}); {@code startedAt} is
 * the ISO-8601 UTC instant and {@code startedAtMs} the same in epoch milliseconds; {@code callDate} is the day the
 * call belongs to (yyyy-MM-dd: its file's {@code date=} folder, else the UTC date of its start). {@code format} is the
 * transcript format's CLI name, {@code warnings} the repairs made while reading it, {@code turnsRead} the turns
 * its file had and {@code turnsDropped} how many of those repairs dropped.
 */
public class CallRow implements Serializable {
  private String callId;
  private String agentId;
  private String customerId;
  private String customerName;
  private String startedAt;
  private String callDate;
  private long startedAtMs;
  private String queue;
  private String source;
  private List<TurnRow> turns;
  private String format;
  private List<String> warnings;
  private int turnsRead;
  private int turnsDropped;
  private int record;

  public CallRow() {}

  /** The call's place among the records of its file (1-based). */
  public int getRecord() { return record; }
  public void setRecord(int record) { this.record = record; }
  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getCustomerId() { return customerId; }
  public void setCustomerId(String customerId) { this.customerId = customerId; }
  public String getCustomerName() { return customerName; }
  public void setCustomerName(String customerName) { this.customerName = customerName; }
  public String getStartedAt() { return startedAt; }
  public void setStartedAt(String startedAt) { this.startedAt = startedAt; }
  public String getCallDate() { return callDate; }
  public void setCallDate(String callDate) { this.callDate = callDate; }
  public long getStartedAtMs() { return startedAtMs; }
  public void setStartedAtMs(long startedAtMs) { this.startedAtMs = startedAtMs; }
  public String getQueue() { return queue; }
  public void setQueue(String queue) { this.queue = queue; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public List<TurnRow> getTurns() { return turns; }
  public void setTurns(List<TurnRow> turns) { this.turns = turns; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public List<String> getWarnings() { return warnings; }
  public void setWarnings(List<String> warnings) { this.warnings = warnings; }
  public int getTurnsRead() { return turnsRead; }
  public void setTurnsRead(int turnsRead) { this.turnsRead = turnsRead; }
  public int getTurnsDropped() { return turnsDropped; }
  public void setTurnsDropped(int turnsDropped) { this.turnsDropped = turnsDropped; }
}
