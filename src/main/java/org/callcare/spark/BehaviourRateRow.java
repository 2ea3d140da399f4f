package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for behaviours.csv: one agent's rate for one behaviour — {@code callsWith} of {@code calls}
 * (the calls the behaviour applies to) with a 95% Wilson interval; rates null when {@code calls} is 0.
 */
public class BehaviourRateRow implements Serializable {
  private String agentId;
  private String behaviour;
  private long calls;
  private long callsWith;
  private Double rate;
  private Double rateLow;
  private Double rateHigh;

  public BehaviourRateRow() {}

  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getBehaviour() { return behaviour; }
  public void setBehaviour(String behaviour) { this.behaviour = behaviour; }
  public long getCalls() { return calls; }
  public void setCalls(long calls) { this.calls = calls; }
  public long getCallsWith() { return callsWith; }
  public void setCallsWith(long callsWith) { this.callsWith = callsWith; }
  public Double getRate() { return rate; }
  public void setRate(Double rate) { this.rate = rate; }
  public Double getRateLow() { return rateLow; }
  public void setRateLow(Double rateLow) { this.rateLow = rateLow; }
  public Double getRateHigh() { return rateHigh; }
  public void setRateHigh(Double rateHigh) { this.rateHigh = rateHigh; }
}
