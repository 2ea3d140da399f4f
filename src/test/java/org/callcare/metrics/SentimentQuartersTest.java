package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentQuartersTest {
  @Test
  void eightTurnsGiveTwoPerQuarter() {
    assertEquals(List.of(-0.5, 0.0, 0.25, 0.75),
        SentimentQuarters.of(List.of(-0.6, -0.4, 0.1, -0.1, 0.2, 0.3, 0.7, 0.8)));
  }

  @Test
  void fewerTurnsThanQuartersFillFromTheTurnAtTheMiddle() {
    assertEquals(List.of(-0.5, -0.5, 0.5, 0.5), SentimentQuarters.of(List.of(-0.5, 0.5)));
    assertEquals(List.of(0.2, 0.2, 0.2, 0.2), SentimentQuarters.of(List.of(0.2)));
  }

  @Test
  void fiveTurnsPutTheExtraInTheFirstQuarter() {
    // turn i of 5 in quarter floor(4i/5): 0,0,1,2,3
    assertEquals(List.of(-0.5, 0.0, 0.5, 1.0), SentimentQuarters.of(List.of(-0.75, -0.25, 0.0, 0.5, 1.0)));
  }

  @Test
  void noScoredTurnGivesNoValues() {
    assertEquals(Arrays.asList(null, null, null, null), SentimentQuarters.of(List.of()));
  }

  @Test
  void startAndEndLabelsMirrorTheNegativeThreshold() {
    assertEquals("negative", DeEscalation.label(-0.31, -0.30));
    assertEquals("neutral", DeEscalation.label(-0.30, -0.30));
    assertEquals("neutral", DeEscalation.label(0.29, -0.30));
    assertEquals("positive", DeEscalation.label(0.30, -0.30));
    assertEquals(null, DeEscalation.label(null, -0.30));
  }
}
