package org.callcare.bench;

import org.apache.spark.sql.SparkSession;
import org.callcare.job.SparkSessions;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.sentiment.SentimentModel;

/**
 * The benchmark's {@code fixed} variant: what every run pays before its first call, and nothing else. Starts the
 * JVM (the process itself), a local Spark session as the job's, loads the CoreNLP models and the sentiment model,
 * runs one trivial Spark job, and stops: the physical fixed cost of a run on this machine.
 */
public final class FixedCost {
  private FixedCost() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    SparkSession spark = SparkSessions.getOrCreate();
    CoreNlpSentimentScorer.shared().analyze("Models loaded."); // loads the tagger, parser and sentiment model
    SentimentModel.defaultModel();
    long rows = spark.range(1).count();
    spark.stop();
    System.out.printf(java.util.Locale.ROOT, "{\"rows\": %d, \"wall_s\": %.2f}%n", rows,
        (System.nanoTime() - start) / 1e9);
  }
}
