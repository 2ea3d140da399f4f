package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for drivers.csv: for one behaviour and one outcome (de-escalation over calls that started
 * negative, one-call resolution over calls with a final outcome), the outcome's rate in calls with and without
 * the behaviour, and their difference with its 95% interval.
 */
public class DriverRow implements Serializable {
  private String behaviour;
  private String outcome;
  private long callsWith;
  private Double rateWith;
  private long callsWithout;
  private Double rateWithout;
  private Double difference;
  private Double differenceLow;
  private Double differenceHigh;

  public DriverRow() {}

  public String getBehaviour() { return behaviour; }
  public void setBehaviour(String behaviour) { this.behaviour = behaviour; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
  public long getCallsWith() { return callsWith; }
  public void setCallsWith(long callsWith) { this.callsWith = callsWith; }
  public Double getRateWith() { return rateWith; }
  public void setRateWith(Double rateWith) { this.rateWith = rateWith; }
  public long getCallsWithout() { return callsWithout; }
  public void setCallsWithout(long callsWithout) { this.callsWithout = callsWithout; }
  public Double getRateWithout() { return rateWithout; }
  public void setRateWithout(Double rateWithout) { this.rateWithout = rateWithout; }
  public Double getDifference() { return difference; }
  public void setDifference(Double difference) { this.difference = difference; }
  public Double getDifferenceLow() { return differenceLow; }
  public void setDifferenceLow(Double differenceLow) { this.differenceLow = differenceLow; }
  public Double getDifferenceHigh() { return differenceHigh; }
  public void setDifferenceHigh(Double differenceHigh) { this.differenceHigh = differenceHigh; }
}
