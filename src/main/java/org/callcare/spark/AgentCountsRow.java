package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for per-agent tallies (see {@link org.callcare.metrics.AgentCounts}). */
public class AgentCountsRow implements Serializable {
  private String agentId;
  private String callDate;
  private long calls;
  private long startedNegativeCalls;
  private long deEscalatedCalls;
  private long apologyCalls;
  private long complaintCalls;
  private long apologyAfterComplaintCalls;
  private long transferCalls;
  private long fcrFinalCalls;
  private long oneCallResolvedCalls;
  private long fcrProvisionalCalls;
  private long shiftCalls;
  private double shiftSum;

  public AgentCountsRow() {}

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
  public long getApologyCalls() { return apologyCalls; }
  public void setApologyCalls(long apologyCalls) { this.apologyCalls = apologyCalls; }
  public long getComplaintCalls() { return complaintCalls; }
  public void setComplaintCalls(long complaintCalls) { this.complaintCalls = complaintCalls; }
  public long getApologyAfterComplaintCalls() { return apologyAfterComplaintCalls; }
  public void setApologyAfterComplaintCalls(long apologyAfterComplaintCalls) { this.apologyAfterComplaintCalls = apologyAfterComplaintCalls; }
  public long getTransferCalls() { return transferCalls; }
  public void setTransferCalls(long transferCalls) { this.transferCalls = transferCalls; }
  public long getFcrFinalCalls() { return fcrFinalCalls; }
  public void setFcrFinalCalls(long fcrFinalCalls) { this.fcrFinalCalls = fcrFinalCalls; }
  public long getOneCallResolvedCalls() { return oneCallResolvedCalls; }
  public void setOneCallResolvedCalls(long oneCallResolvedCalls) { this.oneCallResolvedCalls = oneCallResolvedCalls; }
  public long getFcrProvisionalCalls() { return fcrProvisionalCalls; }
  public void setFcrProvisionalCalls(long fcrProvisionalCalls) { this.fcrProvisionalCalls = fcrProvisionalCalls; }
  public long getShiftCalls() { return shiftCalls; }
  public void setShiftCalls(long shiftCalls) { this.shiftCalls = shiftCalls; }
  public double getShiftSum() { return shiftSum; }
  public void setShiftSum(double shiftSum) { this.shiftSum = shiftSum; }
}
