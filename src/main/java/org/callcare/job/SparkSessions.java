package org.callcare.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session. Under spark-submit the master and settings come from spark-submit; started any other
 * way (bin/callcare) with no {@code spark.master} set, it runs an embedded local Spark on all cores.
 */
public final class SparkSessions {
  static final String LOCAL_MASTER = "local[*]";
  static final int LOCAL_SHUFFLE_PARTITIONS_PER_CORE = 2;

  private SparkSessions() {}

  public static SparkSession getOrCreate() {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL_MASTER);
    }
    if (conf.get("spark.master").startsWith("local")) {
      // Spark's 200 shuffle partitions cost seconds per stage on one machine; a few per core is plenty
      conf.setIfMissing("spark.sql.shuffle.partitions",
          Integer.toString(Runtime.getRuntime().availableProcessors() * LOCAL_SHUFFLE_PARTITIONS_PER_CORE));
    }
    conf.setIfMissing("spark.app.name", "callcare");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
