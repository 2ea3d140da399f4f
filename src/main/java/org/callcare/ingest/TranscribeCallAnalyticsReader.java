package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.callcare.domain.Speaker;

/**
 * Reads the JSON that AWS Transcribe Call Analytics writes for one call: the post-call analytics output of a
 * batch Call Analytics job, or of a real-time Call Analytics stream with post-call analytics on.
 * <ul>
 *   <li>call id ← {@code JobName} (without it, the file name);
 *   <li>each {@code Transcript[]} item → one turn, in file order: speaker ← {@code ParticipantRole}
 *       ({@code AGENT} → agent, {@code CUSTOMER} → customer, system/bot/IVR roles → system); text ←
 *       {@code Content}; offsets ← {@code BeginOffsetMillis}/{@code EndOffsetMillis}; vendor sentiment ←
 *       {@code Sentiment} ({@code POSITIVE}, {@code NEGATIVE}, {@code NEUTRAL}, {@code MIXED}).
 * </ul>
 * The word-level {@code Items}, {@code LoudnessScores}, {@code Categories} and {@code ConversationCharacteristics}
 * are not read. The output holds no start time, agent id, customer id or queue: those stay null for
 * {@code calls.csv} to fill. Stateless and thread-safe.
 */
public final class TranscribeCallAnalyticsReader extends JsonDocumentReader {

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS;
  }

  /**
   * Whether a parsed document is Transcribe Call Analytics output: a {@code Transcript} list whose items name a
   * {@code ParticipantRole} (or a {@code JobName}), and no {@code ParticipantId} anywhere (that is Contact Lens).
   */
  public static boolean looksLike(JsonNode root) {
    if (root == null || !root.isObject() || !root.path("Transcript").isArray()
        || AwsTranscripts.carriesParticipantIds(root)) {
      return false;
    }
    if (root.hasNonNull("JobName")) {
      return true;
    }
    for (JsonNode item : root.get("Transcript")) {
      if (item.hasNonNull("ParticipantRole")) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException {
    AwsTranscripts.requireObject(root, "a Transcribe Call Analytics output file");
    if (ContactLensReader.looksLike(root)) {
      throw new InvalidRecordException("this is an Amazon Connect Contact Lens file, not Transcribe Call Analytics "
          + "output (its speakers are ParticipantIds listed in Participants): read it with --format "
          + TranscriptFormat.CONTACT_LENS.cliName());
    }
    JsonNode items = AwsTranscripts.transcript(root);
    List<RawTurn> turns = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = "Transcript item " + (i + 1);
      if (!item.isObject()) {
        throw new InvalidRecordException(where + " is not a JSON object");
      }
      String role = JsonDocuments.text(item, "ParticipantRole");
      if (role == null) {
        throw new InvalidRecordException(where + ": ParticipantRole is missing");
      }
      Speaker speaker = AwsTranscripts.speaker(role).orElseThrow(() -> AwsTranscripts.unknownRole(where, role));
      turns.add(new RawTurn(speaker, AwsTranscripts.content(item, where),
          AwsTranscripts.millis(item, "BeginOffsetMillis", where),
          AwsTranscripts.millis(item, "EndOffsetMillis", where), null, AwsTranscripts.sentiment(item)));
    }
    String callId = JsonDocuments.text(root, "JobName");
    return new CallDraft(source, TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, callId, null, null, null, null, null,
        turns, parseWarnings);
  }
}
