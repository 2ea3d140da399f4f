package org.callcare.train;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.callcare.domain.SentimentLabel;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;

/** Raw CoreNLP's turn label and the layer's, each against the human labels of a set (one small aggregate). */
final class LayerEvaluation {
  /** The two systems' scores on one set. */
  record Result(String set, Scores corenlp, Scores layer) {}

  private LayerEvaluation() {}

  static Result evaluate(String set, Dataset<AnalyzedTurn> turns, SentimentLayer layer) {
    Dataset<String> pairs = turns.map((MapFunction<AnalyzedTurn, String>) t -> {
      Double raw = t.corenlpScore();
      String corenlp = raw == null ? "neutral" : SentimentLabel.of(raw).label();
      SentimentModel model = layer.model();
      String predicted = corenlp;
      if (raw != null && model != null) {
        predicted = Scores.CLASSES.get(argmax(model.probabilities(t.input())));
      }
      return t.getLabel() + "|" + corenlp + "|" + predicted;
    }, Encoders.STRING());
    Scores corenlp = Scores.empty();
    Scores layered = Scores.empty();
    for (Row r : pairs.groupBy(col("value")).count().collectAsList()) {
      String[] p = r.getString(0).split("\\|");
      corenlp.add(p[0], p[1], r.getLong(1));
      layered.add(p[0], p[2], r.getLong(1));
    }
    return new Result(set, corenlp, layered);
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }
}
