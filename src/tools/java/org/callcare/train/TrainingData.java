package org.callcare.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;

/** Named labelled sets: the shared data folder's, and labelled files named by their file name. */
final class TrainingData {
  private TrainingData() {}

  /** A labelled file's set name: its file name without folders and extensions ({@code test-turns}). */
  static String setName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Every turn of the named labelled files, set by set. */
  static Map<String, List<LabelledTurn>> files(List<String> paths, Configuration conf) throws IOException {
    Map<String, List<LabelledTurn>> sets = new LinkedHashMap<>();
    for (String path : paths) {
      String set = setName(path);
      sets.put(set, LabelledTurnFiles.read(set, path, conf));
    }
    return sets;
  }

  /** The shared sets used for training: MELD train and DailyDialog train. */
  static Map<String, List<LabelledTurn>> sharedTraining(Path data) throws IOException {
    Map<String, List<LabelledTurn>> sets = new LinkedHashMap<>();
    sets.put("meld-train", SharedDataSets.meld(data, "train"));
    sets.put("dailydialog-train", SharedDataSets.dailyDialog(data, "train"));
    return sets;
  }

  /** The shared sets used for tuning: MELD dev and DailyDialog valid. */
  static Map<String, List<LabelledTurn>> sharedDevelopment(Path data) throws IOException {
    Map<String, List<LabelledTurn>> sets = new LinkedHashMap<>();
    sets.put("meld-dev", SharedDataSets.meld(data, "dev"));
    sets.put("dailydialog-valid", SharedDataSets.dailyDialog(data, "valid"));
    return sets;
  }

  /** The shared sets reported, never tuned on: MELD test, DailyDialog test, the USS service dialogues. */
  static Map<String, List<LabelledTurn>> sharedTest(Path data) throws IOException {
    Map<String, List<LabelledTurn>> sets = new LinkedHashMap<>();
    sets.put("meld-test", SharedDataSets.meld(data, "test"));
    sets.put("dailydialog-test", SharedDataSets.dailyDialog(data, "test"));
    for (String uss : List.of("MWOZ", "SGD", "CCPE")) {
      sets.put("uss-" + uss.toLowerCase(java.util.Locale.ROOT), SharedDataSets.uss(data, uss));
    }
    return sets;
  }

  /** The union of analyzed sets. */
  static Dataset<AnalyzedTurn> union(List<Dataset<AnalyzedTurn>> sets) {
    Dataset<AnalyzedTurn> all = sets.get(0);
    for (Dataset<AnalyzedTurn> d : sets.subList(1, sets.size())) {
      all = all.union(d);
    }
    return all;
  }

  /**
   * Splits a set by a stable hash of the turn's call (or of its id when it has none), so that a call is never cut
   * in two: about {@code percent} % go to the held-out part.
   */
  static List<List<LabelledTurn>> split(List<LabelledTurn> turns, int percent) {
    List<LabelledTurn> kept = new ArrayList<>();
    List<LabelledTurn> held = new ArrayList<>();
    for (LabelledTurn t : turns) {
      String key = t.getGroup() == null ? t.getId() : t.getGroup();
      (Math.floorMod(key.hashCode() * 31 + 7, 100) < percent ? held : kept).add(t);
    }
    return List.of(kept, held);
  }
}
