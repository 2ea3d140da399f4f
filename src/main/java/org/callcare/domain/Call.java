package org.callcare.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One conversation. {@code queue} and {@code customerName} (from metadata, used to see whether the agent says it)
 * may be null; {@code source} names the file (and line) it came from, for
 * tracing. Turns are kept in call order and their indexes are 0..n-1.
 */
public record Call(
    String callId,
    String agentId,
    String customerId,
    Instant startedAt,
    String queue,
    String source,
    List<Turn> turns,
    String customerName) {

  public Call {
    callId = requireText(callId, "call_id");
    agentId = requireText(agentId, "agent_id");
    customerId = requireText(customerId, "customer_id");
    Objects.requireNonNull(startedAt, "started_at");
    queue = queue == null || queue.isBlank() ? null : queue.strip();
    customerName = customerName == null || customerName.isBlank() ? null : customerName.strip();
    turns = List.copyOf(turns);
    for (int i = 0; i < turns.size(); i++) {
      if (turns.get(i).index() != i) {
        throw new IllegalArgumentException("turn " + i + " has index " + turns.get(i).index());
      }
    }
  }

  /** A call whose customer's name is not known from metadata. */
  public Call(String callId, String agentId, String customerId, Instant startedAt, String queue, String source,
      List<Turn> turns) {
    this(callId, agentId, customerId, startedAt, queue, source, turns, null);
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value.strip();
  }
}
