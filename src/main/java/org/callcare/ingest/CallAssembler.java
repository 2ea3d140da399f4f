package org.callcare.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;

/**
 * Completes a {@link CallDraft} into a {@link Call}: fills what the file lacks from its {@code calls.csv} row
 * (the file's own values win), repairs what can be repaired, and rejects what cannot. Every repair becomes a
 * warning in words a person understands; every turn read is either in the call or counted as dropped. Repairs:
 * <ul>
 *   <li>HTML markup (chat exports) is removed from turn text and entities are decoded;
 *   <li>turns without text are dropped;
 *   <li>a turn longer than {@link #MAX_TURN_CHARS} characters is cut at a word boundary before it;
 *   <li>timing that cannot be right (a negative offset, or an end before its start) is removed from the whole
 *       call, so the timing metrics stay empty instead of wrong;
 *   <li>timed turns out of time order are put in order of their start (stable).
 * </ul>
 * Rejected: no agent_id, customer_id or started_at anywhere; an unparsable started_at in calls.csv; a call with
 * no turn left, or only system turns. Thread-safe (stateless).
 */
public final class CallAssembler {
  /** Longest turn text kept, in characters (about 20 minutes of speech); longer turns are cut. */
  public static final int MAX_TURN_CHARS = 20_000;

  /**
   * The outcome for one draft, the warnings (repairs) that went with it, how many turns the file had for it and
   * how many of those were dropped by repairs (a rejected call drops none: all its turns are rejected with it).
   */
  public record Assembled(ParseOutcome outcome, List<String> warnings, int turnsRead, int turnsDropped) {}

  private CallAssembler() {}

  /** The call id a draft is known by: its own, or its file's name without the extension. */
  public static String callIdOf(CallDraft draft) {
    return draft.callId() != null ? draft.callId() : InputPaths.callIdOf(draft.source());
  }

  /**
   * @param metadata the calls.csv row for this call (or the whole-file problem of that calls.csv); null when
   *     there is none
   */
  public static Assembled assemble(CallDraft draft, CallMetadata metadata) {
    String callId = callIdOf(draft);
    List<String> warnings = new ArrayList<>(draft.warnings());
    int read = draft.turns().size();
    try {
      Call call = build(draft, callId, metadata, warnings);
      int dropped = read - call.turns().size();
      return new Assembled(new ParseOutcome.Parsed(call), List.copyOf(warnings), read, dropped);
    } catch (InvalidRecordException e) {
      return new Assembled(new ParseOutcome.Rejected(draft.source(), callId, e.getMessage()),
          List.copyOf(warnings), read, 0);
    }
  }

  private static Call build(CallDraft draft, String callId, CallMetadata metadata, List<String> warnings)
      throws InvalidRecordException {
    CallMetadata usable = metadata != null && metadata.problem() == null ? metadata : null;
    String agentId = vendorUser(draft.agentId(), usable == null ? null : usable.agentId(), draft.vendorAgentId(),
        "agent_id", warnings);
    agentId = required(agentId, usable == null ? null : usable.agentId(), "agent_id", callId, metadata);
    String customerId = vendorUser(draft.customerId(), usable == null ? null : usable.customerId(),
        draft.vendorCustomerId(), "customer_id", warnings);
    customerId = required(customerId, usable == null ? null : usable.customerId(), "customer_id", callId, metadata);
    Instant startedAt = draft.startedAt();
    if (startedAt == null && (usable == null || usable.startedAt() == null) && draft.startedAtFromName() != null) {
      startedAt = draft.startedAtFromName();
      warnings.add("started_at taken from the time in the file name (not in the file or calls.csv)");
    }
    if (startedAt == null) {
      String fromCsv = required(null, usable == null ? null : usable.startedAt(), "started_at", callId, metadata);
      Optional<Instant> parsed = Timestamps.parse(fromCsv);
      if (parsed.isEmpty()) {
        throw new InvalidRecordException("calls.csv started_at '" + fromCsv + "' is not an ISO-8601 date-time");
      }
      startedAt = parsed.get();
    }
    String queue = draft.queue() != null ? draft.queue() : usable == null ? null : usable.queue();
    String customerName = draft.customerName() != null ? draft.customerName()
        : usable == null ? null : usable.customerName();
    List<Turn> turns = repairTurns(draft.turns(), warnings);
    try {
      return new Call(callId, agentId, customerId, startedAt, queue, draft.source(), turns, customerName);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(e.getMessage());
    }
  }

  /** The file's id, else (when calls.csv has none either) the vendor's user id, with a warning. */
  private static String vendorUser(String fromFile, String fromCsv, String vendorUser, String field,
      List<String> warnings) {
    if (fromFile == null && fromCsv == null && vendorUser != null) {
      warnings.add(field + " taken from the vendor's user id " + vendorUser + " (not in the file's call details or"
          + " calls.csv)");
      return vendorUser;
    }
    return fromFile;
  }

  private static String required(String fromFile, String fromCsv, String field, String callId,
      CallMetadata metadata) throws InvalidRecordException {
    if (fromFile != null) {
      return fromFile;
    }
    if (fromCsv != null) {
      return fromCsv;
    }
    if (metadata == null) {
      throw new InvalidRecordException(field + " is missing: not in the file, and no calls.csv row for call_id "
          + callId + " in the same folder");
    }
    if (metadata.problem() != null) {
      throw new InvalidRecordException(metadata.problem() + " (the call needs its " + field + ")");
    }
    throw new InvalidRecordException(field + " is missing: not in the file, and empty in calls.csv");
  }

  private static List<Turn> repairTurns(List<RawTurn> raw, List<String> warnings)
      throws InvalidRecordException {
    List<RawTurn> kept = new ArrayList<>(raw.size());
    int html = 0;
    int empty = 0;
    int controls = 0;
    for (RawTurn turn : raw) {
      String text = turn.text() == null ? "" : turn.text();
      String withoutControls = withoutControls(text);
      if (withoutControls.length() != text.length()) {
        controls++;
        text = withoutControls;
      }
      String plain = HtmlText.toPlainText(text).strip();
      if (!plain.equals(text.strip())) {
        html++;
      }
      if (plain.isBlank()) {
        empty++;
        continue;
      }
      kept.add(new RawTurn(turn.speaker(), truncate(plain, kept.size(), warnings), turn.startMs(), turn.endMs(),
          turn.agentId(), turn.vendorSentiment()));
    }
    if (html > 0) {
      warnings.add("removed HTML markup from " + html + " turn(s)");
    }
    if (controls > 0) {
      warnings.add("removed control characters (such as NUL, BEL or ESC, written as escapes in the file) from "
          + controls + " turn(s)");
    }
    if (empty > 0) {
      warnings.add("dropped " + empty + " turn(s) without text (empty messages, chat join/leave events)");
    }
    if (kept.isEmpty()) {
      throw new InvalidRecordException(raw.isEmpty() ? "call has no turns" : "call has no turn with text");
    }
    if (kept.stream().allMatch(t -> t.speaker() == Speaker.SYSTEM)) {
      throw new InvalidRecordException("call has only system turns (no agent or customer speaks)");
    }
    kept = repairTiming(kept, warnings);
    List<Turn> turns = new ArrayList<>(kept.size());
    for (RawTurn t : kept) {
      turns.add(new Turn(turns.size(), t.speaker(), t.text(), t.startMs(), t.endMs(),
          t.speaker() == Speaker.AGENT ? t.agentId() : null, t.vendorSentiment()));
    }
    return turns;
  }

  /** The text without C0 and C1 control characters other than tab and line ends (and DEL). */
  static String withoutControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // NEL (U+0085) is a line break: it stays, as the other line breaks do
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85);
      if (control && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String truncate(String text, int index, List<String> warnings) {
    if (text.length() <= MAX_TURN_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_TURN_CHARS);
    String kept = text.substring(0, cut > MAX_TURN_CHARS / 2 ? cut : MAX_TURN_CHARS).strip();
    warnings.add("turn " + (index + 1) + " cut from " + text.length() + " to " + kept.length()
        + " characters (longest kept: " + MAX_TURN_CHARS + ")");
    return kept;
  }

  private static List<RawTurn> repairTiming(List<RawTurn> turns, List<String> warnings) {
    for (int i = 0; i < turns.size(); i++) {
      RawTurn t = turns.get(i);
      String problem = null;
      if ((t.startMs() != null && t.startMs() < 0) || (t.endMs() != null && t.endMs() < 0)) {
        problem = "turn " + (i + 1) + " has a negative time offset";
      } else if (t.startMs() != null && t.endMs() != null && t.endMs() < t.startMs()) {
        problem = "turn " + (i + 1) + " ends (" + t.endMs() + " ms) before it starts (" + t.startMs() + " ms)";
      }
      if (problem != null) {
        warnings.add("turn timing ignored for this call: " + problem);
        return turns.stream().map(r -> new RawTurn(r.speaker(), r.text(), null, null, r.agentId(),
            r.vendorSentiment())).toList();
      }
    }
    if (turns.stream().anyMatch(t -> t.startMs() == null)) {
      return turns;
    }
    int outOfOrder = 0;
    for (int i = 1; i < turns.size(); i++) {
      if (turns.get(i).startMs() < turns.get(i - 1).startMs()) {
        outOfOrder++;
      }
    }
    if (outOfOrder == 0) {
      return turns;
    }
    warnings.add(outOfOrder + " turn(s) out of time order; turns put in order of their start time");
    List<RawTurn> sorted = new ArrayList<>(turns);
    sorted.sort(Comparator.comparing(RawTurn::startMs)); // stable: equal starts keep file order
    return sorted;
  }
}
