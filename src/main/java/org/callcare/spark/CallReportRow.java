package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for one line of calls.csv: the call's metrics plus repeat contact and one-call resolution. */
public class CallReportRow extends CallMetricsRow {
  private boolean repeatContact;
  private boolean oneCallResolution;
  private String fcrStatus;

  public CallReportRow() {}

  public boolean isRepeatContact() { return repeatContact; }
  public void setRepeatContact(boolean repeatContact) { this.repeatContact = repeatContact; }
  public boolean isOneCallResolution() { return oneCallResolution; }
  public void setOneCallResolution(boolean oneCallResolution) { this.oneCallResolution = oneCallResolution; }
  public String getFcrStatus() { return fcrStatus; }
  public void setFcrStatus(String fcrStatus) { this.fcrStatus = fcrStatus; }
}
