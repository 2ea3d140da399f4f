package org.callcare.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * What the conversation so far says about a turn, for the layer's second pass: the first pass's P(negative)
 * and P(positive) of the turn just before, and of the same voice's last turn before it. Only earlier turns are
 * read, so a turn's scene never depends on how the conversation goes on (an upset opener stays upset however
 * calm the agent's reply). A missing turn gives 0 with its "has" flag 0. Pure.
 */
public final class SceneFeatures {
  /** Names of the features, in vector order. */
  public static final List<String> NAMES = List.of(
      "scene_has_previous", "scene_previous_negative", "scene_previous_positive",
      "scene_has_own_previous", "scene_own_previous_negative", "scene_own_previous_positive");

  private SceneFeatures() {}

  /**
   * @param voices who says each turn, in conversation order (null where unknown: no own-voice features)
   * @param probabilities the first pass's P(negative), P(neutral), P(positive) of each turn, same order
   * @return one feature vector per turn, in the order of {@link #NAMES}
   */
  public static double[][] of(List<String> voices, List<double[]> probabilities) {
    if (voices.size() != probabilities.size()) {
      throw new IllegalArgumentException("one voice per turn: " + voices.size() + " voices, "
          + probabilities.size() + " turns");
    }
    int n = probabilities.size();
    double[][] out = new double[n][NAMES.size()];
    for (int t = 1; t < n; t++) {
      put(out[t], 0, probabilities.get(t - 1));
      String voice = voices.get(t);
      for (int s = t - 1; voice != null && s >= 0; s--) {
        if (Objects.equals(voice, voices.get(s))) {
          put(out[t], 3, probabilities.get(s));
          break;
        }
      }
    }
    return out;
  }

  private static void put(double[] f, int at, double[] p) {
    f[at] = 1;
    f[at + 1] = p[0];
    f[at + 2] = p[2];
  }
}
