package org.callcare.behaviour;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.callcare.domain.Behaviour;
import org.callcare.domain.RuleHit;
import org.callcare.nlp.AnalyzedSentence;

/**
 * One behaviour rule: a TokensRegex {@code pattern} over one sentence's tokens (words, {@code tag} and
 * {@code lemma}, case-insensitive), found in turns of the behaviour's speaker. The rule does not fire in a
 * sentence where its {@code unless} pattern matches anywhere (negation: "I'm not sorry"), nor in sentences its
 * {@link QuestionMode} excludes. {@code capture} names a pattern group (e.g. {@code $name}) whose text the hit
 * carries. The {@code context} is applied later, on the whole call ({@link BehaviourDetector}).
 * {@code matches} and {@code doesNotMatch} are the rule's own examples, checked when rules are loaded.
 */
public record BehaviourRule(
    String id,
    Behaviour behaviour,
    String patternText,
    TokenSequencePattern pattern,
    String unlessText,
    TokenSequencePattern unless,
    QuestionMode questions,
    RuleContext context,
    String capture,
    String description,
    List<String> matches,
    List<String> doesNotMatch) {

  public BehaviourRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(pattern, "pattern");
    questions = questions == null ? QuestionMode.ANY : questions;
    context = context == null ? RuleContext.ANY : context;
    matches = matches == null ? List.of() : List.copyOf(matches);
    doesNotMatch = doesNotMatch == null ? List.of() : List.copyOf(doesNotMatch);
  }

  /** The rule's hit in this sentence, if it fires (at most one per sentence: the first match). */
  public Optional<RuleHit> match(AnalyzedSentence sentence) {
    List<CoreLabel> tokens = sentence.tokens();
    if (tokens.isEmpty() || !questions.admits(sentence.isQuestion())) {
      return Optional.empty();
    }
    TokenSequenceMatcher m = pattern.getMatcher(tokens);
    // the pattern first: most sentences fail it, and then the unless pattern need not be tried at all
    if (!m.find() || (unless != null && unless.getMatcher(tokens).find())) {
      return Optional.empty();
    }
    String captured = capture == null ? null : m.group(capture);
    return Optional.of(new RuleHit(id, behaviour, m.group(), sentence.text(),
        captured == null || captured.isBlank() ? null : captured));
  }
}
