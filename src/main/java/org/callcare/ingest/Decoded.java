package org.callcare.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TextDecoding#decode} makes of an input file's bytes: its text, or the reason it is not a
 * transcript.
 */
public sealed interface Decoded {

  /**
   * The file's text.
   *
   * @param text the decoded text: no byte order mark, no NUL or other C0 control characters except TAB, LF,
   *     VT, FF and CR; line ends exactly as in the file (CRLF, LF or CR); never blank
   * @param charset the Java name of the encoding used: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
   *     {@code UTF-32LE}, {@code UTF-32BE} or {@code windows-1252}
   * @param warnings repairs and guesses made while decoding, in words a person understands (empty for a clean
   *     UTF-8 file, with or without a byte order mark)
   */
  record Text(String text, String charset, List<String> warnings) implements Decoded {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A file that is not a transcript.
   *
   * @param reason why, in words a person understands, for example {@code "binary file (PNG image), not a
   *     transcript"} or {@code "empty file"}
   */
  record NotText(String reason) implements Decoded {
    public NotText {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
