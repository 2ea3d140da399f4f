package org.callcare.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.callcare.behaviour.BehaviourDetector;
import org.callcare.behaviour.RuleBook;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.domain.RuleHit;
import org.callcare.metrics.CallMetricsCalculator;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.LruCache;
import org.callcare.sentiment.SentimentLayer;

/**
 * What the NLP pass needs besides the scorer, in a small serializable form that ships to executors: the rule
 * files' text, the timing settings, the memo size and the sentiment layer's model. Each executor JVM compiles the rules once per distinct
 * settings ({@link #calculator()}) and keeps one memo of rule matches per sentence ({@link #ruleHitMemo()}), both
 * shared between its task threads.
 */
public record CallAnalysis(List<RuleBookLoader.Source> ruleSources, TimingSettings timing, int memoSentences,
    SentimentLayer sentiment) implements Serializable {

  private static final Map<CallAnalysis, CallMetricsCalculator> CALCULATORS = new ConcurrentHashMap<>();
  private static final Map<CallAnalysis, LruCache<List<RuleHit>>> RULE_HITS = new ConcurrentHashMap<>();

  public CallAnalysis {
    ruleSources = List.copyOf(ruleSources);
    java.util.Objects.requireNonNull(sentiment, "sentiment");
  }

  /** With the default sentiment model. */
  public CallAnalysis(List<RuleBookLoader.Source> ruleSources, TimingSettings timing, int memoSentences) {
    this(ruleSources, timing, memoSentences, SentimentLayer.DEFAULT);
  }

  /** The default rules and timing settings. */
  public static CallAnalysis defaults() {
    return new CallAnalysis(List.of(RuleBookLoader.defaults()), TimingSettings.DEFAULTS,
        CoreNlpSentimentScorer.DEFAULT_MEMO_SENTENCES, SentimentLayer.DEFAULT);
  }

  /** The compiled rules (throws {@link org.callcare.behaviour.RuleFileException} when a file is broken). */
  public RuleBook rules() {
    return RuleBookLoader.load(ruleSources);
  }

  /**
   * This JVM's memo of rule matches by speaker and sentence (keyed {@code "agent|" + sentence key}), so that a
   * sentence said again, which the scorer serves from its memo untagged, needs neither tagging nor matching.
   * Same capacity as the sentence memo; 0 keeps nothing.
   */
  public LruCache<List<RuleHit>> ruleHitMemo() {
    return RULE_HITS.computeIfAbsent(this, settings -> new LruCache<>(settings.memoSentences()));
  }

  /** This JVM's calculator for these settings, built on first use. */
  public CallMetricsCalculator calculator() {
    return CALCULATORS.computeIfAbsent(this,
        settings -> new CallMetricsCalculator(new BehaviourDetector(settings.rules()), settings.timing()));
  }
}
