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

  /** Reads a file whose document is already parsed (by format detection), without parsing it again. */
  final List<FileRecord> read(String source, String text, JsonDocuments.Document document) {
    try {
      return List.of(new FileRecord.Draft(toDraft(source, document.root(), document.warnings())));
    } catch (InvalidRecordException e) {
      return List.of(new FileRecord.Rejected(source, text, e.getMessage()));
    }
  }

  /**
   * @param parseWarnings repairs made while parsing (text after the document), to keep in the draft's warnings
   */
  protected abstract CallDraft toDraft(String source, JsonNode root, List<String> parseWarnings)
      throws InvalidRecordException;
}
