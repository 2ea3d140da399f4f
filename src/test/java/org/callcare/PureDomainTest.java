package org.callcare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Domain, NLP, behaviour, metrics, ingest, sentiment-layer and privacy code stays plain Java: no Spark imports. */
class PureDomainTest {
  private static final List<String> PURE = List.of("domain", "nlp", "behaviour", "metrics", "ingest", "sentiment",
      "report/page",
      "privacy");

  @Test
  void purePackagesDoNotImportSpark() throws IOException {
    Path root = Path.of("src/main/java/org/callcare");
    int checked = 0;
    for (String pkg : PURE) {
      try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          checked++;
          List<String> sparkImports = Files.readAllLines(file).stream()
              .filter(line -> line.matches("^import (static )?org\\.apache\\.(spark|hadoop)\\..*")).toList();
          assertEquals(List.of(), sparkImports, file.toString());
        }
      }
    }
    assertTrue(checked > 20, "found the sources (" + checked + ")");
  }
}
