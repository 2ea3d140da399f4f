package org.callcare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobStagesTest {
  private static final String MANIFEST = """
      {"duration_s": 60.0, "stage_s": {"rules": 1.0, "discover": 0.5, "parse": 8.0, "sentiment": 35.0,
       "calls": 2.5, "reports": 10.0}}""";

  private static JobStages run(int run, int turns, double wall) throws IOException {
    return JobStages.of(run, turns, wall, new ObjectMapper().readTree(MANIFEST));
  }

  @Test
  void splitsTheWallTimeIntoStartUpStagesAndTheUntimedRest() throws IOException {
    JobStages stages = run(1, 10_000, 70.0);
    assertEquals(10.0, stages.outsideRunSeconds(), 1e-9);
    assertEquals(3.0, stages.untimedSeconds(), 1e-9);
    assertEquals(35.0, stages.stage("sentiment"));
    assertEquals(0.0, stages.stage("history"), "a stage the run did not have");
    assertTrue(stages.summary().contains("start-up and shutdown 10.0, rules 1.0"), stages.summary());
  }

  @Test
  void medianSentimentStageOfTheRunsAtASize() throws IOException {
    List<JobStages> runs = List.of(run(1, 10_000, 70), run(2, 10_000, 72), run(1, 40_000, 100));
    assertEquals(Optional.of(35.0), JobStages.medianSentiment(runs, 10_000));
    assertEquals(Optional.empty(), JobStages.medianSentiment(runs, 160_000));
  }

  @Test
  void writesOneRowPerRun(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bench-stages.csv");
    JobStages.writeCsv(List.of(run(2, 40_000, 70.0)), csv);
    assertEquals(List.of(
            "run,turns,wall_s,outside_run_s,rules_s,discover_s,parse_s,sentiment_s,calls_s,reports_s,untimed_s",
            "2,40000,70.00,10.00,1.00,0.50,8.00,35.00,2.50,10.00,3.00"),
        Files.readAllLines(csv));
  }
}
