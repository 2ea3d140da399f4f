package org.callcare.job;

import org.callcare.report.ReportPublisher;
import org.callcare.spark.DiscoveredInputs;
import org.callcare.spark.HistoryTable;
import org.callcare.spark.InputDiscovery;

/**
 * Stage "discover": lists the input files and sorts them into transcripts and calls.csv files; earlier reports
 * and the history table are never read as input, even inside an input folder.
 */
final class DiscoverStage {
  private DiscoverStage() {}

  static DiscoveredInputs run(RunContext run, ReportPublisher publisher, HistoryTable history) {
    return InputDiscovery.discover(run.options().inputs(),
        path -> publisher.holds(path) || (history != null && history.holds(path)), run.options().nightly().date(),
        run.conf());
  }

  static String summary(DiscoveredInputs inputs) {
    return inputs.transcriptFiles() + " transcript files (" + inputs.notRead().size() + " not read: empty, hidden"
        + " or partial), " + inputs.metadata().size() + " calls.csv, " + inputs.skippedReportFiles()
        + " report files and " + inputs.skippedOtherDateFiles() + " files of other dates skipped";
  }
}
