package org.callcare.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.callcare.behaviour.CarePhraseRules;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Speaker;

/**
 * Computes {@link CallMetrics} from a call's scored turns (METRICS.md: de-escalation, apology, transfer). A
 * transfer is a hand-off phrase in an agent turn, or a second agent speaking in the call.
 */
public final class CallMetricsCalculator {

  /** An apology counts as "after the complaint" within this many agent turns after the first complaint. */
  public static final int APOLOGY_AGENT_TURNS_AFTER_COMPLAINT = 2;

  private static final String EVIDENCE_SEPARATOR = " | ";
  /** Evidence label for a transfer seen as another agent speaking. */
  static final String SECOND_AGENT = "second_agent";

  private CallMetricsCalculator() {}

  /**
   * @param callAgentId the agent who took the call; an agent turn by anyone else means a second agent took part
   * @param turns the call's turns, in order
   */
  public static CallMetrics compute(String callAgentId, List<ScoredTurn> turns) {
    List<Double> customerScores = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    int customerTurns = 0;
    int agentTurns = 0;
    int apologyCount = 0;
    boolean transfer = false;
    int firstComplaint = -1;
    int agentTurnsSinceComplaint = 0;
    Boolean apologyAfterComplaint = null;
    Set<String> secondAgents = new HashSet<>();

    for (ScoredTurn turn : turns) {
      String text = turn.turn().text();
      if (turn.speaker() == Speaker.CUSTOMER) {
        customerTurns++;
        if (turn.score() != null) {
          customerScores.add(turn.score());
        }
        if (firstComplaint < 0 && isComplaint(turn)) {
          firstComplaint = turn.turn().index();
          apologyAfterComplaint = false;
        }
      } else if (turn.speaker() == Speaker.AGENT) {
        agentTurns++;
        Optional<String> apology = CarePhraseRules.APOLOGY.firstMatch(text);
        Optional<String> handOff = CarePhraseRules.TRANSFER.firstMatch(text);
        if (apology.isPresent()) {
          apologyCount++;
          evidence.add(CarePhraseRules.APOLOGY.id() + ": " + apology.get());
        }
        if (handOff.isPresent()) {
          transfer = true;
          evidence.add(CarePhraseRules.TRANSFER.id() + ": " + handOff.get());
        }
        String speakingAgent = turn.turn().agentId();
        if (speakingAgent != null && !speakingAgent.equals(callAgentId) && secondAgents.add(speakingAgent)) {
          transfer = true;
          evidence.add(SECOND_AGENT + ": " + speakingAgent + " speaks from turn " + (turn.turn().index() + 1));
        }
        if (firstComplaint >= 0 && agentTurnsSinceComplaint < APOLOGY_AGENT_TURNS_AFTER_COMPLAINT) {
          agentTurnsSinceComplaint++;
          if (apology.isPresent()) {
            apologyAfterComplaint = true;
          }
        }
      }
    }

    DeEscalation deEscalation = DeEscalation.of(customerScores);
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
        apologyCount > 0,
        apologyCount,
        firstComplaint >= 0,
        apologyAfterComplaint,
        transfer,
        evidence.isEmpty() ? null : String.join(EVIDENCE_SEPARATOR, evidence));
  }

  /** A complaint: a negative customer turn, or one with a complaint cue. */
  static boolean isComplaint(ScoredTurn customerTurn) {
    return customerTurn.label() == SentimentLabel.NEGATIVE
        || CarePhraseRules.COMPLAINT_CUE.firstMatch(customerTurn.turn().text()).isPresent();
  }
}
