package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageClockTest {

  @Test
  void eachLapTimesTheStageSinceThePreviousLap() throws InterruptedException {
    StageClock clock = new StageClock();
    Thread.sleep(30);
    clock.lap("first");
    clock.lap("second"); // began when "first" ended: no sleep in between
    var seconds = clock.seconds();
    assertEquals(List.of("first", "second"), List.copyOf(seconds.keySet()));
    assertTrue(seconds.get("first") >= 0.03, "slept 30 ms: " + seconds);
    assertTrue(seconds.get("second") < seconds.get("first"), "not counted from the start: " + seconds);
  }

  @Test
  void lapReturnsTheStageTimeForTheLogInTenthsOfASecond() {
    assertTrue(new StageClock().lap("rules").matches("\\d+\\.\\d s"));
  }

  @Test
  void theRecordedStagesAreASnapshot() {
    StageClock clock = new StageClock();
    clock.lap("rules");
    var before = clock.seconds();
    clock.lap("parse");
    assertEquals(1, before.size());
    assertEquals(2, clock.seconds().size());
  }
}
