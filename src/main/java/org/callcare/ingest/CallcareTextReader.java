package org.callcare.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callcare.domain.Speaker;

/**
 * Reads a callcare plain-text transcript: lines {@code Agent: …}, {@code Customer: …} or {@code System: …}
 * (any case, optionally after a time stamp such as {@code [00:01]}); a line without a prefix continues the previous turn; blank lines are ignored. The call id is the
 * file name without its extension; agent, customer and start time come from the {@code calls.csv} beside it.
 */
public final class CallcareTextReader implements TranscriptReader {
  /**
   * A turn line: an optional time stamp as chat and recording tools write it ({@code [00:01]}, {@code (12:03:44)},
   * {@code 09:15}), then the speaker and a colon. The time stamp is not read as timing (its zero is unknown).
   */
  private static final Pattern TURN_LINE = Pattern.compile(
      "^\\s*(?:[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[\\])]?\\s*[-–]?\\s*)?"
          + "(agent|customer|system)\\s*:\\s?(.*)$", Pattern.CASE_INSENSITIVE);

  @Override
  public TranscriptFormat format() {
    return TranscriptFormat.CALLCARE_TEXT;
  }

  /** Whether any of the first lines starts with a speaker prefix. */
  public static boolean looksLike(String text) {
    String[] lines = text.split("\\R", 50);
    for (String line : lines) {
      if (TURN_LINE.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<FileRecord> read(String source, String text) {
    List<Speaker> speakers = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    String[] lines = text.split("\\R");
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
        return List.of(new FileRecord.Rejected(source, text, "line " + (i + 1)
            + " has no speaker prefix (expected 'Agent:' or 'Customer:') and there is no turn to continue"));
      } else {
        StringBuilder previous = texts.get(texts.size() - 1);
        previous.append(previous.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    if (speakers.isEmpty()) {
      return List.of(new FileRecord.Rejected(source, text, "transcript has no turns"));
    }
    List<RawTurn> turns = new ArrayList<>(speakers.size());
    for (int i = 0; i < speakers.size(); i++) {
      turns.add(RawTurn.of(speakers.get(i), texts.get(i).toString()));
    }
    return List.of(new FileRecord.Draft(new CallDraft(source, TranscriptFormat.CALLCARE_TEXT, null, null, null,
        null, null, null, turns, List.of())));
  }
}
