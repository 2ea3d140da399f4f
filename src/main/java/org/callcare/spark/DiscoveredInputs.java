package org.callcare.spark;

import java.util.List;

/**
 * The input files found under the --input paths (fully qualified Hadoop paths, sorted, each once): transcript
 * files to read (every file that is not a calls.csv), files rejected without reading them, calls.csv
 * metadata files, and how many files were skipped because they belong to the report folder itself or lie in a
 * {@code date=} folder of another day than {@code --date}.
 */
public record DiscoveredInputs(List<String> transcripts, List<NotRead> notRead, List<String> metadata,
    int skippedReportFiles, int skippedOtherDateFiles) {

  /**
   * A file rejected by its listing alone: an empty file, or a hidden one (name starting with '.' or '_'), which
   * Spark's file sources would silently skip.
   */
  public record NotRead(String path, String reason) {}

  public DiscoveredInputs {
    transcripts = List.copyOf(transcripts);
    notRead = List.copyOf(notRead);
    metadata = List.copyOf(metadata);
  }

  /** Transcript files found, those not read included. */
  public int transcriptFiles() {
    return transcripts.size() + notRead.size();
  }
}
