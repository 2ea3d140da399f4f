package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.junit.jupiter.api.Test;

class TimingMetricsTest {
  private static final Speaker A = Speaker.AGENT;
  private static final Speaker C = Speaker.CUSTOMER;
  private static final Speaker S = Speaker.SYSTEM;
  private static final String SENTENCE = "I need some help";

  private static Turn t(int index, Speaker speaker, String text, Long start, Long end) {
    return new Turn(index, speaker, text, start, end, null);
  }

  private static Turn t(int index, Speaker speaker, String text, long start, long end) {
    return t(index, speaker, text, (Long) start, (Long) end);
  }

  private static String words(int n) {
    return "word ".repeat(n).strip();
  }

  private static TimingMetrics of(Turn... turns) {
    return TimingMetrics.of(List.of(turns), TimingSettings.DEFAULTS);
  }

  private static void assertAllNull(TimingMetrics m) {
    assertEquals(TimingMetrics.none(), m);
    assertNull(m.talkRatioAgent());
    assertNull(m.agentWpm());
    assertNull(m.customerWpm());
    assertNull(m.interruptionsByAgent());
    assertNull(m.interruptionsByCustomer());
    assertNull(m.nonTalkMs());
    assertNull(m.nonTalkShare());
    assertNull(m.longestAgentMonologueMs());
  }

  @Test
  void untimedTurnsGiveAllNull() {
    assertAllNull(of(Turn.of(0, A, "hello"), Turn.of(1, C, "hi there")));
  }

  @Test
  void noAgentOrCustomerTurnGivesAllNull() {
    assertAllNull(of());
    assertAllNull(of(t(0, S, "please hold", 0, 5000)));
  }

  @Test
  void oneMissingEndAmongSeveralGivesAllNull() {
    assertAllNull(of(
        t(0, A, "hello", 0, 1000),
        t(1, C, "hi", 1000, 2000),
        t(2, A, "how can I help", 2000L, null),
        t(3, C, SENTENCE, 5000, 6000)));
    assertAllNull(of(t(0, A, "hello", null, 1000L), t(1, C, "hi", 1000, 2000)));
  }

  @Test
  void endBeforeStartGivesAllNullButZeroLengthTurnIsAllowed() {
    assertAllNull(of(t(0, A, "hello", 0, 1000), t(1, C, "hi", 2000, 1999)));

    TimingMetrics zero = of(t(0, A, "hello", 0, 1000), t(1, C, "hi", 1000, 1000));
    assertEquals(1.0, zero.talkRatioAgent());
    assertNull(zero.customerWpm());
    assertEquals(60.0, zero.agentWpm());
  }

  @Test
  void systemTurnsAreIgnoredEvenUntimedAndInTheSpan() {
    TimingMetrics m = of(
        Turn.of(0, S, "untimed bot line"),
        t(1, A, words(4), 0, 2000),
        t(2, S, "please hold while I check", 2000, 12000),
        t(3, C, words(4), 12000, 14000),
        t(4, S, "goodbye message", 14000, 30000));
    // the hold message does not fill the 10 s gap, the trailing system turn does not extend the span
    assertEquals(10000L, m.nonTalkMs());
    assertEquals(0.7143, m.nonTalkShare()); // 10000 / 14000
    assertEquals(0.5, m.talkRatioAgent());
    assertEquals(0, m.interruptionsByAgent());
    assertEquals(0, m.interruptionsByCustomer());
  }

  @Test
  void talkRatioAndWpmByHand() {
    TimingMetrics m = of(
        t(0, A, words(50), 0, 20000),
        t(1, C, words(20), 20000, 30000),
        t(2, A, words(25), 30000, 40000));
    // agent 30 s, 75 words -> 150 wpm; customer 10 s, 20 words -> 120 wpm; ratio 30 / 40
    assertEquals(0.75, m.talkRatioAgent());
    assertEquals(150.0, m.agentWpm());
    assertEquals(120.0, m.customerWpm());
  }

  @Test
  void wordsNeedALetterOrDigitAndAreRounded() {
    assertEquals(0, TimingMetrics.words("  "));
    assertEquals(3, TimingMetrics.words("uh ... 42 -- okay!"));
    // 3 agent words in 7 s = 25.714285... wpm; ratio 7000 / 8000
    TimingMetrics m = of(t(0, A, "well -- that is", 0, 7000), t(1, C, "... ?", 7000, 8000));
    assertEquals(25.7143, m.agentWpm());
    assertEquals(0.0, m.customerWpm());
    assertEquals(0.875, m.talkRatioAgent());
  }

  @Test
  void interruptionNeedsEnoughOverlap() {
    TimingMetrics counts = of(t(0, A, SENTENCE, 0, 5000), t(1, C, SENTENCE, 4400, 8000));
    assertEquals(1, counts.interruptionsByCustomer());
    assertEquals(0, counts.interruptionsByAgent());

    TimingMetrics tooShort = of(t(0, A, SENTENCE, 0, 5000), t(1, C, SENTENCE, 4600, 8000));
    assertEquals(0, tooShort.interruptionsByCustomer());

    TimingMetrics exactly = of(t(0, A, SENTENCE, 0, 5000), t(1, C, SENTENCE, 4500, 8000));
    assertEquals(1, exactly.interruptionsByCustomer());
  }

  @Test
  void overlapIsCappedByTheInterruptingTurnsEnd() {
    // B runs 1000..1400 inside A: overlap 400 ms
    TimingMetrics m = of(t(0, A, SENTENCE, 0, 5000), t(1, C, SENTENCE, 1000, 1400));
    assertEquals(0, m.interruptionsByCustomer());
  }

  @Test
  void backchannelOverlapIsNoInterruption() {
    TimingMetrics twoWords = of(t(0, A, SENTENCE, 0, 5000), t(1, C, "yeah okay", 2000, 4000));
    assertEquals(0, twoWords.interruptionsByCustomer());

    TimingMetrics threeWords = of(t(0, A, SENTENCE, 0, 5000), t(1, C, "yeah okay but", 2000, 4000));
    assertEquals(1, threeWords.interruptionsByCustomer());
  }

  @Test
  void interruptionsAreCountedPerParty() {
    TimingMetrics m = of(
        t(0, A, SENTENCE, 0, 5000),
        t(1, C, SENTENCE, 4000, 9000), // customer cuts in by 1000
        t(2, A, SENTENCE, 8000, 12000), // agent cuts in by 1000
        t(3, C, SENTENCE, 14000, 16000),
        t(4, A, SENTENCE, 15000, 20000)); // agent cuts in by 1000
    assertEquals(2, m.interruptionsByAgent());
    assertEquals(1, m.interruptionsByCustomer());
  }

  @Test
  void startingBeforeTheOtherTurnIsNoInterruption() {
    // the customer turn starts inside nothing; the agent turn starting later is the interrupter
    TimingMetrics m = of(t(0, C, SENTENCE, 0, 5000), t(1, A, SENTENCE, 1000, 6000));
    assertEquals(1, m.interruptionsByAgent());
    assertEquals(0, m.interruptionsByCustomer());
  }

  @Test
  void turnOverlappingTwoTurnsOfTheOtherPartyCountsOnce() {
    TimingMetrics m = of(
        t(0, A, SENTENCE, 0, 5000),
        t(1, A, SENTENCE, 1000, 6000),
        t(2, C, SENTENCE, 2000, 7000));
    assertEquals(1, m.interruptionsByCustomer());
    assertEquals(0, m.interruptionsByAgent());
  }

  @Test
  void nonTalkGapAtThresholdCountsJustBelowDoesNot() {
    TimingMetrics at = of(t(0, A, SENTENCE, 0, 1000), t(1, C, SENTENCE, 4000, 5000));
    assertEquals(3000L, at.nonTalkMs());
    assertEquals(0.6, at.nonTalkShare());

    TimingMetrics below = of(t(0, A, SENTENCE, 0, 1000), t(1, C, SENTENCE, 3999, 5000));
    assertEquals(0L, below.nonTalkMs());
    assertEquals(0.0, below.nonTalkShare());
  }

  @Test
  void overlappingSpeechIsMergedBeforeGaps() {
    // agent 0..10000 contains customer 1000..2000; the next turn starts 4000 after the customer
    // turn ends but only 1000 after the merged interval ends
    TimingMetrics m = of(
        t(0, A, SENTENCE, 0, 10000),
        t(1, C, "mhm", 1000, 2000),
        t(2, C, SENTENCE, 11000, 12000),
        t(3, A, SENTENCE, 16000, 20000));
    assertEquals(4000L, m.nonTalkMs());
    assertEquals(0.2, m.nonTalkShare());
  }

  @Test
  void leadingIvrIsNotInTheSpan() {
    TimingMetrics m = of(
        t(0, S, "welcome, press one for billing", 0, 60000),
        t(1, A, SENTENCE, 60000, 64000),
        t(2, C, SENTENCE, 68000, 70000));
    assertEquals(4000L, m.nonTalkMs());
    assertEquals(0.4, m.nonTalkShare()); // 4000 / (70000 - 60000)
  }

  @Test
  void zeroSpanGivesNullShare() {
    TimingMetrics m = of(t(0, A, "", 5000, 5000), t(1, C, "", 5000, 5000));
    assertNull(m.talkRatioAgent());
    assertNull(m.agentWpm());
    assertEquals(0L, m.nonTalkMs());
    assertNull(m.nonTalkShare());
    assertEquals(0L, m.longestAgentMonologueMs());
  }

  @Test
  void monologueIsBrokenByACustomerSentenceButNotByABackchannel() {
    TimingMetrics m = of(
        t(0, A, SENTENCE, 0, 10000),
        t(1, C, "mhm", 10000, 11000),
        t(2, A, SENTENCE, 11000, 25000),
        t(3, C, "sorry, what was that", 25000, 27000),
        t(4, A, SENTENCE, 27000, 47000));
    assertEquals(25000L, m.longestAgentMonologueMs());

    TimingMetrics broken = of(
        t(0, A, SENTENCE, 0, 10000),
        t(1, C, "I see that", 10000, 11000),
        t(2, A, SENTENCE, 11000, 25000));
    assertEquals(14000L, broken.longestAgentMonologueMs());
  }

  @Test
  void monologueUsesTheLatestEndOfItsAgentTurns() {
    // the second agent turn lies inside the first one: the run ends at 9000, not 5000
    TimingMetrics m = of(t(0, A, SENTENCE, 1000, 9000), t(1, A, SENTENCE, 2000, 5000));
    assertEquals(8000L, m.longestAgentMonologueMs());
  }

  @Test
  void noAgentTurnGivesNullMonologueAndRatioZero() {
    TimingMetrics m = of(t(0, C, SENTENCE, 0, 4000), t(1, C, SENTENCE, 5000, 6000));
    assertNull(m.longestAgentMonologueMs());
    assertNull(m.agentWpm());
    assertEquals(0.0, m.talkRatioAgent());
    assertEquals(96.0, m.customerWpm()); // 8 words in 5 s
  }

  @Test
  void turnsAreSortedByStartThenIndex() {
    // given out of order: customer sentence really comes between the two agent turns
    TimingMetrics m = of(
        t(2, A, SENTENCE, 12000, 20000),
        t(0, A, SENTENCE, 0, 10000),
        t(1, C, SENTENCE, 10000, 12000));
    assertEquals(10000L, m.longestAgentMonologueMs());
  }

  @Test
  void settingsAreValidated() {
    assertEquals(new TimingSettings(500, 2, 3000), TimingSettings.DEFAULTS);
    assertThrows(IllegalArgumentException.class, () -> new TimingSettings(-1, 2, 3000));
    assertThrows(IllegalArgumentException.class, () -> new TimingSettings(500, -1, 3000));
    assertThrows(IllegalArgumentException.class, () -> new TimingSettings(500, 2, -1));
    new TimingSettings(0, 0, 0);
  }

  @Test
  void customSettingsChangeTheResult() {
    List<Turn> turns = List.of(
        t(0, A, SENTENCE, 0, 5000),
        t(1, C, "yeah okay", 4600, 5500), // 400 ms overlap, 2 words
        t(2, A, SENTENCE, 7000, 9000)); // 1500 ms gap after 5500
    TimingMetrics defaults = TimingMetrics.of(turns, TimingSettings.DEFAULTS);
    assertEquals(0, defaults.interruptionsByCustomer());
    assertEquals(0L, defaults.nonTalkMs());
    assertEquals(9000L, defaults.longestAgentMonologueMs());

    TimingMetrics strict = TimingMetrics.of(turns, new TimingSettings(300, 1, 1500));
    assertEquals(1, strict.interruptionsByCustomer());
    assertEquals(1500L, strict.nonTalkMs());
    assertEquals(5000L, strict.longestAgentMonologueMs());
  }
}
