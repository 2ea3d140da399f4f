package org.callcare.ingest;

import java.util.Locale;

/** How callcare treats a file under --input, from its name: call metadata, or a transcript to read. */
public enum InputFileKind {
  /** {@code calls.csv}: metadata for the transcripts in the same folder. */
  CALL_METADATA,
  /**
   * Any other file: read, decoded and its format detected from its content; a file that is not a transcript
   * (an image, {@code .DS_Store}) is rejected with the reason.
   */
  TRANSCRIPT;

  public static InputFileKind of(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).equals(CallMetadataParser.METADATA_FILE_NAME)
        ? CALL_METADATA : TRANSCRIPT;
  }
}
