package org.callcare.spark;

import java.util.List;

/** The input files found under the --input paths, by how they are read (fully qualified Hadoop paths). */
public record DiscoveredInputs(
    List<String> jsonLines, List<String> transcripts, List<String> metadata, List<String> unsupported) {

  public DiscoveredInputs {
    jsonLines = List.copyOf(jsonLines);
    transcripts = List.copyOf(transcripts);
    metadata = List.copyOf(metadata);
    unsupported = List.copyOf(unsupported);
  }
}
