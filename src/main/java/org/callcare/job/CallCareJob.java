package org.callcare.job;

import java.io.IOException;
import java.time.Instant;
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
   * and logged in one line, then publishes (manifest, history, reports: {@link PublishStage}).
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

      RunManifest manifest = PublishStage.run(run, started, clock.seconds(),
          new PublishStage.Results(rules, ingested, scored, outcomes, reported), history, publisher, staging,
          sentimentDescription);
      published = true;
      return manifest;
    } finally {
      if (!published) {
        publisher.abandon(); // whatever failed (Spark throws undeclared checked exceptions too)
      }
      run.unpersistAll();
    }
  }
}
