package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;

/**
 * Reads an Amazon Connect Contact Lens analysis file, one contact per file, as Connect writes it to S3
 * ({@code Analysis/Voice|Chat/…/<contactId>_analysis[_redacted]_<yyyy-mm-ddThh:mm:ssZ>.json}): voice files of
 * {@code Version} 1.0.0, 1.1.0 or {@code VOICE-2022-11-30} and chat files ({@code CHAT-2022-11-30}).
 * <ul>
 *   <li>call id ← {@code CustomerMetadata.ContactId}; without it, the contact id that starts the file name;
 *   <li>each {@code Transcript[]} item → one turn, in file order: speaker ← the {@code ParticipantRole} that
 *       {@code Participants[]} gives the item's {@code ParticipantId} ({@code AGENT} → agent, {@code CUSTOMER} →
 *       customer, {@code SYSTEM}, {@code CUSTOM_BOT} and other bot/IVR roles → system; chat events without a
 *       participant, such as {@code chat.ended}, → system); text ← {@code Content} (empty for chat events);
 *       offsets ← {@code BeginOffsetMillis}/{@code EndOffsetMillis}; vendor sentiment ← {@code Sentiment}, or for
 *       chat the item's group in {@code ConversationCharacteristics.Sentiment.DetailsByTranscriptItemGroup};
 *   <li>chat items carry {@code AbsoluteTime} instead of offsets: the earliest is the call's start and each item
 *       starts that many milliseconds after it (a chat message has no end offset);
 *   <li>voice files hold no start time: {@code calls.csv} gives it, else the time in the file name when there is
 *       one ({@link CallDraft#startedAtFromName()}; a warning says so).
 * </ul>
 * The files name no agent id, customer id or queue (voice {@code ParticipantId}s of 1.1.0 and later are the role
 * names themselves, chat ones are per-contact chat participant ids): those stay null for {@code calls.csv} to fill.
 * Stateless and thread-safe.
 */
public final class ContactLensReader extends JsonDocumentReader {
  /** {@code <contactId>_analysis[_redacted]_<time>.json}; the time's colons may be {@code _} or {@code %3A}. */
  private static final Pattern KEY_NAME = Pattern.compile(
      "(?<contact>.+?)_analysis(?:_redacted)?_(?<date>\\d{4}-\\d{2}-\\d{2})T(?<hour>\\d{2})(?::|_|%3A)"
          + "(?<minute>\\d{2})(?::|_|%3A)(?<second>\\d{2}(?:\\.\\d{1,9})?)Z(?: ?\\(\\d+\\))?\\.json",
      Pattern.CASE_INSENSITIVE);

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.CONTACT_LENS;
  }

  /**
   * Whether a parsed document is a Contact Lens analysis file: a {@code Transcript} list, and a
   * {@code Participants} list or transcript items naming a {@code ParticipantId}. (Transcribe Call Analytics
   * output names roles only; callcare's JSON has {@code call_id}/{@code turns}, Google CCAI {@code entries}.)
   */
  public static boolean looksLike(JsonNode root) {
    return root != null && root.isObject() && root.path("Transcript").isArray()
        && AwsTranscripts.carriesParticipantIds(root);
  }

  @Override
  protected CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException {
    List<String> warnings = new ArrayList<>(parseWarnings);
    AwsTranscripts.requireObject(root, "a Contact Lens analysis file");
    if (!looksLike(root) && TranscribeCallAnalyticsReader.looksLike(root)) {
      throw new InvalidRecordException("this is AWS Transcribe Call Analytics output, not a Contact Lens file "
          + "(its Transcript items name a ParticipantRole, not a ParticipantId): read it with --format "
          + TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS.cliName());
    }
    JsonNode items = AwsTranscripts.transcript(root);
    Map<String, Optional<String>> roles = participantRoles(root);
    Map<String, String> groupSentiments = chatSentimentsById(root);

    List<Instant> times = new ArrayList<>(items.size());
    Instant firstTime = null;
    for (int i = 0; i < items.size(); i++) {
      Instant time = absoluteTime(items.get(i), where(i));
      times.add(time);
      if (time != null && (firstTime == null || time.isBefore(firstTime))) {
        firstTime = time;
      }
    }

    List<RawTurn> turns = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = where(i);
      Speaker speaker = speaker(item, where, roles, warnings);
      String content = AwsTranscripts.content(item, where);
      Long startMs = AwsTranscripts.millis(item, "BeginOffsetMillis", where);
      Long endMs = AwsTranscripts.millis(item, "EndOffsetMillis", where);
      if (startMs == null && times.get(i) != null) {
        startMs = Duration.between(firstTime, times.get(i)).toMillis();
      }
      String sentiment = AwsTranscripts.sentiment(item);
      if (sentiment == null) {
        sentiment = groupSentiments.get(JsonDocuments.text(item, "Id"));
      }
      turns.add(new RawTurn(speaker, content, startMs, endMs, null, sentiment));
    }

    KeyName keyName = keyName(source);
    String callId = JsonDocuments.text(root.get("CustomerMetadata"), "ContactId");
    if (callId == null && keyName != null) {
      callId = keyName.contactId();
      warnings.add("call id taken from the file name (CustomerMetadata.ContactId is missing)");
    }
    Instant startedAt = firstTime;
    Instant fromName = keyName == null ? null : keyName.time();
    return new CallDraft(source, TranscriptFormat.CONTACT_LENS, callId, null, null, startedAt, null, null, turns,
        warnings, fromName);
  }

  private static String where(int index) {
    return "Transcript item " + (index + 1);
  }

  /**
   * {@code Participants[]}: each {@code ParticipantId} and its {@code ParticipantRole}; an id that is itself a
   * role ({@code SYSTEM}) stands for it, and the turns of a participant without one (nor a role on the item) are
   * system turns, with a warning. A participant listed without a role maps to an empty Optional.
   */
  private static Map<String, Optional<String>> participantRoles(JsonNode root) throws InvalidRecordException {
    JsonNode participants = root.get("Participants");
    if (participants == null || !participants.isArray()) {
      throw new InvalidRecordException("Participants is missing or not a list");
    }
    Map<String, Optional<String>> roles = new HashMap<>();
    for (int i = 0; i < participants.size(); i++) {
      JsonNode participant = participants.get(i);
      String where = "Participants item " + (i + 1);
      if (!participant.isObject()) {
        throw new InvalidRecordException(where + " is not a JSON object");
      }
      String id = JsonDocuments.text(participant, "ParticipantId");
      if (id == null) {
        throw new InvalidRecordException(where + ": ParticipantId is missing");
      }
      String role = JsonDocuments.text(participant, "ParticipantRole");
      if (role == null && AwsTranscripts.speaker(id).isPresent()) {
        role = id; // {"ParticipantId": "SYSTEM"}: the id is the role
      }
      if (role == null) {
        roles.putIfAbsent(id, Optional.empty()); // a problem only if a transcript item is spoken by it
        continue;
      }
      String before = roles.getOrDefault(id, Optional.empty()).orElse(null);
      roles.put(id, Optional.of(role));
      if (before != null && !before.equalsIgnoreCase(role)) {
        throw new InvalidRecordException(
            "Participants: ParticipantId '" + id + "' is listed both as " + before + " and as " + role);
      }
    }
    return roles;
  }

  /** Chat sentiment: {@code ConversationCharacteristics.Sentiment.DetailsByTranscriptItemGroup[]} by item Id. */
  private static Map<String, String> chatSentimentsById(JsonNode root) {
    Map<String, String> sentiments = new HashMap<>();
    JsonNode groups = root.path("ConversationCharacteristics").path("Sentiment").path("DetailsByTranscriptItemGroup");
    if (!groups.isArray()) {
      return sentiments;
    }
    for (JsonNode group : groups) {
      String sentiment = AwsTranscripts.sentiment(group);
      JsonNode members = group.get("TranscriptItems");
      if (sentiment == null || members == null || !members.isArray()) {
        continue;
      }
      for (JsonNode member : members) {
        String id = JsonDocuments.text(member, "Id");
        if (id != null) {
          sentiments.put(id, sentiment);
        }
      }
    }
    return sentiments;
  }

  private static Speaker speaker(JsonNode item, String where, Map<String, Optional<String>> roles,
      List<String> warnings)
      throws InvalidRecordException {
    if (!item.isObject()) {
      throw new InvalidRecordException(where + " is not a JSON object");
    }
    String participantId = JsonDocuments.text(item, "ParticipantId");
    String role;
    if (participantId != null) {
      Optional<String> listed = roles.get(participantId);
      if (listed == null) {
        throw new InvalidRecordException(where + ": ParticipantId '" + participantId + "' is not in Participants");
      }
      role = listed.orElse(JsonDocuments.text(item, "ParticipantRole")); // else the item may name it
      if (role == null) {
        String warning = "participant '" + participantId + "' has no ParticipantRole in Participants: its turns are"
            + " read as system turns (in no agent or customer figure)";
        if (!warnings.contains(warning)) {
          warnings.add(warning);
        }
        return Speaker.SYSTEM;
      }
    } else {
      role = JsonDocuments.text(item, "ParticipantRole");
      if (role == null) {
        if ("EVENT".equals(upper(JsonDocuments.text(item, "Type")))) {
          return Speaker.SYSTEM; // e.g. chat.ended: an event of the chat itself, no participant
        }
        throw new InvalidRecordException(where + ": ParticipantId is missing");
      }
    }
    String named = role;
    return AwsTranscripts.speaker(named).orElseThrow(() -> AwsTranscripts.unknownRole(where, named));
  }

  private static Instant absoluteTime(JsonNode item, String where) throws InvalidRecordException {
    if (!item.isObject()) {
      throw new InvalidRecordException(where + " is not a JSON object");
    }
    JsonNode value = item.get("AbsoluteTime");
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isTextual() ? value.asText() : value.toString();
    return Timestamps.parse(value.isTextual() ? text : null).orElseThrow(() -> new InvalidRecordException(
        where + ": AbsoluteTime '" + text + "' is not an ISO-8601 date-time"));
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  /** The contact id and time in a Contact Lens S3 key's file name; null when the name is not one. */
  static KeyName keyName(String source) {
    if (source == null) {
      return null;
    }
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    Matcher m = KEY_NAME.matcher(name);
    if (!m.matches()) {
      return null;
    }
    Instant time = Timestamps.parse(m.group("date") + "T" + m.group("hour") + ":" + m.group("minute") + ":"
        + m.group("second") + "Z").orElse(null);
    return new KeyName(m.group("contact"), time);
  }

  /** What a Contact Lens file name says: the contact id, and the time (null when not a valid date-time). */
  record KeyName(String contactId, Instant time) {}
}
