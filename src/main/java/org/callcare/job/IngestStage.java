package org.callcare.job;

import org.callcare.spark.CallIngestion;
import org.callcare.spark.DiscoveredInputs;

/**
 * Stage "parse": reads every discovered file and turns each record into a call (unique call ids, spread over the
 * NLP partitions) or a rejection with its reason.
 */
final class IngestStage {
  private IngestStage() {}

  static CallIngestion.Ingested run(RunContext run, DiscoveredInputs inputs, int partitions) {
    JobOptions options = run.options();
    CallIngestion.Ingested ingested = CallIngestion.ingest(run.spark(), inputs, partitions, options.format(),
        options.redactor(), options.nightly().date(), options.pseudonymizer());
    run.persisted().addAll(ingested.persisted());
    return ingested;
  }

  static String summary(CallIngestion.Ingested ingested) {
    return ingested.inputRecords() + " input records, " + ingested.turnsRead() + " turns; "
        + ingested.otherDays().calls() + " calls of other days left out";
  }
}
