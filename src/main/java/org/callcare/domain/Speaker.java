package org.callcare.domain;

import java.util.Locale;
import java.util.Optional;

/** Who speaks a turn. {@code SYSTEM} covers IVR, bots and hold messages, which no agent metric counts. */
public enum Speaker {
  AGENT,
  CUSTOMER,
  SYSTEM;

  /** The lower-case name used in input files and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code agent}, {@code customer} or {@code system} (any case, surrounding blanks ignored). */
  public static Optional<Speaker> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "agent" -> Optional.of(AGENT);
      case "customer" -> Optional.of(CUSTOMER);
      case "system" -> Optional.of(SYSTEM);
      default -> Optional.empty();
    };
  }
}
