package org.callcare.train;

import java.util.Locale;

/** Table rows of evaluation figures, raw CoreNLP against the layer. */
final class Report {
  static final String HEADER = String.format(Locale.ROOT, "%-22s %6s | %-28s | %-28s | %s", "set", "turns",
      "CoreNLP acc / macro / wtd-F1", "layer acc / macro / wtd-F1", "neg recall C/L  layer confusion (neg/neu/pos rows)");

  private Report() {}

  static String row(LayerEvaluation.Result r) {
    return String.format(Locale.ROOT, "%-22s %6d | %.3f / %.3f / %.3f        | %.3f / %.3f / %.3f        | %.2f/%.2f  %s",
        r.set(), r.layer().total(), r.corenlp().accuracy(), r.corenlp().macroF1(), r.corenlp().weightedF1(),
        r.layer().accuracy(), r.layer().macroF1(), r.layer().weightedF1(), r.corenlp().recall(0),
        r.layer().recall(0), r.layer().confusion());
  }

  static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10000) / 10000.0;
  }
}
