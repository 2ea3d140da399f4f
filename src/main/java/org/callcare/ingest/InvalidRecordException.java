package org.callcare.ingest;

/**
 * Thrown inside a reader when a record cannot be read; the reader turns it into a {@link FileRecord.Rejected}
 * with this message as the reason. Carries no stack trace (it is control flow, not a bug).
 */
public final class InvalidRecordException extends Exception {
  public InvalidRecordException(String reason) {
    super(reason, null, false, false);
  }
}
