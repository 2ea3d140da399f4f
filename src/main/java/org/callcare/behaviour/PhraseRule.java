package org.callcare.behaviour;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phrase rule applied sentence by sentence: a sentence matches when one of the {@code patterns} is found and
 * none of the {@code guards} (negations, requests to repeat, questions …) is. Matching is case-insensitive on
 * text with curly apostrophes straightened.
 */
public record PhraseRule(String id, List<Pattern> patterns, List<Pattern> guards, boolean skipQuestions) {

  public PhraseRule {
    patterns = List.copyOf(patterns);
    guards = List.copyOf(guards);
  }

  /** Compiles case-insensitive patterns. */
  public static PhraseRule of(String id, boolean skipQuestions, List<String> patterns, List<String> guards) {
    return new PhraseRule(id, compile(patterns), compile(guards), skipQuestions);
  }

  private static List<Pattern> compile(List<String> regexes) {
    return regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
  }

  /** The first sentence of {@code text} that matches, as evidence. */
  public Optional<String> firstMatch(String text) {
    for (String sentence : Sentences.split(text)) {
      if (matches(sentence)) {
        return Optional.of(sentence);
      }
    }
    return Optional.empty();
  }

  /** Whether one sentence matches. */
  public boolean matches(String sentence) {
    String normalised = normalise(sentence);
    if (skipQuestions && normalised.endsWith("?")) {
      return false;
    }
    for (Pattern guard : guards) {
      if (guard.matcher(normalised).find()) {
        return false;
      }
    }
    for (Pattern pattern : patterns) {
      if (pattern.matcher(normalised).find()) {
        return true;
      }
    }
    return false;
  }

  static String normalise(String sentence) {
    return sentence.replace('\u2019', '\'').replace('\u2018', '\'').strip().toLowerCase(Locale.ROOT);
  }
}
