package org.callcare.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.callcare.metrics.VendorSentimentAgreement;

/**
 * What {@code manifest.json} records about a run. Counts are of input records: a JSON Lines line, a call in a
 * vendor file or a text transcript, or a whole file that could not be read. {@code inputRecords =
 * processedCalls + rejectedRecords} and {@code turnsRead = turns + turnsDropped + turnsRejected} always;
 * {@code reconciled} says whether both held. {@code stageSeconds} is the wall time of each stage of the run, in
 * seconds and in the order they ran (rules, discover, parse, sentiment, calls, reports); {@code durationSeconds}
 * also counts the stages that follow (manifest, history, publishing).
 */
public record RunManifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("finished_at") String finishedAt,
    @JsonProperty("duration_s") double durationSeconds,
    @JsonProperty("stage_s") Map<String, Double> stageSeconds,
    @JsonProperty("inputs") List<String> inputs,
    @JsonProperty("options") Map<String, Object> options,
    @JsonProperty("input_files") Map<String, Long> inputFiles,
    @JsonProperty("calls_by_format") Map<String, Long> callsByFormat,
    @JsonProperty("counts") Counts counts,
    @JsonProperty("reconciled") boolean reconciled,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("sentiment") String sentiment,
    @JsonProperty("sentiment_model") Map<String, Object> sentimentModel,
    @JsonProperty("sentence_memo") SentenceMemoUse sentenceMemo,
    @JsonProperty("vendor_sentiment") VendorSentiment vendorSentiment,
    @JsonProperty("versions") Map<String, String> versions) {

  /**
   * How the executors' sentence memos served this run: sentences analysed, those whose sentiment came from a
   * memo, and the hit rate (null without sentences). Counted with Spark accumulators, so a retried task counts
   * again.
   */
  public record SentenceMemoUse(
      @JsonProperty("capacity_per_jvm") int capacityPerJvm,
      @JsonProperty("sentences") long sentences,
      @JsonProperty("hits") long hits,
      @JsonProperty("hit_rate") Double hitRate) {

    public static SentenceMemoUse of(int capacity, long sentences, long hits) {
      return new SentenceMemoUse(capacity, sentences, hits,
          sentences == 0 ? null : org.callcare.metrics.Rounding.round4((double) hits / sentences));
    }
  }

  /** How often CoreNLP agreed with the sentiment labels of vendor exports (see {@link VendorSentimentAgreement}). */
  public record VendorSentiment(
      @JsonProperty("turns_compared") long compared,
      @JsonProperty("turns_agreeing") long agreeing,
      @JsonProperty("agreement_rate") Double rate) {

    public static VendorSentiment of(VendorSentimentAgreement agreement) {
      return new VendorSentiment(agreement.compared(), agreement.agreeing(), agreement.rate());
    }
  }

  /** The run's counts. */
  public record Counts(
      @JsonProperty("input_records") long inputRecords,
      @JsonProperty("processed_calls") long processedCalls,
      @JsonProperty("rejected_records") long rejectedRecords,
      @JsonProperty("other_day_calls") long otherDayCalls,
      @JsonProperty("turns_read") long turnsRead,
      @JsonProperty("turns") long turns,
      @JsonProperty("turns_dropped") long turnsDropped,
      @JsonProperty("turns_rejected") long turnsRejected,
      @JsonProperty("other_day_turns") long otherDayTurns,
      @JsonProperty("repair_warnings") long repairWarnings,
      @JsonProperty("scored_turns") long scoredTurns,
      @JsonProperty("sentences") long sentences,
      @JsonProperty("agents") long agents,
      @JsonProperty("unused_metadata_rows") long unusedMetadataRows) {

    public boolean reconciles() {
      return inputRecords == processedCalls + rejectedRecords + otherDayCalls
          && turnsRead == turns + turnsDropped + turnsRejected + otherDayTurns;
    }
  }
}
