package org.callcare.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe memo of sentence → sentiment, so that a sentence said again ("okay", "thank you", "is
 * there anything else I can help with?") is parsed and scored once per JVM. Least recently used entries are
 * evicted beyond {@code capacity}, so memory stays flat however large the input. Keys are exact: the
 * sentence's tokens joined by single spaces (whitespace-normalised, case kept), because the parser and the
 * sentiment model look at one sentence at a time and see case, so a hit returns exactly what scoring would.
 * Striped into segments, each an access-ordered {@link LinkedHashMap} under its own lock.
 */
public final class SentenceMemo {
  private static final int SEGMENTS = 16;

  private final Segment[] segments;
  private final int capacity;
  private final LongAdder lookups = new LongAdder();
  private final LongAdder hits = new LongAdder();

  /** @param capacity most sentences kept (0 disables the memo: every lookup misses) */
  public SentenceMemo(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("memo capacity must be >= 0, was " + capacity);
    }
    this.capacity = capacity;
    this.segments = new Segment[SEGMENTS];
    int perSegment = capacity == 0 ? 0 : Math.max(1, capacity / SEGMENTS);
    for (int i = 0; i < SEGMENTS; i++) {
      segments[i] = new Segment(perSegment);
    }
  }

  public int capacity() {
    return capacity;
  }

  /** The memoised sentiment of {@code key}, or null. Counts a lookup, and a hit when found. */
  public SentenceSentiment get(String key) {
    lookups.increment();
    if (capacity == 0) {
      return null;
    }
    SentenceSentiment found = segment(key).get(key);
    if (found != null) {
      hits.increment();
    }
    return found;
  }

  public void put(String key, SentenceSentiment sentiment) {
    if (capacity > 0) {
      segment(key).put(key, sentiment);
    }
  }

  /** Sentences held now (at most {@code capacity}, give or take a segment's rounding). */
  public int size() {
    int size = 0;
    for (Segment s : segments) {
      size += s.size();
    }
    return size;
  }

  public long lookups() {
    return lookups.sum();
  }

  public long hits() {
    return hits.sum();
  }

  private Segment segment(String key) {
    return segments[Math.floorMod(key.hashCode(), SEGMENTS)];
  }

  private static final class Segment {
    private final Map<String, SentenceSentiment> entries;

    Segment(int capacity) {
      this.entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SentenceSentiment> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized SentenceSentiment get(String key) {
      return entries.get(key);
    }

    synchronized void put(String key, SentenceSentiment value) {
      entries.put(key, value);
    }

    synchronized int size() {
      return entries.size();
    }
  }
}
