package org.callcare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A reader of formats that hold one call in one JSON document (the vendor exports): the document is parsed
 * leniently ({@link JsonDocuments}) and handed to {@link #toDraft}; a syntax error or an {@link
 * InvalidRecordException} from it rejects the file with the reason.
 */
abstract class JsonDocumentReader implements TranscriptReader {

  @Override
  public final List<FileRecord> read(String source, String text) {
    String body = text == null ? "" : text;
    try {
      return read(source, body, JsonDocuments.parse(body));
    } catch (InvalidRecordException e) {
      return List.of(new FileRecord.Rejected(source, body, e.getMessage()));
    }
  }

  /**
   * Reads a file whose document is already parsed (by format detection), without parsing it again. A file with
   * more JSON documents after the first (exports concatenated by a copy job) gives one record per document.
   */
  final List<FileRecord> read(String source, String text, JsonDocuments.Document document) {
    if (!document.warnings().isEmpty()) {
      List<FileRecord> several = several(source, text);
      if (several != null) {
        return several;
      }
    }
    try {
      return List.of(new FileRecord.Draft(toDraft(source, document.root(), document.warnings())));
    } catch (InvalidRecordException e) {
      return List.of(new FileRecord.Rejected(source, text, e.getMessage()));
    }
  }

  /** One record per JSON document of a file holding several objects one after the other; null if it does not. */
  private List<FileRecord> several(String source, String text) {
    List<JsonDocuments.Value> values;
    try {
      values = JsonDocuments.parseSequence(text);
    } catch (InvalidRecordException e) {
      return null; // the text after the first document is not JSON: a stray brace, read with a warning
    }
    if (values.size() < 2 || values.stream().anyMatch(v -> !v.node().isObject())) {
      return null;
    }
    List<FileRecord> records = new java.util.ArrayList<>(values.size());
    for (int k = 0; k < values.size(); k++) {
      JsonDocuments.Value v = values.get(k);
      String warning = "the file holds " + values.size() + " JSON documents one after the other; this call is the"
          + " one starting at line " + v.line();
      try {
        CallDraft draft = toDraft(source, v.node(), List.of(warning));
        if (draft.callId() == null) { // named by the file: each document gets its own name
          draft = draft.withCallId(InputPaths.callIdOf(source) + "-" + (k + 1));
        }
        records.add(new FileRecord.Draft(draft));
      } catch (InvalidRecordException e) {
        records.add(new FileRecord.Rejected(source, v.text(), "document at line " + v.line() + ": "
            + e.getMessage()));
      }
    }
    return records;
  }

  /**
   * @param parseWarnings repairs made while parsing (text after the document), to keep in the draft's warnings
   */
  protected abstract CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException;
}
