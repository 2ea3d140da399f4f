package org.callcare.metrics;

/**
 * A condition on one scored call, over the columns of {@code calls.csv} (camelCase) and its behaviour map: what
 * a counted figure counts. A flag, text or behaviour condition whose column is empty does not hold (Spark's null
 * counts as false); {@link Not} of it then holds.
 */
public sealed interface Condition {
  /** Every call. */
  record All() implements Condition {}

  /** A boolean column is true. */
  record Flag(String column) implements Condition {}

  /** A text column equals a value. */
  record Equals(String column, String value) implements Condition {}

  /** The behaviour applies to the call (it is in the call's behaviour map). */
  record Applies(String behaviour) implements Condition {}

  /** The behaviour applies and is present. */
  record Present(String behaviour) implements Condition {}

  /** The behaviour applies and is absent. */
  record Absent(String behaviour) implements Condition {}

  /** A column has a value (it is not empty). */
  record HasValue(String column) implements Condition {}

  /** Both hold. */
  record And(Condition left, Condition right) implements Condition {}

  /** The condition does not hold (including when its column is empty). */
  record Not(Condition condition) implements Condition {}

  Condition ALL = new All();

  /** The call's one-call-resolution outcome is final (METRICS.md "One-call resolution"). */
  Condition FINAL = new Equals("fcrStatus", "final");

  /** Final and resolved in one call. */
  Condition RESOLVED = new And(FINAL, new Flag("oneCallResolution"));

  static Condition flag(String column) {
    return new Flag(column);
  }
}
