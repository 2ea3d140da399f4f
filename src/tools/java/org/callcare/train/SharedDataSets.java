package org.callcare.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled conversation sets of the project's shared data folder, read as {@link LabelledTurn}s (they are
 * never copied into the project):
 * <ul>
 *   <li>MELD ({@code meld/<split>_sent_emo.csv.gz}): the human sentiment label of each utterance;</li>
 *   <li>DailyDialog (RECCON, {@code dailydialog-reccon/dailydialog_<split>.json.gz}): emotion mapped to sentiment,
 *       happiness → positive, anger, disgust, fear, sadness → negative, neutral → neutral; surprise (either way)
 *       is kept unlabelled, as context;</li>
 *   <li>USS ({@code uss-user-satisfaction/<set>.txt.gz}): user turns by the mean of their 1–5 satisfaction
 *       ratings, below 2.5 negative, above 3.5 positive, else neutral (a rating of the service so far, so only a
 *       rough check); the system's turns come along unlabelled, as the scene of the user's.</li>
 * </ul>
 * Speakers are unknown in MELD and DailyDialog (peers, not agent and customer); USS user turns are customers
 * and its system turns agents. A turn with a null label is context only: it is read as the scene of the turns
 * after it, never trained on nor scored against a label. Each turn's position is its place in its dialogue.
 */
public final class SharedDataSets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> DAILYDIALOG_EMOTIONS = Map.ofEntries(
      Map.entry("happiness", "positive"), Map.entry("happines", "positive"), Map.entry("happy", "positive"),
      Map.entry("excited", "positive"), Map.entry("neutral", "neutral"), Map.entry("anger", "negative"),
      Map.entry("angry", "negative"), Map.entry("disgust", "negative"), Map.entry("fear", "negative"),
      Map.entry("sadness", "negative"), Map.entry("sad", "negative"));

  private SharedDataSets() {}

  /** MELD split {@code train}, {@code dev} or {@code test}. */
  public static List<LabelledTurn> meld(Path data, String split) throws IOException {
    List<LabelledTurn> out = new ArrayList<>();
    for (CSVRecord r : meldRecords(data, split)) {
      LabelledTurn t = new LabelledTurn("meld-" + split, meldId(split, r), r.get("Utterance"),
          r.get("Sentiment").trim().toLowerCase(Locale.ROOT), null, "meld-" + split + "-" + r.get("Dialogue_ID"));
      t.setPosition(Integer.parseInt(r.get("Utterance_ID").trim()));
      out.add(t);
    }
    return out;
  }

  /** MELD split's speaker (the character) of each turn id of {@link #meld}. */
  public static Map<String, String> meldSpeakers(Path data, String split) throws IOException {
    Map<String, String> out = new java.util.HashMap<>();
    for (CSVRecord r : meldRecords(data, split)) {
      out.put(meldId(split, r), r.get("Speaker"));
    }
    return out;
  }

  private static String meldId(String split, CSVRecord r) {
    return "meld-" + split + "-" + r.get("Dialogue_ID") + "-" + r.get("Utterance_ID");
  }

  private static List<CSVRecord> meldRecords(Path data, String split) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = gzip(data.resolve("meld/" + split + "_sent_emo.csv.gz"));
        CSVParser parser = CSVParser.parse(reader, format)) {
      return parser.getRecords();
    }
  }

  /** DailyDialog (RECCON) split {@code train}, {@code valid} or {@code test}. */
  public static List<LabelledTurn> dailyDialog(Path data, String split) throws IOException {
    List<LabelledTurn> out = new ArrayList<>();
    JsonNode root;
    try (Reader reader = gzip(data.resolve("dailydialog-reccon/dailydialog_" + split + ".json.gz"))) {
      root = JSON.readTree(reader);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> dialogue = it.next();
      int variant = 0;
      for (JsonNode conversation : dialogue.getValue()) {
        String group = "dd-" + split + "-" + dialogue.getKey() + "-" + variant++;
        for (JsonNode turn : conversation) {
          // surprise (either way) has no sentiment: its turns stay, unlabelled, as the scene of the next
          String label = DAILYDIALOG_EMOTIONS.get(turn.path("emotion").asText().trim().toLowerCase(Locale.ROOT));
          LabelledTurn t = new LabelledTurn("dailydialog-" + split, group + "-" + turn.path("turn").asText(),
              turn.path("utterance").asText(), label, null, group);
          t.setPosition(turn.path("turn").asInt());
          out.add(t);
        }
        break; // RECCON repeats a dialogue once per annotated cause; the first copy holds every turn
      }
    }
    return out;
  }

  /**
   * USS turns of one set ({@code MWOZ}, {@code SGD}, {@code CCPE}): the user's turns with their labels, and the
   * system's turns between them unlabelled (speaker {@code agent}), so that the layer reads each dialogue as the
   * job reads a call.
   */
  public static List<LabelledTurn> uss(Path data, String set) throws IOException {
    List<LabelledTurn> out = new ArrayList<>();
    int dialogue = 0;
    int turn = 0;
    try (BufferedReader reader = new BufferedReader(gzip(data.resolve("uss-user-satisfaction/" + set + ".txt.gz")))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          dialogue++;
          turn = 0;
          continue;
        }
        String[] f = line.split("\t", -1);
        turn++;
        String group = "uss-" + set + "-" + dialogue;
        String name = "uss-" + set.toLowerCase(Locale.ROOT);
        if (f.length >= 2 && "SYSTEM".equals(f[0]) && !f[1].isBlank()) {
          LabelledTurn t = new LabelledTurn(name, group + "-" + turn, f[1], null, "agent", group);
          t.setPosition(turn);
          out.add(t);
          continue;
        }
        if (f.length < 4 || !"USER".equals(f[0]) || "OVERALL".equals(f[1]) || f[3].isBlank()) {
          continue;
        }
        double sum = 0;
        String[] ratings = f[3].split(",");
        for (String r : ratings) {
          sum += Double.parseDouble(r.trim());
        }
        double mean = sum / ratings.length;
        String label = mean < 2.5 ? "negative" : mean > 3.5 ? "positive" : "neutral";
        LabelledTurn t = new LabelledTurn(name, group + "-" + turn, f[1], label, "customer", group);
        t.setPosition(turn);
        out.add(t);
      }
    }
    return out;
  }

  private static Reader gzip(Path file) throws IOException {
    InputStream in = new GZIPInputStream(Files.newInputStream(file));
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
