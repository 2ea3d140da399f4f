package org.callcare.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;
import org.callcare.nlp.CoreNlpTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBookLoaderTest {
  private static RuleBookLoader.Source file(String json) {
    return new RuleBookLoader.Source("mine.json", json);
  }

  private static RuleBook withDefaults(String json) {
    return RuleBookLoader.load(List.of(RuleBookLoader.defaults(), file(json)));
  }

  private static boolean fires(RuleBook book, Speaker speaker, String text, String ruleId) {
    return CoreNlpTokens.shared().sentences(text).stream()
        .anyMatch(s -> book.match(speaker, s).stream().anyMatch(h -> h.ruleId().equals(ruleId)));
  }

  @Test
  void aUserRuleExtendsTheDefaults() {
    RuleBook book = withDefaults("""
        // house phrases
        {"rules": [{"id": "mine.cheers", "behaviour": "closing_offer", "speaker": "agent",
                    "pattern": "/cheers/ /then/", "matches": ["Cheers then!"], "does_not_match": ["Cheers."]}]}
        """);
    assertEquals(RuleBookLoader.loadDefaults().rules().size() + 1, book.rules().size());
    assertTrue(fires(book, Speaker.AGENT, "Cheers then, bye.", "mine.cheers"));
    assertFalse(fires(book, Speaker.CUSTOMER, "Cheers then, bye.", "mine.cheers"), "agent rule only");
    assertEquals(List.of(), book.exampleFailures(CoreNlpTokens.shared()::sentences));
  }

  @Test
  void aRuleWithADefaultIdReplacesItAndEnabledFalseRemovesIt() {
    RuleBook replaced = withDefaults("""
        {"rules": [{"id": "apology.sorry", "behaviour": "apology", "pattern": "/soz/"}]}""");
    assertTrue(fires(replaced, Speaker.AGENT, "Soz about that.", "apology.sorry"));
    assertFalse(fires(replaced, Speaker.AGENT, "I'm so sorry.", "apology.sorry"));

    RuleBook removed = withDefaults("""
        {"rules": [{"id": "avoid.dismissive", "enabled": false}]}""");
    assertTrue(removed.rule("avoid.dismissive").isEmpty());
    assertFalse(fires(removed, Speaker.AGENT, "Calm down.", "avoid.dismissive"));
  }

  @Test
  void macrosFromAnyFileAreShared() {
    RuleBook book = withDefaults("""
        {"macros": {"$THANKS": "/thanks|cheers/"},
         "rules": [{"id": "mine.sorry_thanks", "behaviour": "apology", "pattern": "$SORRY []{0,5} $THANKS"}]}""");
    assertTrue(fires(book, Speaker.AGENT, "Sorry for the wait and thanks for holding.", "mine.sorry_thanks"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/sorry/ [{lemma:be}\"}]}"
          + "| mine.json: rule 'r1': pattern does not compile",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"kindness\", \"pattern\": \"/x/\"}]}"
          + "| mine.json: rule 'r1': unknown behaviour \"kindness\"",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"speaker\": \"customer\", \"pattern\": \"/x/\"}]}"
          + "| mine.json: rule 'r1': behaviour \"apology\" is found in agent turns, not customer turns",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\"}]}"
          + "| mine.json: rule 'r1': needs a \"pattern\"",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/x/\", \"patern\": \"/y/\"}]}"
          + "| mine.json: rule 'r1': unknown field \"patern\"",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/x/\", \"questions\": \"maybe\"}]}"
          + "| mine.json: rule 'r1': \"questions\" is any, skip or only",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/x/\","
          + " \"context\": {\"with\": \"kindness\"}}]}"
          + "| mine.json: rule 'r1': context names unknown behaviour \"kindness\"",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"complaint_cue\", \"pattern\": \"/x/\","
          + " \"context\": {\"opening_agent_turns\": 2}}]}"
          + "| mine.json: rule 'r1': contexts are counted in agent turns",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology_after_complaint\", \"pattern\": \"/x/\"}]}"
          + "| mine.json: rule 'r1': behaviour \"apology_after_complaint\" is derived",
      "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/x/\", \"capture\": \"$who\"}]}"
          + "| mine.json: rule 'r1': capture \"$who\" is not a group of the pattern",
      "{\"macros\": {\"lower\": \"/x/\"}, \"rules\": []}| mine.json: macro 'lower' must be named $UPPER_CASE",
      "{\"rules\": [{\"behaviour\": \"apology\", \"pattern\": \"/x/\"}]}| mine.json: a rule has no \"id\"",
      "{\"rules\": {}}| mine.json: needs a \"rules\" array",
      "{\"rules\": [}| mine.json: not valid JSON at line 1"})
  void aBrokenFileNamesTheRuleAndTheReason(String json, String expectedStart) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> withDefaults(json));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }

  @Test
  void aBrokenPatternSaysWhereTheParserStopped() {
    RuleFileException e = assertThrows(RuleFileException.class, () -> withDefaults(
        "{\"rules\": [{\"id\": \"r1\", \"behaviour\": \"apology\", \"pattern\": \"/a/ | ^ /b/\"}]}"));
    assertTrue(e.getMessage().contains("column 7"), e.getMessage());
  }

  @Test
  void examplesThatDisagreeAreReported() {
    RuleBook book = withDefaults("""
        {"rules": [{"id": "mine.hi", "behaviour": "greeting_with_name", "pattern": "/hello/",
                    "matches": ["Hi there."], "does_not_match": ["Hello there."]}]}""");
    List<String> failures = book.exampleFailures(CoreNlpTokens.shared()::sentences);
    assertEquals(List.of(
        "rule 'mine.hi': example should match but does not: \"Hi there.\"",
        "rule 'mine.hi': example should not match but does: \"Hello there.\""), failures);
  }

  @Test
  void onlyDerivedBehavioursLackRules() {
    for (Behaviour b : Behaviour.values()) {
      assertEquals(b != Behaviour.APOLOGY_AFTER_COMPLAINT && b != Behaviour.CUSTOMER_NAME_USED, b.ruleBased(),
          b.id());
    }
  }
}
