package org.callcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSwapTest {
  @TempDir
  Path dir;

  private static org.apache.hadoop.fs.Path hadoop(Path p) {
    return new org.apache.hadoop.fs.Path(p.toUri());
  }

  private static Path folder(Path p, String content) throws IOException {
    Files.createDirectories(p);
    Files.writeString(p.resolve("calls.csv"), content);
    return p;
  }

  @Test
  void replacesAFolderWhole() throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path target = folder(dir.resolve("reports"), "old");
    Path staged = folder(dir.resolve(".reports.staging-1"), "new");
    FolderSwap.replace(fs, hadoop(staged), hadoop(target), hadoop(dir.resolve(".reports.previous-1")));
    assertEquals("new", Files.readString(target.resolve("calls.csv")));
    assertFalse(Files.exists(staged));
    assertFalse(Files.exists(dir.resolve(".reports.previous-1")));
  }

  @Test
  void aReplacementCutShortBetweenItsRenamesIsUndone() throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    // killed after moving the old reports aside, before moving the new ones in
    folder(dir.resolve(".reports.previous-7"), "old");
    folder(dir.resolve(".reports.staging-7"), "new, never published");
    assertTrue(FolderSwap.recover(fs, hadoop(dir.resolve("reports")), hadoop(dir.resolve(".reports.previous-*"))));
    assertEquals("old", Files.readString(dir.resolve("reports/calls.csv")));
    assertFalse(Files.exists(dir.resolve(".reports.previous-7")));
  }

  @Test
  void leftoversBesideAnIntactFolderAreRemoved() throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    folder(dir.resolve("reports"), "current");
    folder(dir.resolve(".reports.previous-3"), "older");
    assertFalse(FolderSwap.recover(fs, hadoop(dir.resolve("reports")), hadoop(dir.resolve(".reports.previous-*"))));
    assertEquals("current", Files.readString(dir.resolve("reports/calls.csv")));
    assertFalse(Files.exists(dir.resolve(".reports.previous-3")));
  }
}
