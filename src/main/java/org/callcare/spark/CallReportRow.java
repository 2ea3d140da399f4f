package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for one line of calls.csv. The NLP pass fills the call's own metrics; {@link CallOutcomes}
 * then fills repeat contact and one-call resolution, which need the customer's other calls (null until then).
 * Null means undefined.
 */
public class CallReportRow implements Serializable {
  private String callId;
  private String agentId;
  private String customerId;
  private String startedAt;
  private long startedAtMs;
  private String queue;
  private String source;
  private int turns;
  private int customerTurns;
  private int agentTurns;
  private int scoredCustomerTurns;
  private Double customerStartSentiment;
  private Double customerEndSentiment;
  private Double sentimentShift;
  private Boolean startedNegative;
  private Boolean deEscalated;
  private Boolean escalated;
  private boolean apologyPresent;
  private int apologyCount;
  private boolean complaint;
  private Boolean apologyAfterComplaint;
  private boolean transfer;
  private String evidence;
  private Boolean repeatContact;
  private Boolean oneCallResolution;
  private String fcrStatus;

  public CallReportRow() {}

  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getCustomerId() { return customerId; }
  public void setCustomerId(String customerId) { this.customerId = customerId; }
  public String getStartedAt() { return startedAt; }
  public void setStartedAt(String startedAt) { this.startedAt = startedAt; }
  public long getStartedAtMs() { return startedAtMs; }
  public void setStartedAtMs(long startedAtMs) { this.startedAtMs = startedAtMs; }
  public String getQueue() { return queue; }
  public void setQueue(String queue) { this.queue = queue; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public int getTurns() { return turns; }
  public void setTurns(int turns) { this.turns = turns; }
  public int getCustomerTurns() { return customerTurns; }
  public void setCustomerTurns(int customerTurns) { this.customerTurns = customerTurns; }
  public int getAgentTurns() { return agentTurns; }
  public void setAgentTurns(int agentTurns) { this.agentTurns = agentTurns; }
  public int getScoredCustomerTurns() { return scoredCustomerTurns; }
  public void setScoredCustomerTurns(int scoredCustomerTurns) { this.scoredCustomerTurns = scoredCustomerTurns; }
  public Double getCustomerStartSentiment() { return customerStartSentiment; }
  public void setCustomerStartSentiment(Double customerStartSentiment) { this.customerStartSentiment = customerStartSentiment; }
  public Double getCustomerEndSentiment() { return customerEndSentiment; }
  public void setCustomerEndSentiment(Double customerEndSentiment) { this.customerEndSentiment = customerEndSentiment; }
  public Double getSentimentShift() { return sentimentShift; }
  public void setSentimentShift(Double sentimentShift) { this.sentimentShift = sentimentShift; }
  public Boolean getStartedNegative() { return startedNegative; }
  public void setStartedNegative(Boolean startedNegative) { this.startedNegative = startedNegative; }
  public Boolean getDeEscalated() { return deEscalated; }
  public void setDeEscalated(Boolean deEscalated) { this.deEscalated = deEscalated; }
  public Boolean getEscalated() { return escalated; }
  public void setEscalated(Boolean escalated) { this.escalated = escalated; }
  public boolean isApologyPresent() { return apologyPresent; }
  public void setApologyPresent(boolean apologyPresent) { this.apologyPresent = apologyPresent; }
  public int getApologyCount() { return apologyCount; }
  public void setApologyCount(int apologyCount) { this.apologyCount = apologyCount; }
  public boolean isComplaint() { return complaint; }
  public void setComplaint(boolean complaint) { this.complaint = complaint; }
  public Boolean getApologyAfterComplaint() { return apologyAfterComplaint; }
  public void setApologyAfterComplaint(Boolean apologyAfterComplaint) { this.apologyAfterComplaint = apologyAfterComplaint; }
  public boolean isTransfer() { return transfer; }
  public void setTransfer(boolean transfer) { this.transfer = transfer; }
  public String getEvidence() { return evidence; }
  public void setEvidence(String evidence) { this.evidence = evidence; }
  public Boolean getRepeatContact() { return repeatContact; }
  public void setRepeatContact(Boolean repeatContact) { this.repeatContact = repeatContact; }
  public Boolean getOneCallResolution() { return oneCallResolution; }
  public void setOneCallResolution(Boolean oneCallResolution) { this.oneCallResolution = oneCallResolution; }
  public String getFcrStatus() { return fcrStatus; }
  public void setFcrStatus(String fcrStatus) { this.fcrStatus = fcrStatus; }
}
