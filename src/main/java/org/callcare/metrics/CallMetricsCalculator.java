package org.callcare.metrics;

import java.util.ArrayList;
import java.util.List;
import org.callcare.behaviour.BehaviourDetector;
import org.callcare.behaviour.RuleBook;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.callcare.metrics.TimingMetrics.TimingSettings;

/**
 * Computes {@link CallMetrics} from a call's scored turns: de-escalation (METRICS.md thirds rule), behaviours
 * ({@link BehaviourDetector}) and timing ({@link TimingMetrics}).
 */
public final class CallMetricsCalculator {
  private final BehaviourDetector behaviours;
  private final TimingSettings timing;

  public CallMetricsCalculator(BehaviourDetector behaviours, TimingSettings timing) {
    this.behaviours = behaviours;
    this.timing = timing;
  }

  /** The rules the behaviour detector judges hits by (the NLP pass matches sentences with the same rules). */
  public RuleBook rules() {
    return behaviours.rules();
  }

  /**
   * @param callAgentId the agent who took the call
   * @param customerName the customer's name from metadata, or null
   * @param turns the call's scored turns, in order
   */
  public CallMetrics compute(String callAgentId, String customerName, List<ScoredTurn> turns) {
    List<Double> customerScores = new ArrayList<>();
    List<Turn> plain = new ArrayList<>(turns.size());
    int customerTurns = 0;
    int agentTurns = 0;
    boolean layered = false;
    for (ScoredTurn turn : turns) {
      plain.add(turn.turn());
      if (turn.speaker() == Speaker.CUSTOMER) {
        customerTurns++;
        if (turn.score() != null) {
          customerScores.add(turn.score());
          layered |= turn.sentiment().classes() != null;
        }
      } else if (turn.speaker() == Speaker.AGENT) {
        agentTurns++;
      }
    }
    // the layer's scores (P(positive) − P(negative)) have their own threshold; CoreNLP's alone keep METRICS.md's
    double negativeBelow = layered ? DeEscalation.NEGATIVE_BELOW : DeEscalation.CORENLP_NEGATIVE_BELOW;
    DeEscalation deEscalation = DeEscalation.of(customerScores, negativeBelow);
    return new CallMetrics(
        turns.size(),
        customerTurns,
        agentTurns,
        customerScores.size(),
        Rounding.round4(deEscalation.start()),
        Rounding.round4(deEscalation.end()),
        Rounding.round4(deEscalation.shift()),
        deEscalation.startedNegative(),
        deEscalation.deEscalated(),
        deEscalation.escalated(),
        DeEscalation.label(deEscalation.start(), negativeBelow),
        DeEscalation.label(deEscalation.end(), negativeBelow),
        SentimentQuarters.of(customerScores),
        behaviours.detect(callAgentId, customerName, turns),
        TimingMetrics.of(plain, timing));
  }
}
