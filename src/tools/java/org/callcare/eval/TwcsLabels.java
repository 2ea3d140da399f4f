package org.callcare.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the human-labelled agent tweets of the Ericsson TWCS set ({@code twcs-<Brand>-<n>-outbound.csv}: columns
 * found by name; {@code text}, {@code tweet_id}, and one column per activity label holding 1 or blank). Only the
 * requested label columns are kept; a file without any of them is skipped.
 */
public final class TwcsLabels {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true).get(); // the first column is an unnamed pandas index

  private TwcsLabels() {}

  /**
   * The spot-check set: tweets of {@code tweetsCsvGz} (the TWCS random sample, gzip CSV with {@code tweet_id} and
   * {@code text}) labelled in {@code labelsCsv} ({@code tweet_id,apologize,refer}, 0/1), under the label names
   * {@code labelNames} (apologize's, then refer's), all as brand {@code spot-check}.
   */
  public static List<LabelledText> readSpotCheck(Path tweetsCsvGz, Path labelsCsv, List<String> labelNames)
      throws IOException {
    Map<String, String> texts = new java.util.HashMap<>();
    try (Reader reader = new java.io.InputStreamReader(
            new java.util.zip.GZIPInputStream(Files.newInputStream(tweetsCsvGz)), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      for (CSVRecord record : parser) {
        texts.put(record.get("tweet_id"), record.get("text"));
      }
    }
    List<LabelledText> out = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(labelsCsv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      for (CSVRecord record : parser) {
        String text = texts.get(record.get("tweet_id"));
        if (text == null) {
          throw new IOException("tweet " + record.get("tweet_id") + " of " + labelsCsv + " is not in " + tweetsCsvGz);
        }
        Map<String, Boolean> labels = new LinkedHashMap<>();
        labels.put(labelNames.get(0), "1".equals(record.get("apologize").strip()));
        labels.put(labelNames.get(1), "1".equals(record.get("refer").strip()));
        out.add(new LabelledText("spot-check", record.get("tweet_id"), text, labels));
      }
    }
    return out;
  }

  /** The labelled texts of every outbound file in {@code folder}, sorted by file name. */
  public static List<LabelledText> read(Path folder, List<String> labelColumns) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().matches("twcs-.+-outbound\\.csv")).sorted().toList();
    }
    List<LabelledText> texts = new ArrayList<>();
    for (Path file : files) {
      String brand = file.getFileName().toString().replaceFirst("^twcs-(.+?)-\\d+-outbound\\.csv$", "$1");
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(reader, FORMAT)) {
        List<String> present = labelColumns.stream().filter(parser.getHeaderMap()::containsKey).toList();
        if (present.isEmpty()) {
          continue;
        }
        for (CSVRecord record : parser) {
          Map<String, Boolean> labels = new LinkedHashMap<>();
          for (String column : present) {
            labels.put(column, "1".equals(record.get(column).strip()) || "1.0".equals(record.get(column).strip()));
          }
          texts.add(new LabelledText(brand, record.get("tweet_id"), record.get("text"), labels));
        }
      }
    }
    return texts;
  }
}
