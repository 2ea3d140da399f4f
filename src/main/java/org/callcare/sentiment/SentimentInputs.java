package org.callcare.sentiment;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.callcare.domain.RuleHit;
import org.callcare.domain.Speaker;
import org.callcare.nlp.AnalyzedSentence;

/** Builds the layer's view of a turn from the NLP pass's sentences and the rule hits in them. */
public final class SentimentInputs {
  private SentimentInputs() {}

  /**
   * Who says a turn, for the layer's scene: its speaker, and for an agent turn that names its agent (a second
   * agent after a transfer), that agent too.
   */
  public static String voice(org.callcare.domain.Turn turn) {
    return turn.agentId() == null ? turn.speaker().name() : turn.speaker().name() + ":" + turn.agentId();
  }

  public static SentimentInput of(Speaker speaker, List<AnalyzedSentence> sentences, List<RuleHit> hits) {
    List<SentenceView> views = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      List<String> words = new ArrayList<>(s.tokens().size());
      for (CoreLabel token : s.tokens()) {
        words.add(token.word());
      }
      views.add(new SentenceView(words, s.sentiment() == null ? null : s.sentiment().probabilities()));
    }
    Set<String> behaviours = new HashSet<>();
    for (RuleHit hit : hits) {
      behaviours.add(hit.behaviour().id());
    }
    return new SentimentInput(speaker, views, behaviours);
  }
}
