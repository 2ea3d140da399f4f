package org.callcare.ingest;

import java.util.List;

/**
 * Reads one decoded transcript file of one {@link TranscriptFormat} into call drafts and rejected records.
 * Implementations are stateless and thread-safe, and never throw on bad content: every problem becomes a
 * {@link FileRecord.Rejected} whose reason names the field and what is wrong with it.
 */
public interface TranscriptReader {

  TranscriptFormat format();

  /**
   * @param source the file's path (for {@link CallDraft#source()} and rejections)
   * @param text the whole file, already decoded (no byte order mark, line ends as in the file)
   * @return at least one record: the calls the file holds and the records that could not be read
   */
  List<FileRecord> read(String source, String text);
}
