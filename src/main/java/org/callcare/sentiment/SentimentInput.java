package org.callcare.sentiment;

import java.util.List;
import java.util.Set;
import org.callcare.domain.Speaker;

/**
 * One turn as the conversational sentiment layer reads it: who spoke ({@code null} when unknown, as in
 * training sets without roles), its sentences with CoreNLP's verdicts, and the ids of the behaviours whose rules
 * fired in it (for example {@code complaint_cue}, {@code apology}).
 */
public record SentimentInput(Speaker speaker, List<SentenceView> sentences, Set<String> behaviours) {
  public SentimentInput {
    sentences = List.copyOf(sentences);
    behaviours = behaviours == null ? Set.of() : Set.copyOf(behaviours);
  }
}
