package org.callcare.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses {@code started_at}: an ISO-8601 instant ({@code 2026-10-05T09:14:00Z}), a date-time with offset
 * ({@code 2026-10-05T11:14:00+02:00}) or a local date-time, taken as UTC ({@code 2026-10-05T09:14:00}; a space
 * instead of the {@code T} is accepted).
 */
public final class Timestamps {
  private Timestamps() {}

  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String iso = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
    try {
      return Optional.of(OffsetDateTime.parse(iso).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }
}
