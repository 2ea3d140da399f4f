package org.callcare.ingest;

import java.util.Objects;
import org.callcare.domain.Call;

/** What parsing one input record gives: a call, or a rejection with a reason a person understands. */
public sealed interface ParseOutcome {

  /** A parsed call. */
  record Parsed(Call call) implements ParseOutcome {
    public Parsed {
      Objects.requireNonNull(call, "call");
    }
  }

  /** A record that could not be used: where it came from, (a snippet of) the record, and why. */
  record Rejected(String source, String record, String reason) implements ParseOutcome {
    /** Longest record snippet kept in a rejection. */
    public static final int MAX_RECORD_CHARS = 500;

    public Rejected {
      Objects.requireNonNull(reason, "reason");
      record = snippet(record);
    }

    static String snippet(String record) {
      if (record == null) {
        return "";
      }
      return record.length() <= MAX_RECORD_CHARS ? record : record.substring(0, MAX_RECORD_CHARS) + "…";
    }
  }
}
