package org.callcare.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Spark row bean for a call as read from its file, before calls.csv and repairs (see
 * {@link org.callcare.ingest.CallDraft}); keyed by {@code folder} and {@code callId} (the file name without its
 * extension when the file names no call) for the join with calls.csv. {@code startedAtMs} is null when the file
 * has no start time; {@code startedAtFromNameMs} is the time in the file's name, if any.
 */
public class DraftRow implements Serializable {
  private String folder;
  private String callId;
  private String source;
  private String format;
  private String agentId;
  private String customerId;
  private Long startedAtMs;
  private Long startedAtFromNameMs;
  private int record;
  private String vendorAgentId;
  private String vendorCustomerId;
  private String queue;
  private String customerName;
  private List<TurnRow> turns;
  private List<String> warnings;

  public DraftRow() {}

  public String getFolder() { return folder; }
  public void setFolder(String folder) { this.folder = folder; }
  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getCustomerId() { return customerId; }
  public void setCustomerId(String customerId) { this.customerId = customerId; }
  public Long getStartedAtMs() { return startedAtMs; }
  public void setStartedAtMs(Long startedAtMs) { this.startedAtMs = startedAtMs; }
  public Long getStartedAtFromNameMs() { return startedAtFromNameMs; }
  public void setStartedAtFromNameMs(Long startedAtFromNameMs) { this.startedAtFromNameMs = startedAtFromNameMs; }
  /** The record's place in its file (1-based: first call, second call …). */
  public int getRecord() { return record; }
  public void setRecord(int record) { this.record = record; }
  public String getVendorAgentId() { return vendorAgentId; }
  public void setVendorAgentId(String vendorAgentId) { this.vendorAgentId = vendorAgentId; }
  public String getVendorCustomerId() { return vendorCustomerId; }
  public void setVendorCustomerId(String vendorCustomerId) { this.vendorCustomerId = vendorCustomerId; }
  public String getQueue() { return queue; }
  public void setQueue(String queue) { this.queue = queue; }
  public String getCustomerName() { return customerName; }
  public void setCustomerName(String customerName) { this.customerName = customerName; }
  public List<TurnRow> getTurns() { return turns; }
  public void setTurns(List<TurnRow> turns) { this.turns = turns; }
  public List<String> getWarnings() { return warnings; }
  public void setWarnings(List<String> warnings) { this.warnings = warnings; }
}
