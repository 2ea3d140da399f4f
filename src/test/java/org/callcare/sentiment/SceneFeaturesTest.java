package org.callcare.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneFeaturesTest {
  private static final double[] UPSET = {0.8, 0.15, 0.05};
  private static final double[] CALM = {0.1, 0.8, 0.1};
  private static final double[] PLEASED = {0.05, 0.15, 0.8};

  @Test
  void readsTheTurnBeforeAndTheSameVoicesLastTurn() {
    double[][] f = SceneFeatures.of(List.of("customer", "agent", "customer", "customer"),
        List.of(UPSET, CALM, PLEASED, CALM));
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, f[0], "the first turn has no scene");
    assertArrayEquals(new double[] {1, 0.8, 0.05, 0, 0, 0}, f[1], "the agent has not spoken before");
    assertArrayEquals(new double[] {1, 0.1, 0.1, 1, 0.8, 0.05}, f[2], "the agent's turn, then the customer's own");
    assertArrayEquals(new double[] {1, 0.05, 0.8, 1, 0.05, 0.8}, f[3], "the same turn is both");
  }

  @Test
  void neverReadsLaterTurns() {
    List<String> voices = List.of("customer", "agent", "customer", "agent");
    double[][] calmAfter = SceneFeatures.of(voices, List.of(UPSET, CALM, UPSET, CALM));
    double[][] pleasedAfter = SceneFeatures.of(voices, List.of(UPSET, CALM, UPSET, PLEASED));
    for (int t = 0; t < 3; t++) {
      assertArrayEquals(calmAfter[t], pleasedAfter[t], "turn " + t + " does not hear the last turn");
    }
  }

  @Test
  void unknownVoicesHaveNoOwnTurnBefore() {
    double[][] f = SceneFeatures.of(Arrays.asList(null, null), List.of(UPSET, CALM));
    assertArrayEquals(new double[] {1, 0.8, 0.05, 0, 0, 0}, f[1]);
  }

  @Test
  void oneVoicePerTurn() {
    assertThrows(IllegalArgumentException.class, () -> SceneFeatures.of(List.of("a"), List.of(UPSET, CALM)));
  }
}
