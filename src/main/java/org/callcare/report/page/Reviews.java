package org.callcare.report.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.callcare.report.page.ReportPage.ReviewCall;
import org.callcare.report.page.ReportPage.ReviewList;

/**
 * The page's calls to review: what each list holds and why, and for each call the sentence that shows it: a rule
 * match from evidence.csv when the list has one (the complaint, the transfer), else the customer's own words (the
 * most negative turn of the call's last third for an escalation, the customer's first turn for a repeat contact,
 * the first negative customer turn for a complaint no cue matched).
 * Texts arrive redacted, as in evidence.csv and turns/. Plain Java; Spark chooses the calls.
 */
public final class Reviews {
  /** Calls shown per list; the list's heading gives the total. */
  public static final int SHOWN = 10;

  /** The lists, in page order; {@code evidenceBehaviour} is the rule behaviour whose match shows why, or null. */
  public enum Kind {
    ESCALATED("escalated", "Calls that escalated", "The customer did not start negative but ended negative:"
        + " listen for what turned the call. Worst first.", null),
    COMPLAINT_NO_APOLOGY("complaint_no_apology", "Complaints with no apology", "The customer complained and"
        + " neither of the agent's next two turns apologised. Most negative start first.", "complaint_cue"),
    COLD_TRANSFER("cold_transfer", "Cold transfers", "The agent transferred the call without telling the customer"
        + " who would take it or why (no warm hand-off).", "transfer"),
    REPEAT_CONTACT("repeat_contact", "Repeat contacts", "The same customer called again within the"
        + " repeat-contact window: the first call did not resolve the matter.", null);

    private final String key;
    private final String title;
    private final String why;
    private final String evidenceBehaviour;

    Kind(String key, String title, String why, String evidenceBehaviour) {
      this.key = key;
      this.title = title;
      this.why = why;
      this.evidenceBehaviour = evidenceBehaviour;
    }

    public String key() {
      return key;
    }

    public String evidenceBehaviour() {
      return evidenceBehaviour;
    }
  }

  /** A call chosen for a list, with its customer's start and end scores (null when undefined). */
  public record Candidate(String callId, String agentId, String callDate, String queue, Double start, Double end) {}

  /** A customer turn's redacted text, score and label. */
  public record CustomerTurn(int turnIndex, String text, Double score, String label) {}

  /** A rule match of the call: its behaviour and redacted sentence. */
  public record Match(int turnIndex, String behaviour, String sentence) {}

  private Reviews() {}

  /**
   * One list.
   *
   * @param total how many of the run's calls belong in it
   * @param calls the first calls of it, in the list's order
   * @param turns each call's customer turns, by call id
   * @param matches each call's rule matches, by call id
   */
  public static ReviewList list(Kind kind, long total, List<Candidate> calls,
      Map<String, List<CustomerTurn>> turns, Map<String, List<Match>> matches, int windowDays) {
    List<ReviewCall> shown = new ArrayList<>();
    for (Candidate c : calls) {
      List<CustomerTurn> said = turns.getOrDefault(c.callId(), List.of());
      String evidence = switch (kind) {
        case ESCALATED -> worstOfLastThird(said);
        case REPEAT_CONTACT -> said.isEmpty() ? null : said.get(0).text();
        default -> firstMatch(matches.getOrDefault(c.callId(), List.of()), kind.evidenceBehaviour(), said);
      };
      String reason = switch (kind) {
        case ESCALATED -> "customer started at " + Format.score(c.start()) + ", ended at " + Format.score(c.end());
        case COMPLAINT_NO_APOLOGY -> "complaint, no apology in the next two agent turns"
            + (c.start() == null ? "" : "; customer started at " + Format.score(c.start()));
        case COLD_TRANSFER -> "transferred without a warm hand-off";
        case REPEAT_CONTACT -> "called again within " + windowDays + (windowDays == 1 ? " day" : " days");
      };
      shown.add(new ReviewCall(c.callId(), c.agentId(), c.callDate(), c.queue(), reason, evidence));
    }
    return new ReviewList(kind.key(), kind.title, kind.why, total, shown);
  }

  private static String worstOfLastThird(List<CustomerTurn> said) {
    List<CustomerTurn> scored = said.stream().filter(t -> t.score() != null).toList();
    if (scored.isEmpty()) {
      return null;
    }
    int k = (scored.size() + 2) / 3;
    return scored.subList(scored.size() - k, scored.size()).stream()
        .min(Comparator.comparingDouble(CustomerTurn::score)).map(CustomerTurn::text).orElse(null);
  }

  private static String firstMatch(List<Match> matches, String behaviour, List<CustomerTurn> said) {
    return matches.stream().filter(m -> m.behaviour().equals(behaviour))
        .min(Comparator.comparingInt(Match::turnIndex)).map(Match::sentence)
        .orElseGet(() -> said.stream().filter(t -> "negative".equals(t.label())).findFirst()
            .or(() -> said.stream().findFirst()).map(CustomerTurn::text).orElse(null));
  }
}
