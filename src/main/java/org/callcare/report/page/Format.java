package org.callcare.report.page;

import java.util.Locale;

/** Numbers as the page prints them: rates as whole percents, differences as percentage points. */
final class Format {
  static final String NONE = "–";

  private Format() {}

  static String percent(Double rate) {
    return rate == null ? NONE : Math.round(rate * 100) + "%";
  }

  /** {@code "23–61%"}. */
  static String range(Double low, Double high) {
    return low == null || high == null ? NONE : Math.round(low * 100) + "–" + Math.round(high * 100) + "%";
  }

  /** {@code "+5 pts"}, {@code "−3 pts"}, {@code "0 pts"}. */
  static String points(Double difference) {
    if (difference == null) {
      return NONE;
    }
    long p = Math.round(difference * 100);
    return (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p) + " pts";
  }

  static String signedPoints(Double value) {
    if (value == null) {
      return NONE;
    }
    long p = Math.round(value * 100);
    return (p > 0 ? "+" : p < 0 ? "−" : "") + Math.abs(p);
  }

  static String score(Double score) {
    return score == null ? NONE : String.format(Locale.ROOT, "%+.2f", score).replace('-', '−');
  }

  static String decimal3(Object value) {
    return value instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : NONE;
  }

  /** A chart coordinate, to one decimal. */
  static double at(double value) {
    return Math.round(value * 10) / 10.0;
  }

  static String calls(long n) {
    return n == 1 ? "1 call" : n + " calls";
  }

  static String label(String id) {
    String words = (" " + id.replace('_', ' ') + " ").replace(" dont ", " don't ").replace(" cant ", " can't ")
        .strip();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
