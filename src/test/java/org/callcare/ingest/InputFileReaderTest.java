package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputFileReaderTest {

  /** A Contact Lens voice file whose bytes are Windows-1252 (a warning when decoded). */
  private static byte[] windows1252ContactLens() {
    String json = """
        {"Version": "1.1.0", "Channel": "VOICE", "CustomerMetadata": {"ContactId": "c-1"},
         "Participants": [{"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
                          {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
         "Transcript": [{"ParticipantId": "AGENT", "Content": "Caf\u00e9 line, this is Dana.",
                         "BeginOffsetMillis": 0, "EndOffsetMillis": 900}]}""";
    return json.getBytes(Charset.forName("windows-1252"));
  }

  @Test
  void aFileDecodingWarningKeepsTheStartTimeFromTheFileName() {
    List<FileRecord> records = InputFileReader.read(
        "s3://bucket/Analysis/Voice/c-1_analysis_2026-10-20T09:30:00Z.json", windows1252ContactLens(), null);

    assertEquals(1, records.size());
    CallDraft draft = assertInstanceOf(FileRecord.Draft.class, records.get(0)).draft();
    assertTrue(draft.warnings().get(0).contains("Windows-1252"), draft.warnings().toString());
    assertEquals(Instant.parse("2026-10-20T09:30:00Z"), draft.startedAtFromName());
  }
}
