package org.callcare.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.callcare.domain.Behaviour;
import org.callcare.nlp.CoreNlpTokens;
import org.junit.jupiter.api.Test;

/**
 * Every default rule against its own examples (written into the rules file, so analysts see them), with the
 * real tokenizer and tagger the job uses.
 */
class DefaultRulesTest {
  private static final RuleBook DEFAULTS = RuleBookLoader.loadDefaults();

  @Test
  void everyDefaultRuleAgreesWithItsExamples() {
    List<String> failures = DEFAULTS.exampleFailures(CoreNlpTokens.shared()::sentences);
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  @Test
  void everyDefaultRuleHasPositiveAndNegativeExamples() {
    for (BehaviourRule rule : DEFAULTS.rules()) {
      assertFalse(rule.matches().isEmpty(), rule.id() + " has no matching example");
      assertFalse(rule.doesNotMatch().isEmpty(), rule.id() + " has no non-matching example");
    }
  }

  @Test
  void everyRuleBasedBehaviourHasADefaultRule() {
    Set<Behaviour> covered = DEFAULTS.rules().stream().map(BehaviourRule::behaviour).collect(Collectors.toSet());
    Arrays.stream(Behaviour.values()).filter(Behaviour::ruleBased)
        .forEach(b -> assertTrue(covered.contains(b), b.id() + " has no default rule"));
  }
}
