package org.callcare.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callcare.domain.Speaker;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.SentimentScorer;
import org.callcare.sentiment.SentimentInput;
import org.callcare.sentiment.SentimentInputs;
import org.callcare.sentiment.SentimentModel;

/**
 * A benchmark of what the layer adds to the sentiment stage: on one thread, the same turns are scored by CoreNLP
 * (no sentence memo: every sentence parsed) and then by the layer (features and the model) over CoreNLP's
 * output, three times alternating; the medians are compared.
 */
final class LayerCost {
  /** Median milliseconds of the CoreNLP pass and of the layer over it, and the turns timed. */
  record Figures(int turns, double corenlpMs, double layerMs) {
    double share() {
      return layerMs / corenlpMs;
    }
  }

  private LayerCost() {}

  static Figures measure(List<LabelledTurn> turns, SentimentModel model) {
    SentimentScorer scorer = CoreNlpSentimentScorer.newInstance(0);
    scorer.analyze("Warm-up sentence for the parser. Another one, to load everything.");
    double[] corenlp = new double[3];
    double[] layer = new double[3];
    for (int round = 0; round < 3; round++) {
      List<List<AnalyzedSentence>> analyzed = new ArrayList<>(turns.size());
      long start = System.nanoTime();
      for (LabelledTurn t : turns) {
        analyzed.add(scorer.analyze(t.getText()));
      }
      corenlp[round] = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      double sink = 0;
      for (int i = 0; i < turns.size(); i++) {
        SentimentInput input = SentimentInputs.of(Speaker.CUSTOMER, analyzed.get(i), List.of());
        sink += model.probabilities(input)[0];
      }
      layer[round] = (System.nanoTime() - start) / 1e6;
      if (Double.isNaN(sink)) {
        throw new IllegalStateException("the layer gave no probability");
      }
    }
    Arrays.sort(corenlp);
    Arrays.sort(layer);
    return new Figures(turns.size(), corenlp[1], layer[1]);
  }
}
