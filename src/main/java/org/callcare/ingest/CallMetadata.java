package org.callcare.ingest;

/**
 * One row of a {@code calls.csv} beside transcripts ({@code queue} and {@code customerName} from the optional
 * {@code queue} and {@code customer_name} columns). {@code problem} is null for a usable row, otherwise
 * why the row (or the whole file) cannot be used; transcripts that need it are rejected with that reason.
 */
public record CallMetadata(
    String folder, String callId, String agentId, String customerId, String startedAt, String queue,
    String customerName, String problem) {

  /** A problem that makes the whole file (or one call's row) unusable. */
  static CallMetadata problem(String folder, String callId, String problem) {
    return new CallMetadata(folder, callId, null, null, null, null, null, problem);
  }
}
