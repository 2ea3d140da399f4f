package org.callcare.spark;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputDiscoveryTest {
  @Test
  void partialUploadsAreNotReadAndSaySo() {
    for (String name : new String[] {"C-1.jsonl.filepart", "export.json.part", "calls.JSONL.crdownload",
        "x.tmp"}) {
      String reason = InputDiscovery.notReadReason(name, 100);
      assertTrue(reason != null && reason.startsWith("an upload or download still in progress"), name + ": " + reason);
    }
    assertNull(InputDiscovery.notReadReason("C-1.jsonl", 100));
    assertNull(InputDiscovery.notReadReason("department-report.txt", 100));
  }

  @Test
  void emptyAndHiddenFilesAreNotRead() {
    assertTrue(InputDiscovery.notReadReason("C-1.jsonl", 0).equals("empty file"));
    assertTrue(InputDiscovery.notReadReason(".notes.txt", 10).startsWith("hidden file"));
  }
}
