package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for a whole text transcript file, keyed by folder and call id. */
public class TranscriptFileRow implements Serializable {
  private String folder;
  private String callId;
  private String path;
  private String content;

  public TranscriptFileRow() {}

  public String getFolder() { return folder; }
  public void setFolder(String folder) { this.folder = folder; }
  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getPath() { return path; }
  public void setPath(String path) { this.path = path; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
}
