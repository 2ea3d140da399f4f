package org.callcare.spark;

import java.util.List;

/**
 * The input files found under the --input paths (fully qualified Hadoop paths, sorted, each once): transcript
 * files (every file that is not a calls.csv) and calls.csv metadata files, and how many files were skipped
 * because they belong to the report folder itself.
 */
public record DiscoveredInputs(List<String> transcripts, List<String> metadata, int skippedReportFiles) {

  public DiscoveredInputs {
    transcripts = List.copyOf(transcripts);
    metadata = List.copyOf(metadata);
  }
}
