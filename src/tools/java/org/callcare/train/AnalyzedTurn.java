package org.callcare.train;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.callcare.domain.Speaker;
import org.callcare.sentiment.SentenceView;
import org.callcare.sentiment.SentimentInput;

/**
 * Spark row bean: a labelled turn after the NLP pass (CoreNLP sentence by sentence, and the behaviour rules), kept
 * so that training and evaluation can be re-run without parsing again.
 */
public class AnalyzedTurn implements Serializable {
  private String set;
  private String id;
  private String label;
  private String speaker;
  private String group;
  private int position;
  private List<SentenceRow> sentences;
  private List<String> behaviours;

  public AnalyzedTurn() {}

  /** The layer's view of this turn. */
  public SentimentInput input() {
    List<SentenceView> views = new ArrayList<>(sentences.size());
    for (SentenceRow s : sentences) {
      views.add(new SentenceView(s.getWords(), s.getCorenlp()));
    }
    return new SentimentInput(speaker(), views, new HashSet<>(behaviours));
  }

  /** CoreNLP's turn score (token-weighted mean of its sentence scores), or null when no sentence was scored. */
  public Double corenlpScore() {
    double sum = 0;
    int tokens = 0;
    for (SentenceRow s : sentences) {
      if (s.getCorenlp() != null) {
        SentenceView v = new SentenceView(s.getWords(), s.getCorenlp());
        sum += v.words().size() * v.corenlpScore();
        tokens += v.words().size();
      }
    }
    return tokens == 0 ? null : sum / tokens;
  }

  /** The turn's place in its conversation (0-based; 0 for a turn without one). */
  public int order() {
    return position;
  }

  public Speaker speaker() {
    return speaker == null ? null : Speaker.parse(speaker).orElse(null);
  }

  public String getSet() { return set; }
  public void setSet(String set) { this.set = set; }
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getLabel() { return label; }
  public void setLabel(String label) { this.label = label; }
  public String getSpeaker() { return speaker; }
  public void setSpeaker(String speaker) { this.speaker = speaker; }
  public String getGroup() { return group; }
  public void setGroup(String group) { this.group = group; }
  public int getPosition() { return position; }
  public void setPosition(int position) { this.position = position; }
  public List<SentenceRow> getSentences() { return sentences; }
  public void setSentences(List<SentenceRow> sentences) { this.sentences = sentences; }
  public List<String> getBehaviours() { return behaviours; }
  public void setBehaviours(List<String> behaviours) { this.behaviours = behaviours; }
}
