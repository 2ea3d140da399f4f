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
