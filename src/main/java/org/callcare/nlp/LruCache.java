package org.callcare.nlp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe map from text keys to values that evicts the least recently used entries beyond its
 * capacity, so memory stays flat however many keys pass through. Striped into segments, each an access-ordered
 * {@link LinkedHashMap} under its own lock. Capacity 0 holds nothing.
 */
public final class LruCache<V> {
  private static final int SEGMENTS = 16;

  private final Segment<V>[] segments;
  private final int capacity;

  @SuppressWarnings("unchecked")
  public LruCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
    }
    this.capacity = capacity;
    this.segments = new Segment[SEGMENTS];
    int perSegment = capacity == 0 ? 0 : Math.max(1, capacity / SEGMENTS);
    for (int i = 0; i < SEGMENTS; i++) {
      segments[i] = new Segment<>(perSegment);
    }
  }

  public int capacity() {
    return capacity;
  }

  /** The value of {@code key}, or null. */
  public V get(String key) {
    return capacity == 0 ? null : segment(key).get(key);
  }

  public void put(String key, V value) {
    if (capacity > 0) {
      segment(key).put(key, value);
    }
  }

  /** Entries held now (at most {@code capacity}, give or take a segment's rounding). */
  public int size() {
    int size = 0;
    for (Segment<V> s : segments) {
      size += s.size();
    }
    return size;
  }

  private Segment<V> segment(String key) {
    return segments[Math.floorMod(key.hashCode(), SEGMENTS)];
  }

  private static final class Segment<V> {
    private final Map<String, V> entries;

    Segment(int capacity) {
      this.entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized V get(String key) {
      return entries.get(key);
    }

    synchronized void put(String key, V value) {
      entries.put(key, value);
    }

    synchronized int size() {
      return entries.size();
    }
  }
}
