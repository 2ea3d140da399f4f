package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecodingTest {
  private static final String TRANSCRIPT = "Agent: Hello, how can I help?\nCustomer: My bill is wrong.\n";

  private static Decoded.Text text(String name, byte[] bytes) {
    return assertInstanceOf(Decoded.Text.class, TextDecoding.decode(name, bytes));
  }

  private static String reason(String name, byte[] bytes) {
    return assertInstanceOf(Decoded.NotText.class, TextDecoding.decode(name, bytes)).reason();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void assertContains(String expected, String actual) {
    assertTrue(actual.contains(expected), () -> "expected '" + expected + "' in '" + actual + "'");
  }

  // --- Encodings ---------------------------------------------------------------------------------------------

  @Test
  void plainUtf8HasNoWarnings() {
    Decoded.Text t = text("call.txt", TRANSCRIPT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TRANSCRIPT, t.text());
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of(), t.warnings());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedSilently() {
    Decoded.Text t = text("call.txt", concat(bytes(0xEF, 0xBB, 0xBF), "Agent: café".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Agent: café", t.text());
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of(), t.warnings());
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    String s = "Agent: Grüße – “hi” 😀\r\nCustomer: ok";
    Decoded.Text t = text("call.txt", concat(bytes(0xFF, 0xFE), s.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(s, t.text());
    assertEquals("UTF-16LE", t.charset());
    assertEquals(List.of(), t.warnings()); // the mark states the encoding
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    String s = "Agent: Grüße 日本語\nCustomer: ok";
    Decoded.Text t = text("call.txt", concat(bytes(0xFE, 0xFF), s.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(s, t.text());
    assertEquals("UTF-16BE", t.charset());
    assertEquals(List.of(), t.warnings());
  }

  @Test
  void utf32WithByteOrderMarks() {
    String s = "Agent: hi 😀\nCustomer: ok";
    Decoded.Text le = text("call.txt", concat(bytes(0xFF, 0xFE, 0, 0), s.getBytes(Charset.forName("UTF-32LE"))));
    assertEquals(s, le.text());
    assertEquals("UTF-32LE", le.charset());
    Decoded.Text be = text("call.txt", concat(bytes(0, 0, 0xFE, 0xFF), s.getBytes(Charset.forName("UTF-32BE"))));
    assertEquals(s, be.text());
    assertEquals("UTF-32BE", be.charset());
  }

  @Test
  void utf16LittleEndianWithoutByteOrderMarkIsGuessed() {
    String s = "Agent: Hello, café?\r\nCustomer: Hi.";
    Decoded.Text t = text("call.txt", s.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(s, t.text());
    assertEquals("UTF-16LE", t.charset());
    assertEquals(1, t.warnings().size());
    assertContains("decoded as UTF-16LE (no byte order mark", t.warnings().get(0));
  }

  @Test
  void utf16BigEndianWithoutByteOrderMarkIsGuessed() {
    String s = "Agent: Здравствуйте, чем могу помочь?\nCustomer: Hi.";
    Decoded.Text t = text("call.txt", s.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(s, t.text());
    assertEquals("UTF-16BE", t.charset());
  }

  @Test
  void latin1BytesAreDecodedAsWindows1252WithAWarning() {
    // "Agent: café, naïve, £5" in ISO-8859-1.
    byte[] b = concat("Agent: caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
        ", na".getBytes(StandardCharsets.US_ASCII), bytes(0xEF), "ve, ".getBytes(StandardCharsets.US_ASCII),
        bytes(0xA3), "5".getBytes(StandardCharsets.US_ASCII));
    Decoded.Text t = text("call.txt", b);
    assertEquals("Agent: café, naïve, £5", t.text());
    assertEquals("windows-1252", t.charset());
    assertEquals(List.of("not valid UTF-8; decoded as Windows-1252 (Latin-1)"), t.warnings());
  }

  @Test
  void windows1252SmartQuotesAndEuro() {
    byte[] b = concat("Agent: ".getBytes(StandardCharsets.US_ASCII), bytes(0x93),
        "thanks".getBytes(StandardCharsets.US_ASCII), bytes(0x94), " that is 5".getBytes(StandardCharsets.US_ASCII),
        bytes(0x80));
    assertEquals("Agent: “thanks” that is 5€", text("call.txt", b).text());
  }

  @Test
  void windows1252MatchesTheJdkForDefinedBytesAndLatin1ForUndefinedOnes() {
    byte[] all = new byte[256 - 0x20];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) (i + 0x20);
    }
    String decoded = text("call.txt", all).text();
    String jdk = new String(all, Charset.forName("windows-1252"));
    for (int i = 0; i < all.length; i++) {
      int v = i + 0x20;
      char expected = jdk.charAt(i) == '\uFFFD' ? (char) v : jdk.charAt(i);
      assertEquals(expected, decoded.charAt(i), "byte 0x" + Integer.toHexString(v));
    }
  }

  @Test
  void strictUtf8RejectsOverlongSurrogatesAndCutSequences() {
    assertFalse(TextDecoding.isStrictUtf8(bytes(0xC0, 0xAF), 0, 2)); // overlong '/'
    assertFalse(TextDecoding.isStrictUtf8(bytes(0xE0, 0x80, 0xAF), 0, 3)); // overlong
    assertFalse(TextDecoding.isStrictUtf8(bytes(0xED, 0xA0, 0x80), 0, 3)); // U+D800
    assertFalse(TextDecoding.isStrictUtf8(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4)); // above U+10FFFF
    assertFalse(TextDecoding.isStrictUtf8(bytes('a', 0xE2, 0x82), 0, 3)); // cut €
    assertFalse(TextDecoding.isStrictUtf8(bytes('a', 0x82, 'b'), 0, 3)); // lone continuation
    byte[] valid = "a€😀é日".getBytes(StandardCharsets.UTF_8);
    assertTrue(TextDecoding.isStrictUtf8(valid, 0, valid.length));
    assertFalse(TextDecoding.isStrictUtf8(valid, 0, valid.length - 1)); // cut 日
    assertTrue(TextDecoding.isStrictUtf8(bytes(0xED, 0x9F, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF), 0, 7)); // U+D7FF, U+10FFFF
  }

  @Test
  void utf8ByteOrderMarkWithInvalidBytesStaysUtf8() {
    Decoded.Text t = text("call.txt", concat(bytes(0xEF, 0xBB, 0xBF), "Agent: caf".getBytes(StandardCharsets.UTF_8),
        bytes(0xE9), " ok".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Agent: caf\uFFFD ok", t.text());
    assertEquals("UTF-8", t.charset());
    assertEquals(1, t.warnings().size());
  }

  @Test
  void emojiAndNonLatinScriptsAreUnchanged() {
    String s = "Agent: こんにちは、ご用件は？ 😀👍🏽\nCustomer: مرحبا، فاتورتي خاطئة\nAgent: Здравствуйте!\n";
    Decoded.Text t = text("call.txt", s.getBytes(StandardCharsets.UTF_8));
    assertEquals(s, t.text());
    assertEquals(List.of(), t.warnings());
  }

  // --- Line ends, control characters -----------------------------------------------------------------------

  @Test
  void lineEndsAreLeftAsTheyAre() {
    String s = "Agent: a\r\nCustomer: b\rAgent: c\nCustomer:\td\f";
    assertEquals(s, text("call.txt", s.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void nulAndControlBytesInsideUtf8AreRemovedWithACount() {
    byte[] b = concat("Agent: Hel".getBytes(StandardCharsets.UTF_8), bytes(0, 0), "lo\u0001 café".getBytes(StandardCharsets.UTF_8),
        bytes(0x1B), "\nCustomer: hi".getBytes(StandardCharsets.UTF_8), bytes(0));
    Decoded.Text t = text("call.txt", b);
    assertEquals("Agent: Hello café\nCustomer: hi", t.text());
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of("removed 5 NUL/control characters"), t.warnings());
  }

  @Test
  void aLeadingZeroWidthNoBreakSpaceIsRemoved() {
    Decoded.Text t = text("call.txt", concat(bytes(0xFF, 0xFE), "\uFEFFAgent: hi".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Agent: hi", t.text());
  }

  @Test
  void aBlockOfNulsIsRemovedButScatteredControlsMakeAFileBinary() {
    // a writer that crashed: the transcript is kept, the block removed with a warning
    Decoded.Text kept = text("call.txt", concat(TRANSCRIPT.getBytes(StandardCharsets.UTF_8), new byte[4000]));
    assertEquals(TRANSCRIPT, kept.text());
    assertContains("removed 1 block of NUL bytes (4000 in all", String.join("; ", kept.warnings()));
    assertEquals("the file holds only NUL bytes: a write that never completed", reason("call.txt", new byte[100]));
    byte[] scattered = new byte[400];
    for (int i = 0; i < scattered.length; i++) {
      scattered[i] = (byte) (i % 3 == 0 ? 0 : 'x');
    }
    assertContains("NUL/control characters), not a transcript", reason("call.txt", scattered));
  }

  // --- Not a transcript --------------------------------------------------------------------------------------

  @Test
  void emptyAndWhitespaceOnlyFiles() {
    assertEquals("empty file", reason("call.txt", new byte[0]));
    assertEquals("empty file", reason("call.txt", " \r\n\t\n  ".getBytes(StandardCharsets.UTF_8)));
    assertEquals("empty file", reason("call.txt", bytes(0xEF, 0xBB, 0xBF)));
    assertEquals("empty file", reason("call.txt", bytes(0xEF, 0xBB, 0xBF, ' ', '\n')));
    assertEquals("empty file", reason("call.txt", bytes(0xFF, 0xFE, ' ', 0, '\n', 0)));
  }

  @Test
  void folderMetadataFilesByName() {
    assertEquals("macOS folder metadata file (.DS_Store), not a transcript",
        reason("/in/calls/.DS_Store", TRANSCRIPT.getBytes(StandardCharsets.UTF_8)));
    assertContains("macOS resource fork file (._call1.txt)",
        reason("in\\._call1.txt", TRANSCRIPT.getBytes(StandardCharsets.UTF_8)));
    assertContains("(Thumbs.db), not a transcript", reason("Thumbs.db", bytes('x')));
    assertContains("(desktop.ini), not a transcript", reason("a/desktop.ini", bytes('x')));
    assertContains("lock file (~$calls.docx)", reason("~$calls.docx", bytes('x')));
  }

  @Test
  void imagesAndDocumentsByMagicBytes() {
    assertEquals("binary file (PNG image), not a transcript",
        reason("call.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)));
    assertEquals("binary file (JPEG image), not a transcript", reason("call.txt", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
    assertEquals("binary file (GIF image), not a transcript", reason("x.txt", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)));
    assertContains("binary file (PDF document), not a transcript", reason("x.txt", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void archivesByMagicBytes() {
    byte[] zip = bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0);
    assertEquals("ZIP archive: unpack it first", reason("calls.zip", zip));
    assertContains("Word document", reason("call.docx", zip));
    assertContains("Excel workbook", reason("calls.xlsx", zip));
    assertEquals("gzip-compressed file: unpack it first", reason("calls.jsonl.gz", bytes(0x1F, 0x8B, 8, 0, 0, 0)));
    assertContains("unpack it first", reason("a.bz2", "BZh91AY&SY".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void audioByMagicBytes() {
    byte[] wav = concat("RIFF".getBytes(StandardCharsets.US_ASCII), bytes(0x24, 0, 0, 0),
        "WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
    assertEquals("binary file (WAV audio), not a transcript: transcribe it first", reason("call.wav", wav));
    assertContains("MP3 audio", reason("call.mp3", bytes('I', 'D', '3', 4, 0, 0, 0, 0)));
  }

  @Test
  void randomBytesAreBinary() {
    byte[] b = new byte[20_000];
    new Random(42).nextBytes(b);
    b[0] = 'x'; // not a magic number
    String reason = reason("call.txt", b);
    assertContains("binary file (unknown format", reason);
    assertContains("not a transcript", reason);
  }

  @Test
  void textThatLooksLikeAMagicNumberIsStillText() {
    assertEquals("PK, I'll check.", text("call.txt", "PK, I'll check.".getBytes(StandardCharsets.UTF_8)).text());
    assertEquals("ID3 tags", text("call.txt", "ID3 tags".getBytes(StandardCharsets.UTF_8)).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "ab\u0000c", "Agent: x\u0000"})
  void tinyUtf8FilesWithANulAreNotMistakenForUtf16(String s) {
    Decoded.Text t = text("call.txt", s.getBytes(StandardCharsets.UTF_8));
    assertEquals(s.replace("\u0000", ""), t.text());
    assertEquals("UTF-8", t.charset());
  }

  // --- Size ---------------------------------------------------------------------------------------------------

  @Test
  void aFiftyMegabyteFileDecodes() {
    byte[] line = "Agent: Thank you for calling, how can I help you today? café 日本 😀\r\n".getBytes(StandardCharsets.UTF_8);
    int lines = 50 * 1024 * 1024 / line.length;
    byte[] b = new byte[lines * line.length];
    for (int i = 0; i < lines; i++) {
      System.arraycopy(line, 0, b, i * line.length, line.length);
    }
    Decoded.Text t = text("big.txt", b);
    assertEquals("UTF-8", t.charset());
    assertEquals(List.of(), t.warnings());
    String expectedLine = new String(line, StandardCharsets.UTF_8);
    assertEquals((long) lines * expectedLine.length(), t.text().length());
    assertTrue(t.text().startsWith(expectedLine));
    assertTrue(t.text().endsWith("😀\r\n"));
    b[b.length / 2] = 0;
    Decoded.Text withNul = text("big.txt", b);
    assertEquals(List.of("removed 1 NUL/control characters"), withNul.warnings());
  }

  // --- snippet -----------------------------------------------------------------------------------------------

  @Test
  void snippetShowsControlCharactersAsSpacesAndCuts() {
    assertEquals("a b c", TextDecoding.snippet("a\tb\nc", 10));
    assertEquals("abc…", TextDecoding.snippet("abcdef", 3));
    assertEquals("ab…", TextDecoding.snippet("ab😀", 3)); // does not split the pair
    assertEquals("", TextDecoding.snippet(null, 3));
    assertEquals("a\u0085b".length(), TextDecoding.snippet("a\u0085b", 3).length());
    assertEquals("a b", TextDecoding.snippet("a\u0085b", 3));
  }
}
