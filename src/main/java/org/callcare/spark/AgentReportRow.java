package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for one line of agents.csv (see {@link org.callcare.metrics.AgentScorecard}). */
public class AgentReportRow implements Serializable {
  private String agentId;
  private String callDate;
  private long calls;
  private long startedNegativeCalls;
  private long deEscalatedCalls;
  private Double deEscalationRate;
  private Double deEscalationRateLow;
  private Double deEscalationRateHigh;
  private long apologyCalls;
  private Double apologyRate;
  private Double apologyRateLow;
  private Double apologyRateHigh;
  private long complaintCalls;
  private long apologyAfterComplaintCalls;
  private Double apologyAfterComplaintRate;
  private Double apologyAfterComplaintRateLow;
  private Double apologyAfterComplaintRateHigh;
  private long transferCalls;
  private Double transferRate;
  private Double transferRateLow;
  private Double transferRateHigh;
  private long fcrFinalCalls;
  private long fcrProvisionalCalls;
  private long oneCallResolvedCalls;
  private Double oneCallResolutionRate;
  private Double oneCallResolutionRateLow;
  private Double oneCallResolutionRateHigh;
  private Double meanSentimentShift;

  public AgentReportRow() {}

  public String getCallDate() { return callDate; }
  public void setCallDate(String callDate) { this.callDate = callDate; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public long getCalls() { return calls; }
  public void setCalls(long calls) { this.calls = calls; }
  public long getStartedNegativeCalls() { return startedNegativeCalls; }
  public void setStartedNegativeCalls(long startedNegativeCalls) { this.startedNegativeCalls = startedNegativeCalls; }
  public long getDeEscalatedCalls() { return deEscalatedCalls; }
  public void setDeEscalatedCalls(long deEscalatedCalls) { this.deEscalatedCalls = deEscalatedCalls; }
  public Double getDeEscalationRate() { return deEscalationRate; }
  public void setDeEscalationRate(Double deEscalationRate) { this.deEscalationRate = deEscalationRate; }
  public Double getDeEscalationRateLow() { return deEscalationRateLow; }
  public void setDeEscalationRateLow(Double deEscalationRateLow) { this.deEscalationRateLow = deEscalationRateLow; }
  public Double getDeEscalationRateHigh() { return deEscalationRateHigh; }
  public void setDeEscalationRateHigh(Double deEscalationRateHigh) { this.deEscalationRateHigh = deEscalationRateHigh; }
  public long getApologyCalls() { return apologyCalls; }
  public void setApologyCalls(long apologyCalls) { this.apologyCalls = apologyCalls; }
  public Double getApologyRate() { return apologyRate; }
  public void setApologyRate(Double apologyRate) { this.apologyRate = apologyRate; }
  public Double getApologyRateLow() { return apologyRateLow; }
  public void setApologyRateLow(Double apologyRateLow) { this.apologyRateLow = apologyRateLow; }
  public Double getApologyRateHigh() { return apologyRateHigh; }
  public void setApologyRateHigh(Double apologyRateHigh) { this.apologyRateHigh = apologyRateHigh; }
  public long getComplaintCalls() { return complaintCalls; }
  public void setComplaintCalls(long complaintCalls) { this.complaintCalls = complaintCalls; }
  public long getApologyAfterComplaintCalls() { return apologyAfterComplaintCalls; }
  public void setApologyAfterComplaintCalls(long apologyAfterComplaintCalls) { this.apologyAfterComplaintCalls = apologyAfterComplaintCalls; }
  public Double getApologyAfterComplaintRate() { return apologyAfterComplaintRate; }
  public void setApologyAfterComplaintRate(Double apologyAfterComplaintRate) { this.apologyAfterComplaintRate = apologyAfterComplaintRate; }
  public Double getApologyAfterComplaintRateLow() { return apologyAfterComplaintRateLow; }
  public void setApologyAfterComplaintRateLow(Double apologyAfterComplaintRateLow) { this.apologyAfterComplaintRateLow = apologyAfterComplaintRateLow; }
  public Double getApologyAfterComplaintRateHigh() { return apologyAfterComplaintRateHigh; }
  public void setApologyAfterComplaintRateHigh(Double apologyAfterComplaintRateHigh) { this.apologyAfterComplaintRateHigh = apologyAfterComplaintRateHigh; }
  public long getTransferCalls() { return transferCalls; }
  public void setTransferCalls(long transferCalls) { this.transferCalls = transferCalls; }
  public Double getTransferRate() { return transferRate; }
  public void setTransferRate(Double transferRate) { this.transferRate = transferRate; }
  public Double getTransferRateLow() { return transferRateLow; }
  public void setTransferRateLow(Double transferRateLow) { this.transferRateLow = transferRateLow; }
  public Double getTransferRateHigh() { return transferRateHigh; }
  public void setTransferRateHigh(Double transferRateHigh) { this.transferRateHigh = transferRateHigh; }
  public long getFcrFinalCalls() { return fcrFinalCalls; }
  public void setFcrFinalCalls(long fcrFinalCalls) { this.fcrFinalCalls = fcrFinalCalls; }
  public long getFcrProvisionalCalls() { return fcrProvisionalCalls; }
  public void setFcrProvisionalCalls(long fcrProvisionalCalls) { this.fcrProvisionalCalls = fcrProvisionalCalls; }
  public long getOneCallResolvedCalls() { return oneCallResolvedCalls; }
  public void setOneCallResolvedCalls(long oneCallResolvedCalls) { this.oneCallResolvedCalls = oneCallResolvedCalls; }
  public Double getOneCallResolutionRate() { return oneCallResolutionRate; }
  public void setOneCallResolutionRate(Double oneCallResolutionRate) { this.oneCallResolutionRate = oneCallResolutionRate; }
  public Double getOneCallResolutionRateLow() { return oneCallResolutionRateLow; }
  public void setOneCallResolutionRateLow(Double oneCallResolutionRateLow) { this.oneCallResolutionRateLow = oneCallResolutionRateLow; }
  public Double getOneCallResolutionRateHigh() { return oneCallResolutionRateHigh; }
  public void setOneCallResolutionRateHigh(Double oneCallResolutionRateHigh) { this.oneCallResolutionRateHigh = oneCallResolutionRateHigh; }
  public Double getMeanSentimentShift() { return meanSentimentShift; }
  public void setMeanSentimentShift(Double meanSentimentShift) { this.meanSentimentShift = meanSentimentShift; }
}
