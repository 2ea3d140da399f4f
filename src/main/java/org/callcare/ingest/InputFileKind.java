package org.callcare.ingest;

import java.util.Locale;

/** How callcare reads a file, from its name. */
public enum InputFileKind {
  /** {@code *.jsonl}, {@code *.json}: one call per line. */
  JSON_LINES,
  /** {@code *.txt}: one call, lines {@code Agent: …} / {@code Customer: …}. */
  TRANSCRIPT_TEXT,
  /** {@code calls.csv}: metadata for the text transcripts in the same folder. */
  CALL_METADATA,
  /** Anything else: rejected as not a callcare input. */
  UNSUPPORTED;

  public static final String METADATA_FILE_NAME = "calls.csv";

  public static InputFileKind of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.equals(METADATA_FILE_NAME)) {
      return CALL_METADATA;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    if (name.endsWith(".txt")) {
      return TRANSCRIPT_TEXT;
    }
    return UNSUPPORTED;
  }
}
