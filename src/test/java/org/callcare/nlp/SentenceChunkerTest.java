package org.callcare.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceChunkerTest {
  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  @Test
  void shortSentencesAreNotCut() {
    assertEquals(List.of(), SentenceChunker.cuts(words("i would like to check my order"), 10));
  }

  @Test
  void cutsBeforeAClauseWordInTheBackHalf() {
    List<String> w = words("my order did not arrive yesterday and nobody called me back so i am upset");
    assertEquals(List.of(6, 11), SentenceChunker.cuts(w, 8));
  }

  @Test
  void cutsAtTheLimitWithoutABetterPlace() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      w.add("word" + i);
    }
    assertEquals(List.of(10, 20), SentenceChunker.cuts(w, 10));
  }

  @Test
  void everyChunkIsBoundedForAnyInput() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      w.add(i % 7 == 0 ? "and" : i % 11 == 0 ? "," : "x");
    }
    List<Integer> bounds = new ArrayList<>(SentenceChunker.cuts(w, SentenceChunker.MAX_CHUNK_TOKENS));
    bounds.add(w.size());
    int from = 0;
    for (int to : bounds) {
      assertTrue(to - from >= 1 && to - from <= SentenceChunker.MAX_CHUNK_TOKENS, from + ".." + to);
      from = to;
    }
  }
}
