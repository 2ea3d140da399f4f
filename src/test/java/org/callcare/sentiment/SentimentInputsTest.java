package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.junit.jupiter.api.Test;

class SentimentInputsTest {
  private static Turn turn(Speaker speaker, String agentId) {
    return new Turn(0, speaker, "Hello.", null, null, agentId, null);
  }

  @Test
  void aSecondAgentIsAVoiceOfItsOwn() {
    assertEquals("CUSTOMER", SentimentInputs.voice(turn(Speaker.CUSTOMER, null)));
    assertEquals("AGENT", SentimentInputs.voice(turn(Speaker.AGENT, null)));
    assertEquals("AGENT:A-2", SentimentInputs.voice(turn(Speaker.AGENT, "A-2")));
  }
}
