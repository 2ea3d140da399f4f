package org.callcare.spark;

import java.io.Serializable;
import java.util.List;
import org.callcare.domain.Behaviour;

/**
 * Spark row bean for one call's report line (calls.csv): filled in two stages, first the metrics of the NLP pass,
 * then repeat contact and one-call resolution once all calls of the customer are known. {@code <behaviour>Count}
 * is the number of turns in which the behaviour's rules counted.
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
  private boolean apologyPresent;
  private boolean complaint;
  private Boolean apologyAfterComplaint;
  private boolean transfer;
  private Boolean warmTransfer;
  private boolean customerNameKnown;
  private Boolean customerNameUsed;
  private int greetingWithNameCount;
  private int empathyCount;
  private int apologyCount;
  private int ownershipCount;
  private int setExpectationsCount;
  private int callbackOfferCount;
  private int findOutCount;
  private int bareDontKnowCount;
  private int canDoCount;
  private int cantDoCount;
  private int probingQuestionCount;
  private int closingOfferCount;
  private int avoidPhraseCount;
  private int referralCount;
  private int transferCount;
  private int warmTransferCount;
  private int customerGivesNameCount;
  private int complaintCueCount;
  private int escalationRequestCount;
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

  public CallReportRow() {}

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
  public int getGreetingWithNameCount() { return greetingWithNameCount; }
  public void setGreetingWithNameCount(int greetingWithNameCount) { this.greetingWithNameCount = greetingWithNameCount; }
  public int getEmpathyCount() { return empathyCount; }
  public void setEmpathyCount(int empathyCount) { this.empathyCount = empathyCount; }
  public int getApologyCount() { return apologyCount; }
  public void setApologyCount(int apologyCount) { this.apologyCount = apologyCount; }
  public int getOwnershipCount() { return ownershipCount; }
  public void setOwnershipCount(int ownershipCount) { this.ownershipCount = ownershipCount; }
  public int getSetExpectationsCount() { return setExpectationsCount; }
  public void setSetExpectationsCount(int setExpectationsCount) { this.setExpectationsCount = setExpectationsCount; }
  public int getCallbackOfferCount() { return callbackOfferCount; }
  public void setCallbackOfferCount(int callbackOfferCount) { this.callbackOfferCount = callbackOfferCount; }
  public int getFindOutCount() { return findOutCount; }
  public void setFindOutCount(int findOutCount) { this.findOutCount = findOutCount; }
  public int getBareDontKnowCount() { return bareDontKnowCount; }
  public void setBareDontKnowCount(int bareDontKnowCount) { this.bareDontKnowCount = bareDontKnowCount; }
  public int getCanDoCount() { return canDoCount; }
  public void setCanDoCount(int canDoCount) { this.canDoCount = canDoCount; }
  public int getCantDoCount() { return cantDoCount; }
  public void setCantDoCount(int cantDoCount) { this.cantDoCount = cantDoCount; }
  public int getProbingQuestionCount() { return probingQuestionCount; }
  public void setProbingQuestionCount(int probingQuestionCount) { this.probingQuestionCount = probingQuestionCount; }
  public int getClosingOfferCount() { return closingOfferCount; }
  public void setClosingOfferCount(int closingOfferCount) { this.closingOfferCount = closingOfferCount; }
  public int getAvoidPhraseCount() { return avoidPhraseCount; }
  public void setAvoidPhraseCount(int avoidPhraseCount) { this.avoidPhraseCount = avoidPhraseCount; }
  public int getReferralCount() { return referralCount; }
  public void setReferralCount(int referralCount) { this.referralCount = referralCount; }
  public int getTransferCount() { return transferCount; }
  public void setTransferCount(int transferCount) { this.transferCount = transferCount; }
  public int getWarmTransferCount() { return warmTransferCount; }
  public void setWarmTransferCount(int warmTransferCount) { this.warmTransferCount = warmTransferCount; }
  public int getCustomerGivesNameCount() { return customerGivesNameCount; }
  public void setCustomerGivesNameCount(int customerGivesNameCount) { this.customerGivesNameCount = customerGivesNameCount; }
  public int getComplaintCueCount() { return complaintCueCount; }
  public void setComplaintCueCount(int complaintCueCount) { this.complaintCueCount = complaintCueCount; }
  public int getEscalationRequestCount() { return escalationRequestCount; }
  public void setEscalationRequestCount(int escalationRequestCount) { this.escalationRequestCount = escalationRequestCount; }
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

  /** Sets the turn count of a rule-based behaviour. */
  public void setCount(Behaviour behaviour, int count) {
    switch (behaviour) {
      case GREETING_WITH_NAME -> setGreetingWithNameCount(count);
      case EMPATHY -> setEmpathyCount(count);
      case APOLOGY -> setApologyCount(count);
      case OWNERSHIP -> setOwnershipCount(count);
      case SET_EXPECTATIONS -> setSetExpectationsCount(count);
      case CALLBACK_OFFER -> setCallbackOfferCount(count);
      case FIND_OUT -> setFindOutCount(count);
      case BARE_DONT_KNOW -> setBareDontKnowCount(count);
      case CAN_DO -> setCanDoCount(count);
      case CANT_DO -> setCantDoCount(count);
      case PROBING_QUESTION -> setProbingQuestionCount(count);
      case CLOSING_OFFER -> setClosingOfferCount(count);
      case AVOID_PHRASE -> setAvoidPhraseCount(count);
      case REFERRAL -> setReferralCount(count);
      case TRANSFER -> setTransferCount(count);
      case WARM_TRANSFER -> setWarmTransferCount(count);
      case CUSTOMER_GIVES_NAME -> setCustomerGivesNameCount(count);
      case COMPLAINT_CUE -> setComplaintCueCount(count);
      case ESCALATION_REQUEST -> setEscalationRequestCount(count);
      default -> throw new IllegalArgumentException(behaviour.id() + " is not rule-based");
    }
  }
}
