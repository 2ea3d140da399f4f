package org.callcare.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one transcript file from its bytes: decodes it ({@link TextDecoding}), works out its format
 * ({@link FormatDetector}, unless one is forced) and hands it to that format's reader. Returns at least one
 * record: the file's calls and rejected records, or one rejection for the whole file with the reason.
 * Thread-safe.
 */
public final class InputFileReader {
  private static final Map<TranscriptFormat, TranscriptReader> READERS = Map.of(
      TranscriptFormat.CALLCARE_JSONL, new CallcareJsonReader(),
      TranscriptFormat.CALLCARE_TEXT, new CallcareTextReader(),
      TranscriptFormat.CONTACT_LENS, new ContactLensReader(),
      TranscriptFormat.TRANSCRIBE_CALL_ANALYTICS, new TranscribeCallAnalyticsReader(),
      TranscriptFormat.CCAI_INSIGHTS, new CcaiInsightsReader(),
      TranscriptFormat.GENESYS_CLOUD, new GenesysCloudReader());

  private InputFileReader() {}

  /**
   * @param path the file's path (names its records)
   * @param forced the format to read it as, or null to detect it from the content
   */
  public static List<FileRecord> read(String path, byte[] bytes, TranscriptFormat forced) {
    String fileName = InputPaths.fileNameOf(path);
    Decoded decoded = TextDecoding.decode(fileName, bytes);
    if (decoded instanceof Decoded.NotText notText) {
      return List.of(new FileRecord.Rejected(path, fileName, notText.reason()));
    }
    Decoded.Text text = (Decoded.Text) decoded;
    List<FileRecord> records;
    if (forced != null) {
      records = READERS.get(forced).read(path, text.text());
    } else {
      FormatDetector.Detection detection = FormatDetector.detect(fileName, text.text());
      if (detection.format() == null) {
        return List.of(new FileRecord.Rejected(path, text.text(), detection.reason()));
      }
      TranscriptReader reader = READERS.get(detection.format());
      records = detection.document() != null && reader instanceof JsonDocumentReader parsedOnce
          ? parsedOnce.read(path, text.text(), detection.document()) // a vendor document: parsed once only
          : reader.read(path, text.text());
    }
    if (text.warnings().isEmpty()) {
      return records;
    }
    List<FileRecord> withWarnings = new ArrayList<>(records.size());
    for (FileRecord record : records) {
      withWarnings.add(record instanceof FileRecord.Draft d
          ? new FileRecord.Draft(d.draft().withWarningsFirst(text.warnings())) : record);
    }
    return withWarnings;
  }

}
