package org.callcare.ingest;

/**
 * One row of a {@code calls.csv} beside text transcripts ({@code customerName} from the optional
 * {@code customer_name} column). {@code problem} is null for a usable row, otherwise
 * why the row (or the whole file) cannot be used; transcripts that need it are rejected with that reason.
 */
public record CallMetadata(
    String folder, String callId, String agentId, String customerId, String startedAt, String customerName,
    String problem) {}
