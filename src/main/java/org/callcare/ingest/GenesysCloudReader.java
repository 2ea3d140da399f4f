package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;

/**
 * Reads a Genesys Cloud speech and text analytics transcript (the JSON behind the "get the transcript URL of a
 * communication" API), one call per file. {@code conversationId} is the call id; {@code startTime} (epoch
 * milliseconds, or an ISO-8601 date-time), else {@code conversationStartTime}, else the earliest phrase, is the
 * call start. Every {@code transcripts[].phrases[]} is a turn, in file order: {@code text} (else
 * {@code decoratedText}); {@code participantPurpose} {@code internal}/{@code agent}/{@code user} is the agent,
 * {@code external}/{@code customer} the customer, {@code acd}/{@code ivr}/{@code workflow}/{@code bot}/
 * {@code botflow} system, anything else rejects the call; an {@code internal} phrase that starts inside an IVR,
 * ACD, flow or bot participant's {@code participants[]} time window and no agent's is system.
 * {@code startTimeMs} (epoch milliseconds) gives the start, relative to the call start, and
 * {@code duration.milliseconds} the end. {@code transcripts[].analytics.sentiment[]} (by {@code phraseIndex};
 * else a phrase's own numeric {@code sentiment}) from -1 to 1 is the vendor sentiment: above 0.25
 * {@code POSITIVE}, below -0.25 {@code NEGATIVE}, else {@code NEUTRAL}. The call's agent is the {@code userId} of
 * the first agent in {@code participants[]}; when two or more agents take part each agent turn carries the
 * {@code userId} of the agent whose time window holds it. The first {@code participants[].queueId} is the queue.
 * Stateless and thread-safe.
 */
public final class GenesysCloudReader extends JsonDocumentReader {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
  private static final Set<String> AGENT_PURPOSES = Set.of("internal", "agent", "user");
  private static final Set<String> CUSTOMER_PURPOSES = Set.of("external", "customer");
  private static final Set<String> SYSTEM_PURPOSES = Set.of("acd", "ivr", "workflow", "bot", "botflow");

  /** A {@code participants[]} entry: its purpose (lower case), user, queue and time window (epoch ms). */
  private record Participant(String purpose, String userId, String queueId, Long startMs, Long endMs) {
    boolean holds(long atMs) {
      return startMs != null && startMs <= atMs && (endMs == null || atMs <= endMs);
    }
  }

  /** A phrase as read, before offsets from the call start. */
  private record Phrase(Speaker speaker, String text, Long startEpochMs, Long durationMs, String sentiment) {}

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.GENESYS_CLOUD;
  }

  /**
   * Whether a parsed JSON document is a Genesys Cloud transcript: an object with a {@code transcripts} list and a
   * {@code conversationId} or {@code communicationId}, or whose first transcript has {@code phrases}.
   */
  public static boolean looksLike(JsonNode root) {
    if (root == null || !root.isObject() || root.has("call_id") || root.has("Transcript")) {
      return false;
    }
    JsonNode transcripts = root.get("transcripts");
    if (transcripts == null || !transcripts.isArray()) {
      return false;
    }
    if (root.has("conversationId") || root.has("communicationId")) {
      return true;
    }
    JsonNode first = transcripts.get(0);
    return first != null && first.isObject() && first.has("phrases");
  }

  @Override
  protected CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException {
    if (!root.isObject()) {
      throw new InvalidRecordException("expected a JSON object holding a Genesys Cloud transcript");
    }
    List<String> warnings = new ArrayList<>(parseWarnings);
    JsonNode transcripts = root.get("transcripts");
    if (transcripts == null || !transcripts.isArray()) {
      throw new InvalidRecordException("transcripts is missing or not a list");
    }
    List<Participant> participants = participants(root.get("participants"));
    boolean severalTranscripts = transcripts.size() > 1;
    List<Phrase> phrases = new ArrayList<>();
    for (int t = 0; t < transcripts.size(); t++) {
      JsonNode transcript = transcripts.get(t);
      String transcriptWhere = "transcript " + (t + 1);
      if (!transcript.isObject()) {
        throw new InvalidRecordException(transcriptWhere + " is not a JSON object");
      }
      JsonNode phraseNodes = transcript.get("phrases");
      if (phraseNodes == null || !phraseNodes.isArray()) {
        throw new InvalidRecordException((severalTranscripts ? transcriptWhere + ": " : "")
            + "phrases is missing or not a list");
      }
      Map<Long, JsonNode> sentimentByPhrase = sentimentByPhrase(transcript);
      for (int p = 0; p < phraseNodes.size(); p++) {
        String where = (severalTranscripts ? transcriptWhere + ", " : "") + "phrase " + (p + 1);
        phrases.add(phrase(phraseNodes.get(p), p, where, sentimentByPhrase, participants, warnings));
      }
    }
    if (phrases.isEmpty()) {
      throw new InvalidRecordException("transcripts hold no phrases");
    }
    Long startedAtMs = epochMillis(root, "startTime");
    if (startedAtMs == null) {
      startedAtMs = epochMillis(root, "conversationStartTime");
    }
    if (startedAtMs == null) {
      startedAtMs = phrases.stream().map(Phrase::startEpochMs).filter(s -> s != null).min(Long::compare)
          .orElse(null);
    }
    List<Participant> agents = participants.stream()
        .filter(a -> AGENT_PURPOSES.contains(a.purpose()) && a.userId() != null)
        .sorted(Comparator.comparing(Participant::startMs, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    Set<String> agentIds = new LinkedHashSet<>();
    agents.forEach(a -> agentIds.add(a.userId()));
    List<RawTurn> turns = new ArrayList<>(phrases.size());
    for (Phrase phrase : phrases) {
      Long startMs = phrase.startEpochMs() == null || startedAtMs == null ? null
          : phrase.startEpochMs() - startedAtMs;
      Long endMs = startMs == null || phrase.durationMs() == null ? null : startMs + phrase.durationMs();
      String agentId = agentIds.size() > 1 && phrase.speaker() == Speaker.AGENT && phrase.startEpochMs() != null
          ? agents.stream().filter(a -> a.holds(phrase.startEpochMs())).map(Participant::userId).findFirst()
              .orElse(null)
          : null;
      turns.add(new RawTurn(phrase.speaker(), phrase.text(), startMs, endMs, agentId, phrase.sentiment()));
    }
    String queue = participants.stream().map(Participant::queueId).filter(q -> q != null).findFirst().orElse(null);
    Instant startedAt = startedAtMs == null ? null : Instant.ofEpochMilli(startedAtMs);
    return new CallDraft(source, TranscriptFormat.GENESYS_CLOUD, JsonDocuments.text(root, "conversationId"),
        agentIds.isEmpty() ? null : agentIds.iterator().next(), null, startedAt, queue, null, turns, warnings);
  }

  private static Phrase phrase(JsonNode node, int position, String where, Map<Long, JsonNode> sentimentByPhrase,
      List<Participant> participants, List<String> warnings) throws InvalidRecordException {
    if (!node.isObject()) {
      throw new InvalidRecordException(where + " is not a JSON object");
    }
    String purpose = JsonDocuments.text(node, "participantPurpose");
    if (purpose == null) {
      throw new InvalidRecordException(where + ": participantPurpose is missing");
    }
    Speaker speaker = speakerOf(purpose.toLowerCase(Locale.ROOT));
    if (speaker == null) {
      throw new InvalidRecordException(where + ": participantPurpose '" + purpose
          + "' is not agent, customer or system");
    }
    Long start = wholeNumber(node, "startTimeMs", where);
    if (speaker == Speaker.AGENT && start != null && spokenBySystem(start, participants)) {
      speaker = Speaker.SYSTEM;
    }
    JsonNode duration = node.get("duration");
    Long durationMs = duration != null && duration.isObject()
        ? wholeNumber(duration, "milliseconds", where, "duration.milliseconds")
        : wholeNumber(node, "duration", where);
    String text = text(node, "text", where);
    if (text == null) {
      text = text(node, "decoratedText", where);
    }
    JsonNode index = node.get("phraseIndex");
    long phraseIndex = index != null && index.canConvertToLong() && index.isIntegralNumber() ? index.asLong()
        : position;
    JsonNode sentiment = sentimentByPhrase.get(phraseIndex);
    if (sentiment == null && node.path("sentiment").isNumber()) {
      sentiment = node.get("sentiment");
    }
    return new Phrase(speaker, text == null ? "" : text, start, durationMs,
        sentiment(sentiment, where, warnings));
  }

  private static Speaker speakerOf(String purpose) {
    if (AGENT_PURPOSES.contains(purpose)) {
      return Speaker.AGENT;
    }
    if (CUSTOMER_PURPOSES.contains(purpose)) {
      return Speaker.CUSTOMER;
    }
    return SYSTEM_PURPOSES.contains(purpose) ? Speaker.SYSTEM : null;
  }

  /** Whether an internal phrase starting at this time falls in an IVR, ACD, flow or bot leg and no agent's. */
  private static boolean spokenBySystem(long startMs, List<Participant> participants) {
    boolean system = false;
    for (Participant participant : participants) {
      if (participant.holds(startMs)) {
        if (AGENT_PURPOSES.contains(participant.purpose()) && participant.userId() != null) {
          return false;
        }
        system |= SYSTEM_PURPOSES.contains(participant.purpose());
      }
    }
    return system;
  }

  private static List<Participant> participants(JsonNode node) throws InvalidRecordException {
    List<Participant> participants = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return participants;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode participant = node.get(i);
      if (!participant.isObject()) {
        continue;
      }
      String where = "participant " + (i + 1);
      String purpose = JsonDocuments.text(participant, "participantPurpose");
      participants.add(new Participant(purpose == null ? "" : purpose.toLowerCase(Locale.ROOT),
          JsonDocuments.text(participant, "userId"), JsonDocuments.text(participant, "queueId"),
          wholeNumber(participant, "startTimeMs", where), wholeNumber(participant, "endTimeMs", where)));
    }
    return participants;
  }

  /** {@code analytics.sentiment[]} entries of one transcript by {@code phraseIndex}. */
  private static Map<Long, JsonNode> sentimentByPhrase(JsonNode transcript) {
    Map<Long, JsonNode> byPhrase = new HashMap<>();
    JsonNode sentiments = transcript.path("analytics").path("sentiment");
    if (sentiments.isArray()) {
      for (JsonNode entry : sentiments) {
        JsonNode index = entry.get("phraseIndex");
        JsonNode value = entry.get("sentiment");
        if (index != null && index.isIntegralNumber() && value != null && !value.isNull()) {
          byPhrase.putIfAbsent(index.asLong(), value);
        }
      }
    }
    return byPhrase;
  }

  private static String sentiment(JsonNode value, String where, List<String> warnings) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || Math.abs(value.asDouble()) > 1) {
      warnings.add(where + ": sentiment " + value + " is not a number from -1 to 1, ignored");
      return null;
    }
    return JsonDocuments.sentimentLabel(value.asDouble());
  }

  /** A string field as written; null when missing or null. */
  private static String text(JsonNode node, String field, String where) throws InvalidRecordException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidRecordException(where + ": " + field + " is not a string");
    }
    return value.asText();
  }

  /** A whole number written as a JSON integer or a string of digits; null when absent. */
  private static Long wholeNumber(JsonNode node, String field, String where) throws InvalidRecordException {
    return wholeNumber(node, field, where, field);
  }

  private static Long wholeNumber(JsonNode node, String field, String where, String name)
      throws InvalidRecordException {
    return JsonDocuments.wholeNumber(node, field, where, name);
  }

  /** A top-level time: epoch milliseconds (number or digits) or an ISO-8601 date-time; null when absent. */
  private static Long epochMillis(JsonNode root, String field) throws InvalidRecordException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.asLong();
    }
    String text = value.isTextual() ? value.asText().strip() : value.toString();
    if (value.isTextual() && WHOLE_NUMBER.matcher(text).matches()) {
      return Long.parseLong(text);
    }
    Instant instant = value.isTextual() ? Timestamps.parse(text).orElse(null) : null;
    if (instant == null) {
      throw new InvalidRecordException(field + " '" + text + "' is neither epoch milliseconds nor an ISO-8601 "
          + "date-time");
    }
    return instant.toEpochMilli();
  }
}
