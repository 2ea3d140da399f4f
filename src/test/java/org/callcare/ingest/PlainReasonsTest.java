package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reasons from real parser failures say what is wrong in words, and name no Java class, method or feature. */
class PlainReasonsTest {
  private static final Pattern JAVA_NAME = Pattern.compile(
      "[a-z]+\\.[a-z]+\\.[A-Za-z.]+|StreamRead|JsonReadFeature|ALLOW_|Exception|getMax|`");

  private static String jsonReason(String text) {
    try {
      JsonDocuments.parse(text);
    } catch (InvalidRecordException e) {
      return e.getMessage();
    }
    throw new AssertionError("parsed: " + text);
  }

  private static void assertReadable(String reason, String words) {
    assertTrue(reason.contains(words), reason);
    assertFalse(JAVA_NAME.matcher(reason).find(), "names Java: " + reason);
  }

  @Test
  void jsonFailuresAreInPlainWords() {
    assertReadable(jsonReason("[".repeat(1500) + "]".repeat(1500)), "nested far too deeply");
    assertReadable(jsonReason("{\"score\": NaN}"), "NaN or Infinity");
    assertReadable(jsonReason("{\"call_id\": \"C-1\", \"turns\": ["), "looks truncated");
    assertReadable(jsonReason("{\"a\": @}"), "JSON does not allow");
  }

  @Test
  void csvFailuresAreInPlainWords() {
    List<CallMetadata> rows = CallMetadataParser.parse("dir",
        "call_id,agent_id,customer_id,started_at\nT-1,\"A-1,CU-1,2026-10-07T14:02:00Z\n");
    String problem = rows.get(0).problem();
    assertReadable(problem, "a quoted cell is never closed");
  }

  @Test
  void cleaningKeepsTheWordsAndDropsTheNames() {
    String cleaned = PlainReasons.clean("org.apache.commons.csv.CSVException: Document nesting depth (1001) exceeds"
        + " the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
    assertFalse(JAVA_NAME.matcher(cleaned).find(), cleaned);
    assertTrue(cleaned.startsWith("Document nesting depth (1001) exceeds the maximum allowed"), cleaned);
  }
}
