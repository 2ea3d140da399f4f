package org.callcare.spark;

import java.util.List;

/**
 * The input files found under the --input paths, by how they are read (fully qualified Hadoop paths), and how
 * many files were skipped because they belong to the report folder itself.
 */
public record DiscoveredInputs(List<String> jsonLines, List<String> transcripts, List<String> metadata,
    List<String> unsupported, int skippedReportFiles) {

  public DiscoveredInputs {
    jsonLines = List.copyOf(jsonLines);
    transcripts = List.copyOf(transcripts);
    metadata = List.copyOf(metadata);
    unsupported = List.copyOf(unsupported);
  }
}
