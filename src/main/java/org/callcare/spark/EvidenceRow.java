package org.callcare.spark;

import java.io.Serializable;

/** Spark row bean for one line of evidence.csv: a rule match that counted for a behaviour of a call. */
public class EvidenceRow implements Serializable {
  private String callId;
  private String agentId;
  private int turnIndex;
  private String speaker;
  private String behaviour;
  private String ruleId;
  private String matchedText;
  private String sentence;

  public EvidenceRow() {}

  public String getCallId() { return callId; }
  public void setCallId(String callId) { this.callId = callId; }
  public String getAgentId() { return agentId; }
  public void setAgentId(String agentId) { this.agentId = agentId; }
  public int getTurnIndex() { return turnIndex; }
  public void setTurnIndex(int turnIndex) { this.turnIndex = turnIndex; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getBehaviour() { return behaviour; }
  public void setBehaviour(String behaviour) { this.behaviour = behaviour; }
  public String getRuleId() { return ruleId; }
  public void setRuleId(String ruleId) { this.ruleId = ruleId; }
  public String getMatchedText() { return matchedText; }
  public void setMatchedText(String matchedText) { this.matchedText = matchedText; }
  public String getSentence() { return sentence; }
  public void setSentence(String sentence) { this.sentence = sentence; }
}
