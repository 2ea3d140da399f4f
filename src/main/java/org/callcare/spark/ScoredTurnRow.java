package org.callcare.spark;

import java.io.Serializable;

/**
 * Spark row bean for a scored turn, as written to {@code turns/}: the turn score in [-1, +1] and label, the
 * sentiment layer's three class probabilities, and CoreNLP's own score, label and five token-weighted class
 * probabilities (all null when the turn has no scored sentence).
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
  private Double corenlpScore;
  private String corenlpLabel;
  private Double pNegative;
  private Double pNeutral;
  private Double pPositive;
  private Double corenlpVeryNegative;
  private Double corenlpNegative;
  private Double corenlpNeutral;
  private Double corenlpPositive;
  private Double corenlpVeryPositive;

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
  public Double getCorenlpVeryNegative() { return corenlpVeryNegative; }
  public void setCorenlpVeryNegative(Double corenlpVeryNegative) { this.corenlpVeryNegative = corenlpVeryNegative; }
  public Double getCorenlpNegative() { return corenlpNegative; }
  public void setCorenlpNegative(Double corenlpNegative) { this.corenlpNegative = corenlpNegative; }
  public Double getCorenlpNeutral() { return corenlpNeutral; }
  public void setCorenlpNeutral(Double corenlpNeutral) { this.corenlpNeutral = corenlpNeutral; }
  public Double getCorenlpPositive() { return corenlpPositive; }
  public void setCorenlpPositive(Double corenlpPositive) { this.corenlpPositive = corenlpPositive; }
  public Double getCorenlpVeryPositive() { return corenlpVeryPositive; }
  public void setCorenlpVeryPositive(Double corenlpVeryPositive) { this.corenlpVeryPositive = corenlpVeryPositive; }
  public Double getCorenlpScore() { return corenlpScore; }
  public void setCorenlpScore(Double corenlpScore) { this.corenlpScore = corenlpScore; }
  public String getCorenlpLabel() { return corenlpLabel; }
  public void setCorenlpLabel(String corenlpLabel) { this.corenlpLabel = corenlpLabel; }
  public Double getpNegative() { return pNegative; }
  public void setpNegative(Double pNegative) { this.pNegative = pNegative; }
  public Double getpNeutral() { return pNeutral; }
  public void setpNeutral(Double pNeutral) { this.pNeutral = pNeutral; }
  public Double getpPositive() { return pPositive; }
  public void setpPositive(Double pPositive) { this.pPositive = pPositive; }
  public String getVendorSentiment() { return vendorSentiment; }
  public void setVendorSentiment(String vendorSentiment) { this.vendorSentiment = vendorSentiment; }
}
