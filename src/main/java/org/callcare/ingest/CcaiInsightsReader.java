package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;

/**
 * Reads a Google Contact Center AI Insights conversation file, one call per file, in either of Google's two JSON
 * shapes:
 * <ul>
 *   <li>the conversation data format for importing text transcripts ({@code conversation_info} and
 *       {@code entries[]}). {@code entries[].role}: {@code AGENT} (or {@code HUMAN_AGENT}) is the agent,
 *       {@code CUSTOMER} and {@code END_USER} the customer, {@code AUTOMATED_AGENT} (a virtual agent) is system;
 *       any other role rejects the call. {@code start_timestamp_usec} (UTC microseconds since the epoch) gives the
 *       turn start, the earliest entry being the call start. The format has no turn ends: they are estimated as
 *       the next entry's start or the start plus 400 ms a word (at least a second), whichever comes first, with
 *       a warning. {@code user_id} of agent entries becomes the turn's agent when two or more human agents
 *       speak (a transfer). The format names no call id, agent, customer or queue
 *       ({@code conversation_info} holds only categories): the file name gives the call id, and a calls.csv the
 *       rest; without one, the {@code user_id} of the first human agent and of the customer (when the customer
 *       entries have one) are the call's agent and customer, with a warning.</li>
 *   <li>the Conversation resource of the Insights REST API, as exported: {@code name}'s last path segment is the
 *       call id, {@code agentId} (else the only {@code qualityMetadata.agentInfo[].agentId}) the agent,
 *       {@code customerId} the customer and {@code startTime} the call start. Each
 *       {@code transcript.transcriptSegments[]} is a turn: {@code text}; {@code segmentParticipant.role}
 *       {@code HUMAN_AGENT}, {@code END_USER} or {@code AUTOMATED_AGENT} as above, or when unset the
 *       {@code channelTag} matched against {@code callMetadata.agentChannel} / {@code customerChannel};
 *       {@code words[].startOffset} / {@code endOffset} (from the conversation start) the times, else
 *       {@code messageTime} (chats, end estimated as above); {@code sentiment.score} the vendor sentiment;
 *       {@code segmentParticipant.userId} the turn's agent when two or more human agents speak.</li>
 * </ul>
 * A vendor sentiment score above 0.25 is {@code POSITIVE}, below -0.25 {@code NEGATIVE}, else {@code NEUTRAL}.
 * Stateless and thread-safe.
 */
public final class CcaiInsightsReader extends JsonDocumentReader {
  /** The warning added when turn ends were estimated. */
  static final String ESTIMATED_ENDS = "turn end times estimated from the next turn's start and the word count";
  private static final long MIN_SPEAKING_MS = 1_000;
  /** 150 words a minute. */
  private static final long SPEAKING_MS_PER_WORD = 400;
  private static final Pattern PROTO_DURATION = Pattern.compile("-?\\d+(\\.\\d+)?s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.CCAI_INSIGHTS;
  }

  /**
   * Whether a parsed JSON document is a CCAI Insights conversation: an object with {@code entries[]} whose first
   * entry has CCAI fields (or beside {@code conversation_info}), or with {@code transcript.transcriptSegments}.
   */
  public static boolean looksLike(JsonNode root) {
    if (root == null || !root.isObject() || root.has("call_id") || root.has("Transcript")) {
      return false;
    }
    JsonNode entries = root.get("entries");
    if (entries != null && entries.isArray()) {
      if (root.has("conversation_info")) {
        return true;
      }
      JsonNode first = entries.get(0);
      return first != null && first.isObject()
          && (first.has("start_timestamp_usec") || first.has("role") && first.has("user_id"));
    }
    JsonNode transcript = root.get("transcript");
    return transcript != null && transcript.isObject() && transcript.has("transcriptSegments");
  }

  @Override
  protected CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException {
    if (!root.isObject()) {
      throw new InvalidRecordException("expected a JSON object holding a CCAI Insights conversation");
    }
    List<String> warnings = new ArrayList<>(parseWarnings);
    JsonNode entries = root.get("entries");
    JsonNode transcript = root.get("transcript");
    if (entries == null && transcript != null && transcript.isObject()) {
      return fromResource(source, root, transcript, warnings);
    }
    if (entries == null || !entries.isArray()) {
      throw new InvalidRecordException("entries is missing or not a list");
    }
    return fromEntries(source, entries, warnings);
  }

  // ---- conversation data format (upload / import) ----

  private static CallDraft fromEntries(String source, JsonNode entries, List<String> warnings)
      throws InvalidRecordException {
    int count = entries.size();
    if (count == 0) {
      throw new InvalidRecordException("entries is empty: the conversation has no messages");
    }
    Speaker[] speakers = new Speaker[count];
    String[] texts = new String[count];
    Long[] startsUsec = new Long[count];
    String[] userIds = new String[count];
    Set<String> humanAgents = new LinkedHashSet<>();
    Set<String> customers = new LinkedHashSet<>();
    Long earliest = null;
    for (int i = 0; i < count; i++) {
      String where = "entry " + (i + 1);
      JsonNode entry = entries.get(i);
      if (!entry.isObject()) {
        throw new InvalidRecordException(where + " is not a JSON object");
      }
      speakers[i] = entryRole(entry, where);
      texts[i] = text(entry, "text", where);
      startsUsec[i] = wholeNumber(entry, "start_timestamp_usec", where);
      userIds[i] = JsonDocuments.text(entry, "user_id");
      if (speakers[i] == Speaker.AGENT && userIds[i] != null) {
        humanAgents.add(userIds[i]);
      }
      if (speakers[i] == Speaker.CUSTOMER && userIds[i] != null) {
        customers.add(userIds[i]);
      }
      if (startsUsec[i] != null && (earliest == null || startsUsec[i] < earliest)) {
        earliest = startsUsec[i];
      }
    }
    Long[] startsMs = new Long[count];
    for (int i = 0; i < count; i++) {
      startsMs[i] = startsUsec[i] == null ? null : (startsUsec[i] - earliest) / 1_000;
    }
    Long[] endsMs = estimatedEnds(startsMs, texts);
    if (earliest != null) {
      warnings.add(ESTIMATED_ENDS);
    }
    boolean severalAgents = humanAgents.size() > 1;
    List<RawTurn> turns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String agentId = severalAgents && speakers[i] == Speaker.AGENT ? userIds[i] : null;
      turns.add(new RawTurn(speakers[i], texts[i], startsMs[i], endsMs[i], agentId, null));
    }
    Instant startedAt = earliest == null ? null : ofEpochMicros(earliest);
    return new CallDraft(source, TranscriptFormat.CCAI_INSIGHTS, null, null, null, startedAt, null, null, turns,
        warnings, null, first(humanAgents), customers.size() == 1 ? first(customers) : null);
  }

  private static String first(Set<String> ids) {
    return ids.isEmpty() ? null : ids.iterator().next();
  }

  private static Speaker entryRole(JsonNode entry, String where) throws InvalidRecordException {
    String role = JsonDocuments.text(entry, "role");
    if (role == null) {
      throw new InvalidRecordException(where + ": role is missing");
    }
    Speaker speaker = speakerOfRole(role);
    if (speaker == null) {
      throw new InvalidRecordException(where + ": role '" + role + "' is not agent, customer or system");
    }
    return speaker;
  }

  /** The speaker of a CCAI role, or null for ROLE_UNSPECIFIED, ANY_AGENT and unknown roles. */
  private static Speaker speakerOfRole(String role) {
    return switch (role.strip().toUpperCase(Locale.ROOT)) {
      case "AGENT", "HUMAN_AGENT" -> Speaker.AGENT;
      case "CUSTOMER", "END_USER" -> Speaker.CUSTOMER;
      case "AUTOMATED_AGENT" -> Speaker.SYSTEM;
      default -> null;
    };
  }

  private static Instant ofEpochMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  // ---- Conversation resource (REST API export) ----

  private static CallDraft fromResource(String source, JsonNode root, JsonNode transcript, List<String> warnings)
      throws InvalidRecordException {
    JsonNode segments = transcript.get("transcriptSegments");
    if (segments == null || !segments.isArray()) {
      throw new InvalidRecordException("transcript.transcriptSegments is missing or not a list");
    }
    int count = segments.size();
    if (count == 0) {
      throw new InvalidRecordException("transcript.transcriptSegments is empty: the conversation has no messages");
    }
    Instant startedAt = timestamp(root, "startTime", "startTime");
    JsonNode callMetadata = root.path("callMetadata");
    Long agentChannel = wholeNumber(callMetadata, "agentChannel", "callMetadata");
    Long customerChannel = wholeNumber(callMetadata, "customerChannel", "callMetadata");

    Speaker[] speakers = new Speaker[count];
    String[] texts = new String[count];
    Long[] startsMs = new Long[count];
    Long[] endsMs = new Long[count];
    Instant[] messageTimes = new Instant[count];
    String[] userIds = new String[count];
    String[] sentiments = new String[count];
    Set<String> humanAgents = new LinkedHashSet<>();
    Instant earliestMessage = null;
    for (int i = 0; i < count; i++) {
      String where = "segment " + (i + 1);
      JsonNode segment = segments.get(i);
      if (!segment.isObject()) {
        throw new InvalidRecordException(where + " is not a JSON object");
      }
      JsonNode participant = segment.path("segmentParticipant");
      speakers[i] = segmentRole(segment, participant, agentChannel, customerChannel, where);
      texts[i] = text(segment, "text", where);
      JsonNode words = segment.get("words");
      if (words != null && words.isArray() && !words.isEmpty()) {
        startsMs[i] = offsetMs(words.get(0), "startOffset", where + ": words[0]");
        endsMs[i] = offsetMs(words.get(words.size() - 1), "endOffset", where + ": words[" + (words.size() - 1) + "]");
      }
      messageTimes[i] = timestamp(segment, "messageTime", where + ": messageTime");
      if (messageTimes[i] != null && (earliestMessage == null || messageTimes[i].isBefore(earliestMessage))) {
        earliestMessage = messageTimes[i];
      }
      userIds[i] = JsonDocuments.text(participant, "userId");
      if (speakers[i] == Speaker.AGENT && userIds[i] != null) {
        humanAgents.add(userIds[i]);
      }
      sentiments[i] = sentiment(segment.get("sentiment"), where, warnings);
    }
    if (startedAt == null) {
      startedAt = earliestMessage;
    }
    for (int i = 0; i < count; i++) {
      if (startsMs[i] == null && messageTimes[i] != null) {
        startsMs[i] = Duration.between(startedAt, messageTimes[i]).toMillis();
      }
    }
    Long[] estimates = estimatedEnds(startsMs, texts);
    boolean estimated = false;
    for (int i = 0; i < count; i++) {
      if (endsMs[i] == null && startsMs[i] != null) {
        endsMs[i] = estimates[i];
        estimated = true;
      }
    }
    if (estimated) {
      warnings.add(ESTIMATED_ENDS);
    }
    boolean severalAgents = humanAgents.size() > 1;
    List<RawTurn> turns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String agentId = severalAgents && speakers[i] == Speaker.AGENT ? userIds[i] : null;
      turns.add(new RawTurn(speakers[i], texts[i], startsMs[i], endsMs[i], agentId, sentiments[i]));
    }
    return new CallDraft(source, TranscriptFormat.CCAI_INSIGHTS, lastPathSegment(JsonDocuments.text(root, "name")),
        callAgent(root), JsonDocuments.text(root, "customerId"), startedAt, null, null, turns, warnings, null,
        first(humanAgents), null);
  }

  private static Speaker segmentRole(JsonNode segment, JsonNode participant, Long agentChannel,
      Long customerChannel, String where) throws InvalidRecordException {
    String role = JsonDocuments.text(participant, "role");
    if (role != null) {
      Speaker speaker = speakerOfRole(role);
      if (speaker != null) {
        return speaker;
      }
      String upper = role.strip().toUpperCase(Locale.ROOT);
      if (upper.equals("ANY_AGENT")) {
        throw new InvalidRecordException(where + ": role 'ANY_AGENT' does not say whether a human or a virtual "
            + "agent spoke");
      }
      if (!upper.equals("ROLE_UNSPECIFIED")) {
        throw new InvalidRecordException(where + ": role '" + role + "' is not agent, customer or system");
      }
    }
    Long channel = wholeNumber(segment, "channelTag", where);
    if (channel != null && channel.equals(agentChannel)) {
      return Speaker.AGENT;
    }
    if (channel != null && channel.equals(customerChannel)) {
      return Speaker.CUSTOMER;
    }
    throw new InvalidRecordException(where + ": segmentParticipant.role is "
        + (role == null ? "missing" : "'" + role + "'") + " and channelTag " + (channel == null ? "is missing" :
        channel + " is neither callMetadata.agentChannel nor callMetadata.customerChannel"));
  }

  /** A word's offset from the conversation start (a protobuf duration such as {@code "3.5s"}), in milliseconds. */
  private static Long offsetMs(JsonNode word, String field, String where) throws InvalidRecordException {
    JsonNode value = word == null ? null : word.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    if (!value.isTextual() || !PROTO_DURATION.matcher(text).matches()) {
      throw new InvalidRecordException(where + "." + field + " '" + value.asText()
          + "' is not a duration such as \"3.5s\"");
    }
    return new BigDecimal(text.substring(0, text.length() - 1)).movePointRight(3)
        .setScale(0, RoundingMode.HALF_UP).longValue();
  }

  private static String callAgent(JsonNode root) {
    String agentId = JsonDocuments.text(root, "agentId");
    if (agentId != null) {
      return agentId;
    }
    JsonNode agentInfo = root.path("qualityMetadata").path("agentInfo");
    return agentInfo.isArray() && agentInfo.size() == 1 ? JsonDocuments.text(agentInfo.get(0), "agentId") : null;
  }

  private static String lastPathSegment(String name) {
    if (name == null) {
      return null;
    }
    String last = name.substring(name.lastIndexOf('/') + 1).strip();
    return last.isEmpty() ? null : last;
  }

  /** The vendor label of a {@code sentiment} object ({@code score} from -1 to 1; proto JSON omits a 0 score). */
  private static String sentiment(JsonNode sentiment, String where, List<String> warnings) {
    if (sentiment == null || !sentiment.isObject()) {
      return null;
    }
    JsonNode score = sentiment.get("score");
    if (score == null || score.isNull()) {
      return "NEUTRAL";
    }
    if (!score.isNumber() || Math.abs(score.asDouble()) > 1) {
      warnings.add(where + ": sentiment.score " + score + " is not a number from -1 to 1, ignored");
      return null;
    }
    return JsonDocuments.sentimentLabel(score.asDouble());
  }

  // ---- shared by both shapes ----

  /**
   * Estimated ends of turns that have a start: the start plus the speaking time (400 ms a word, at least a
   * second), or the next timed turn's start when that comes first (a next start before this one is ignored).
   */
  static Long[] estimatedEnds(Long[] startsMs, String[] texts) {
    Long[] ends = new Long[startsMs.length];
    Long nextStart = null;
    for (int i = startsMs.length - 1; i >= 0; i--) {
      if (startsMs[i] == null) {
        continue;
      }
      long end = startsMs[i] + speakingMs(texts[i]);
      if (nextStart != null && nextStart >= startsMs[i]) {
        end = Math.min(end, nextStart);
      }
      ends[i] = end;
      nextStart = startsMs[i];
    }
    return ends;
  }

  static long speakingMs(String text) {
    String words = text == null ? "" : text.strip();
    int count = words.isEmpty() ? 0 : WHITESPACE.split(words).length;
    return Math.max(MIN_SPEAKING_MS, SPEAKING_MS_PER_WORD * count);
  }

  /** A string field as written; missing or null is empty. */
  private static String text(JsonNode node, String field, String where) throws InvalidRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new InvalidRecordException(where + ": " + field + " is not a string");
    }
    return value.asText();
  }

  private static Long wholeNumber(JsonNode node, String field, String where) throws InvalidRecordException {
    return JsonDocuments.wholeNumber(node, field, where, field);
  }

  private static Instant timestamp(JsonNode node, String field, String what) throws InvalidRecordException {
    String text = JsonDocuments.text(node, field);
    if (text == null) {
      return null;
    }
    return Timestamps.parse(text).orElseThrow(() -> new InvalidRecordException(
        what + " '" + text + "' is not an RFC 3339 timestamp"));
  }
}
