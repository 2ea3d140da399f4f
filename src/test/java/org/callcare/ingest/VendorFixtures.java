package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The vendor fixtures under {@code src/test/resources/vendor/} and helpers that read them with a reader. */
final class VendorFixtures {
  static final String CONTACT_LENS_VOICE =
      "vendor/contact-lens/7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13_analysis_2026-10-14T09_30_00Z.json";
  /** Schema {@code VOICE-2022-11-30}, redacted, no CustomerMetadata; the name's colons became {@code _}. */
  static final String CONTACT_LENS_VOICE_2022 =
      "vendor/contact-lens/3b8e0d44-91c2-4f7a-b6e5-0c2a7f19d854_analysis_redacted_2026-10-15T14_05_12Z.json";
  static final String CONTACT_LENS_CHAT =
      "vendor/contact-lens/e5a0c7d2-6f13-4b8e-9d21-7a4f0b3c5e86_analysis_2026-10-16T18_24_03Z.json";
  static final List<String> CONTACT_LENS = List.of(CONTACT_LENS_VOICE, CONTACT_LENS_VOICE_2022, CONTACT_LENS_CHAT);
  static final String TRANSCRIBE = "vendor/transcribe/northwind-bb-0412-2026-10-17.json";

  private VendorFixtures() {}

  /** A fixture's text. */
  static String text(String path) {
    try (InputStream in = VendorFixtures.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, "missing test resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture parsed, as format detection sees it. */
  static JsonNode tree(String path) {
    return tree(path, text(path));
  }

  static JsonNode tree(String what, String json) {
    try {
      return JsonDocuments.parse(json).root();
    } catch (InvalidRecordException e) {
      throw new AssertionError(what + ": " + e.getMessage(), e);
    }
  }

  /** Where a fixture would live in Amazon S3 (readers only look at the file name). */
  static String s3Key(String path) {
    return "s3://amazon-connect-0d5b9f612e7a/connect/northwind-energy/Analysis/Voice/2026/10/"
        + path.substring(path.lastIndexOf('/') + 1);
  }

  static CallDraft draft(TranscriptReader reader, String source, String text) {
    List<FileRecord> records = reader.read(source, text);
    assertEquals(1, records.size(), "records of " + source);
    return assertInstanceOf(FileRecord.Draft.class, records.get(0), () -> "not read: " + records.get(0)).draft();
  }

  static ParseOutcome.Rejected rejected(TranscriptReader reader, String source, String text) {
    List<FileRecord> records = reader.read(source, text);
    assertEquals(1, records.size(), "records of " + source);
    return assertInstanceOf(FileRecord.Rejected.class, records.get(0), () -> "not rejected: " + records.get(0))
        .rejected();
  }
}
