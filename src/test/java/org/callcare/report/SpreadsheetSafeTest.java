package org.callcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
  @Test
  void formulaTextIsNeutralised() {
    assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetSafe.text("=HYPERLINK(\"http://x\")"));
    assertEquals("'+44 20 7946 0000", SpreadsheetSafe.text("+44 20 7946 0000"));
    assertEquals("'-2+3", SpreadsheetSafe.text("-2+3"));
    assertEquals("'@SUM(A1)", SpreadsheetSafe.text("@SUM(A1)"));
    assertEquals("'\tx", SpreadsheetSafe.text("\tx"));
  }

  @Test
  void ordinaryTextIsKept() {
    assertEquals("apology: I'm sorry", SpreadsheetSafe.text("apology: I'm sorry"));
    assertEquals("a=b", SpreadsheetSafe.text("a=b"));
    assertNull(SpreadsheetSafe.text(null));
  }

  @Test
  void columnNamesMapToBeanProperties() {
    assertEquals("deEscalationRateLow", ReportColumns.camel("de_escalation_rate_low"));
    assertEquals("callId", ReportColumns.camel("call_id"));
  }
}
