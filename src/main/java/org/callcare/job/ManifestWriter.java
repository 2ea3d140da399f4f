package org.callcare.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.metrics.VendorSentimentAgreement;
import org.callcare.report.BuildInfo;
import org.callcare.report.RunManifest;
import org.callcare.sentiment.SentimentModel;
import org.callcare.spark.CallAnalysis;

/**
 * The run's manifest ({@code manifest.json}): id, times, inputs, options, counts and their reconciliation,
 * warnings, the sentiment model and versions. Written last into the staging folder, just before publishing.
 */
final class ManifestWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestWriter() {}

  static RunManifest manifest(RunContext run, Instant started, RunManifest.Counts counts, CallAnalysis analysis,
      int ruleCount, RunManifest.SentenceMemoUse memo, Map<String, Long> files, Map<String, Long> callsByFormat,
      VendorSentimentAgreement vendor, Map<String, Double> stageSeconds, String sentimentDescription) {
    JobOptions options = run.options();
    String runId = run.runId();
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
    opts.put("pseudonymize_ids", options.pseudonymizer() != null);
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
        RunManifest.VendorSentiment.of(vendor), BuildInfo.versions(run.spark().version()));
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
        + model.vocabularySize() + " word terms)" + (model.readsScene() ? "; a second pass also reads the scene"
        + " (the first pass's verdicts on the turn before and on the same speaker's last turn)" : ""));
    out.put("training_data", model.description().path("training_data"));
    out.put("evaluation", model.description().path("evaluation"));
    return out;
  }

  static void writeManifest(RunManifest manifest, Path target, Configuration conf) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    try (OutputStream out = fs.create(target, true)) {
      JSON.writeValue(out, manifest);
    }
  }}
