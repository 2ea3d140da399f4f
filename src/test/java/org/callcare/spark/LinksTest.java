package org.callcare.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.callcare.ingest.InputPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in a delivery folder: followed once, and a link that cannot be followed is counted with a reason. */
class LinksTest {
  @TempDir
  Path dir;

  @Test
  void linksAreFollowedOnceAndBrokenOnesAreNotLost() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path day = Files.createDirectories(in.resolve("day"));
    Files.writeString(day.resolve("a.jsonl"), "{}\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(in.resolve("dangling.jsonl"), dir.resolve("nowhere.jsonl"));
    Files.createSymbolicLink(in.resolve("ping.jsonl"), in.resolve("pong.jsonl"));
    Files.createSymbolicLink(in.resolve("pong.jsonl"), in.resolve("ping.jsonl"));
    Files.createSymbolicLink(day.resolve("loop"), in); // a folder link back up the tree
    Files.createSymbolicLink(in.resolve("day-again"), day); // the same folder through a second name

    DiscoveredInputs found = InputDiscovery.discover(List.of(in.toString()), path -> false, new Configuration());

    assertEquals(1, found.transcripts().size(), found.transcripts().toString());
    Map<String, String> notRead = new TreeMap<>();
    found.notRead().forEach(n -> notRead.put(InputPaths.fileNameOf(n.path()), n.reason()));
    assertEquals(List.of("dangling.jsonl", "loop", "ping.jsonl", "pong.jsonl"), List.copyOf(notRead.keySet()));
    assertTrue(notRead.get("dangling.jsonl").contains("cannot be followed"), notRead.toString());
    assertTrue(notRead.get("ping.jsonl").contains("cannot be followed"), notRead.toString());
    assertTrue(notRead.get("loop").contains("a loop"), notRead.toString());
    assertEquals(5, found.transcriptFiles(), "every file and link is accounted for");
  }
}
