package org.callcare.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.callcare.ingest.InputPaths;
import org.callcare.privacy.PiiRedactor;
import org.callcare.testing.RobustnessCorpus;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole robustness corpus through Spark's ingestion (discovery, binary reading, readers, calls.csv join,
 * repairs, duplicates): files, calls and turns in = out + rejected, with the counts the corpus expects, and no
 * file lost on the way (Spark skips no hidden file such as {@code .DS_Store}).
 */
class RobustnessReconciliationTest {
  @TempDir
  static Path dir;

  @Test
  void filesCallsAndTurnsReconcile() {
    List<RobustnessCorpus.Case> cases = RobustnessCorpus.write(dir);
    SparkSession spark = TestSpark.session();
    DiscoveredInputs inputs = InputDiscovery.discover(List.of(dir.toString()), path -> false,
        spark.sparkContext().hadoopConfiguration());
    assertEquals(cases.size(), inputs.transcriptFiles(), "every case file is found");

    CallIngestion.Ingested ingested = CallIngestion.ingest(spark, inputs, 4, null, PiiRedactor.all(), null);
    try {
      // every input file ends up with its calls processed or its records rejected
      Set<String> accounted = new HashSet<>();
      ingested.calls().select(col("source")).distinct().as(Encoders.STRING()).collectAsList()
          .forEach(s -> accounted.add(InputPaths.fileNameOf(s)));
      ingested.rejects().select(col("source")).distinct().as(Encoders.STRING()).collectAsList()
          .forEach(s -> accounted.add(InputPaths.fileNameOf(s)));
      for (RobustnessCorpus.Case c : cases) {
        assertTrue(accounted.contains(InputPaths.fileNameOf(c.file())), c.file() + " is in neither output");
      }

      long calls = cases.stream().mapToLong(RobustnessCorpus.Case::calls).sum();
      long rejected = cases.stream().mapToLong(RobustnessCorpus.Case::rejected).sum();
      long kept = cases.stream().mapToLong(RobustnessCorpus.Case::turnsKept).sum();
      long dropped = cases.stream().mapToLong(RobustnessCorpus.Case::turnsDropped).sum();
      long turnsRejected = cases.stream().mapToLong(RobustnessCorpus.Case::turnsRejected).sum();

      Row out = ingested.calls().selectExpr("count(*)", "coalesce(sum(size(turns)), 0)",
          "coalesce(sum(turnsDropped), 0)").first();
      Row rej = ingested.rejects().selectExpr("count(*)", "coalesce(sum(turns), 0)").first();
      assertEquals(calls, out.getLong(0), "processed calls");
      assertEquals(rejected, rej.getLong(0), "rejected records");
      assertEquals(calls + rejected, ingested.inputRecords(), "input records = processed + rejected");
      assertEquals(kept, out.getLong(1), "turns kept");
      assertEquals(dropped, out.getLong(2), "turns dropped by repairs");
      assertEquals(turnsRejected, rej.getLong(1), "turns in rejected records");
      assertEquals(kept + dropped + turnsRejected, ingested.turnsRead(), "turns read = kept + dropped + rejected");

    } finally {
      ingested.persisted().forEach(d -> d.unpersist());
    }
  }
}
