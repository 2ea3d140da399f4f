package org.callcare.testing;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of the test JVM (local[2], UI off, 2 shuffle partitions, loopback only). */
public final class TestSpark {
  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("callcare-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  private TestSpark() {}

  public static SparkSession session() {
    return Holder.SESSION;
  }
}
