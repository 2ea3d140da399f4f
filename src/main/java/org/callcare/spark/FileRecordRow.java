package org.callcare.spark;

import java.io.Serializable;

/** One record read from an input file: exactly one of {@code draft} and {@code rejected} is set. */
public class FileRecordRow implements Serializable {
  private DraftRow draft;
  private RejectRow rejected;

  public FileRecordRow() {}

  public DraftRow getDraft() { return draft; }
  public void setDraft(DraftRow draft) { this.draft = draft; }
  public RejectRow getRejected() { return rejected; }
  public void setRejected(RejectRow rejected) { this.rejected = rejected; }
}
