package org.callcare.behaviour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.callcare.domain.Behaviour;
import org.callcare.domain.RuleHit;
import org.callcare.domain.Speaker;
import org.callcare.nlp.AnalyzedSentence;

/**
 * The behaviour rules in force for a run, in file order. Immutable and safe to share between threads (compiled
 * TokensRegex patterns are thread-safe; each match makes its own matcher).
 */
public final class RuleBook {
  private final List<BehaviourRule> rules;
  private final Map<String, BehaviourRule> byId;
  private final List<String> sources;

  RuleBook(List<BehaviourRule> rules, List<String> sources) {
    this.rules = List.copyOf(rules);
    this.sources = List.copyOf(sources);
    Map<String, BehaviourRule> index = new HashMap<>();
    rules.forEach(r -> index.put(r.id(), r));
    this.byId = Map.copyOf(index);
  }

  public List<BehaviourRule> rules() {
    return rules;
  }

  /** Where the rules came from ("default rules", file paths), for the manifest. */
  public List<String> sources() {
    return sources;
  }

  /** The rule with this id, if any. */
  public Optional<BehaviourRule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every rule hit in one sentence of a turn by {@code speaker}, in rule order. */
  public List<RuleHit> match(Speaker speaker, AnalyzedSentence sentence) {
    List<RuleHit> hits = new ArrayList<>(2);
    for (BehaviourRule rule : rules) {
      if (rule.behaviour().speaker() == speaker) {
        rule.match(sentence).ifPresent(hits::add);
      }
    }
    return hits;
  }

  /** Every hit of {@code behaviour}'s rules in {@code text}, ignoring rule contexts (for evaluation). */
  public List<RuleHit> matchText(Behaviour behaviour, List<AnalyzedSentence> sentences) {
    List<RuleHit> hits = new ArrayList<>();
    for (AnalyzedSentence sentence : sentences) {
      for (BehaviourRule rule : rules) {
        if (rule.behaviour() == behaviour) {
          rule.match(sentence).ifPresent(hits::add);
        }
      }
    }
    return hits;
  }

  /**
   * Checks every rule against its own examples: each {@code matches} text must make the rule fire in at least one
   * sentence, each {@code does_not_match} text in none. Returns one line per failure (empty when all pass).
   */
  public List<String> exampleFailures(Function<String, List<AnalyzedSentence>> tokenizer) {
    List<String> failures = new ArrayList<>();
    for (BehaviourRule rule : rules) {
      for (String example : rule.matches()) {
        if (!fires(rule, tokenizer.apply(example))) {
          failures.add("rule '" + rule.id() + "': example should match but does not: \"" + example + "\"");
        }
      }
      for (String example : rule.doesNotMatch()) {
        if (fires(rule, tokenizer.apply(example))) {
          failures.add("rule '" + rule.id() + "': example should not match but does: \"" + example + "\"");
        }
      }
    }
    return failures;
  }

  private static boolean fires(BehaviourRule rule, List<AnalyzedSentence> sentences) {
    return sentences.stream().anyMatch(s -> rule.match(s).isPresent());
  }
}
