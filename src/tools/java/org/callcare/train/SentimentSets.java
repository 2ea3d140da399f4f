package org.callcare.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * Labelled turn sets after the NLP pass, cached as Parquet under a cache folder by set name and a digest of the
 * turns (ids, texts, labels, speakers), CoreNLP's settings and jar version and the default rules, so that a set
 * is parsed by CoreNLP once however often it is trained on or evaluated. A changed set, setting, CoreNLP or rule
 * file gets a new digest and is parsed again; a change to the analysis code itself ({@code TurnAnalysis}) does
 * not: clear the cache folder after one.
 */
final class SentimentSets {
  private final SparkSession spark;
  private final String cache;
  private final int partitions;

  SentimentSets(SparkSession spark, String cache, int partitions) {
    this.spark = spark;
    this.cache = cache;
    this.partitions = partitions;
  }

  Dataset<AnalyzedTurn> analyzed(String set, List<LabelledTurn> turns) throws IOException {
    Path cached = new Path(cache, set + "-" + digest(turns));
    FileSystem fs = cached.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(new Path(cached, "_SUCCESS"))) {
      long start = System.nanoTime();
      // written aside, then renamed: two runs analysing the same set at once never mix their files
      Path aside = new Path(cache, set + "-" + digest(turns) + ".tmp-" + java.util.UUID.randomUUID());
      TurnAnalysis.analyze(spark, turns, partitions).write().parquet(aside.toString());
      fs.delete(cached, true);
      if (!fs.rename(aside, cached)) {
        fs.delete(aside, true);
      }
      System.err.printf("analysed %s: %d turns in %.0f s%n", set, turns.size(), (System.nanoTime() - start) / 1e9);
    }
    return spark.read().parquet(cached.toString()).as(TurnAnalysis.ENCODER);
  }

  static String digest(List<LabelledTurn> turns) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // the analysis depends on CoreNLP's settings and the default rules too: a change to either parses again
      sha.update(new java.util.TreeMap<>(org.callcare.nlp.CoreNlpSettings.jobProperties()).toString()
          .getBytes(StandardCharsets.UTF_8));
      String corenlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
      sha.update(String.valueOf(corenlp).getBytes(StandardCharsets.UTF_8));
      try (var rules = SentimentSets.class.getResourceAsStream(
          org.callcare.behaviour.RuleBookLoader.DEFAULT_RESOURCE)) {
        if (rules == null) {
          throw new IllegalStateException("the default rules are not on the classpath: "
              + org.callcare.behaviour.RuleBookLoader.DEFAULT_RESOURCE);
        }
        sha.update(rules.readAllBytes());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (LabelledTurn t : turns) {
        for (String s : new String[] {t.getId(), t.getText(), t.getLabel(), t.getSpeaker(), t.getGroup()}) {
          sha.update((s == null ? "\u0000" : s).getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0x1f);
        }
        sha.update((byte) t.getPosition());
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
