package org.callcare.ingest;

/** What a reader makes of one record of a file: a call draft, or a rejection with a reason. */
public sealed interface FileRecord {

  /** A call read from the file, to be completed by {@link CallAssembler}. */
  record Draft(CallDraft draft) implements FileRecord {}

  /** A record (or whole file) that cannot be read as a call. */
  record Rejected(ParseOutcome.Rejected rejected) implements FileRecord {
    public Rejected(String source, String record, String reason) {
      this(new ParseOutcome.Rejected(source, record, reason));
    }
  }
}
