package org.callcare.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A call as read from one file, before a {@code calls.csv} beside it fills what the file lacks and before turn
 * repairs. Any field but {@code source} and {@code turns} may be null when the file does not say;
 * {@code callId} null means "use the file name". {@code startedAtFromName} is a start time read from the file's
 * name (Contact Lens names carry one): used only when neither the file nor calls.csv gives one.
 * {@code vendorAgentId} and {@code vendorCustomerId} are the vendor's own user ids of the call's (first) human agent
 * and of the customer (Google CCAI's {@code user_id}): used, with a warning, only when the file names no agent or
 * customer of the call and no calls.csv row gives one. {@code warnings} are repairs the reader already made (for
 * example "decoded as Windows-1252"), in words a person understands.
 */
public record CallDraft(
    String source,
    TranscriptFormat format,
    String callId,
    String agentId,
    String customerId,
    Instant startedAt,
    String queue,
    String customerName,
    List<RawTurn> turns,
    List<String> warnings,
    Instant startedAtFromName,
    String vendorAgentId,
    String vendorCustomerId) {

  public CallDraft {
    turns = List.copyOf(turns);
    warnings = List.copyOf(warnings);
  }

  /** A draft with no vendor user ids. */
  public CallDraft(String source, TranscriptFormat format, String callId, String agentId, String customerId,
      Instant startedAt, String queue, String customerName, List<RawTurn> turns, List<String> warnings,
      Instant startedAtFromName) {
    this(source, format, callId, agentId, customerId, startedAt, queue, customerName, turns, warnings,
        startedAtFromName, null, null);
  }

  /** A draft with no start time in its file name. */
  public CallDraft(String source, TranscriptFormat format, String callId, String agentId, String customerId,
      Instant startedAt, String queue, String customerName, List<RawTurn> turns, List<String> warnings) {
    this(source, format, callId, agentId, customerId, startedAt, queue, customerName, turns, warnings, null);
  }

  /** This draft with another call id; every other field is kept. */
  public CallDraft withCallId(String id) {
    return new CallDraft(source, format, id, agentId, customerId, startedAt, queue, customerName, turns, warnings,
        startedAtFromName, vendorAgentId, vendorCustomerId);
  }

  /** This draft with {@code earlier} warnings put before its own; every other field is kept. */
  public CallDraft withWarningsFirst(List<String> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(earlier);
    all.addAll(warnings);
    return new CallDraft(source, format, callId, agentId, customerId, startedAt, queue, customerName, turns, all,
        startedAtFromName, vendorAgentId, vendorCustomerId);
  }
}
