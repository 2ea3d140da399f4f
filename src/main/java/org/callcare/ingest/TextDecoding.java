package org.callcare.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an input file's bytes into text, or says why the file is not a transcript. Plain Java, stateless and
 * thread-safe; never throws on bad content.
 *
 * <p>In this order:
 *
 * <ol>
 *   <li>An empty file (0 bytes) is {@link Decoded.NotText} "empty file".
 *   <li>Files that are not transcripts by name ({@code .DS_Store}, {@code ._*} macOS resource forks,
 *       {@code Thumbs.db}, {@code desktop.ini}, {@code ~$*} Office lock files) or by their first bytes (PNG,
 *       JPEG, GIF, TIFF, WebP, PDF, ZIP and Office documents, gzip, bzip2, xz, 7-Zip, RAR, old Office, WAV,
 *       MP3, Ogg, FLAC, MP4, ELF, SQLite) are {@code NotText}.
 *   <li>A byte order mark decides the encoding: UTF-8, UTF-16LE/BE, UTF-32LE/BE, without warning. The mark is
 *       not part of the text.
 *   <li>Without one, a file whose first 4 KB has a zero byte at the odd (even) position of at least 20% of
 *       its 2-byte units and at fewer than 5% at the other is UTF-16LE (BE), with a warning.
 *   <li>Otherwise a file with many control bytes (other than NUL, TAB, LF, VT, FF, CR) in its first 8 KB is
 *       binary; a file that is strict UTF-8 is UTF-8, without warning; anything else is decoded as
 *       Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D, undefined there, as ISO-8859-1), with a warning.
 *   <li>Leading U+FEFF characters and C0 control characters other than TAB, LF, VT, FF and CR (NUL among them)
 *       are removed, with a warning giving their number; runs of 16 or more NULs (a writer that crashed, or
 *       space it reserved) are removed as blocks, with a warning, and do not count towards binary. If the other
 *       control characters are more than 30% of the rest (and at least 4) the file is binary; if only whitespace is left it is "empty file". Line ends are left as they are.
 * </ol>
 *
 * <p>VT and FF are kept because {@code \R} (which the readers split lines on) counts them as line breaks.
 * Each step is a linear loop over the bytes or characters, so a 50 MB file takes a few passes and no regex.
 */
public final class TextDecoding {
  /** Charset name of the fallback for bytes that are not UTF-8. */
  public static final String WINDOWS_1252 = "windows-1252";

  private static final String NOT_A_TRANSCRIPT = ", not a transcript";
  private static final int BINARY_SAMPLE_BYTES = 8192;
  private static final int UTF16_SAMPLE_BYTES = 4096;
  /** Fewer control characters than this never make a file binary (a tiny file with a stray NUL is text). */
  private static final int MIN_BINARY_CONTROLS = 4;
  /** A run of at least this many NULs is a block (removed, with a warning) rather than a sign of binary data. */
  private static final int NUL_BLOCK = 16;

  /** Windows-1252 for bytes 0x80–0x9F; the 5 undefined there are mapped as ISO-8859-1 (C1 controls). */
  private static final char[] CP1252_80_9F = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private TextDecoding() {}

  /**
   * Decodes one input file.
   *
   * @param fileName the file's name or path (only the last path segment is looked at); may be null
   * @param bytes the whole file
   * @return {@link Decoded.Text} with the text, the charset used and warnings, or {@link Decoded.NotText} with
   *     a reason such as {@code "binary file (PNG image), not a transcript"}
   */
  public static Decoded decode(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded.NotText("empty file");
    }
    String byName = notTextByName(fileName);
    if (byName != null) {
      return new Decoded.NotText(byName);
    }
    String byMagic = notTextByMagic(fileName, bytes);
    if (byMagic != null) {
      return new Decoded.NotText(byMagic);
    }
    List<String> warnings = new ArrayList<>();

    // Byte order marks. UTF-32LE before UTF-16LE: FF FE 00 00 starts both.
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return withBom(UTF_32BE, bytes, 4, warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) && bytes.length % 4 == 0) {
      return withBom(UTF_32LE, bytes, 4, warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return withBom(StandardCharsets.UTF_16LE, bytes, 2, warnings);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return withBom(StandardCharsets.UTF_16BE, bytes, 2, warnings);
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;

    if (start == 0) {
      Charset utf16 = guessUtf16(bytes);
      if (utf16 != null) {
        int length = bytes.length & ~1;
        try {
          String text = decodeStrict(utf16, bytes, 0, length);
          warnings.add("decoded as " + utf16.name() + " (no byte order mark; guessed from its zero bytes)");
          if (length < bytes.length) {
            warnings.add("ignored the last byte: a UTF-16 file has an even number of bytes");
          }
          return finish(text, utf16.name(), warnings);
        } catch (CharacterCodingException e) {
          // Not UTF-16 after all (unpaired surrogates): go on with the byte-oriented checks.
        }
      }
    }

    String binary = binaryByControlBytes(bytes, start);
    if (binary != null) {
      return new Decoded.NotText(binary);
    }
    if (isStrictUtf8(bytes, start, bytes.length)) {
      return finish(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), "UTF-8", warnings);
    }
    if (start > 0) {
      // A UTF-8 byte order mark says UTF-8; believe it and replace what is not.
      warnings.add("not valid UTF-8 despite its UTF-8 byte order mark; invalid bytes replaced with U+FFFD");
      return finish(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), "UTF-8", warnings);
    }
    warnings.add("not valid UTF-8; decoded as Windows-1252 (Latin-1)");
    return finish(decodeWindows1252(bytes), WINDOWS_1252, warnings);
  }

  /**
   * The first {@code maxChars} characters of {@code text} for a message: control characters (C0, DEL, C1)
   * shown as spaces, and "…" appended when the text was cut. Never splits a surrogate pair.
   *
   * @param text any text; null gives ""
   * @param maxChars the most characters kept from {@code text}, at least 0
   */
  public static String snippet(String text, int maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars < 0: " + maxChars);
    }
    if (text == null) {
      return "";
    }
    int end = Math.min(text.length(), maxChars);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 1);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (end < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Not a transcript

  /**
   * Why a file is not a transcript, from its name alone (hidden and system files: {@code .DS_Store}, {@code ._*},
   * {@code Thumbs.db} …); null when its name says nothing.
   */
  public static String notTextByName(String fileName) {
    if (fileName == null) {
      return null;
    }
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".ds_store")) {
      return "macOS folder metadata file (" + name + ")" + NOT_A_TRANSCRIPT;
    }
    if (name.startsWith("._")) {
      return "macOS resource fork file (" + name + ")" + NOT_A_TRANSCRIPT;
    }
    if (lower.equals("thumbs.db")) {
      return "Windows thumbnail cache file (" + name + ")" + NOT_A_TRANSCRIPT;
    }
    if (lower.equals("desktop.ini")) {
      return "Windows folder settings file (" + name + ")" + NOT_A_TRANSCRIPT;
    }
    if (name.startsWith("~$")) {
      return "Microsoft Office lock file (" + name + ")" + NOT_A_TRANSCRIPT;
    }
    return null;
  }

  private static String notTextByMagic(String fileName, byte[] b) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return binary("PNG image");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return binary("JPEG image");
    }
    if (startsWith(b, 'G', 'I', 'F', '8') && b.length >= 6 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
      return binary("GIF image");
    }
    if (startsWith(b, 'I', 'I', '*', 0x00) || startsWith(b, 'M', 'M', 0x00, '*')) {
      return binary("TIFF image");
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'E', 'B', 'P')) {
      return binary("WebP image");
    }
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return binary("PDF document") + ": save or export it as plain text";
    }
    if (startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06)
        || startsWith(b, 'P', 'K', 0x07, 0x08)) {
      if (lower.endsWith(".docx")) {
        return binary("Word document, a ZIP archive") + ": save it as plain text";
      }
      if (lower.endsWith(".xlsx")) {
        return binary("Excel workbook, a ZIP archive") + ": save it as CSV";
      }
      if (lower.endsWith(".pptx") || lower.endsWith(".odt") || lower.endsWith(".ods")) {
        return binary("office document, a ZIP archive") + ": save it as plain text";
      }
      return "ZIP archive: unpack it first";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed file: unpack it first";
    }
    if (startsWith(b, 'B', 'Z', 'h') && at(b, 4, '1', 'A', 'Y', '&', 'S', 'Y')) {
      return "bzip2-compressed file: unpack it first";
    }
    if (startsWith(b, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "xz-compressed file: unpack it first";
    }
    if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "7-Zip archive: unpack it first";
    }
    if (startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
      return "RAR archive: unpack it first";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return binary("Microsoft Office document, old format") + ": save it as plain text";
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'A', 'V', 'E')) {
      return binary("WAV audio") + ": transcribe it first";
    }
    if (startsWith(b, 'I', 'D', '3') && b.length >= 5 && b[3] >= 2 && b[3] <= 4 && b[4] == 0) {
      return binary("MP3 audio") + ": transcribe it first";
    }
    if (startsWith(b, 'O', 'g', 'g', 'S', 0x00)) {
      return binary("Ogg audio") + ": transcribe it first";
    }
    if (startsWith(b, 'f', 'L', 'a', 'C', 0x00)) {
      return binary("FLAC audio") + ": transcribe it first";
    }
    if (at(b, 4, 'f', 't', 'y', 'p') && b[0] == 0x00) {
      return binary("MP4/M4A media") + ": transcribe it first";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return binary("ELF executable");
    }
    if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0x00)) {
      return binary("SQLite database");
    }
    return null;
  }

  private static String binary(String what) {
    return "binary file (" + what + ")" + NOT_A_TRANSCRIPT;
  }

  /**
   * Binary if more than 5% (and at least 4) of the first 8 KB are control bytes other than NUL, TAB, LF, VT,
   * FF, CR. NUL is left to the 30% rule after decoding, so that text with a few stray NULs is still read.
   */
  private static String binaryByControlBytes(byte[] b, int start) {
    int end = (int) Math.min(b.length, (long) start + BINARY_SAMPLE_BYTES);
    int controls = 0;
    for (int i = start; i < end; i++) {
      int v = b[i] & 0xFF;
      if ((v < 0x20 && v != 0x00 && !isKeptControl((char) v)) || v == 0x7F) {
        controls++;
      }
    }
    int sample = end - start;
    if (controls >= MIN_BINARY_CONTROLS && controls * 20L > sample) {
      return binary("unknown format: " + percent(controls, sample) + "% control bytes in the first "
          + (sample >= BINARY_SAMPLE_BYTES ? "8 KB" : sample + " bytes"));
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Decoding

  private static Decoded withBom(Charset charset, byte[] b, int bomLength, List<String> warnings) {
    String text; // the mark states the encoding: nothing guessed, nothing to warn about
    try {
      text = decodeStrict(charset, b, bomLength, b.length - bomLength);
    } catch (CharacterCodingException e) {
      text = new String(b, bomLength, b.length - bomLength, charset);
      warnings.add("some bytes are not valid " + charset.name() + "; replaced with U+FFFD");
    }
    return finish(text, charset.name(), warnings);
  }

  /**
   * UTF-16 without a byte order mark: in the first 4 KB, at least 20% of the 2-byte units have a zero byte at
   * the same position (odd: little-endian, even: big-endian) and fewer than 5% at the other, and at least 2.
   * Text in a Latin script has a zero in nearly every unit; other scripts still in spaces, digits and
   * punctuation.
   */
  private static Charset guessUtf16(byte[] b) {
    int n = Math.min(b.length, UTF16_SAMPLE_BYTES) & ~1;
    int units = n / 2;
    if (units < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    if (oddZeros >= 2 && oddZeros * 5 >= units && evenZeros * 20 < units) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros >= 2 && evenZeros * 5 >= units && oddZeros * 20 < units) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String decodeStrict(Charset charset, byte[] b, int offset, int length)
      throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, length))
        .toString();
  }

  /**
   * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates (U+D800–U+DFFF), nothing above U+10FFFF, no cut
   * sequence at the end.
   */
  static boolean isStrictUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int v = b[i];
      if (v >= 0) {
        i++;
        continue;
      }
      v &= 0xFF;
      int needed;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (v >= 0xC2 && v <= 0xDF) {
        needed = 1;
      } else if (v >= 0xE0 && v <= 0xEF) {
        needed = 2;
        if (v == 0xE0) {
          min2 = 0xA0; // overlong
        } else if (v == 0xED) {
          max2 = 0x9F; // surrogates
        }
      } else if (v >= 0xF0 && v <= 0xF4) {
        needed = 3;
        if (v == 0xF0) {
          min2 = 0x90; // overlong
        } else if (v == 0xF4) {
          max2 = 0x8F; // above U+10FFFF
        }
      } else {
        return false; // 0x80–0xC1 (continuation or overlong lead), 0xF5–0xFF
      }
      if (to - i <= needed) {
        return false;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return false;
      }
      for (int k = 2; k <= needed; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += needed + 1;
    }
    return true;
  }

  private static String decodeWindows1252(byte[] b) {
    char[] out = new char[b.length];
    for (int i = 0; i < b.length; i++) {
      int v = b[i] & 0xFF;
      out[i] = v >= 0x80 && v <= 0x9F ? CP1252_80_9F[v - 0x80] : (char) v;
    }
    return new String(out);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Clean-up

  private static Decoded finish(String text, String charset, List<String> warnings) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\uFEFF') {
      start++;
    }
    StringBuilder cleaned = null;
    int removed = 0;
    int blockNuls = 0;
    int blocks = 0;
    int runStart = start;
    int length = text.length();
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && !isKeptControl(c)) {
        if (cleaned == null) {
          cleaned = new StringBuilder(length - start);
        }
        cleaned.append(text, runStart, i);
        int end = i + 1;
        if (c == 0) {
          while (end < length && text.charAt(end) == 0) {
            end++;
          }
        }
        int run = end - i;
        if (c == 0 && run >= NUL_BLOCK) {
          blockNuls += run; // a block of NULs: a writer that stopped, or space it had reserved
          blocks++;
        } else {
          removed += run;
        }
        runStart = end;
        i = end - 1;
      }
    }
    int total = length - start - blockNuls;
    if (removed >= MIN_BINARY_CONTROLS && removed * 10L > total * 3L) {
      return new Decoded.NotText(binary(percent(removed, total) + "% NUL/control characters"));
    }
    String result;
    if (cleaned != null) {
      result = cleaned.append(text, runStart, length).toString();
      if (removed > 0) {
        warnings.add("removed " + removed + " NUL/control characters");
      }
      if (blocks > 0) {
        warnings.add("removed " + blocks + (blocks == 1 ? " block" : " blocks") + " of NUL bytes (" + blockNuls
            + " in all: a write that was cut short?)");
      }
    } else {
      result = start == 0 ? text : text.substring(start);
    }
    if (result.isBlank()) {
      return new Decoded.NotText(blockNuls > 0 ? "the file holds only NUL bytes: a write that never completed"
          : "empty file");
    }
    return new Decoded.Text(result, charset, warnings);
  }

  private static boolean isKeptControl(char c) {
    return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private static boolean startsWith(byte[] b, int... prefix) {
    return at(b, 0, prefix);
  }

  private static boolean at(byte[] b, int offset, int... expected) {
    if (b.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static long percent(long part, long whole) {
    return Math.round(100.0 * part / whole);
  }
}
