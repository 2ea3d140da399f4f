package org.callcare.job;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.callcare.metrics.CallFigures;
import org.callcare.report.ReportPageWriter;
import org.callcare.report.ReportPublisher;
import org.callcare.report.RunManifest;
import org.callcare.report.page.PageBuilder;
import org.callcare.report.page.PageInputs;
import org.callcare.report.page.PagePeriods;
import org.callcare.spark.CallIngestion;
import org.callcare.spark.HistoryTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage "publish": the run's counts reconciled and logged (records in = processed + rejected + other days), the
 * manifest written into the staging folder, the night's calls upserted into the history when one is kept, and
 * the staging folder swapped in as the reports. Nothing is published before this stage; a failure in it leaves
 * the previous reports in place.
 */
final class PublishStage {
  private static final Logger LOG = LoggerFactory.getLogger(CallCareJob.class);

  /** What the earlier stages produced, as the manifest reports it. */
  record Results(RulesStage.Result rules, CallIngestion.Ingested ingested, ScoreStage.Scored scored,
      OutcomesStage.Outcomes outcomes, ReportsStage.Reported reported) {}

  private PublishStage() {}

  static RunManifest run(RunContext run, Instant started, Map<String, Double> stageSeconds, Results r,
      HistoryTable history, ReportPublisher publisher, Path staging, String sentimentDescription)
      throws IOException {
    RunManifest.Counts counts = new RunManifest.Counts(r.ingested().inputRecords(), r.outcomes().processed(),
        r.reported().rejected(), r.ingested().otherDays().calls(), r.ingested().turnsRead(), r.scored().turns(),
        r.outcomes().turnsDropped(), r.reported().turnsRejected(), r.ingested().otherDays().turns(),
        r.outcomes().repairWarnings(), r.scored().scoredTurns(), r.scored().sentences(), r.reported().agents(),
        r.ingested().unusedMetadataRows());
    logReconciliation(counts);
    RunManifest manifest = ManifestWriter.manifest(run, started, counts, r.rules().analysis(),
        r.rules().ruleCount(), r.scored().memo(), r.reported().files(), r.reported().callsByFormat(),
        r.reported().vendor(), stageSeconds, sentimentDescription);
    ManifestWriter.writeManifest(manifest, new Path(staging, ReportPublisher.MANIFEST), run.conf());
    NightlyOptions nightly = run.options().nightly();
    writePage(run, r, manifest, history != null, staging);
    if (history != null) {
      long t = System.nanoTime();
      history.publish(history.stage(r.outcomes().night(), nightly.date(), run.runId()), nightly.date(),
          run.runId());
      LOG.info("history: {} calls of {} upserted into {} ({})", r.outcomes().processed(), nightly.date(),
          nightly.history(), String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9));
    }
    publisher.publish();
    LOG.info("published: reports in {} (run {}, {} s)", run.options().output(), run.runId(),
        manifest.durationSeconds());
    return manifest;
  }

  /** report.html, from the same agent-day totals as the CSV reports, the calls to review and the manifest. */
  private static void writePage(RunContext run, Results r, RunManifest manifest, boolean withHistory, Path staging)
      throws IOException {
    long t = System.nanoTime();
    NightlyOptions nightly = run.options().nightly();
    List<CallFigures.AgentDay> days = r.reported().days();
    PageInputs inputs = withHistory
        ? new PageInputs(days, PagePeriods.ofHistory(nightly.date(), nightly.reportDays()),
            new PageInputs.TrendWindow(nightly.date(), nightly.longestWindow()), r.reported().reviews(), manifest)
        : new PageInputs(days, PagePeriods.ofRun(days), null, r.reported().reviews(), manifest);
    long bytes = ReportPageWriter.write(PageBuilder.build(inputs), new Path(staging, ReportPageWriter.FILE),
        run.conf());
    LOG.info("{}: {} KB ({})", ReportPageWriter.FILE, (bytes + 1023) / 1024,
        String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9));
  }

  private static void logReconciliation(RunManifest.Counts counts) {
    String tally = String.format(Locale.ROOT, "%d input records = %d calls processed + %d rejected + %d of other"
            + " days; %d turns read = %d kept + %d dropped + %d in rejected records + %d in calls of other days",
        counts.inputRecords(), counts.processedCalls(), counts.rejectedRecords(), counts.otherDayCalls(),
        counts.turnsRead(), counts.turns(), counts.turnsDropped(), counts.turnsRejected(), counts.otherDayTurns());
    if (counts.reconciles()) {
      LOG.info("reconciled: {}", tally);
    } else {
      LOG.error("does not reconcile: {}", tally);
    }
  }
}
