package org.callcare.behaviour;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.callcare.domain.Behaviour;

/**
 * The behaviours found in one call. {@code turnCounts} holds, for each rule-based behaviour, the number of
 * turns in which one of its rules counted (after the rule's context). Derived figures are null where they do not
 * apply: {@code apologyAfterComplaint} without a complaint, {@code warmTransfer} without a transfer,
 * {@code customerNameUsed} when the customer's name is unknown.
 */
public record CallBehaviours(
    Map<Behaviour, Integer> turnCounts,
    boolean complaint,
    Boolean apologyAfterComplaint,
    boolean transfer,
    Boolean warmTransfer,
    String customerName,
    Boolean customerNameUsed,
    List<Evidence> evidence) {

  public CallBehaviours {
    EnumMap<Behaviour, Integer> counts = new EnumMap<>(Behaviour.class);
    counts.putAll(turnCounts);
    turnCounts = java.util.Collections.unmodifiableMap(counts);
    evidence = List.copyOf(evidence);
  }

  /** Turns in which the behaviour counted (0 for derived behaviours). */
  public int count(Behaviour behaviour) {
    return turnCounts.getOrDefault(behaviour, 0);
  }

  /** Whether the call counts in the behaviour's per-agent rate at all (see {@link Behaviour.Denominator}). */
  public boolean applicable(Behaviour behaviour) {
    return switch (behaviour.denominator()) {
      case CALLS -> true;
      case COMPLAINT_CALLS -> complaint;
      case TRANSFER_CALLS -> transfer;
      case NAME_KNOWN_CALLS -> customerName != null;
    };
  }

  /** Whether the call shows the behaviour; null when it does not apply to the call. */
  public Boolean present(Behaviour behaviour) {
    if (!applicable(behaviour)) {
      return null;
    }
    return switch (behaviour) {
      case APOLOGY_AFTER_COMPLAINT -> apologyAfterComplaint;
      case TRANSFER -> transfer;
      case WARM_TRANSFER -> warmTransfer;
      case CUSTOMER_NAME_USED -> customerNameUsed;
      default -> count(behaviour) > 0;
    };
  }
}
