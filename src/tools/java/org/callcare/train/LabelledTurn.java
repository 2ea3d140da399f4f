package org.callcare.train;

import java.io.Serializable;

/**
 * One human-labelled turn for training or evaluating the sentiment layer: the data set it comes from, an id
 * (call or dialogue id, turn index), its text, its label ({@code negative}, {@code neutral}, {@code positive}) and
 * its speaker ({@code customer}, {@code agent}, or null when the set has no roles). Spark row bean.
 */
public class LabelledTurn implements Serializable {
  private String set;
  private String id;
  private String text;
  private String label;
  private String speaker;
  private String group;
  private int position;

  public LabelledTurn() {}

  public LabelledTurn(String set, String id, String text, String label, String speaker, String group) {
    this.set = set;
    this.id = id;
    this.text = text;
    this.label = label;
    this.speaker = speaker;
    this.group = group;
  }

  public String getSet() { return set; }
  public void setSet(String set) { this.set = set; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getLabel() { return label; }
  public void setLabel(String label) { this.label = label; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  /** The call or dialogue the turn belongs to, when known (call-level evaluation); else null. */
  public String getGroup() { return group; }
  public void setGroup(String group) { this.group = group; }
  /** The turn's place in its call or dialogue (0-based), when known. */
  public int getPosition() { return position; }
  public void setPosition(int position) { this.position = position; }
}
