package org.callcare.report;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Replaces a folder by a fully written one with two renames (the old folder is moved aside, the new one into
 * place, then the old one deleted), and repairs a replacement that was cut short: a process killed between the
 * two renames leaves the target missing and the old folder aside, which {@link #recover} moves back. Renames of
 * a folder are atomic on HDFS and local file systems; on object stores (S3) they are copies, so a kill there
 * can leave a half-copied folder.
 */
public final class FolderSwap {
  private FolderSwap() {}

  /** Moves {@code staged} to {@code target}, replacing what is there; {@code aside} must not exist. */
  public static void replace(FileSystem fs, Path staged, Path target, Path aside) throws IOException {
    if (fs.exists(target) && !fs.rename(target, aside)) {
      throw new IOException("cannot move " + target + " aside to " + aside);
    }
    if (!fs.rename(staged, target)) {
      throw new IOException("cannot move " + staged + " to " + target);
    }
    fs.delete(aside, true);
  }

  /**
   * Undoes or completes an interrupted {@link #replace}: when {@code target} is missing, the newest folder
   * matching {@code asideGlob} is moved back to it; any other match is deleted. Returns whether a folder was
   * moved back.
   */
  public static boolean recover(FileSystem fs, Path target, Path asideGlob) throws IOException {
    FileStatus[] aside = fs.globStatus(asideGlob);
    if (aside == null || aside.length == 0) {
      return false;
    }
    boolean restored = false;
    FileStatus newest = aside[0];
    for (FileStatus s : aside) {
      if (s.getModificationTime() > newest.getModificationTime()) {
        newest = s;
      }
    }
    if (!fs.exists(target)) {
      restored = fs.rename(newest.getPath(), target);
    }
    for (FileStatus s : aside) {
      if (fs.exists(s.getPath())) {
        fs.delete(s.getPath(), true);
      }
    }
    return restored;
  }
}
