package org.callcare.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session. Under spark-submit the master and settings come from spark-submit; started any other
 * way (bin/callcare) with no {@code spark.master} set, it runs an embedded local Spark on all cores.
 */
final class SparkSessions {
  static final String LOCAL_MASTER = "local[*]";

  private SparkSessions() {}

  static SparkSession getOrCreate() {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL_MASTER);
    }
    conf.setIfMissing("spark.app.name", "callcare");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
