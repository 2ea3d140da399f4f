package org.callcare.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads whole files, named by the literal paths the listing gave, in Spark tasks. Unlike Spark's file sources it
 * never treats a name as a glob or parses it as a URI on its own, so any name a file system allows is read:
 * colons (Amazon Connect's {@code …_analysis_2026-10-20T09:30:00Z.json}), backslashes, brackets, '*', '?', '%'.
 * A file that cannot be read (removed after listing, no permission) is handed on with its error, not thrown.
 */
final class WholeFiles {
  private WholeFiles() {}

  /** What a task makes of one file: its bytes, or the reason it could not be read. */
  @FunctionalInterface
  interface FileHandler<T> extends java.io.Serializable {
    /**
     * @param path the file's path as listed
     * @param bytes its content, or null when it could not be read
     * @param error why it could not be read, or null
     */
    Iterable<T> handle(String path, byte[] bytes, String error) throws Exception;
  }

  /** Files spread over at most 4 tasks per core, each read whole and handled. */
  static <T> Dataset<T> read(SparkSession spark, List<String> paths, Encoder<T> encoder, FileHandler<T> handler) {
    if (paths.isEmpty()) {
      return spark.emptyDataset(encoder);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf = context.broadcast(
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    int slices = Math.max(1, Math.min(paths.size(), 4 * context.defaultParallelism()));
    Dataset<String> names = spark.createDataset(context.parallelize(paths, slices).rdd(), Encoders.STRING());
    return names.flatMap((FlatMapFunction<String, T>) path -> {
      byte[] bytes = null;
      String error = null;
      try {
        bytes = readAll(path, conf.value().value());
      } catch (java.io.FileNotFoundException e) {
        error = "the file was removed or renamed after it was listed";
      } catch (org.apache.hadoop.security.AccessControlException | java.nio.file.AccessDeniedException e) {
        error = "no permission to read the file";
      } catch (IOException | RuntimeException e) {
        error = "the file could not be read (" + e.getMessage() + ")";
      }
      return handler.handle(path, bytes, error).iterator();
    }, encoder);
  }

  /** A listed path's bytes: the path string is taken whole, never globbed. */
  static byte[] readAll(String path, Configuration conf) throws IOException {
    Path file = new Path(path);
    FileSystem fs = file.getFileSystem(conf);
    if (fs instanceof ChecksumFileSystem checksummed) {
      // the local file system looks for a ".<name>.crc" beside each file, a name it builds by parsing: inputs
      // have no checksum files, and reading the raw file keeps any name readable
      fs = checksummed.getRawFileSystem();
    }
    try (InputStream in = fs.open(file)) {
      return in.readAllBytes();
    }
  }
}
