package org.callcare.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.callcare.sentiment.SentimentInput;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;

/**
 * Applies a layer to labelled turns as the job does, conversation by conversation: the turns of a group (a call, a
 * dialogue) in order, each with its voice, so that a model's second pass reads the scene; a turn without a group
 * is a conversation of its own. Turns CoreNLP did not score are left out of their conversation (the job gives
 * them no score).
 */
final class Conversations {
  /** A conversation's turns in the order they were said (ties, which should not happen, by id). */
  static final Comparator<AnalyzedTurn> IN_ORDER =
      Comparator.comparingInt(AnalyzedTurn::order).thenComparing(AnalyzedTurn::getId);

  private Conversations() {}

  /** Each turn as "id|label|corenlp score or empty|p0|p1|p2" (the probabilities empty when not scored). */
  static Dataset<String> score(Dataset<AnalyzedTurn> turns, SentimentLayer layer, Voices voices) {
    return turns.groupByKey((MapFunction<AnalyzedTurn, String>) t -> t.getGroup() == null
            ? "turn:" + t.getId() : t.getGroup(), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, AnalyzedTurn, String>) (key, rows) -> {
          List<AnalyzedTurn> conversation = new ArrayList<>();
          rows.forEachRemaining(conversation::add);
          return lines(conversation, layer.model(), voices).iterator();
        }, Encoders.STRING());
  }

  static List<String> lines(List<AnalyzedTurn> conversation, SentimentModel model, Voices voices) {
    conversation.sort(IN_ORDER);
    List<AnalyzedTurn> scored = new ArrayList<>();
    List<SentimentInput> inputs = new ArrayList<>();
    List<String> who = new ArrayList<>();
    for (AnalyzedTurn t : conversation) {
      if (t.corenlpScore() != null) {
        scored.add(t);
        inputs.add(t.input());
        who.add(voices.of(t));
      }
    }
    Map<String, double[]> p = new HashMap<>();
    if (model != null && !inputs.isEmpty()) {
      List<double[]> out = model.probabilities(inputs, who);
      for (int i = 0; i < scored.size(); i++) {
        p.put(scored.get(i).getId(), out.get(i));
      }
    }
    List<String> lines = new ArrayList<>(conversation.size());
    for (AnalyzedTurn t : conversation) {
      Double raw = t.corenlpScore();
      double[] q = p.get(t.getId());
      lines.add(t.getId() + "|" + t.getLabel() + "|" + (raw == null ? "" : raw) + "|"
          + (q == null ? "||" : q[0] + "|" + q[1] + "|" + q[2]));
    }
    return lines;
  }

  /** The layer's probabilities of every scored turn, by id (collected: development sets and tools only). */
  static Map<String, double[]> probabilities(Dataset<AnalyzedTurn> turns, SentimentLayer layer, Voices voices) {
    Map<String, double[]> out = new HashMap<>();
    for (String line : score(turns, layer, voices).collectAsList()) {
      String[] f = line.split("\\|", -1);
      if (!f[3].isEmpty()) {
        out.put(f[0], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])});
      }
    }
    return out;
  }
}
