package org.callcare.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.behaviour.RuleFileException;
import org.callcare.nlp.CoreNlpTokens;
import org.callcare.metrics.VendorSentimentAgreement;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.report.BuildInfo;
import org.callcare.report.CsvReportWriter;
import org.callcare.report.ReportColumns;
import org.callcare.report.ReportPublisher;
import org.callcare.report.RunManifest;
import org.callcare.spark.AgentReports;
import org.callcare.spark.BehaviourRateRow;
import org.callcare.spark.BehaviourReports;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.sentiment.SentimentModel;
import org.callcare.spark.CallAnalysis;
import org.callcare.spark.CallIngestion;
import org.callcare.spark.CallOutcomes;
import org.callcare.spark.CallReportRow;
import org.callcare.spark.DiscoveredInputs;
import org.callcare.spark.DriverRow;
import org.callcare.spark.HistoryTable;
import org.callcare.spark.InputDiscovery;
import org.callcare.spark.RejectRow;
import org.callcare.spark.ScoredCallRow;
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
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final SparkSession spark;
  private final SentimentScorerFactory scorers;
  private final String sentimentDescription;

  public CallCareJob(SparkSession spark, SentimentScorerFactory scorers, String sentimentDescription) {
    this.spark = spark;
    this.scorers = scorers;
    this.sentimentDescription = sentimentDescription;
  }

  /** Turn totals read back from the written {@code turns/}. */
  private record TurnCounts(long turns, long scored, long sentences) {}

  public RunManifest run(JobOptions options) throws IOException {
    Instant started = Instant.now();
    String runId = UUID.randomUUID().toString();
    Configuration conf = spark.sparkContext().hadoopConfiguration();

    StageClock clock = new StageClock();
    CallAnalysis analysis = loadRules(options, conf);
    int ruleCount = analysis.calculator().rules().rules().size();
    LOG.info("rules: {} behaviour rules from {}, all agree with their examples ({})", ruleCount,
        analysis.ruleSources().stream().map(RuleBookLoader.Source::name).toList(), clock.lap("rules"));

    ReportPublisher publisher = new ReportPublisher(options.output(), runId, conf);
    NightlyOptions nightly = options.nightly();
    HistoryTable history = nightly.history() == null ? null : new HistoryTable(spark, nightly.history(), conf);
    if (history != null) {
      history.recover();
    }
    // earlier reports and the history table are never read as input, even inside an input folder
    DiscoveredInputs inputs = InputDiscovery.discover(options.inputs(),
        path -> publisher.holds(path) || (history != null && history.holds(path)), nightly.date(), conf);
    LOG.info("discover: {} transcript files ({} empty or hidden), {} calls.csv, {} report files and {} files of"
            + " other dates skipped ({})", inputs.transcriptFiles(), inputs.notRead().size(),
        inputs.metadata().size(), inputs.skippedReportFiles(), inputs.skippedOtherDateFiles(), clock.lap("discover"));

    Path staging = publisher.open();
    List<Dataset<?>> persisted = Collections.synchronizedList(new ArrayList<>());
    boolean published = false;
    try {
      int partitions = options.partitions() > 0 ? options.partitions()
          : spark.sparkContext().defaultParallelism() * PARTITIONS_PER_CORE;
      CallIngestion.Ingested ingested = CallIngestion.ingest(spark, inputs, partitions, options.format(),
          options.redactor(), nightly.date());
      persisted.addAll(ingested.persisted());
      LOG.info("parse: {} input records, {} turns; {} calls of other days left out ({})", ingested.inputRecords(),
          ingested.turnsRead(), ingested.otherDays().calls(), clock.lap("parse"));

      TurnScoring.Counters nlp = TurnScoring.Counters.register(spark.sparkContext());
      Dataset<ScoredCallRow> scored = keep(persisted, TurnScoring.score(ingested.calls(), scorers, analysis, nlp,
          options.redactor()));
      TurnCounts turns = writeTurns(scored, new Path(staging, "turns"));
      RunManifest.SentenceMemoUse memo = RunManifest.SentenceMemoUse.of(options.sentenceMemo(),
          nlp.sentences().value(), nlp.memoHits().value());
      LOG.info("sentiment: {} turns scored ({} with a score, {} sentences, {} from the sentence memo) in {}"
              + " partitions ({})", turns.turns(), turns.scored(), turns.sentences(), memo.hits(), partitions,
          clock.lap("sentiment"));

      Dataset<CallReportRow> night = TurnScoring.callMetrics(scored);
      // with a history: repeat contacts over every night in it, this night's calls replacing its earlier run
      Dataset<CallReportRow> allDays = history == null ? null : keep(persisted, CallOutcomes.withOutcomes(
          history.callsExcept(nightly.date()).unionByName(night), options.window()));
      Dataset<CallReportRow> calls = keep(persisted, allDays == null
          ? CallOutcomes.withOutcomes(night, options.window())
          : allDays.filter(col("callDate").equalTo(lit(nightly.date().toString()))));
      // computes the persisted calls once, before the reports read them side by side
      Row callTotals = calls.selectExpr("count(*)", "coalesce(sum(turnsDropped), 0)", "coalesce(sum(warnings), 0)",
          "count_if(warnings > 0)").first();
      long processed = callTotals.getLong(0);
      LOG.info("calls: {} calls with their outcomes ({})", processed, clock.lap("calls"));

      Dataset<RejectRow> rejects = keep(persisted, ingested.rejects());
      VendorSentimentAgreement vendor;
      long agentCount;
      Row rejectTotals;
      Map<String, Long> files;
      Map<String, Long> byFormat;
      try (ConcurrentReports reports = new ConcurrentReports(REPORT_THREADS)) {
        reports.submit(() -> {
          long s = System.nanoTime();
          CsvReportWriter.write(calls, ReportColumns.CALLS, List.of("call_id"), new Path(staging, "calls.csv"),
              conf);
          LOG.info("calls.csv: {} calls ({})", processed, since(s));
          return null;
        });
        reports.submit(() -> {
          long s = System.nanoTime();
          Dataset<Row> warnings =
              calls.select(col("callId"), col("source"), explode(col("warningList")).as("warning"));
          CsvReportWriter.write(warnings, ReportColumns.WARNINGS, List.of("source", "call_id", "warning"),
              new Path(staging, "warnings.csv"), conf);
          LOG.info("warnings.csv: {} repairs in {} calls ({})", callTotals.getLong(2), callTotals.getLong(3),
              since(s));
          return null;
        });
        Future<VendorSentimentAgreement> vendorAgreement = reports.submit(() -> {
          long s = System.nanoTime();
          VendorSentimentAgreement agreement = writeVendorSentiment(new Path(staging, "turns"),
              new Path(staging, "vendor_sentiment.csv"), conf);
          if (agreement.compared() > 0) {
            LOG.info("vendor_sentiment.csv: CoreNLP agrees with the vendor's sentiment on {} of {} turns ({}) ({})",
                agreement.agreeing(), agreement.compared(), agreement.rate(), since(s));
          }
          return agreement;
        });
        reports.submit(() -> {
          long s = System.nanoTime();
          long evidence = writeEvidence(scored, new Path(staging, "evidence.csv"), conf);
          LOG.info("evidence.csv: {} rule matches ({})", evidence, since(s));
          return null;
        });
        Future<Long> agentRows = reports.submit(() -> {
          long s = System.nanoTime();
          Dataset<BehaviourRateRow> rates = keep(persisted, BehaviourReports.perAgent(calls));
          CsvReportWriter.write(rates, ReportColumns.BEHAVIOURS, List.of("agent_id", "behaviour"),
              new Path(staging, "behaviours.csv"), conf);
          Dataset<Row> agents = keep(persisted, agentTable(calls, rates));
          CsvReportWriter.write(agents, ReportColumns.AGENTS, List.of("agent_id"), new Path(staging, "agents.csv"),
              conf);
          long count = agents.count();
          LOG.info("agents.csv, behaviours.csv: {} agents ({})", count, since(s));
          return count;
        });
        if (allDays != null) {
          reports.submit(() -> {
            long s = System.nanoTime();
            writeHistoryReports(allDays, nightly, staging, conf);
            LOG.info("agents_<N>d.csv, trend.csv: windows of {} days over the history ({})", nightly.reportDays(),
                since(s));
            return null;
          });
        }
        reports.submit(() -> {
          long s = System.nanoTime();
          Dataset<DriverRow> drivers = BehaviourReports.drivers(spark, calls);
          CsvReportWriter.write(drivers, ReportColumns.DRIVERS, List.of("behaviour", "outcome"),
              new Path(staging, "drivers.csv"), conf);
          LOG.info("drivers.csv: {} behaviours ({})", drivers.count() / 2, since(s));
          return null;
        });
        Future<Row> rejectRows = reports.submit(() -> {
          long s = System.nanoTime();
          CsvReportWriter.write(rejects, ReportColumns.REJECTED, List.of("source", "reason", "record"),
              new Path(staging, "rejected.csv"), conf);
          Row totals = rejects.selectExpr("count(*)", "coalesce(sum(turns), 0)").first();
          LOG.info("rejected.csv: {} records ({})", totals.getLong(0), since(s));
          return totals;
        });
        Future<Map<String, Long>> fileRows = reports.submit(() -> fileTotals(calls, inputs));
        Future<Map<String, Long>> formatRows = reports.submit(() -> callsByFormat(calls));
        reports.awaitAll();
        vendor = reports.get(vendorAgreement);
        agentCount = reports.get(agentRows);
        rejectTotals = reports.get(rejectRows);
        files = reports.get(fileRows);
        byFormat = reports.get(formatRows);
      }
      long rejected = rejectTotals.getLong(0);
      LOG.info("reports: written {} at a time ({})", REPORT_THREADS, clock.lap("reports"));

      RunManifest.Counts counts = new RunManifest.Counts(ingested.inputRecords(), processed, rejected,
          ingested.otherDays().calls(), ingested.turnsRead(), turns.turns(), callTotals.getLong(1),
          rejectTotals.getLong(1), ingested.otherDays().turns(),
          callTotals.getLong(2), turns.scored(), turns.sentences(), agentCount, ingested.unusedMetadataRows());
      String tally = String.format("%d input records = %d calls processed + %d rejected + %d of other days;"
              + " %d turns read = %d kept + %d dropped + %d in rejected records + %d in calls of other days",
          counts.inputRecords(), counts.processedCalls(), counts.rejectedRecords(), counts.otherDayCalls(),
          counts.turnsRead(), counts.turns(), counts.turnsDropped(), counts.turnsRejected(),
          counts.otherDayTurns());
      if (counts.reconciles()) {
        LOG.info("reconciled: {}", tally);
      } else {
        LOG.error("does not reconcile: {}", tally);
      }
      RunManifest manifest = manifest(runId, started, options, inputs, counts, analysis, ruleCount, memo,
          files, byFormat, vendor, clock.seconds());
      writeManifest(manifest, new Path(staging, ReportPublisher.MANIFEST), conf);
      if (history != null) {
        long t = System.nanoTime();
        history.publish(history.stage(night, nightly.date(), runId), nightly.date(), runId);
        LOG.info("history: {} calls of {} upserted into {} ({})", processed, nightly.date(), nightly.history(),
            since(t));
      }
      publisher.publish();
      published = true;
      LOG.info("published: reports in {} (run {}, {} s)", options.output(), runId, manifest.durationSeconds());
      return manifest;
    } finally {
      if (!published) {
        publisher.abandon(); // whatever failed (Spark throws undeclared checked exceptions too)
      }
      persisted.forEach(Dataset::unpersist);
    }
  }

  /** Writes the scored turns as Parquet and reads back their totals (an independent count of what was written). */
  private TurnCounts writeTurns(Dataset<ScoredCallRow> scored, Path target) {
    Column[] columns = ReportColumns.TURNS.stream()
        .map(c -> col("turn." + ReportColumns.camel(c)).as(c)).toArray(Column[]::new);
    scored.select(explode(col("turns")).as("turn")).select(columns)
        .write().mode(SaveMode.Overwrite).parquet(target.toString());
    Row totals = spark.read().parquet(target.toString())
        .selectExpr("count(*)", "count(score)", "coalesce(sum(sentences), 0)").first();
    return new TurnCounts(totals.getLong(0), totals.getLong(1), totals.getLong(2));
  }

  /**
   * Writes vendor_sentiment.csv (turns by vendor label and CoreNLP label, from the written turns) and returns how
   * often the two agree. The table has a row per label pair present; it is empty without vendor labels.
   */
  private VendorSentimentAgreement writeVendorSentiment(Path turns, Path target, Configuration conf)
      throws IOException {
    Dataset<Row> pairs = spark.read().parquet(turns.toString())
        .filter(col("vendor_sentiment").isNotNull())
        .groupBy(col("vendor_sentiment").as("vendorSentiment"), col("label").as("corenlpLabel"))
        .count().withColumnRenamed("count", "turns")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      CsvReportWriter.write(pairs, ReportColumns.VENDOR_SENTIMENT, List.of("vendor_sentiment", "corenlp_label"),
          target, conf);
      VendorSentimentAgreement agreement = VendorSentimentAgreement.NONE;
      for (Row r : pairs.collectAsList()) { // at most a few label pairs
        agreement = agreement.plus(r.getString(0), r.getString(1), r.getLong(2));
      }
      return agreement;
    } finally {
      pairs.unpersist();
    }
  }

  /** agents.csv's table: scorecards, behaviour rates (wide) and timing means, one row per agent. */
  private static Dataset<Row> agentTable(Dataset<CallReportRow> calls, Dataset<BehaviourRateRow> rates) {
    return AgentReports.scorecards(calls).toDF()
        .join(BehaviourReports.wideRates(rates), new String[] {"agentId"}, "left")
        .join(BehaviourReports.timingMeans(calls), new String[] {"agentId"}, "left");
  }

  /**
   * agents_&lt;N&gt;d.csv for each trailing window of N days ending on the night (calls.csv figures over the
   * history), and trend.csv: per agent and day over the longest window.
   */
  private static void writeHistoryReports(Dataset<CallReportRow> allDays, NightlyOptions nightly, Path staging,
      Configuration conf) throws IOException {
    LocalDate day = nightly.date();
    for (int days : nightly.reportDays()) {
      Dataset<CallReportRow> window = inWindow(allDays, day, days);
      CsvReportWriter.write(agentTable(window, BehaviourReports.perAgent(window)), ReportColumns.AGENTS,
          List.of("agent_id"), new Path(staging, "agents_" + days + "d.csv"), conf);
    }
    CsvReportWriter.write(AgentReports.daily(inWindow(allDays, day, nightly.longestWindow())), ReportColumns.TREND,
        List.of("agent_id", "call_date"), new Path(staging, "trend.csv"), conf);
  }

  /** The calls of the {@code days} days ending on {@code last} (ISO dates compare as text). */
  private static Dataset<CallReportRow> inWindow(Dataset<CallReportRow> calls, LocalDate last, int days) {
    return calls.filter(col("callDate").geq(lit(last.minusDays(days - 1L).toString()))
        .and(col("callDate").leq(lit(last.toString()))));
  }

  /** Processed calls by the format they were read from (a tiny aggregate). */
  private static Map<String, Long> callsByFormat(Dataset<CallReportRow> calls) {
    Map<String, Long> byFormat = new TreeMap<>();
    for (Row r : calls.groupBy("format").count().collectAsList()) {
      byFormat.put(r.getString(0), r.getLong(1));
    }
    return byFormat;
  }

  /** Input files by what became of them. */
  private static Map<String, Long> fileTotals(Dataset<CallReportRow> calls, DiscoveredInputs inputs) {
    long withCalls = calls.select("source").distinct().count();
    Map<String, Long> files = new LinkedHashMap<>();
    files.put("transcript_files", (long) inputs.transcriptFiles());
    files.put("files_with_calls", withCalls);
    files.put("files_rejected", inputs.transcriptFiles() - withCalls);
    files.put("call_metadata", (long) inputs.metadata().size());
    files.put("skipped_report_files", (long) inputs.skippedReportFiles());
    files.put("skipped_other_date_files", (long) inputs.skippedOtherDateFiles());
    return files;
  }

  /**
   * Reads and compiles the rule files (on any Hadoop file system) and checks every rule against its own
   * examples, before any data is read; a problem throws {@link RuleFileException} naming the rule and reason.
   */
  private static CallAnalysis loadRules(JobOptions options, Configuration conf) throws IOException {
    List<RuleBookLoader.Source> sources = new ArrayList<>();
    if (options.defaultRules()) {
      sources.add(RuleBookLoader.defaults());
    }
    for (String file : options.ruleFiles()) {
      Path path = new Path(file);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        sources.add(new RuleBookLoader.Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new RuleFileException("rules file " + file + " cannot be read: " + e.getMessage(), e);
      }
    }
    CallAnalysis analysis = new CallAnalysis(sources, options.timing(), options.sentenceMemo(),
        sentimentLayer(options.sentimentModel(), conf));
    List<String> failures = analysis.calculator().rules().exampleFailures(CoreNlpTokens.shared()::sentences);
    if (!failures.isEmpty()) {
      throw new RuleFileException(failures.size() + " rule example(s) fail: " + String.join("; ", failures));
    }
    return analysis;
  }

  /**
   * The run's sentiment layer: the jar's model, none, or a model file read and checked here (a file that cannot be
   * read or is not a model this callcare applies throws {@link RuleFileException}: bad arguments, exit 2).
   */
  private static SentimentLayer sentimentLayer(String model, Configuration conf) {
    if (model == null) {
      return SentimentLayer.DEFAULT;
    }
    if (model.equals(JobOptions.CORENLP_ONLY)) {
      return SentimentLayer.CORENLP_ONLY;
    }
    Path path = new Path(model);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return SentimentLayer.fromFile(model, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RuleFileException("sentiment model " + model + " cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(e.getMessage(), e);
    }
  }

  /** Writes evidence.csv from the scored calls; returns its row count. */
  private static long writeEvidence(Dataset<ScoredCallRow> scored, Path target, Configuration conf)
      throws IOException {
    Dataset<Row> evidence = scored.select(explode(col("evidence")).as("e")).select(col("e.*"));
    CsvReportWriter.write(evidence, ReportColumns.EVIDENCE,
        List.of("call_id", "turn_index", "behaviour", "rule_id", "matched_text", "sentence"), target, conf);
    return evidence.count();
  }

  private static <T> Dataset<T> keep(List<Dataset<?>> persisted, Dataset<T> dataset) {
    Dataset<T> kept = dataset.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(kept);
    return kept;
  }

  private static String since(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private RunManifest manifest(String runId, Instant started, JobOptions options, DiscoveredInputs inputs,
      RunManifest.Counts counts, CallAnalysis analysis, int ruleCount, RunManifest.SentenceMemoUse memo,
      Map<String, Long> files, Map<String, Long> callsByFormat, VendorSentimentAgreement vendor,
      Map<String, Double> stageSeconds) {
    Instant finished = Instant.now();
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("output", options.output());
    opts.put("window_days", options.windowDays());
    opts.put("partitions", options.partitions());
    opts.put("sentence_memo", options.sentenceMemo());
    opts.put("rules", analysis.ruleSources().stream().map(RuleBookLoader.Source::name).toList());
    opts.put("rule_count", ruleCount);
    opts.put("interruption_overlap_ms", options.timing().minInterruptionOverlapMs());
    opts.put("backchannel_words", options.timing().backchannelMaxWords());
    opts.put("non_talk_gap_ms", options.timing().minNonTalkGapMs());
    opts.put("format", options.format() == null ? "auto" : options.format().cliName());
    opts.put("redact", options.redactor().toString());
    opts.put("date", options.nightly().date() == null ? null : options.nightly().date().toString());
    opts.put("history", options.nightly().history());
    opts.put("report_days", options.nightly().history() == null ? null : options.nightly().reportDays());
    List<String> warnings = new ArrayList<>();
    if (counts.repairWarnings() > 0) {
      warnings.add(counts.repairWarnings() + " repairs made while reading transcripts (see warnings.csv)");
    }
    if (counts.unusedMetadataRows() > 0) {
      warnings.add(counts.unusedMetadataRows() + " calls.csv rows have no transcript file");
    }
    if (!counts.reconciles()) {
      warnings.add("input records or turns do not reconcile: " + counts.inputRecords() + " records = "
          + counts.processedCalls() + " processed + " + counts.rejectedRecords() + " rejected; "
          + counts.turnsRead() + " turns = " + counts.turns() + " kept + " + counts.turnsDropped() + " dropped + "
          + counts.turnsRejected() + " rejected");
    }
    return new RunManifest(runId, started.toString(), finished.toString(),
        Duration.between(started, finished).toMillis() / 1000.0, stageSeconds, options.inputs(), opts, files,
        callsByFormat, counts, counts.reconciles(), warnings, sentimentDescription, sentimentModel(analysis), memo,
        RunManifest.VendorSentiment.of(vendor), BuildInfo.versions(spark.version()));
  }

  /** The manifest's account of the sentiment layer: the model's name and what its file says of its data. */
  private static Map<String, Object> sentimentModel(CallAnalysis analysis) {
    Map<String, Object> out = new LinkedHashMap<>();
    SentimentModel model = analysis.sentiment().model();
    out.put("name", analysis.sentiment().name());
    if (model == null) {
      out.put("layer", "none: turn scores and labels are CoreNLP's");
      return out;
    }
    out.put("layer", "multinomial logistic regression over CoreNLP's sentence scores, cues, rule hits and words ("
        + model.vocabularySize() + " word terms)");
    out.put("training_data", model.description().path("training_data"));
    out.put("evaluation", model.description().path("evaluation"));
    return out;
  }

  private static void writeManifest(RunManifest manifest, Path target, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    try (OutputStream out = fs.create(target, true)) {
      JSON.writeValue(out, manifest);
    }
  }
}
