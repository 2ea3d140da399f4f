package org.callcare.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The transcript formats callcare reads. {@link #cliName()} is the value of {@code --format}; by default each
 * file's format is detected from its content (see {@link FormatDetector}).
 */
public enum TranscriptFormat {
  /** callcare's JSON Lines: one call object per line. */
  CALLCARE_JSONL("callcare-jsonl"),
  /** callcare's plain text: {@code Agent: …} / {@code Customer: …} lines, metadata in calls.csv. */
  CALLCARE_TEXT("callcare-text"),
  /** Amazon Connect Contact Lens analysis file (voice or chat, Version 1.x or VOICE-2022-11-30). */
  CONTACT_LENS("contact-lens"),
  /** AWS Transcribe Call Analytics output. */
  TRANSCRIBE_CALL_ANALYTICS("transcribe"),
  /** Google CCAI Insights conversation file ({@code entries[]}). */
  CCAI_INSIGHTS("ccai"),
  /** Genesys Cloud conversation transcript ({@code transcripts[].phrases[]}). */
  GENESYS_CLOUD("genesys");

  private final String cliName;

  TranscriptFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** The format named {@code name} on the command line (any case). */
  public static Optional<TranscriptFormat> ofCliName(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
  }
}
