package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for an input turn (see {@link org.callcare.domain.Turn}). */
public class TurnRow implements Serializable {
  private int index;
  private String speaker;
  private String text;
  private Long startMs;
  private Long endMs;
  private String agentId;
  private String vendorSentiment;

  public TurnRow() {}

  public TurnRow(int index, String speaker, String text, Long startMs, Long endMs, String agentId,
      String vendorSentiment) {
    this.index = index;
    this.speaker = speaker;
    this.text = text;
    this.startMs = startMs;
    this.endMs = endMs;
    this.agentId = agentId;
    this.vendorSentiment = vendorSentiment;
  }

  public int getIndex() { return index; }
  public void setIndex(int index) { this.index = index; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public Long getStartMs() { return startMs; }
  public void setStartMs(Long startMs) { this.startMs = startMs; }
  public Long getEndMs() { return endMs; }
  public void setEndMs(Long endMs) { this.endMs = endMs; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getVendorSentiment() { return vendorSentiment; }
  public void setVendorSentiment(String vendorSentiment) { this.vendorSentiment = vendorSentiment; }
}
