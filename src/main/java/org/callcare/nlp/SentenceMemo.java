package org.callcare.nlp;

import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded, thread-safe memo of sentence → sentiment, so that a sentence said again ("okay", "thank you", "is
 * there anything else I can help with?") is tagged, parsed and scored once per JVM. Least recently used entries
 * are evicted beyond {@code capacity} ({@link LruCache}), so memory stays flat however large the input. Keys are
 * exact: the sentence's words joined by single spaces ({@link AnalyzedSentence#key()}; whitespace-normalised,
 * case kept), because the tagger, the parser and the sentiment model look at one sentence at a time and see
 * case, so a hit returns exactly what scoring would.
 */
public final class SentenceMemo {
  private final LruCache<SentenceSentiment> entries;
  private final LongAdder lookups = new LongAdder();
  private final LongAdder hits = new LongAdder();

  /** @param capacity most sentences kept (0 disables the memo: every lookup misses) */
  public SentenceMemo(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("memo capacity must be >= 0, was " + capacity);
    }
    this.entries = new LruCache<>(capacity);
  }

  public int capacity() {
    return entries.capacity();
  }

  /** The memoised sentiment of {@code key}, or null. Counts a lookup, and a hit when found. */
  public SentenceSentiment get(String key) {
    lookups.increment();
    SentenceSentiment found = entries.get(key);
    if (found != null) {
      hits.increment();
    }
    return found;
  }

  public void put(String key, SentenceSentiment sentiment) {
    entries.put(key, sentiment);
  }

  /** Sentences held now (at most {@code capacity}, give or take a segment's rounding). */
  public int size() {
    return entries.size();
  }

  public long lookups() {
    return lookups.sum();
  }

  public long hits() {
    return hits.sum();
  }
}
