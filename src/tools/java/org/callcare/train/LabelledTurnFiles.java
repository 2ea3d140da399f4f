package org.callcare.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads labelled turns from CSV (header with {@code text}, {@code label}, optional {@code speaker}, {@code id},
 * {@code call_id}) or JSON Lines (objects with the same fields) on any Hadoop file system, gzip allowed. Labels
 * are {@code negative}, {@code neutral}, {@code positive} (any case); a line without text or with another label
 * fails the read with its line number.
 */
public final class LabelledTurnFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledTurnFiles() {}

  public static List<LabelledTurn> read(String set, String path, Configuration conf) throws IOException {
    Path file = new Path(path);
    FileSystem fs = file.getFileSystem(conf);
    try (InputStream raw = fs.open(file)) {
      InputStream in = path.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      String name = path.endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
      List<LabelledTurn> turns = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(set, path, reader)
          : jsonLines(set, path, reader);
      // a call's turns are in the file in the order they were said
      java.util.Map<String, Integer> next = new java.util.HashMap<>();
      for (LabelledTurn t : turns) {
        if (t.getGroup() != null) {
          t.setPosition(next.merge(t.getGroup(), 1, Integer::sum) - 1);
        }
      }
      return turns;
    }
  }

  private static List<LabelledTurn> csv(String set, String path, Reader reader) throws IOException {
    List<LabelledTurn> out = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord r : parser) {
        String where = path + " line " + parser.getCurrentLineNumber();
        out.add(turn(set, where, get(r, "id"), get(r, "text"), get(r, "label"), get(r, "speaker"),
            get(r, "call_id"), out.size()));
      }
    }
    return out;
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
  }

  private static List<LabelledTurn> jsonLines(String set, String path, Reader reader) throws IOException {
    List<LabelledTurn> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      out.add(turn(set, path + " line " + number, text(n, "id"), text(n, "text"), text(n, "label"),
          text(n, "speaker"), text(n, "call_id"), out.size()));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static LabelledTurn turn(String set, String where, String id, String text, String label, String speaker,
      String group, int index) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(where + ": no text");
    }
    String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    if (!l.equals("negative") && !l.equals("neutral") && !l.equals("positive")) {
      throw new IllegalArgumentException(where + ": label must be negative, neutral or positive, was '" + label + "'");
    }
    String s = speaker == null || speaker.isBlank() ? null : speaker.trim().toLowerCase(Locale.ROOT);
    return new LabelledTurn(set, id == null ? set + "-" + index : id, text, l, s, group == null || group.isBlank()
        ? null : group);
  }
}
