package org.callcare.report.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.callcare.domain.Behaviour;
import org.callcare.metrics.CallFigures;
import org.callcare.report.RunManifest;

/** Agent-day totals, reviews and a manifest made up for page tests (consistent counts, seeded). */
final class PageFixtures {
  private PageFixtures() {}

  /** {@code agents} agents over {@code days} days ending on {@code last}, each with some calls a day. */
  static List<CallFigures.AgentDay> days(int agents, int days, LocalDate last, long seed) {
    Random random = new Random(seed);
    List<CallFigures.AgentDay> out = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      for (int d = days - 1; d >= 0; d--) {
        out.add(new CallFigures.AgentDay(String.format("agent-%03d", a), last.minusDays(d).toString(),
            totals(1 + random.nextInt(12), random)));
      }
    }
    return out;
  }

  /** Totals of {@code calls} calls whose flags are drawn at random, every count consistent with the others. */
  static CallFigures.Totals totals(int calls, Random random) {
    Map<String, Long> c = new HashMap<>();
    Map<String, Double> sums = new HashMap<>();
    Map<String, Long> present = new HashMap<>();
    for (int i = 0; i < calls; i++) {
      add(c, "calls");
      String start = CallFigures.LABELS.get(random.nextInt(3));
      String end = CallFigures.LABELS.get(random.nextInt(3));
      add(c, CallFigures.journeyCount(start, end));
      if (start.equals("negative")) {
        add(c, "started_negative_calls");
        if (!end.equals("negative")) {
          add(c, "de_escalated_calls");
        }
      } else {
        add(c, "started_calm_calls");
        if (end.equals("negative")) {
          add(c, "escalated_calls");
        }
      }
      boolean complaint = random.nextBoolean();
      if (complaint) {
        add(c, "complaint_calls");
        if (random.nextInt(3) > 0) {
          add(c, "apology_after_complaint_calls");
        }
      }
      boolean transfer = random.nextInt(5) == 0;
      if (transfer) {
        add(c, "transfer_calls");
      }
      if (random.nextInt(4) > 0) {
        add(c, "fcr_final_calls");
        if (!transfer && random.nextBoolean()) {
          add(c, "one_call_resolved_calls");
        }
      } else {
        add(c, "fcr_provisional_calls");
      }
      for (Behaviour b : Behaviour.values()) {
        add(c, b.id() + ".applies");
        boolean has = random.nextBoolean();
        if (has) {
          add(c, b.id() + ".present");
        }
        add(c, b.id() + (has ? ".with." : ".without.") + "startedNegative", start.equals("negative"));
        add(c, b.id() + (has ? ".with." : ".without.") + "deEscalated",
            start.equals("negative") && !end.equals("negative"));
        add(c, b.id() + (has ? ".with." : ".without.") + "final", true);
        add(c, b.id() + (has ? ".with." : ".without.") + "resolved", random.nextBoolean());
      }
      for (int q = 0; q < 4; q++) {
        double mean = random.nextDouble() - 0.6 + q * 0.15;
        sums.merge(CallFigures.QUARTER_SUMS.get(q), mean, Double::sum);
        present.merge(CallFigures.QUARTER_SUMS.get(q), 1L, Long::sum);
        if (start.equals("negative")) {
          sums.merge(CallFigures.STARTED_NEGATIVE_QUARTER_SUMS.get(q), mean, Double::sum);
          present.merge(CallFigures.STARTED_NEGATIVE_QUARTER_SUMS.get(q), 1L, Long::sum);
        }
      }
    }
    return new CallFigures.Totals(c, sums, present);
  }

  private static void add(Map<String, Long> counts, String name) {
    counts.merge(name, 1L, Long::sum);
  }

  private static void add(Map<String, Long> counts, String name, boolean when) {
    if (when) {
      add(counts, name);
    }
  }

  static RunManifest manifest() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", "default");
    model.put("layer", "multinomial logistic regression");
    // as ManifestWriter puts it: the model file's own JSON
    model.put("evaluation", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(List.of(Map.of("set",
        "test-turns", "turns", 333, "accuracy", 0.8378, "macro_f1", 0.8373, "negative_recall", 0.7788))));
    return new RunManifest("run-1", "2026-11-30T01:00:00Z", "2026-11-30T01:02:00Z", 120.0, Map.of(),
        List.of("in"), Map.of(), Map.of(), Map.of(),
        new RunManifest.Counts(52, 51, 1, 0, 613, 608, 5, 0, 0, 3, 608, 1282, 7, 0), true,
        List.of("3 repairs made while reading transcripts (see warnings.csv)"), "CoreNLP", model, null, null,
        Map.of());
  }

  static ReportPage page(List<CallFigures.AgentDay> days, LocalDate night, List<ReportPage.ReviewList> reviews) {
    return PageBuilder.build(new PageInputs(days, PagePeriods.ofHistory(night, List.of(7, 30)),
        new PageInputs.TrendWindow(night, 30), reviews, manifest()));
  }
}
