package org.callcare.testing;

import java.util.ArrayList;
import java.util.List;
import org.callcare.behaviour.RuleBook;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.domain.RuleHit;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.callcare.domain.TurnSentiment;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpTokens;

/**
 * Builds a call's scored turns for tests: each turn's text goes through the real tokenizer and the default
 * rules (as in the job); its sentiment score is given by the test (null = no score).
 */
public final class CallBuilder {
  public static final RuleBook DEFAULT_RULES = RuleBookLoader.loadDefaults();

  private final RuleBook rules;
  private final List<ScoredTurn> turns = new ArrayList<>();

  public CallBuilder() {
    this(DEFAULT_RULES);
  }

  public CallBuilder(RuleBook rules) {
    this.rules = rules;
  }

  public CallBuilder add(Speaker speaker, String text, Double score, Long startMs, Long endMs, String agentId) {
    List<RuleHit> hits = new ArrayList<>();
    for (AnalyzedSentence sentence : CoreNlpTokens.shared().sentences(text)) {
      hits.addAll(rules.match(speaker, sentence));
    }
    TurnSentiment sentiment = score == null ? TurnSentiment.none()
        : new TurnSentiment(score, new double[] {0, 0, 1, 0, 0}, 1, 5);
    turns.add(new ScoredTurn(new Turn(turns.size(), speaker, text, startMs, endMs, agentId), sentiment, hits));
    return this;
  }

  public CallBuilder agent(String text) {
    return add(Speaker.AGENT, text, 0.0, null, null, null);
  }

  public CallBuilder agentAs(String agentId, String text) {
    return add(Speaker.AGENT, text, 0.0, null, null, agentId);
  }

  public CallBuilder customer(String text, double score) {
    return add(Speaker.CUSTOMER, text, score, null, null, null);
  }

  public CallBuilder customer(String text) {
    return customer(text, 0.0);
  }

  public CallBuilder system(String text) {
    return add(Speaker.SYSTEM, text, null, null, null, null);
  }

  public List<ScoredTurn> turns() {
    return List.copyOf(turns);
  }
}
