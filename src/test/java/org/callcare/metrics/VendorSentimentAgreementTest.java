package org.callcare.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VendorSentimentAgreementTest {
  @Test
  void comparesOnlyLabelsWithACounterpart() {
    assertEquals(Boolean.TRUE, VendorSentimentAgreement.agrees("POSITIVE", "positive"));
    assertEquals(Boolean.FALSE, VendorSentimentAgreement.agrees("NEGATIVE", "neutral"));
    assertNull(VendorSentimentAgreement.agrees("MIXED", "neutral"));
    assertNull(VendorSentimentAgreement.agrees("POSITIVE", null));
  }

  @Test
  void talliesTurns() {
    VendorSentimentAgreement a = VendorSentimentAgreement.NONE
        .plus("POSITIVE", "positive", 6)
        .plus("NEGATIVE", "neutral", 3)
        .plus("MIXED", "negative", 5)
        .plus("NEUTRAL", "neutral", 1);
    assertEquals(new VendorSentimentAgreement(10, 7, 0.7), a);
    assertNull(VendorSentimentAgreement.NONE.rate());
  }
}
