package org.callcare.report;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports are written into a staging folder beside the output folder and moved into place only when the run
 * succeeds, so a failed run never leaves a half-written report. An existing output folder is replaced only if
 * it is empty or holds a previous callcare report (it has a manifest.json).
 */
public final class ReportPublisher {
  public static final String MANIFEST = "manifest.json";
  private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

  private final FileSystem fs;
  private final Path output;
  /** Names of the report folder's contents and of the staging and previous-report folders beside it. */
  private final String contentsPrefix;
  private final String siblingsPrefix;
  private final Path staging;
  private final Path previous;

  public ReportPublisher(String output, String runId, Configuration conf) throws IOException {
    this.output = new Path(output);
    this.fs = this.output.getFileSystem(conf);
    Path absolute = fs.makeQualified(this.output);
    this.contentsPrefix = absolute + "/";
    this.siblingsPrefix = new Path(absolute.getParent(), "." + absolute.getName() + ".") + "";
    this.staging = new Path(siblingsPrefix + "staging-" + runId);
    this.previous = new Path(siblingsPrefix + "previous-" + runId);
  }

  /**
   * Whether a (fully qualified) path belongs to the reports: inside the report folder, or inside a staging or
   * previous-report folder beside it. Such files are never read as input.
   */
  public boolean holds(String path) {
    return path.startsWith(contentsPrefix) || path.startsWith(siblingsPrefix);
  }

  /**
   * Repairs what a killed run left (previous reports moved aside but not back, staging folders of dead runs),
   * checks the output can be replaced and creates the staging folder.
   */
  public Path open() throws IOException {
    try {
      if (FolderSwap.recover(fs, output, new Path(siblingsPrefix + "previous-*"))) {
        LOG.warn("restored the previous reports of {}: a run was stopped while publishing", output);
      }
      deleteStaleStaging();
      checkReplaceable();
      if (!fs.mkdirs(staging)) {
        throw new OutputNotWritableException("cannot create " + staging);
      }
    } catch (OutputNotWritableException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputNotWritableException("cannot write beside " + output + ": " + e.getMessage());
    }
    return staging;
  }

  private void checkReplaceable() throws IOException {
    if (fs.exists(output)) {
      FileStatus status = fs.getFileStatus(output);
      if (!status.isDirectory()) {
        throw new OutputNotWritableException(output + " exists and is not a folder");
      }
      boolean empty = fs.listStatus(output).length == 0;
      if (!empty && !fs.exists(new Path(output, MANIFEST))) {
        throw new OutputNotWritableException("refusing to replace " + output
            + ": it is not empty and holds no callcare report (no " + MANIFEST + ")");
      }
    }
  }

  /** Staging folders of runs that were killed (a live run of the same output is not expected). */
  private void deleteStaleStaging() throws IOException {
    FileStatus[] stale = fs.globStatus(new Path(siblingsPrefix + "staging-*"));
    if (stale != null) {
      for (FileStatus s : stale) {
        LOG.warn("removing {}, left by a run that did not finish", s.getPath());
        fs.delete(s.getPath(), true);
      }
    }
  }

  /** Moves the staged reports into place, replacing the previous ones. */
  public void publish() throws IOException {
    removeChecksumFiles();
    try {
      FolderSwap.replace(fs, staging, output, previous);
    } catch (IOException e) {
      throw new OutputNotWritableException(e.getMessage());
    }
  }

  /** The local file system's hidden .crc side files would only puzzle a spreadsheet user: drop them. */
  private void removeChecksumFiles() throws IOException {
    // the checksummed local file system hides its .crc files, so look with the raw one underneath
    FileSystem raw = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    FileStatus[] checksums = raw.globStatus(new Path(staging, ".*.crc"));
    if (checksums != null) {
      for (FileStatus checksum : checksums) {
        raw.delete(checksum.getPath(), false);
      }
    }
  }

  /** Removes the staging folder after a failed run; the previous reports are untouched. */
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("could not remove staging folder {} (harmless, named after its run): {}", staging, e.getMessage());
    }
  }

  /** The output folder cannot be written or replaced. */
  public static final class OutputNotWritableException extends IOException {
    public OutputNotWritableException(String message) {
      super(message);
    }
  }
}
