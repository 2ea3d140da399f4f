package org.callcare.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** The bean encoders of the job's rows, built once. */
final class RowEncoders {
  static final Encoder<FileRecordRow> FILE_RECORD = Encoders.bean(FileRecordRow.class);
  static final Encoder<DraftRow> DRAFT = Encoders.bean(DraftRow.class);
  static final Encoder<MetadataRow> METADATA = Encoders.bean(MetadataRow.class);
  static final Encoder<ParsedRow> PARSED = Encoders.bean(ParsedRow.class);
  static final Encoder<CallRow> CALL = Encoders.bean(CallRow.class);
  static final Encoder<RejectRow> REJECT = Encoders.bean(RejectRow.class);
  static final Encoder<ScoredCallRow> SCORED_CALL = Encoders.bean(ScoredCallRow.class);
  static final Encoder<CallReportRow> CALL_REPORT = Encoders.bean(CallReportRow.class);

  private RowEncoders() {}
}
