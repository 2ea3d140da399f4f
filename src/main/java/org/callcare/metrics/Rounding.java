package org.callcare.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Report rounding: 4 decimal places, half-up, so golden files and re-runs are stable. */
public final class Rounding {
  public static final int REPORT_DECIMALS = 4;

  private Rounding() {}

  public static Double round4(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return BigDecimal.valueOf(value).setScale(REPORT_DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
