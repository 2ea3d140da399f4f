package org.callcare.train;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.callcare.domain.SentimentLabel;
import org.callcare.sentiment.SentimentLayer;

/**
 * Raw CoreNLP's turn label and the layer's, each against the human labels of a set (one small aggregate). The
 * layer reads each conversation in order ({@link Conversations}); a turn CoreNLP did not score is neutral for both,
 * and turns without a label (context, such as a service dialogue's system turns) are read but not scored.
 */
final class LayerEvaluation {
  /** The two systems' scores on one set. */
  record Result(String set, Scores corenlp, Scores layer) {}

  private LayerEvaluation() {}

  static Result evaluate(String set, Dataset<AnalyzedTurn> turns, SentimentLayer layer, Voices voices) {
    Dataset<String> pairs = Conversations.score(turns, layer, voices).map((MapFunction<String, String>) line -> {
      String[] f = line.split("\\|", -1);
      String corenlp = f[2].isEmpty() ? "neutral" : SentimentLabel.of(Double.parseDouble(f[2])).label();
      String predicted = corenlp;
      if (!f[3].isEmpty()) {
        predicted = Scores.CLASSES.get(argmax(new double[] {
            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])}));
      }
      return f[1] + "|" + corenlp + "|" + predicted;
    }, Encoders.STRING());
    Scores corenlp = Scores.empty();
    Scores layered = Scores.empty();
    for (Row r : pairs.groupBy(col("value")).count().collectAsList()) {
      String[] p = r.getString(0).split("\\|");
      if (p[0].equals("null")) {
        continue; // context only
      }
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
