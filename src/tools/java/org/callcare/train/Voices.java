package org.callcare.train;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who says each labelled turn, for the layer's scene: the turn's role when it has one (agent, customer), the MELD
 * character (read from the shared data), or DailyDialog's speaker A or B (the dialogues alternate, so odd turn
 * numbers are A). Null where unknown. Serializable, to ship to executors.
 */
final class Voices implements Serializable {
  private final Map<String, String> meld;

  private Voices(Map<String, String> meld) {
    this.meld = meld;
  }

  /** Roles only (no shared data). */
  static Voices roles() {
    return new Voices(Map.of());
  }

  /** Roles, and MELD's characters of every split in the shared data folder. */
  static Voices of(Path sharedData) throws IOException {
    Map<String, String> meld = new HashMap<>();
    for (String split : List.of("train", "dev", "test")) {
      meld.putAll(SharedDataSets.meldSpeakers(sharedData, split));
    }
    return new Voices(meld);
  }

  String of(AnalyzedTurn t) {
    if (t.getSpeaker() != null) {
      return t.getSpeaker();
    }
    String character = meld.get(t.getId());
    if (character != null) {
      return character;
    }
    if (t.getSet() != null && t.getSet().startsWith("dailydialog-")) {
      return t.order() % 2 == 1 ? "A" : "B";
    }
    return null;
  }
}
