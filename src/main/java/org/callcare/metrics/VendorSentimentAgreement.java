package org.callcare.metrics;

import java.util.Locale;
import org.callcare.domain.SentimentLabel;

/**
 * How often CoreNLP's turn label agrees with the sentiment a vendor export gave the same turn. Only turns with
 * both labels and a vendor label of POSITIVE, NEGATIVE or NEUTRAL are compared (MIXED and other vendor labels
 * have no CoreNLP counterpart); {@code rate} is agreeing / compared, rounded to 4 places, null when nothing was
 * compared.
 */
public record VendorSentimentAgreement(long compared, long agreeing, Double rate) {

  public static final VendorSentimentAgreement NONE = new VendorSentimentAgreement(0, 0, null);

  /** Whether the two labels agree; null when the pair is not comparable. */
  public static Boolean agrees(String vendorLabel, String coreNlpLabel) {
    if (vendorLabel == null || coreNlpLabel == null) {
      return null;
    }
    SentimentLabel vendor;
    SentimentLabel ours;
    try {
      vendor = SentimentLabel.valueOf(vendorLabel.strip().toUpperCase(Locale.ROOT));
      ours = SentimentLabel.valueOf(coreNlpLabel.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notComparable) {
      return null;
    }
    return vendor == ours;
  }

  /** This tally plus {@code turns} turns with the given pair of labels. */
  public VendorSentimentAgreement plus(String vendorLabel, String coreNlpLabel, long turns) {
    Boolean agree = agrees(vendorLabel, coreNlpLabel);
    if (agree == null) {
      return this;
    }
    long c = compared + turns;
    long a = agreeing + (agree ? turns : 0);
    return new VendorSentimentAgreement(c, a, c == 0 ? null : Rounding.round4((double) a / c));
  }
}
