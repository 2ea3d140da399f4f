package org.callcare.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a {@code calls.csv}: a header naming {@code call_id} and any of {@code agent_id}, {@code customer_id},
 * {@code started_at}, {@code queue} and {@code customer_name} (found by name in any case and order; extra columns
 * ignored; a row fills only what its transcript lacks, so a column the transcripts do not need may be left out). A row without a call_id
 * cannot be attached to a transcript and is dropped (counted by the caller); a duplicated call_id marks every
 * row of it as a problem.
 */
public final class CallMetadataParser {
  /** The name of a metadata file. */
  public static final String METADATA_FILE_NAME = "calls.csv";

  static final List<String> REQUIRED_COLUMNS = List.of("call_id", "agent_id", "customer_id", "started_at");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .setIgnoreHeaderCase(true)
      .get();

  private CallMetadataParser() {}

  /** The rows of a metadata file given as bytes, decoded as transcripts are ({@link TextDecoding}). */
  public static List<CallMetadata> parse(String folder, byte[] bytes) {
    Decoded decoded = TextDecoding.decode(METADATA_FILE_NAME, bytes);
    if (decoded instanceof Decoded.Text text) {
      return parse(folder, text.text());
    }
    return List.of(CallMetadata.problem(folder, null, "calls.csv in " + folder + " cannot be read: "
        + ((Decoded.NotText) decoded).reason()));
  }

  /** The one problem row of a metadata file that could not be read at all (its reason in words). */
  public static List<CallMetadata> unreadable(String folder, String reason) {
    return List.of(CallMetadata.problem(folder, null, "calls.csv in " + folder + " cannot be read: " + reason));
  }

  /** The rows of one metadata file; {@code folder} is the folder that holds it (and its transcripts). */
  public static List<CallMetadata> parse(String folder, String content) {
    List<CallMetadata> rows = new ArrayList<>();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || header.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("call_id"))) {
        return List.of(CallMetadata.problem(folder, null, "calls.csv in " + folder + " has no 'call_id' column"
            + " (the header names its columns: call_id and any of " + String.join(", ",
                REQUIRED_COLUMNS.subList(1, REQUIRED_COLUMNS.size())) + ", queue, customer_name)"));
      }
      for (CSVRecord record : parser) {
        String callId = value(record, "call_id");
        if (callId == null) {
          continue;
        }
        rows.add(new CallMetadata(folder, callId, value(record, "agent_id"), value(record, "customer_id"),
            value(record, "started_at"), value(record, "queue"), value(record, "customer_name"),
            record.isConsistent() ? null
                : "calls.csv line " + parser.getCurrentLineNumber() + " has the wrong number of cells"));
      }
    } catch (IOException | RuntimeException e) {
      return List.of(CallMetadata.problem(folder, null,
          "calls.csv in " + folder + " cannot be read: " + PlainReasons.csv(
              e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage()
                  : e.getMessage())));
    }
    return markDuplicates(rows);
  }

  private static List<CallMetadata> markDuplicates(List<CallMetadata> rows) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    for (CallMetadata row : rows) {
      if (!seen.add(row.callId())) {
        duplicated.add(row.callId());
      }
    }
    if (duplicated.isEmpty()) {
      return rows;
    }
    List<CallMetadata> marked = new ArrayList<>();
    Set<String> emitted = new HashSet<>();
    for (CallMetadata row : rows) {
      if (!duplicated.contains(row.callId())) {
        marked.add(row);
      } else if (emitted.add(row.callId())) {
        marked.add(CallMetadata.problem(row.folder(), row.callId(),
            "call_id " + row.callId() + " appears more than once in calls.csv"));
      }
    }
    return marked;
  }

  private static String value(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? blankToNull(record.get(column)) : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
