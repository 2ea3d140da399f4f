package org.callcare.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;

/**
 * Timing metrics of one call from its timed agent and customer turns. All times are milliseconds from call start.
 * System turns (IVR, bots, hold messages) are ignored entirely: they need no timing and never count in speech,
 * interruptions or the talk span.
 *
 * <p>Every field is null ({@link #none()}: empty cells, never zeros) when the call has no agent or customer turn,
 * or when any agent or customer turn lacks {@code startMs} or {@code endMs}, or has {@code endMs < startMs}. A turn
 * with {@code endMs == startMs} is allowed (0 ms of speech). Otherwise the agent and customer turns are taken in
 * order of (startMs, index), and:
 *
 * <ul>
 *   <li>speech of a party = sum of (end − start) over its turns; the words of a turn = whitespace-separated tokens
 *       with at least one letter or digit;
 *   <li>{@code talkRatioAgent} = agent speech / (agent + customer speech), null when that sum is 0;
 *   <li>{@code agentWpm} / {@code customerWpm} = words / (speech / 60000), null when that party's speech is 0;
 *   <li>an interruption is a turn B that starts while a turn A of the other party is going
 *       (A.start &lt;= B.start &lt; A.end) with overlap min(A.end, B.end) − B.start &gt;=
 *       {@link TimingSettings#minInterruptionOverlapMs()}, B not being a backchannel (a turn of at most
 *       {@link TimingSettings#backchannelMaxWords()} words). Each B counts at most once, for B's party;
 *   <li>the talk span runs from the earliest start to the latest end of the agent and customer turns; after merging
 *       all their speech intervals, every gap between merged intervals of at least
 *       {@link TimingSettings#minNonTalkGapMs()} counts in full towards {@code nonTalkMs};
 *       {@code nonTalkShare} = nonTalkMs / span, null when the span is 0;
 *   <li>an agent monologue is a run of consecutive agent turns not broken by a customer turn, customer backchannels
 *       not breaking it; its length = max end of its agent turns − start of its first agent turn.
 *       {@code longestAgentMonologueMs} is the longest such length, null when the call has no agent turn.
 * </ul>
 *
 * <p>Ratios, rates and shares are rounded with {@link Rounding#round4}; counts and durations are exact.
 */
public record TimingMetrics(
    Double talkRatioAgent,
    Double agentWpm,
    Double customerWpm,
    Integer interruptionsByAgent,
    Integer interruptionsByCustomer,
    Long nonTalkMs,
    Double nonTalkShare,
    Long longestAgentMonologueMs) {

  private static final TimingMetrics NONE = new TimingMetrics(null, null, null, null, null, null, null, null);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final Comparator<Turn> BY_START_THEN_INDEX =
      Comparator.comparingLong((Turn t) -> t.startMs()).thenComparingInt(Turn::index);

  /**
   * Thresholds of the timing metrics; none may be negative.
   *
   * @param minInterruptionOverlapMs least overlap, in ms, for an overlapping turn to count as an interruption
   * @param backchannelMaxWords a turn of at most this many words is a backchannel ("mhm", "yeah okay")
   * @param minNonTalkGapMs least silence, in ms, between merged speech intervals to count as non-talk time
   */
  public record TimingSettings(long minInterruptionOverlapMs, int backchannelMaxWords, long minNonTalkGapMs)
      implements java.io.Serializable {
    /** 500 ms overlap, backchannels of up to 2 words, gaps of 3 s. */
    public static final TimingSettings DEFAULTS = new TimingSettings(500, 2, 3000);

    public TimingSettings {
      if (minInterruptionOverlapMs < 0) {
        throw new IllegalArgumentException(
            "minInterruptionOverlapMs must be >= 0, was " + minInterruptionOverlapMs);
      }
      if (backchannelMaxWords < 0) {
        throw new IllegalArgumentException("backchannelMaxWords must be >= 0, was " + backchannelMaxWords);
      }
      if (minNonTalkGapMs < 0) {
        throw new IllegalArgumentException("minNonTalkGapMs must be >= 0, was " + minNonTalkGapMs);
      }
    }
  }

  /** All fields null: timing is undefined for the call. */
  public static TimingMetrics none() {
    return NONE;
  }

  /** Timing metrics of a call's turns (system turns included; they are skipped). */
  public static TimingMetrics of(List<Turn> turns, TimingSettings settings) {
    Objects.requireNonNull(turns, "turns");
    Objects.requireNonNull(settings, "settings");
    List<Turn> talk = new ArrayList<>();
    for (Turn t : turns) {
      if (t.speaker() == Speaker.SYSTEM) {
        continue;
      }
      if (t.startMs() == null || t.endMs() == null || t.endMs() < t.startMs()) {
        return NONE;
      }
      talk.add(t);
    }
    if (talk.isEmpty()) {
      return NONE;
    }
    talk.sort(BY_START_THEN_INDEX);
    int n = talk.size();
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = words(talk.get(i).text());
    }

    long agentMs = 0;
    long customerMs = 0;
    long agentWords = 0;
    long customerWords = 0;
    for (int i = 0; i < n; i++) {
      Turn t = talk.get(i);
      long ms = t.endMs() - t.startMs();
      if (t.speaker() == Speaker.AGENT) {
        agentMs += ms;
        agentWords += words[i];
      } else {
        customerMs += ms;
        customerWords += words[i];
      }
    }
    Double talkRatio = agentMs + customerMs == 0 ? null : (double) agentMs / (agentMs + customerMs);

    int byAgent = 0;
    int byCustomer = 0;
    for (int b = 0; b < n; b++) {
      if (words[b] > settings.backchannelMaxWords() && interrupts(talk, b, settings.minInterruptionOverlapMs())) {
        if (talk.get(b).speaker() == Speaker.AGENT) {
          byAgent++;
        } else {
          byCustomer++;
        }
      }
    }

    long spanStart = talk.get(0).startMs();
    long spanEnd = spanStart;
    long nonTalk = 0;
    long mergedEnd = spanStart;
    for (Turn t : talk) {
      long gap = t.startMs() - mergedEnd;
      if (gap > 0 && gap >= settings.minNonTalkGapMs()) {
        nonTalk += gap;
      }
      mergedEnd = Math.max(mergedEnd, t.endMs());
      spanEnd = Math.max(spanEnd, t.endMs());
    }
    long span = spanEnd - spanStart;
    Double share = span == 0 ? null : (double) nonTalk / span;

    return new TimingMetrics(
        Rounding.round4(talkRatio),
        Rounding.round4(wpm(agentWords, agentMs)),
        Rounding.round4(wpm(customerWords, customerMs)),
        byAgent,
        byCustomer,
        nonTalk,
        Rounding.round4(share),
        longestAgentMonologue(talk, words, settings.backchannelMaxWords()));
  }

  /** Whether turn {@code b} starts inside a turn of the other party and overlaps it by at least {@code minMs}. */
  private static boolean interrupts(List<Turn> talk, int b, long minMs) {
    Turn turnB = talk.get(b);
    for (Turn a : talk) {
      if (a.speaker() == turnB.speaker()) {
        continue;
      }
      boolean startsInside = a.startMs() <= turnB.startMs() && turnB.startMs() < a.endMs();
      if (startsInside && Math.min(a.endMs(), turnB.endMs()) - turnB.startMs() >= minMs) {
        return true;
      }
    }
    return false;
  }

  /** Longest run of agent turns not broken by a customer turn above the backchannel size; null without agent turns. */
  private static Long longestAgentMonologue(List<Turn> talk, int[] words, int backchannelMaxWords) {
    Long longest = null;
    Long runStart = null;
    long runEnd = 0;
    for (int i = 0; i < talk.size(); i++) {
      Turn t = talk.get(i);
      if (t.speaker() == Speaker.AGENT) {
        if (runStart == null) {
          runStart = t.startMs();
          runEnd = t.endMs();
        } else {
          runEnd = Math.max(runEnd, t.endMs());
        }
        long length = runEnd - runStart;
        if (longest == null || length > longest) {
          longest = length;
        }
      } else if (words[i] > backchannelMaxWords) {
        runStart = null;
      }
    }
    return longest;
  }

  private static Double wpm(long words, long speechMs) {
    return speechMs == 0 ? null : words / (speechMs / 60000.0);
  }

  /** Whitespace-separated tokens that contain at least one letter or digit. */
  static int words(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int count = 0;
    for (String token : WHITESPACE.split(text.strip())) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }
}
