package org.callcare.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.callcare.metrics.AgentFigure;
import org.callcare.metrics.AgentFigures;
import org.callcare.metrics.CallFigures;
import org.callcare.testing.Conditions;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The one aggregation pass on calls with empty values (a call too short for a start score, an outcome not known
 * yet): every agent figure's count equals the Java evaluation of its condition, empty counting as false.
 */
class FigurePassTest {
  private static final String[] FLAGS = {"startedNegative", "deEscalated", "escalated", "apologyPresent",
      "complaint", "apologyAfterComplaint", "transfer", "oneCallResolution"};
  private static final String[] NUMBERS = {"customerStartSentiment", "sentimentShift", "talkRatioAgent", "agentWpm",
      "customerWpm", "interruptionsByAgent", "interruptionsByCustomer", "nonTalkShare", "longestAgentMonologueMs",
      "customerSentimentQ1", "customerSentimentQ2", "customerSentimentQ3", "customerSentimentQ4",
      "startedNegativeQ1", "startedNegativeQ2", "startedNegativeQ3", "startedNegativeQ4"};

  @Test
  void countsOverEmptyValuesMatchTheConditions() {
    List<Map<String, Object>> calls = List.of(
        call(), // nothing known: no start score, no flags, no outcome
        call("startedNegative", false, "escalated", true, "customerStartSentiment", 0.1,
            "fcrStatus", "provisional", "talkRatioAgent", 0.5, "customerStartLabel", "neutral",
            "customerEndLabel", "negative", "customerSentimentQ1", 0.25),
        call("startedNegative", true, "deEscalated", true, "customerStartSentiment", -0.5,
            "fcrStatus", "final", "oneCallResolution", true, "sentimentShift", 0.75, "talkRatioAgent", 0.25,
            "behaviourPresence", Map.of("empathy", true, "apology", false), "customerStartLabel", "negative",
            "customerEndLabel", "neutral", "customerSentimentQ1", -0.5),
        call("customerStartSentiment", 0.2, "fcrStatus", "final", "complaint", true));

    StructType schema = new StructType().add("agentId", DataTypes.StringType).add("callDate", DataTypes.StringType)
        .add("fcrStatus", DataTypes.StringType).add("customerStartLabel", DataTypes.StringType)
        .add("customerEndLabel", DataTypes.StringType)
        .add("behaviourPresence", DataTypes.createMapType(DataTypes.StringType, DataTypes.BooleanType));
    for (String flag : FLAGS) {
      schema = schema.add(flag, DataTypes.BooleanType);
    }
    for (String number : NUMBERS) {
      schema = schema.add(number, DataTypes.DoubleType);
    }
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> call : calls) {
      Object[] values = new Object[schema.fields().length];
      for (int i = 0; i < values.length; i++) {
        Object v = call.get(schema.fields()[i].name());
        values[i] = v instanceof Map<?, ?> m ? scala.jdk.javaapi.CollectionConverters.asScala(m) : v;
      }
      rows.add(RowFactory.create(values));
    }
    Dataset<Row> df = TestSpark.session().createDataFrame(rows, schema);

    List<CallFigures.AgentDay> days = FigurePass.run(df);
    assertEquals(1, days.size());
    CallFigures.Totals totals = days.get(0).totals();
    int checked = 0;
    for (AgentFigure f : AgentFigures.LIST) {
      for (CallFigures.Count count : f.counts()) {
        long expected = calls.stream().filter(c -> Conditions.holds(count.when(),
            column -> c.get(column) == null ? null : c.get(column).toString())).count();
        assertEquals(expected, totals.count(count.name()), count.name());
        checked++;
      }
    }
    assertEquals(AgentFigures.LIST.stream().mapToLong(f -> f.counts().size()).sum(), checked);
    for (CallFigures.Count count : CallFigures.COUNTS) {
      if (count.name().startsWith("journey.")) {
        long expected = calls.stream().filter(c -> Conditions.holds(count.when(),
            column -> c.get(column) == null ? null : c.get(column).toString())).count();
        assertEquals(expected, totals.count(count.name()), count.name());
      }
    }
    assertEquals(1, totals.count(CallFigures.journeyCount("neutral", "negative")));
    assertEquals(1, totals.count(CallFigures.journeyCount("negative", "neutral")));
    assertEquals(0, totals.count(CallFigures.journeyCount("negative", "negative")));
    assertEquals(-0.125, totals.mean("customerSentimentQ1"), 1e-12, "mean over the calls that have a quarter");
    assertEquals(4, totals.count("calls"));
    assertEquals(2, totals.count("started_calm_calls"), "calls with a start score not flagged negative");
    assertEquals(2, totals.count("fcr_provisional_calls"), "no outcome yet counts as provisional");
    assertEquals(1, totals.count("empathy.present"));
    assertEquals(1, totals.count("apology.applies"));
    assertEquals(0, totals.count("apology.present"));
    assertEquals(2, totals.present("talkRatioAgent"));
    assertEquals(0.375, totals.mean("talkRatioAgent"), 1e-12);
    assertEquals(null, totals.mean("agentWpm"), "no call has it");
  }

  private static Map<String, Object> call(Object... keysAndValues) {
    Map<String, Object> call = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      call.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    call.put("agentId", "A-1");
    call.put("callDate", "2026-10-01");
    return call;
  }
}
