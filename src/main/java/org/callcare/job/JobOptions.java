package org.callcare.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.ingest.TranscriptFormat;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.privacy.PiiRedactor;
import org.callcare.privacy.Pseudonymizer;

/**
 * What one run does: read {@code inputs}, write reports to {@code output}, repeat-contact window in days, the
 * number of partitions of the NLP pass (0 = 4 per core of the cluster), behaviour rule files applied in order on
 * top of the default rules (or instead of them when {@code defaultRules} is false), the timing settings, and the
 * size of each executor's sentence memo (0 = off), the format every transcript file is read as (null: detect
 * each file's format), the redaction applied to text written out, the nightly operation (date, history), and the
 * sentiment layer's model file (null: the model in the jar; {@link #CORENLP_ONLY}: no layer), and the keyed
 * pseudonyms of customer and call ids (null: ids as they are).
 */
public record JobOptions(List<String> inputs, String output, int windowDays, int partitions,
    List<String> ruleFiles, boolean defaultRules, TimingSettings timing, int sentenceMemo,
    TranscriptFormat format, PiiRedactor redactor, NightlyOptions nightly, String sentimentModel,
    Pseudonymizer pseudonymizer) {
  /** {@code sentimentModel} value for CoreNLP's scores alone, without the conversational layer. */
  public static final String CORENLP_ONLY = "corenlp";

  public JobOptions {
    Objects.requireNonNull(redactor, "redactor");
    Objects.requireNonNull(nightly, "nightly");
    inputs = List.copyOf(inputs);
    ruleFiles = List.copyOf(ruleFiles);
    Objects.requireNonNull(timing, "timing");
    if (sentenceMemo < 0) {
      throw new IllegalArgumentException("--sentence-memo must be 0 (off) or more, was " + sentenceMemo);
    }
    if (!defaultRules && ruleFiles.isEmpty()) {
      throw new IllegalArgumentException("--no-default-rules needs at least one --rules file");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input is needed");
    }
    Objects.requireNonNull(output, "output");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, was " + partitions);
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("--window-days must be at least 1, was " + windowDays);
    }
  }

  /** Options without pseudonyms. */
  public JobOptions(List<String> inputs, String output, int windowDays, int partitions,
      List<String> ruleFiles, boolean defaultRules, TimingSettings timing, int sentenceMemo,
      TranscriptFormat format, PiiRedactor redactor, NightlyOptions nightly, String sentimentModel) {
    this(inputs, output, windowDays, partitions, ruleFiles, defaultRules, timing, sentenceMemo, format, redactor,
        nightly, sentimentModel, null);
  }

  /** Options with the default sentiment model. */
  public JobOptions(List<String> inputs, String output, int windowDays, int partitions,
      List<String> ruleFiles, boolean defaultRules, TimingSettings timing, int sentenceMemo,
      TranscriptFormat format, PiiRedactor redactor, NightlyOptions nightly) {
    this(inputs, output, windowDays, partitions, ruleFiles, defaultRules, timing, sentenceMemo, format, redactor,
        nightly, null);
  }

  /** Options that detect each file's format and redact everything the default redaction covers. */
  public JobOptions(List<String> inputs, String output, int windowDays, int partitions,
      List<String> ruleFiles, boolean defaultRules, TimingSettings timing, int sentenceMemo) {
    this(inputs, output, windowDays, partitions, ruleFiles, defaultRules, timing, sentenceMemo, null,
        PiiRedactor.all(), NightlyOptions.NONE);
  }

  /** Options with automatic partitioning, the default rules and timing settings. */
  public JobOptions(List<String> inputs, String output, int windowDays) {
    this(inputs, output, windowDays, 0, List.of(), true, TimingSettings.DEFAULTS,
        CoreNlpSentimentScorer.DEFAULT_MEMO_SENTENCES);
  }

  public Duration window() {
    return Duration.ofDays(windowDays);
  }
}
