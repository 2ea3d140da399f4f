package org.callcare.spark;

import java.io.Serializable;

/** One input record after parsing: exactly one of {@code call} and {@code rejected} is set. */
public class ParsedRow implements Serializable {
  private CallRow call;
  private RejectRow rejected;

  public ParsedRow() {}

  public CallRow getCall() { return call; }
  public void setCall(CallRow call) { this.call = call; }
  public RejectRow getRejected() { return rejected; }
  public void setRejected(RejectRow rejected) { this.rejected = rejected; }
}
