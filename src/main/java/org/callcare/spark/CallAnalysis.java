package org.callcare.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.callcare.behaviour.BehaviourDetector;
import org.callcare.behaviour.RuleBook;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.metrics.CallMetricsCalculator;
import org.callcare.metrics.TimingMetrics.TimingSettings;

/**
 * What the NLP pass needs besides the scorer, in a small serializable form that ships to executors: the rule
 * files' text and the timing settings. Each executor JVM compiles the rules once per distinct settings
 * ({@link #calculator()}) and shares the result between its task threads.
 */
public record CallAnalysis(List<RuleBookLoader.Source> ruleSources, TimingSettings timing)
    implements Serializable {

  private static final Map<CallAnalysis, CallMetricsCalculator> CALCULATORS = new ConcurrentHashMap<>();

  public CallAnalysis {
    ruleSources = List.copyOf(ruleSources);
  }

  /** The default rules and timing settings. */
  public static CallAnalysis defaults() {
    return new CallAnalysis(List.of(RuleBookLoader.defaults()), TimingSettings.DEFAULTS);
  }

  /** The compiled rules (throws {@link org.callcare.behaviour.RuleFileException} when a file is broken). */
  public RuleBook rules() {
    return RuleBookLoader.load(ruleSources);
  }

  /** This JVM's calculator for these settings, built on first use. */
  public CallMetricsCalculator calculator() {
    return CALCULATORS.computeIfAbsent(this,
        settings -> new CallMetricsCalculator(new BehaviourDetector(settings.rules()), settings.timing()));
  }
}
