package org.callcare.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A light sentence splitter for phrase rules: breaks after . ! ? (and runs of them) followed by space, but not
 * after a title such as "Mrs." or "Dr.".
 */
public final class Sentences {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?<!\\b(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Ss]t|[Mm]x)\\.)(?<=[.!?])\\s+");

  private Sentences() {}

  /** Non-blank sentences of {@code text}, stripped, in order. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null) {
      return sentences;
    }
    for (String part : BOUNDARY.split(text.strip())) {
      if (!part.isBlank()) {
        sentences.add(part.strip());
      }
    }
    return sentences;
  }
}
