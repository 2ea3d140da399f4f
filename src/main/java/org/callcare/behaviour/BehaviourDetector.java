package org.callcare.behaviour;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.callcare.domain.Behaviour;
import org.callcare.domain.RuleHit;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.Speaker;

/**
 * Turns a call's sentence-level rule hits into its behaviours (METRICS.md "Behaviours of a great call",
 * "Apology", "Transfer"): applies each rule's {@link RuleContext}, counts turns per behaviour, and derives
 * <ul>
 *   <li>complaint: the first customer turn that is negative or has a complaint cue;
 *   <li>apology after complaint: an apology in one of the {@value #APOLOGY_AGENT_TURNS_AFTER_COMPLAINT} agent
 *       turns after the first complaint;
 *   <li>transfer: a hand-off phrase, or a second agent speaking (the original agent's last turn before the second
 *       agent counts as the hand-off turn for warm-transfer contexts);
 *   <li>the customer's name (from metadata, else the first name the customer gives) and whether an agent turn
 *       after that uses it.
 * </ul>
 * Pure function of its inputs; no Spark.
 */
public final class BehaviourDetector {
  /** An apology counts as "after the complaint" within this many agent turns after the first complaint. */
  public static final int APOLOGY_AGENT_TURNS_AFTER_COMPLAINT = 2;
  /** Rule id shown in evidence for a transfer seen as a second agent speaking. */
  public static final String SECOND_AGENT_RULE = "derived:second_agent";
  /** Rule id shown in evidence for the agent saying the customer's name. */
  public static final String NAME_USED_RULE = "derived:customer_name";
  /** Shortest customer name that is looked for in agent turns. */
  static final int MIN_NAME_LENGTH = 2;
  private static final Pattern TITLES = Pattern.compile("(?i)mr|mrs|ms|miss|mx|dr|sir|madam");

  private final RuleBook rules;

  public BehaviourDetector(RuleBook rules) {
    this.rules = rules;
  }

  public RuleBook rules() {
    return rules;
  }

  /**
   * @param callAgentId the agent who took the call; an agent turn by anyone else means a second agent took part
   * @param knownCustomerName the customer's name from metadata, or null
   * @param turns the call's scored turns, in order
   */
  public CallBehaviours detect(String callAgentId, String knownCustomerName, List<ScoredTurn> turns) {
    int n = turns.size();
    int[] agentOrdinal = new int[n];
    int agentTurns = 0;
    int complaintTurn = -1;
    int firstAgentOrdinalAfterComplaint = -1;
    for (int i = 0; i < n; i++) {
      ScoredTurn turn = turns.get(i);
      agentOrdinal[i] = turn.speaker() == Speaker.AGENT ? agentTurns++ : -1;
      if (turn.speaker() == Speaker.AGENT && complaintTurn >= 0 && firstAgentOrdinalAfterComplaint < 0) {
        firstAgentOrdinalAfterComplaint = agentOrdinal[i];
      }
      if (turn.speaker() == Speaker.CUSTOMER && complaintTurn < 0 && isComplaint(turn)) {
        complaintTurn = i;
      }
    }

    List<Evidence> evidence = new ArrayList<>();
    Map<Behaviour, Set<Integer>> rawPositions = rawAgentPositions(turns, agentOrdinal);
    Set<Integer> secondAgentHandOffs = secondAgentHandOffs(callAgentId, turns, agentOrdinal, evidence);
    rawPositions.computeIfAbsent(Behaviour.TRANSFER, b -> new HashSet<>()).addAll(secondAgentHandOffs);

    Map<Behaviour, Set<Integer>> countedTurns = new EnumMap<>(Behaviour.class);
    Set<Integer> apologyOrdinals = new HashSet<>();
    String customerName = blankToNull(knownCustomerName);
    int nameGivenAt = customerName == null ? Integer.MAX_VALUE : -1;
    for (int i = 0; i < n; i++) {
      ScoredTurn turn = turns.get(i);
      for (RuleHit hit : turn.hits()) {
        RuleContext context = rules.rule(hit.ruleId()).map(BehaviourRule::context).orElse(RuleContext.ANY);
        if (!counts(context, agentOrdinal[i], firstAgentOrdinalAfterComplaint, rawPositions)) {
          continue;
        }
        countedTurns.computeIfAbsent(hit.behaviour(), b -> new LinkedHashSet<>()).add(i);
        evidence.add(new Evidence(turn.turn().index(), turn.speaker(), hit.behaviour(), hit.ruleId(),
            hit.matchedText(), hit.sentence()));
        if (hit.behaviour() == Behaviour.APOLOGY) {
          apologyOrdinals.add(agentOrdinal[i]);
        }
        if (hit.behaviour() == Behaviour.CUSTOMER_GIVES_NAME && customerName == null && hit.captured() != null) {
          customerName = hit.captured();
          nameGivenAt = i;
        }
      }
    }

    Map<Behaviour, Integer> counts = new EnumMap<>(Behaviour.class);
    countedTurns.forEach((behaviour, turnSet) -> counts.put(behaviour, turnSet.size()));
    boolean transfer = counts.getOrDefault(Behaviour.TRANSFER, 0) > 0 || !secondAgentHandOffs.isEmpty();
    Boolean warm = transfer ? counts.getOrDefault(Behaviour.WARM_TRANSFER, 0) > 0 : null;
    Boolean apologyAfterComplaint = null;
    if (complaintTurn >= 0) {
      int from = firstAgentOrdinalAfterComplaint;
      apologyAfterComplaint = from >= 0 && apologyOrdinals.stream()
          .anyMatch(o -> o >= from && o < from + APOLOGY_AGENT_TURNS_AFTER_COMPLAINT);
    }
    Boolean nameUsed = customerName == null ? null
        : nameUsed(customerName, nameGivenAt, turns, evidence);
    evidence.sort(java.util.Comparator.comparingInt(Evidence::turnIndex));
    return new CallBehaviours(counts, complaintTurn >= 0, apologyAfterComplaint, transfer, warm, customerName,
        nameUsed, evidence);
  }

  /** A complaint: a negative customer turn, or one where a complaint-cue rule fired. */
  static boolean isComplaint(ScoredTurn customerTurn) {
    return customerTurn.label() == SentimentLabel.NEGATIVE
        || customerTurn.hits().stream().anyMatch(h -> h.behaviour() == Behaviour.COMPLAINT_CUE);
  }

  private static boolean counts(RuleContext context, int ordinal, int firstAfterComplaint,
      Map<Behaviour, Set<Integer>> rawPositions) {
    return switch (context.kind()) {
      case ANY -> true;
      case OPENING -> ordinal >= 0 && ordinal < context.agentTurns();
      case AFTER_COMPLAINT -> ordinal >= 0 && firstAfterComplaint >= 0 && ordinal >= firstAfterComplaint
          && ordinal < firstAfterComplaint + context.agentTurns();
      case WITH -> ordinal >= 0 && near(rawPositions.get(context.other()), ordinal, context.agentTurns());
      case WITHOUT -> ordinal >= 0 && !near(rawPositions.get(context.other()), ordinal, context.agentTurns());
    };
  }

  private static boolean near(Set<Integer> positions, int ordinal, int distance) {
    if (positions == null) {
      return false;
    }
    for (int d = -distance; d <= distance; d++) {
      if (positions.contains(ordinal + d)) {
        return true;
      }
    }
    return false;
  }

  /** Agent-turn ordinals of every agent behaviour's hits, before contexts (what "with"/"without" look at). */
  private static Map<Behaviour, Set<Integer>> rawAgentPositions(List<ScoredTurn> turns, int[] agentOrdinal) {
    Map<Behaviour, Set<Integer>> positions = new EnumMap<>(Behaviour.class);
    for (int i = 0; i < turns.size(); i++) {
      if (agentOrdinal[i] < 0) {
        continue;
      }
      for (RuleHit hit : turns.get(i).hits()) {
        positions.computeIfAbsent(hit.behaviour(), b -> new HashSet<>()).add(agentOrdinal[i]);
      }
    }
    return positions;
  }

  /**
   * The hand-off turns of second agents: for each agent other than the call's who speaks, the ordinal of the
   * agent turn just before their first turn (or their first turn when they open the call).
   */
  private static Set<Integer> secondAgentHandOffs(String callAgentId, List<ScoredTurn> turns, int[] agentOrdinal,
      List<Evidence> evidence) {
    Set<Integer> handOffs = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < turns.size(); i++) {
      String speaking = turns.get(i).turn().agentId();
      if (agentOrdinal[i] < 0 || speaking == null || speaking.equals(callAgentId) || !seen.add(speaking)) {
        continue;
      }
      handOffs.add(Math.max(0, agentOrdinal[i] - 1));
      int index = turns.get(i).turn().index();
      evidence.add(new Evidence(index, Speaker.AGENT, Behaviour.TRANSFER, SECOND_AGENT_RULE, speaking,
          speaking + " speaks from turn " + (index + 1)));
    }
    return handOffs;
  }

  /**
   * Whether an agent turn after the name was given says it: any part of the name (first name or surname, at
   * least {@value #MIN_NAME_LENGTH} letters, titles ignored) as a whole word, any case.
   */
  private static boolean nameUsed(String customerName, int givenAt, List<ScoredTurn> turns,
      List<Evidence> evidence) {
    List<String> parts = new ArrayList<>();
    for (String part : customerName.strip().split("[\\s,]+")) {
      String bare = part.replaceAll("[.]$", "");
      if (bare.length() >= MIN_NAME_LENGTH && !TITLES.matcher(bare).matches()) {
        parts.add(Pattern.quote(bare));
      }
    }
    if (parts.isEmpty()) {
      return false;
    }
    Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", parts) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (int i = Math.max(0, givenAt + 1); i < turns.size(); i++) {
      ScoredTurn turn = turns.get(i);
      java.util.regex.Matcher m = word.matcher(turn.turn().text());
      if (turn.speaker() == Speaker.AGENT && m.find()) {
        evidence.add(new Evidence(turn.turn().index(), Speaker.AGENT, Behaviour.CUSTOMER_NAME_USED,
            NAME_USED_RULE, m.group(), turn.turn().text()));
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
