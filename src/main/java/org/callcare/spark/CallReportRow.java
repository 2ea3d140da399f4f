package org.callcare.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Spark row bean for one call's report line (calls.csv): filled in two stages, first the metrics of the NLP pass,
 * then repeat contact and one-call resolution once all calls of the customer are known. {@code behaviourCounts}
 * holds, per rule-based behaviour, the number of turns in which its rules counted.
 */
public class CallReportRow implements Serializable {
  private String callId;
  private String agentId;
  private String customerId;
  private String startedAt;
  private String callDate;
  private long startedAtMs;
  private String queue;
  private String source;
  private String format;
  private int warnings;
  private int turnsDropped;
  private List<String> warningList;
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
  private String customerStartLabel;
  private String customerEndLabel;
  private Double customerSentimentQ1;
  private Double customerSentimentQ2;
  private Double customerSentimentQ3;
  private Double customerSentimentQ4;
  private Double startedNegativeQ1;
  private Double startedNegativeQ2;
  private Double startedNegativeQ3;
  private Double startedNegativeQ4;
  private boolean apologyPresent;
  private boolean complaint;
  private Boolean apologyAfterComplaint;
  private boolean transfer;
  private Boolean warmTransfer;
  private boolean customerNameKnown;
  private Boolean customerNameUsed;
  private Double talkRatioAgent;
  private Double agentWpm;
  private Double customerWpm;
  private Integer interruptionsByAgent;
  private Integer interruptionsByCustomer;
  private Long nonTalkMs;
  private Double nonTalkShare;
  private Long longestAgentMonologueMs;
  private Boolean repeatContact;
  private Boolean oneCallResolution;
  private String fcrStatus;
  private java.util.Map<String, Boolean> behaviourPresence;
  private java.util.Map<String, Integer> behaviourCounts;

  public CallReportRow() {}

  public String getCustomerStartLabel() { return customerStartLabel; }
  public void setCustomerStartLabel(String customerStartLabel) { this.customerStartLabel = customerStartLabel; }
  public String getCustomerEndLabel() { return customerEndLabel; }
  public void setCustomerEndLabel(String customerEndLabel) { this.customerEndLabel = customerEndLabel; }
  public Double getCustomerSentimentQ1() { return customerSentimentQ1; }
  public void setCustomerSentimentQ1(Double v) { this.customerSentimentQ1 = v; }
  public Double getCustomerSentimentQ2() { return customerSentimentQ2; }
  public void setCustomerSentimentQ2(Double v) { this.customerSentimentQ2 = v; }
  public Double getCustomerSentimentQ3() { return customerSentimentQ3; }
  public void setCustomerSentimentQ3(Double v) { this.customerSentimentQ3 = v; }
  public Double getCustomerSentimentQ4() { return customerSentimentQ4; }
  public void setCustomerSentimentQ4(Double v) { this.customerSentimentQ4 = v; }
  public Double getStartedNegativeQ1() { return startedNegativeQ1; }
  public void setStartedNegativeQ1(Double v) { this.startedNegativeQ1 = v; }
  public Double getStartedNegativeQ2() { return startedNegativeQ2; }
  public void setStartedNegativeQ2(Double v) { this.startedNegativeQ2 = v; }
  public Double getStartedNegativeQ3() { return startedNegativeQ3; }
  public void setStartedNegativeQ3(Double v) { this.startedNegativeQ3 = v; }
  public Double getStartedNegativeQ4() { return startedNegativeQ4; }
  public void setStartedNegativeQ4(Double v) { this.startedNegativeQ4 = v; }
  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getCustomerId() { return customerId; }
  public void setCustomerId(String customerId) { this.customerId = customerId; }
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
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
  public int getTurnsDropped() { return turnsDropped; }
  public void setTurnsDropped(int turnsDropped) { this.turnsDropped = turnsDropped; }
  public int getWarnings() { return warnings; }
  public void setWarnings(int warnings) { this.warnings = warnings; }
  public List<String> getWarningList() { return warningList; }
  public void setWarningList(List<String> warningList) { this.warningList = warningList; }
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
  public boolean isComplaint() { return complaint; }
  public void setComplaint(boolean complaint) { this.complaint = complaint; }
  public Boolean getApologyAfterComplaint() { return apologyAfterComplaint; }
  public void setApologyAfterComplaint(Boolean apologyAfterComplaint) { this.apologyAfterComplaint = apologyAfterComplaint; }
  public boolean isTransfer() { return transfer; }
  public void setTransfer(boolean transfer) { this.transfer = transfer; }
  public Boolean getWarmTransfer() { return warmTransfer; }
  public void setWarmTransfer(Boolean warmTransfer) { this.warmTransfer = warmTransfer; }
  public boolean isCustomerNameKnown() { return customerNameKnown; }
  public void setCustomerNameKnown(boolean customerNameKnown) { this.customerNameKnown = customerNameKnown; }
  public Boolean getCustomerNameUsed() { return customerNameUsed; }
  public void setCustomerNameUsed(Boolean customerNameUsed) { this.customerNameUsed = customerNameUsed; }
  public Double getTalkRatioAgent() { return talkRatioAgent; }
  public void setTalkRatioAgent(Double talkRatioAgent) { this.talkRatioAgent = talkRatioAgent; }
  public Double getAgentWpm() { return agentWpm; }
  public void setAgentWpm(Double agentWpm) { this.agentWpm = agentWpm; }
  public Double getCustomerWpm() { return customerWpm; }
  public void setCustomerWpm(Double customerWpm) { this.customerWpm = customerWpm; }
  public Integer getInterruptionsByAgent() { return interruptionsByAgent; }
  public void setInterruptionsByAgent(Integer interruptionsByAgent) { this.interruptionsByAgent = interruptionsByAgent; }
  public Integer getInterruptionsByCustomer() { return interruptionsByCustomer; }
  public void setInterruptionsByCustomer(Integer interruptionsByCustomer) { this.interruptionsByCustomer = interruptionsByCustomer; }
  public Long getNonTalkMs() { return nonTalkMs; }
  public void setNonTalkMs(Long nonTalkMs) { this.nonTalkMs = nonTalkMs; }
  public Double getNonTalkShare() { return nonTalkShare; }
  public void setNonTalkShare(Double nonTalkShare) { this.nonTalkShare = nonTalkShare; }
  public Long getLongestAgentMonologueMs() { return longestAgentMonologueMs; }
  public void setLongestAgentMonologueMs(Long longestAgentMonologueMs) { this.longestAgentMonologueMs = longestAgentMonologueMs; }
  public Boolean getRepeatContact() { return repeatContact; }
  public void setRepeatContact(Boolean repeatContact) { this.repeatContact = repeatContact; }
  public Boolean getOneCallResolution() { return oneCallResolution; }
  public void setOneCallResolution(Boolean oneCallResolution) { this.oneCallResolution = oneCallResolution; }
  public String getFcrStatus() { return fcrStatus; }
  public void setFcrStatus(String fcrStatus) { this.fcrStatus = fcrStatus; }
  /** Behaviour id → whether the call shows it, for the behaviours that apply to the call (not written to CSV). */
  public java.util.Map<String, Boolean> getBehaviourPresence() { return behaviourPresence; }
  public void setBehaviourPresence(java.util.Map<String, Boolean> behaviourPresence) { this.behaviourPresence = behaviourPresence; }
  /** Turns in which each rule-based behaviour counted, by behaviour id (written as {@code <id>_count} columns). */
  public java.util.Map<String, Integer> getBehaviourCounts() { return behaviourCounts; }
  public void setBehaviourCounts(java.util.Map<String, Integer> behaviourCounts) {
    this.behaviourCounts = behaviourCounts;
  }
}
