package org.callcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The formula test the CSV writer applies (the prefixing itself is checked in the golden reports). */
class SpreadsheetSafeTest {
  private static final Pattern FORMULA = Pattern.compile(SpreadsheetSafe.FORMULA_START);

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+44 20 7946 0000", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void formulaTextIsCaught(String text) {
    assertTrue(FORMULA.matcher(text).find(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apology: I'm sorry", "a=b", "CU-1001", " =x", "2026-10-01T08:47:00Z"})
  void ordinaryTextIsLeftAlone(String text) {
    assertFalse(FORMULA.matcher(text).find(), text);
  }

  @Test
  void columnNamesMapToBeanProperties() {
    assertEquals("deEscalationRateLow", ReportColumns.camel("de_escalation_rate_low"));
    assertEquals("callId", ReportColumns.camel("call_id"));
  }
}
