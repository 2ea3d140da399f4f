package org.callcare.spark;

import java.util.ArrayList;
import java.util.List;
import org.callcare.behaviour.RuleBook;
import org.callcare.domain.RuleHit;
import org.callcare.domain.Speaker;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.LruCache;
import org.callcare.nlp.SentimentScorer;

/**
 * The behaviour rules applied to one sentence of a turn, remembering the matches per speaker and sentence: a
 * repeated sentence (served untagged from the scorer's memo) takes its matches from the memo; otherwise the
 * sentence is tagged if it needs to be, matched, and remembered. Remembered matches are the same as matching
 * again, since the rules see only the sentence's tokens; each hit is given the current sentence's own text.
 */
final class SentenceRules {
  private final RuleBook rules;
  private final LruCache<List<RuleHit>> memo;
  private final SentimentScorer scorer;

  SentenceRules(RuleBook rules, LruCache<List<RuleHit>> memo, SentimentScorer scorer) {
    this.rules = rules;
    this.memo = memo;
    this.scorer = scorer;
  }

  List<RuleHit> match(Speaker speaker, AnalyzedSentence sentence) {
    String key = speaker.label() + "|" + sentence.key();
    List<RuleHit> remembered = memo.get(key);
    if (remembered == null) {
      scorer.tag(sentence);
      List<RuleHit> hits = rules.match(speaker, sentence);
      memo.put(key, List.copyOf(hits));
      return hits;
    }
    List<RuleHit> hits = new ArrayList<>(remembered.size());
    for (RuleHit hit : remembered) {
      hits.add(new RuleHit(hit.ruleId(), hit.behaviour(), hit.matchedText(), sentence.text(), hit.captured()));
    }
    return hits;
  }
}
