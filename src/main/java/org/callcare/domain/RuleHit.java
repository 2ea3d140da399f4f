package org.callcare.domain;

import java.util.Objects;

/**
 * One rule firing in one sentence of a turn: the rule's id and behaviour, the tokens the pattern matched
 * ({@code matchedText}), the whole sentence, and the text of the rule's capture group ({@code captured}, e.g. a
 * name; null when the rule captures nothing).
 */
public record RuleHit(String ruleId, Behaviour behaviour, String matchedText, String sentence, String captured) {
  public RuleHit {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(behaviour, "behaviour");
    matchedText = matchedText == null ? "" : matchedText;
    sentence = sentence == null ? "" : sentence;
  }
}
