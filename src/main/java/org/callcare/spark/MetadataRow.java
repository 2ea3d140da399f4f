package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for one calls.csv row (see {@link org.callcare.ingest.CallMetadata}); callId is {@code *} for a problem with the whole file. */
public class MetadataRow implements Serializable {
  private String folder;
  private String callId;
  private String agentId;
  private String customerId;
  private String customerName;
  private String queue;
  private String startedAt;
  private String problem;

  public MetadataRow() {}

  public String getFolder() { return folder; }
  public void setFolder(String folder) { this.folder = folder; }
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
  public String getProblem() { return problem; }
  public void setProblem(String problem) { this.problem = problem; }
  public String getQueue() { return queue; }
  public void setQueue(String queue) { this.queue = queue; }
}
