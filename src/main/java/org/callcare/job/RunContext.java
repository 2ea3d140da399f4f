package org.callcare.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * What every stage of one run shares: the Spark session and its Hadoop configuration, the options, the run id,
 * and the datasets persisted on the way (unpersisted together when the run ends).
 */
record RunContext(SparkSession spark, Configuration conf, JobOptions options, String runId,
    List<Dataset<?>> persisted) {

  static RunContext of(SparkSession spark, JobOptions options, String runId) {
    return new RunContext(spark, spark.sparkContext().hadoopConfiguration(), options, runId,
        Collections.synchronizedList(new ArrayList<>()));
  }

  /** The dataset persisted (memory, then disk) until the run ends. */
  <T> Dataset<T> keep(Dataset<T> dataset) {
    Dataset<T> kept = dataset.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(kept);
    return kept;
  }

  void unpersistAll() {
    persisted.forEach(Dataset::unpersist);
  }
}
