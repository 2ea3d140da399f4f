package org.callcare.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;

/**
 * Parses a plain-text transcript: lines {@code Agent: …}, {@code Customer: …} or {@code System: …} (any case);
 * a line without a prefix continues the previous turn; blank lines are ignored. Call metadata comes from the
 * {@code calls.csv} row of the same call_id (null when there is none).
 */
public final class TranscriptTextParser {
  private static final Pattern TURN_LINE =
      Pattern.compile("^\\s*(agent|customer|system)\\s*:\\s?(.*)$", Pattern.CASE_INSENSITIVE);

  private TranscriptTextParser() {}

  public static ParseOutcome parse(String source, String callId, String content, CallMetadata metadata) {
    if (metadata == null) {
      return reject(source, content, "no row for call_id " + callId + " in a calls.csv in the same folder");
    }
    if (metadata.problem() != null) {
      return reject(source, content, metadata.problem());
    }
    Optional<Instant> startedAt = Timestamps.parse(metadata.startedAt());
    if (startedAt.isEmpty()) {
      return reject(source, content, "calls.csv started_at '" + metadata.startedAt()
          + "' is not an ISO-8601 date-time");
    }
    if (metadata.agentId() == null || metadata.customerId() == null) {
      return reject(source, content, "calls.csv row for " + callId + " lacks agent_id or customer_id");
    }
    List<Speaker> speakers = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    String[] lines = content.replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      Matcher m = TURN_LINE.matcher(line);
      if (m.matches()) {
        speakers.add(Speaker.parse(m.group(1)).orElseThrow());
        texts.add(new StringBuilder(m.group(2).strip()));
      } else if (texts.isEmpty()) {
        return reject(source, content, "line " + (i + 1)
            + " has no speaker prefix (expected 'Agent:' or 'Customer:') and there is no turn to continue");
      } else {
        StringBuilder previous = texts.get(texts.size() - 1);
        previous.append(previous.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    if (speakers.isEmpty()) {
      return reject(source, content, "transcript has no turns");
    }
    List<Turn> turns = new ArrayList<>(speakers.size());
    for (int i = 0; i < speakers.size(); i++) {
      turns.add(Turn.of(i, speakers.get(i), texts.get(i).toString()));
    }
    return new ParseOutcome.Parsed(new Call(callId, metadata.agentId(), metadata.customerId(), startedAt.get(),
        null, source, turns, metadata.customerName()));
  }

  private static ParseOutcome reject(String source, String content, String reason) {
    return new ParseOutcome.Rejected(source, content, reason);
  }
}
