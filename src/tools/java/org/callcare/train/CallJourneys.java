package org.callcare.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.callcare.domain.Speaker;
import org.callcare.metrics.DeEscalation;
import org.callcare.sentiment.SentimentLayer;

/**
 * Calls labelled by the customer's journey ({@code upset_calmed}, {@code escalating}, {@code calm}), written for
 * callcare ({@code training/contact-center/*-calls.jsonl}), and how the job's de-escalation rules see them: per
 * journey, how many calls start negative, de-escalate and escalate, with raw CoreNLP scores and with the layer.
 */
final class CallJourneys {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> JOURNEYS = List.of("upset_calmed", "escalating", "calm");

  /** The calls' turns (group = call id, position = turn index) and each call's journey. */
  record Calls(List<LabelledTurn> turns, Map<String, String> journeys) {}

  /** Per journey and system: calls, started negative, de-escalated, escalated. */
  record Tally(String journey, int calls, int[] corenlp, int[] layer) {}

  private CallJourneys() {}

  static Calls read(String set, Path file) throws IOException {
    List<LabelledTurn> turns = new ArrayList<>();
    Map<String, String> journeys = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode call = JSON.readTree(line);
        String id = call.path("call_id").asText();
        journeys.put(id, call.path("journey").asText());
        int i = 0;
        for (JsonNode turn : call.path("turns")) {
          LabelledTurn t = new LabelledTurn(set, id + "-" + i, turn.path("text").asText(), null,
              turn.path("speaker").asText().toLowerCase(Locale.ROOT), id);
          t.setPosition(i++);
          turns.add(t);
        }
      }
    }
    return new Calls(turns, journeys);
  }

  /** Collects the calls' customer turns (a few hundred) and tallies both systems per journey. */
  static List<Tally> tally(Dataset<AnalyzedTurn> analyzed, Map<String, String> journeys, SentimentLayer layer) {
    return tally(analyzed, journeys, layer, DeEscalation.NEGATIVE_BELOW);
  }

  /** As {@link #tally(Dataset, Map, SentimentLayer)} with another threshold on the layer's scores. */
  static List<Tally> tally(Dataset<AnalyzedTurn> analyzed, Map<String, String> journeys, SentimentLayer layer,
      double layerNegativeBelow) {
    // the layer reads whole calls (agent turns too: they are the scene of the customer's)
    Map<String, double[]> probabilities = Conversations.probabilities(analyzed, layer, Voices.roles());
    Map<String, List<AnalyzedTurn>> byCall = new TreeMap<>();
    for (AnalyzedTurn t : analyzed.filter("speaker = 'customer'").collectAsList()) {
      byCall.computeIfAbsent(t.getGroup(), k -> new ArrayList<>()).add(t);
    }
    Map<String, int[][]> counts = new LinkedHashMap<>();
    for (String j : JOURNEYS) {
      counts.put(j, new int[3][3]);
    }
    for (Map.Entry<String, List<AnalyzedTurn>> call : byCall.entrySet()) {
      List<AnalyzedTurn> turns = call.getValue();
      turns.sort(Comparator.comparingInt(AnalyzedTurn::getPosition));
      List<Double> raw = new ArrayList<>();
      List<Double> layered = new ArrayList<>();
      for (AnalyzedTurn t : turns) {
        Double score = t.corenlpScore();
        if (score == null) {
          continue;
        }
        raw.add(score);
        double[] p = probabilities.get(t.getId());
        layered.add(p == null ? score : p[2] - p[0]);
      }
      int[][] c = counts.get(journeys.get(call.getKey()));
      if (c == null) {
        continue;
      }
      c[0][0]++;
      add(c[1], DeEscalation.of(raw, DeEscalation.CORENLP_NEGATIVE_BELOW));
      add(c[2], DeEscalation.of(layered, layerNegativeBelow));
    }
    List<Tally> out = new ArrayList<>();
    for (Map.Entry<String, int[][]> e : counts.entrySet()) {
      out.add(new Tally(e.getKey(), e.getValue()[0][0], e.getValue()[1], e.getValue()[2]));
    }
    return out;
  }

  private static void add(int[] into, DeEscalation d) {
    into[0] += Boolean.TRUE.equals(d.startedNegative()) ? 1 : 0;
    into[1] += Boolean.TRUE.equals(d.deEscalated()) ? 1 : 0;
    into[2] += Boolean.TRUE.equals(d.escalated()) ? 1 : 0;
  }
}
