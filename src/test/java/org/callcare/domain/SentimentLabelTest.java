package org.callcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentimentLabelTest {
  @Test
  void thresholdsAreStrict() {
    assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(-0.1501));
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(-0.15));
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(0.0));
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(0.15));
    assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(0.1501));
    assertNull(SentimentLabel.of(null));
  }

  @Test
  void speakersParseAnyCase() {
    assertEquals(Speaker.AGENT, Speaker.parse(" Agent ").orElseThrow());
    assertEquals(Speaker.SYSTEM, Speaker.parse("SYSTEM").orElseThrow());
    assertEquals(true, Speaker.parse("bot").isEmpty());
  }
}
