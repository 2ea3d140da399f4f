package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.callcare.metrics.RepeatContacts.CallStart;
import org.callcare.metrics.RepeatContacts.FcrStatus;
import org.callcare.metrics.RepeatContacts.Outcome;
import org.junit.jupiter.api.Test;

class RepeatContactsTest {
  private static final Duration WEEK = Duration.ofDays(7);
  private static final long DAY = Duration.ofDays(1).toMillis();
  private static final long T0 = Instant.parse("2026-10-01T09:00:00Z").toEpochMilli();
  private static final long FAR_LATER = T0 + 100 * DAY;

  private static CallStart call(String id, long at) {
    return new CallStart(id, at, false);
  }

  @Test
  void anotherCallWithinTheWindowMakesARepeat() {
    Map<String, Outcome> out = RepeatContacts.mark(
        List.of(call("b", T0 + 2 * DAY), call("a", T0)), WEEK, FAR_LATER);
    assertTrue(out.get("a").repeatContact());
    assertFalse(out.get("a").oneCallResolution());
    assertFalse(out.get("b").repeatContact());
    assertTrue(out.get("b").oneCallResolution());
  }

  @Test
  void windowIsExclusiveOfZeroAndInclusiveOfItsEnd() {
    Map<String, Outcome> exactlyAWeek = RepeatContacts.mark(
        List.of(call("a", T0), call("b", T0 + 7 * DAY)), WEEK, FAR_LATER);
    assertTrue(exactlyAWeek.get("a").repeatContact());
    Map<String, Outcome> justOver = RepeatContacts.mark(
        List.of(call("a", T0), call("b", T0 + 7 * DAY + 1)), WEEK, FAR_LATER);
    assertFalse(justOver.get("a").repeatContact());
    Map<String, Outcome> sameInstant = RepeatContacts.mark(
        List.of(call("a", T0), call("b", T0)), WEEK, FAR_LATER);
    assertFalse(sameInstant.get("a").repeatContact());
    assertFalse(sameInstant.get("b").repeatContact());
  }

  @Test
  void aCallBackMinutesAfterADroppedCallIsARepeat() {
    Map<String, Outcome> out = RepeatContacts.mark(
        List.of(call("dropped", T0), call("again", T0 + Duration.ofMinutes(20).toMillis())), WEEK, FAR_LATER);
    assertTrue(out.get("dropped").repeatContact());
  }

  @Test
  void tiesAreSkippedToFindTheNextLaterCall() {
    Map<String, Outcome> out = RepeatContacts.mark(
        List.of(call("a", T0), call("b", T0), call("c", T0 + DAY)), WEEK, FAR_LATER);
    assertTrue(out.get("a").repeatContact());
    assertTrue(out.get("b").repeatContact());
    assertFalse(out.get("c").repeatContact());
  }

  @Test
  void transferIsNeverResolvedInOneCallAndIsFinal() {
    Map<String, Outcome> out = RepeatContacts.mark(List.of(new CallStart("t", T0, true)), WEEK, T0);
    assertFalse(out.get("t").repeatContact());
    assertFalse(out.get("t").oneCallResolution());
    assertEquals(FcrStatus.FINAL, out.get("t").status());
  }

  @Test
  void outcomeIsProvisionalUntilTheWindowHasPassedInTheData() {
    long asOf = T0 + 3 * DAY;
    Map<String, Outcome> out = RepeatContacts.mark(List.of(call("recent", T0)), WEEK, asOf);
    assertEquals(FcrStatus.PROVISIONAL, out.get("recent").status());
    assertTrue(out.get("recent").oneCallResolution());
    Map<String, Outcome> closed = RepeatContacts.mark(List.of(call("old", T0)), WEEK, T0 + 7 * DAY);
    assertEquals(FcrStatus.FINAL, closed.get("old").status());
    Map<String, Outcome> repeated = RepeatContacts.mark(
        List.of(call("a", T0), call("b", T0 + DAY)), WEEK, T0 + DAY);
    assertEquals(FcrStatus.FINAL, repeated.get("a").status());
    assertEquals(FcrStatus.PROVISIONAL, repeated.get("b").status());
  }

  @Test
  void windowMustBePositive() {
    assertThrows(IllegalArgumentException.class,
        () -> RepeatContacts.mark(List.of(), Duration.ZERO, T0));
  }

  @Test
  void emptyCustomerHasNoOutcomes() {
    assertTrue(RepeatContacts.mark(List.of(), WEEK, T0).isEmpty());
  }
}
