package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static TranscriptFormat detect(String name, String text) {
    return FormatDetector.detect(name, text).format();
  }

  @Test
  void callcareFormats() {
    String call = "{\"call_id\": \"C-1\", \"turns\": []}";
    assertEquals(TranscriptFormat.CALLCARE_JSONL, detect("a.jsonl", call + "\n" + call));
    assertEquals(TranscriptFormat.CALLCARE_JSONL, detect("a.json", "{\n  \"call_id\": \"C-1\",\n  \"turns\": []\n}"));
    assertEquals(TranscriptFormat.CALLCARE_JSONL, detect("a.jsonl", "{broken\n" + call));
    assertEquals(TranscriptFormat.CALLCARE_TEXT, detect("T-1.txt", "Agent: hi\nCustomer: hello"));
    assertEquals(TranscriptFormat.CALLCARE_TEXT, detect("T-1", "agent: hi"));
    assertEquals(TranscriptFormat.CALLCARE_TEXT, detect("T-1.txt", "no prefixes at all"));
    // a text transcript that opens with a bracket is still text, unless it is JSON of a known layout
    assertEquals(TranscriptFormat.CALLCARE_TEXT, detect("T-1.txt", "[00:01] Agent: hi\n[00:03] Customer: hello"));
    assertEquals(TranscriptFormat.CALLCARE_TEXT, detect("T-1.txt", "[note] Agent: hi"));
    assertEquals(TranscriptFormat.CALLCARE_JSONL, detect("T-1.txt", call));
  }

  @Test
  void vendorFormatsFromTheirLayout() {
    assertEquals(TranscriptFormat.CONTACT_LENS, detect("x.json", "{\"Participants\": [{\"ParticipantId\": \"A\","
        + " \"ParticipantRole\": \"AGENT\"}], \"Transcript\": [{\"ParticipantId\": \"A\", \"Content\": \"hi\"}],"
        + " \"CustomerMetadata\": {\"ContactId\": \"k\"}, \"Version\": \"1.1.0\"}"));
    assertEquals(TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, detect("x.json", "{\"JobName\": \"j\", \"Transcript\":"
        + " [{\"ParticipantRole\": \"AGENT\", \"Content\": \"hi\", \"BeginOffsetMillis\": 0}]}"));
    assertEquals(TranscriptFormat.CCAI_INSIGHTS, detect("x.json",
        "{\"entries\": [{\"text\": \"hi\", \"role\": \"AGENT\", \"user_id\": 1, \"start_timestamp_usec\": 1}]}"));
  }

  @Test
  void unknownContentSaysWhy() {
    FormatDetector.Detection json = FormatDetector.detect("x.json", "{\"hello\": 1}");
    assertNull(json.format());
    assertTrue(json.reason().startsWith("JSON of no known transcript layout"), json.reason());
    FormatDetector.Detection broken = FormatDetector.detect("x.json", "{\"Transcript\": [");
    assertNull(broken.format());
    assertTrue(broken.reason().contains("truncated"), broken.reason());
    assertNull(detect("notes.md", "# meeting notes"));
  }
}
