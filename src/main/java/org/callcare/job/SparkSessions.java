package org.callcare.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session. Under spark-submit the master and settings come from spark-submit; started any other
 * way (bin/callcare) with no {@code spark.master} set, it runs an embedded local Spark on all cores.
 */
public final class SparkSessions {
  static final String LOCAL_MASTER = "local[*]";
  /** Shuffle partitions per core when spark.sql.shuffle.partitions is not set. */
  static final int SHUFFLE_PARTITIONS_PER_CORE = 2;

  private SparkSessions() {}

  /** Whether the session {@link #getOrCreate()} would start runs in this JVM (a local master, set or default). */
  static boolean masterIsLocal() {
    return new SparkConf().get("spark.master", LOCAL_MASTER).startsWith("local");
  }

  public static SparkSession getOrCreate() {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL_MASTER);
    }
    conf.setIfMissing("spark.app.name", "callcare");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // the job's SQL work is over call-level rows (thousands, not millions): compiling generated code for each of
    // its small Spark jobs on a cold JVM costs more than it saves, and competes with the NLP pass for the cores
    // (measured: job time -15% at 10 000 turns, -2.5 s on sample-data; docs/bench/codegen-2026-11-30.md)
    conf.setIfMissing("spark.sql.codegen.wholeStage", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (!conf.contains("spark.sql.shuffle.partitions")) {
      // the job's shuffles carry call-level rows: Spark's 200 partitions cost seconds a stage, minutes a run
      spark.conf().set("spark.sql.shuffle.partitions",
          Integer.toString(spark.sparkContext().defaultParallelism() * SHUFFLE_PARTITIONS_PER_CORE));
    }
    return spark;
  }
}
