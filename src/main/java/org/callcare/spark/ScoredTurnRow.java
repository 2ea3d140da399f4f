package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for a scored turn, as written to {@code turns/}: score in [-1, +1] and the five token-weighted
 * class probabilities (null when the turn has no scored sentence).
 */
public class ScoredTurnRow implements Serializable {
  private String callId;
  private int turnIndex;
  private String speaker;
  private String agentId;
  private String text;
  private String vendorSentiment;
  private Long startMs;
  private Long endMs;
  private int sentences;
  private int tokens;
  private Double score;
  private String label;
  private Double probVeryNegative;
  private Double probNegative;
  private Double probNeutral;
  private Double probPositive;
  private Double probVeryPositive;

  public ScoredTurnRow() {}

  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public int getTurnIndex() { return turnIndex; }
  public void setTurnIndex(int turnIndex) { this.turnIndex = turnIndex; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public Long getStartMs() { return startMs; }
  public void setStartMs(Long startMs) { this.startMs = startMs; }
  public Long getEndMs() { return endMs; }
  public void setEndMs(Long endMs) { this.endMs = endMs; }
  public int getSentences() { return sentences; }
  public void setSentences(int sentences) { this.sentences = sentences; }
  public int getTokens() { return tokens; }
  public void setTokens(int tokens) { this.tokens = tokens; }
  public Double getScore() { return score; }
  public void setScore(Double score) { this.score = score; }
  public String getLabel() { return label; }
  public void setLabel(String label) { this.label = label; }
  public Double getProbVeryNegative() { return probVeryNegative; }
  public void setProbVeryNegative(Double probVeryNegative) { this.probVeryNegative = probVeryNegative; }
  public Double getProbNegative() { return probNegative; }
  public void setProbNegative(Double probNegative) { this.probNegative = probNegative; }
  public Double getProbNeutral() { return probNeutral; }
  public void setProbNeutral(Double probNeutral) { this.probNeutral = probNeutral; }
  public Double getProbPositive() { return probPositive; }
  public void setProbPositive(Double probPositive) { this.probPositive = probPositive; }
  public Double getProbVeryPositive() { return probVeryPositive; }
  public void setProbVeryPositive(Double probVeryPositive) { this.probVeryPositive = probVeryPositive; }
  public String getVendorSentiment() { return vendorSentiment; }
  public void setVendorSentiment(String vendorSentiment) { this.vendorSentiment = vendorSentiment; }
}
