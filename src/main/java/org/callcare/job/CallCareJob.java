package org.callcare.job;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.report.ReportPublisher;
import org.callcare.report.RunManifest;
import org.callcare.spark.CallIngestion;
import org.callcare.spark.DiscoveredInputs;
import org.callcare.spark.HistoryTable;
import org.callcare.spark.TurnScoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job: load and check the behaviour rules, discover inputs, parse, analyze every turn once
 * (sentiment and rules in one NLP pass, persisted), compute call, behaviour and agent metrics, write the reports
 * into a staging folder and publish them. Logs one line per stage with counts and time, and
 * returns the run's manifest.
 */
public final class CallCareJob {
  /**
   * Default NLP partitions per core: small enough tasks that a slow partition does not hold up the stage. (16 per
   * core showed no gain: 132, 149 and 154 s against 111 to 144 s for the 40k-turn benchmark corpus on 2 cores.)
   */
  static final int PARTITIONS_PER_CORE = 4;

  /** Reports written at the same time (each a few small Spark jobs over persisted data). */
  static final int REPORT_THREADS = 4;

  private static final Logger LOG = LoggerFactory.getLogger(CallCareJob.class);

  private final SparkSession spark;
  private final SentimentScorerFactory scorers;
  private final String sentimentDescription;

  public CallCareJob(SparkSession spark, SentimentScorerFactory scorers, String sentimentDescription) {
    this.spark = spark;
    this.scorers = scorers;
    this.sentimentDescription = sentimentDescription;
  }

  /**
   * Runs the job as a short list of named stages (rules, discover, parse, sentiment, calls, reports), each timed
   * and logged in one line; then writes the manifest, updates the history and publishes the reports.
   */
  public RunManifest run(JobOptions options) throws IOException {
    Instant started = Instant.now();
    RunContext run = RunContext.of(spark, options, UUID.randomUUID().toString());
    StageClock clock = new StageClock();
    RulesStage.Result rules = clock.stage("rules", () -> RulesStage.run(options, run.conf()),
        RulesStage.Result::summary, LOG);

    ReportPublisher publisher = new ReportPublisher(options.output(), run.runId(), run.conf());
    NightlyOptions nightly = options.nightly();
    HistoryTable history = nightly.history() == null ? null : new HistoryTable(spark, nightly.history(), run.conf());
    if (history != null) {
      history.recover();
    }
    DiscoveredInputs inputs = clock.stage("discover", () -> DiscoverStage.run(run, publisher, history),
        DiscoverStage::summary, LOG);

    Path staging = publisher.open();
    boolean published = false;
    try {
      int partitions = options.partitions() > 0 ? options.partitions()
          : spark.sparkContext().defaultParallelism() * PARTITIONS_PER_CORE;
      CallIngestion.Ingested ingested = clock.stage("parse", () -> IngestStage.run(run, inputs, partitions),
          IngestStage::summary, LOG);
      ScoreStage.Scored scored = clock.stage("sentiment", () -> ScoreStage.run(run, ingested.calls(), scorers,
          rules.analysis(), partitions, new Path(staging, "turns")), ScoreStage.Scored::summary, LOG);
      OutcomesStage.Outcomes outcomes = clock.stage("calls",
          () -> OutcomesStage.run(run, TurnScoring.callMetrics(scored.calls()), history),
          OutcomesStage.Outcomes::summary, LOG);
      ReportsStage.Reported reported = clock.stage("reports",
          () -> ReportsStage.run(run, outcomes, scored, ingested.rejects(), inputs, staging),
          ReportsStage.Reported::summary, LOG);

      RunManifest.Counts counts = new RunManifest.Counts(ingested.inputRecords(), outcomes.processed(),
          reported.rejected(), ingested.otherDays().calls(), ingested.turnsRead(), scored.turns(),
          outcomes.turnsDropped(), reported.turnsRejected(), ingested.otherDays().turns(), outcomes.repairWarnings(),
          scored.scoredTurns(), scored.sentences(), reported.agents(), ingested.unusedMetadataRows());
      logReconciliation(counts);
      RunManifest manifest = ManifestWriter.manifest(run, started, counts, rules.analysis(), rules.ruleCount(),
          scored.memo(), reported.files(), reported.callsByFormat(), reported.vendor(), clock.seconds(),
          sentimentDescription);
      ManifestWriter.writeManifest(manifest, new Path(staging, ReportPublisher.MANIFEST), run.conf());
      if (history != null) {
        long t = System.nanoTime();
        history.publish(history.stage(outcomes.night(), nightly.date(), run.runId()), nightly.date(), run.runId());
        LOG.info("history: {} calls of {} upserted into {} ({})", outcomes.processed(), nightly.date(),
            nightly.history(), String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9));
      }
      publisher.publish();
      published = true;
      LOG.info("published: reports in {} (run {}, {} s)", options.output(), run.runId(), manifest.durationSeconds());
      return manifest;
    } finally {
      if (!published) {
        publisher.abandon(); // whatever failed (Spark throws undeclared checked exceptions too)
      }
      run.unpersistAll();
    }
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
