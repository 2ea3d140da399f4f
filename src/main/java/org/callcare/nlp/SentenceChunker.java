package org.callcare.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts over-long sentences into chunks of at most {@link #MAX_CHUNK_TOKENS} tokens, so that parse time per
 * sentence stays bounded. Speech-to-text often gives a whole turn as one lower-case run with no punctuation;
 * the sentence splitter then sees one sentence of hundreds of words, which the parser would either take very long
 * over or read as a flat tree. A cut falls, where it can, after a comma or before a word that often starts a
 * clause ("and", "but", "so", "because", "okay"…), in the back half of the chunk; otherwise at the limit.
 */
public final class SentenceChunker {
  /** Longest chunk, in tokens: below the parser's {@code parse.maxlen}, so every chunk is really parsed. */
  public static final int MAX_CHUNK_TOKENS = 60;

  private static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "so", "because", "then", "okay", "ok",
      "well", "now", "actually", "um", "uh", "if", "when", "which", "or");

  private SentenceChunker() {}

  /**
   * Where to cut a sentence of these words: the start index of every chunk after the first (empty when the
   * sentence is short enough). Every chunk has between 1 and {@code max} words.
   */
  public static List<Integer> cuts(List<String> words, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2, was " + max);
    }
    List<Integer> cuts = new ArrayList<>();
    int start = 0;
    while (words.size() - start > max) {
      int cut = start + max;
      for (int i = start + max; i > start + max / 2; i--) {
        String previous = words.get(i - 1);
        if (previous.equals(",") || previous.equals(";")
            || CLAUSE_STARTS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
          cut = i;
          break;
        }
      }
      cuts.add(cut);
      start = cut;
    }
    return cuts;
  }

  /** The sentences with every over-long one replaced by its chunks (each with its own tokens and offsets). */
  static List<CoreMap> chunk(String text, List<CoreMap> sentences) {
    List<CoreMap> out = null;
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= MAX_CHUNK_TOKENS) {
        if (out != null) {
          out.add(sentence);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(sentences.subList(0, s));
      }
      List<String> words = tokens.stream().map(CoreLabel::word).toList();
      List<Integer> bounds = new ArrayList<>(cuts(words, MAX_CHUNK_TOKENS));
      bounds.add(tokens.size());
      int from = 0;
      for (int to : bounds) {
        out.add(piece(text, new ArrayList<>(tokens.subList(from, to))));
        from = to;
      }
    }
    return out == null ? sentences : out;
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens) {
    CoreMap piece = new ArrayCoreMap();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    piece.set(CoreAnnotations.TokensAnnotation.class, tokens);
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    return piece;
  }
}
