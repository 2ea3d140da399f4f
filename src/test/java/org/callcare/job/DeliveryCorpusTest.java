package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Encoders;
import org.callcare.ingest.InputPaths;
import org.callcare.report.RunManifest;
import org.callcare.testing.DeliveryCorpus;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a delivery folder of 40+ kinds of trouble ({@link DeliveryCorpus}): the run completes and
 * reconciles, every file is a call or a rejection, every rejection says why in words, and no personal data and no
 * spreadsheet formula reaches any report.
 */
class DeliveryCorpusTest {
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b(?:java|org|com)\\.[a-z]+\\.|Exception\\b|StreamRead|JsonReadFeature|ALLOW_[A-Z_]+|`");

  @TempDir
  static Path dir;
  private static int kinds;
  private static RunManifest manifest;
  private static Path reports;

  @BeforeAll
  static void run() throws IOException {
    kinds = DeliveryCorpus.write(dir);
    reports = dir.resolve("reports");
    manifest = new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon")
        .run(new JobOptions(List.of(dir.resolve("delivery").toString()), reports.toString(), 7));
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(reports.resolve(name))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @Test
  void theRunCompletesAndReconciles() throws IOException {
    if (Boolean.getBoolean("callcare.showDeliveries")) {
      csv("rejected.csv").forEach(r -> System.out.println("REJECTED " + InputPaths.fileNameOf(r.get("source")) + " | "
          + r.get("reason")));
      csv("warnings.csv").forEach(r -> System.out.println("WARNING " + InputPaths.fileNameOf(r.get("source")) + " | "
          + r.get("warning")));
    }
    assertTrue(kinds >= 40, "the corpus has " + kinds + " kinds of trouble");
    assertTrue(manifest.reconciled(), manifest.warnings().toString());
    assertTrue(manifest.counts().processedCalls() > 20, "the good calls are read: " + manifest.counts());
  }

  @Test
  void everyFileIsACallOrARejection() throws IOException {
    Set<String> accounted = new TreeSet<>();
    csv("calls.csv").forEach(r -> accounted.add(InputPaths.fileNameOf(r.get("source"))));
    csv("rejected.csv").forEach(r -> accounted.add(InputPaths.fileNameOf(r.get("source"))));
    List<String> files = new ArrayList<>();
    Files.walkFileTree(dir.resolve("delivery"), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        boolean folderLink = Files.isSymbolicLink(file) && Files.isDirectory(file);
        String name = file.getFileName().toString();
        // a second name for a folder is read once under either name; calls.csv files are details, not records
        if (!name.equals("calls.csv") && !(folderLink && !name.equals("up"))) {
          files.add(name);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    List<String> missing = files.stream().filter(f -> !accounted.contains(f)).toList();
    assertEquals(List.of(), missing, "files in neither calls.csv nor rejected.csv");
  }

  @Test
  void everyRejectionSaysWhyInWords() throws IOException {
    for (CSVRecord r : csv("rejected.csv")) {
      String reason = r.get("reason");
      assertTrue(reason.length() >= 5, r.get("source") + ": reason '" + reason + "'");
      assertFalse(JAVA_NAME.matcher(reason).find(), r.get("source") + ": names Java: " + reason);
    }
  }

  @Test
  void noPersonalDataReachesAnyReport() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(reports)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")
          || p.toString().endsWith(".html")).toList()) {
        texts.add(Files.readString(f));
      }
    }
    texts.addAll(TestSpark.session().read().parquet(reports.resolve("turns").toString()).select("text")
        .as(Encoders.STRING()).collectAsList());
    for (String pii : DeliveryCorpus.PII) {
      for (String text : texts) {
        assertFalse(text.contains(pii), "'" + pii + "' in a report: " + text.substring(0, Math.min(200, text.length())));
      }
    }
    assertTrue(texts.stream().anyMatch(t -> t.contains("[PII:CARD]")), "the cards were found and redacted");
  }

  @Test
  void noCellIsASpreadsheetFormula() throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        for (CSVRecord r : csv(f.getFileName().toString())) {
          for (String cell : r) {
            boolean formula = cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@")
                || (cell.startsWith("-") && !cell.matches("-[0-9.]+"));
            assertFalse(formula, f.getFileName() + ": cell " + cell);
          }
        }
      }
    }
  }
}
