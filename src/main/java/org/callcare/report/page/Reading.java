package org.callcare.report.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callcare.metrics.DeEscalation;
import org.callcare.report.RunManifest;
import org.callcare.report.page.ReportPage.Definition;
import org.callcare.report.page.ReportPage.ModelFigure;

/** The page's "how to read it" section: definitions, the sentiment model and its accuracy, the reconciliation. */
final class Reading {
  private Reading() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static ReportPage.Reading of(RunManifest m) {
    Map<String, Object> sm = m.sentimentModel();
    boolean layered = sm != null && !String.valueOf(sm.get("layer")).startsWith("none");
    double below = layered ? DeEscalation.NEGATIVE_BELOW : DeEscalation.CORENLP_NEGATIVE_BELOW;
    List<Definition> definitions = new ArrayList<>();
    definitions.add(new Definition("Customer sentiment", "Every sentence of every turn is scored by Stanford"
        + " CoreNLP" + (layered ? "; callcare's sentiment layer turns those scores, the words and conversational"
        + " cues into a turn score from −1 to +1." : ", and a turn's score is the mean of its sentences', from −1"
        + " to +1.") + " A call's start is the mean of the first third of the customer's scored turns, its end"
        + " the mean of the last third; below " + Format.score(below) + " is negative, from "
        + Format.score(-below) + " positive."));
    for (PageRate r : PageRate.MAIN) {
      definitions.add(new Definition(r.label(), r.definition()));
    }
    definitions.add(new Definition("Intervals", "Every rate comes with its 95% Wilson interval: the range the"
        + " agent's true rate probably lies in. Few calls give wide intervals; an agent is coloured better or"
        + " worse only when the whole interval lies above or below the team's rate, and a rate over fewer than "
        + PageBuilder.MIN_CALLS + " calls is shown grey and not compared."));
    definitions.add(new Definition("Drivers", "For each behaviour, the outcome's rate in calls with it minus"
        + " the rate in calls without it, with its 95% interval. It shows association, not cause."));

    List<String> model = new ArrayList<>();
    List<ModelFigure> accuracy = new ArrayList<>();
    if (sm != null) {
      model.add("Sentiment model: " + sm.getOrDefault("name", "unnamed") + " (" + sm.getOrDefault("layer", "")
          + ").");
      Object evaluation = sm.get("evaluation");
      // the manifest holds the model file's own JSON (a Jackson tree); a map built in Java holds lists
      List<?> rows = evaluation instanceof List<?> list ? list : evaluation instanceof JsonNode node
          && node.isArray() ? JSON.convertValue(node, List.class) : List.of();
      if (!rows.isEmpty()) {
        model.add("Its accuracy, measured when it was trained, on held-out turns labelled by people:");
      }
      for (Object row : rows) {
        if (row instanceof Map<?, ?> e) {
          accuracy.add(new ModelFigure(String.valueOf(e.get("set")), e.get("turns") instanceof Number n
              ? n.longValue() : 0, Format.decimal3(e.get("accuracy")), Format.decimal3(e.get("macro_f1")),
              Format.decimal3(e.get("negative_recall"))));
        }
      }
    } else {
      model.add("Sentiment: CoreNLP's own scores, without the conversational layer.");
    }
    model.add("Scoring: " + m.sentiment() + ".");

    RunManifest.Counts c = m.counts();
    List<String> reconciliation = new ArrayList<>();
    reconciliation.add(c.inputRecords() + " input records = " + c.processedCalls() + " calls processed + "
        + c.rejectedRecords() + " rejected (rejected.csv)" + (c.otherDayCalls() > 0 ? " + " + c.otherDayCalls()
        + " of other days" : "") + ".");
    reconciliation.add(c.turnsRead() + " turns read = " + c.turns() + " kept + " + c.turnsDropped() + " dropped + "
        + c.turnsRejected() + " in rejected records" + (c.otherDayTurns() > 0 ? " + " + c.otherDayTurns()
        + " in calls of other days" : "") + ".");
    for (String w : m.warnings()) {
      reconciliation.add(w + ".");
    }
    String run = "Run " + m.runId() + ", started " + m.startedAt() + ", " + m.durationSeconds() + " s; inputs: "
        + String.join(", ", m.inputs()) + ".";
    return new ReportPage.Reading(definitions, model, accuracy, reconciliation, m.reconciled(), run);
  }
}
