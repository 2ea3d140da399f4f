package org.callcare.bench;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.callcare.job.CallCareJob;
import org.callcare.job.JobOptions;
import org.callcare.job.SparkSessions;
import org.callcare.metrics.TimingMetrics.TimingSettings;

/**
 * The benchmark's {@code naive} variant: the real job, same Spark shape and reports, with {@link NaiveScorer} in
 * place of the job's scorer. Arguments: input folder, output folder.
 */
public final class NaiveJob {
  private NaiveJob() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: NaiveJob INPUT OUTPUT");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.getOrCreate();
    try {
      new CallCareJob(spark, NaiveScorer.factory(), NaiveScorer.DESCRIPTION)
          .run(new JobOptions(List.of(args[0]), args[1], 7, 0, List.of(), true, TimingSettings.DEFAULTS, 0));
    } finally {
      spark.stop();
    }
  }
}
