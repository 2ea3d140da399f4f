package org.callcare.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeat contact and one-call resolution for the calls of one customer (METRICS.md). A call is a repeat contact
 * when the same customer starts another call within the window after it: 0 < gap <= window. Its one-call
 * resolution is final once the outcome cannot change: it is a repeat, it was transferred, or the newest call
 * in the data ({@code asOf}) is at least a window after it; otherwise it is provisional.
 */
public final class RepeatContacts {

  /** A call start; {@code startedAtMs} is epoch milliseconds. */
  public record CallStart(String callId, long startedAtMs, boolean transfer) {}

  /** The outcome for one call. */
  public record Outcome(boolean repeatContact, boolean oneCallResolution, FcrStatus status) {}

  /** Whether a call's one-call resolution can still change. */
  public enum FcrStatus {
    FINAL,
    PROVISIONAL;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private RepeatContacts() {}

  /** Outcome by call id for all calls of one customer, in any order. */
  public static Map<String, Outcome> mark(List<CallStart> calls, Duration window, long asOfMs) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("repeat-contact window must be positive, was " + window);
    }
    long windowMs = window.toMillis();
    List<CallStart> sorted = new ArrayList<>(calls);
    sorted.sort(Comparator.comparingLong(CallStart::startedAtMs).thenComparing(CallStart::callId));
    Map<String, Outcome> outcomes = new HashMap<>();
    int next = 0; // first call starting strictly after the current one
    for (int i = 0; i < sorted.size(); i++) {
      CallStart call = sorted.get(i);
      if (next <= i) {
        next = i + 1;
      }
      while (next < sorted.size() && sorted.get(next).startedAtMs() <= call.startedAtMs()) {
        next++;
      }
      boolean repeat = next < sorted.size() && sorted.get(next).startedAtMs() - call.startedAtMs() <= windowMs;
      boolean resolved = !repeat && !call.transfer();
      boolean windowClosed = asOfMs - call.startedAtMs() >= windowMs;
      FcrStatus status = repeat || call.transfer() || windowClosed ? FcrStatus.FINAL : FcrStatus.PROVISIONAL;
      outcomes.put(call.callId(), new Outcome(repeat, resolved, status));
    }
    return outcomes;
  }
}
