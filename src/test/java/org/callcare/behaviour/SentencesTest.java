package org.callcare.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void splitsAfterSentenceEndsButNotAfterTitles() {
    assertEquals(List.of("Thanks, Mrs. Okafor.", "I was the first!", "Is it fixed?", "Dr. Lee said so...", "Ok"),
        Sentences.split(" Thanks, Mrs. Okafor. I was the first! Is it fixed? Dr. Lee said so... Ok "));
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(List.of(), Sentences.split("   "));
    assertEquals(List.of(), Sentences.split(null));
  }
}
