package org.callcare.testing;

import java.util.Locale;
import java.util.function.Function;
import org.callcare.metrics.Condition;

/**
 * A report figure's {@link Condition} evaluated on one call's values by column (camelCase), written apart from
 * the Spark evaluation it checks ({@code FigurePass}): an empty or missing value is false for a flag, not equal
 * for a text, and no value for {@link Condition.HasValue}; {@link Condition.Not} holds when its condition does not.
 */
public final class Conditions {
  private Conditions() {}

  /** @param value a call's value of a column, as text (empty or null when the cell is empty) */
  public static boolean holds(Condition c, Function<String, String> value) {
    if (c instanceof Condition.All) {
      return true;
    } else if (c instanceof Condition.Flag f) {
      return "true".equals(value.apply(f.column()));
    } else if (c instanceof Condition.Equals e) {
      return e.value().equals(value.apply(e.column()));
    } else if (c instanceof Condition.HasValue h) {
      String v = value.apply(h.column());
      return v != null && !v.isEmpty();
    } else if (c instanceof Condition.Not n) {
      return !holds(n.condition(), value);
    } else if (c instanceof Condition.And and) {
      return holds(and.left(), value) && holds(and.right(), value);
    }
    throw new IllegalArgumentException("not a call column: " + c);
  }

  /** {@code customerStartSentiment} → {@code customer_start_sentiment}. */
  public static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
