package org.callcare.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds benchmark corpora of synthetic calls whose turns are real conversation text.
 *
 * <p>{@link #load} reads the shared data folder (never copied into the repository) into two pools of distinct
 * texts; {@link #write} samples calls from the pools into JSON Lines files in the project's input format (README,
 * "Input formats"); {@link #meldTest} gives the MELD test split with its human sentiment labels.
 *
 * <p>Files and columns read by {@link #load} (paths relative to the shared data folder; {@code .gz} files are gzip;
 * every listed file must exist):
 * <ul>
 *   <li>{@code twcs-customer-support-on-twitter/kaggle_sample.csv}, {@code twcs_first5000.csv.gz},
 *       {@code twcs_random5000.csv.gz}: columns {@code inbound} and {@code text} (found by name; the first5000 file
 *       has an extra unnamed index column). {@code inbound=False} (brand replies) go to the agent side,
 *       {@code inbound=True} (customer tweets) to the customer side, both cleaned by {@link #cleanTweet}. Bare CRs
 *       inside unquoted fields (two in first5000) are read as spaces; rows that still do not fit the header, or
 *       whose {@code inbound} is neither True nor False, are skipped. The Ericsson labelled/preprocessed subsets are
 *       not read: they are kept apart as labelled evaluation sets.</li>
 *   <li>{@code taskmaster4-coffee/data_*.json.gz} (all, in name order): {@code utterances[].speaker} and
 *       {@code .text}; {@code assistant} turns go to the agent side, {@code user} turns to the customer side.</li>
 *   <li>{@code uss-user-satisfaction/MWOZ.txt.gz}, {@code SGD.txt.gz}, {@code CCPE.txt.gz}: tab-separated lines,
 *       column 1 role and column 2 text; {@code SYSTEM} lines go to the agent side, {@code USER} lines to the
 *       customer side; blank separator lines and the dialogue-level {@code USER\tOVERALL} lines are skipped.</li>
 *   <li>{@code meld/train_sent_emo.csv.gz}, {@code dev_sent_emo.csv.gz}, {@code test_sent_emo.csv.gz}: column
 *       {@code Utterance}, customer side (TV dialogue has no agent role).</li>
 *   <li>{@code dailydialog-reccon/dailydialog_train.json.gz}, {@code dailydialog_valid.json.gz},
 *       {@code dailydialog_test.json.gz}: object of dialogue id to a list of turn lists, field {@code utterance},
 *       customer side. The text is tokenised ({@code "Mr . Bryant ? I ' m"}); spaces before punctuation and inside
 *       split contractions are removed ({@code "Mr. Bryant? I'm"}).</li>
 * </ul>
 * Every text has its white space collapsed and trimmed. Empty texts, texts over {@value #MAX_CHARS} characters
 * (code points) and exact duplicates within a pool (the first source in the order above wins) are dropped.
 * Source names: {@code twcs}, {@code taskmaster4}, {@code uss-mwoz}, {@code uss-sgd}, {@code uss-ccpe}, {@code meld},
 * {@code dailydialog}.
 */
public final class BenchCorpus {
  /** One utterance of a pool and where it came from (a source name listed in the class comment). */
  public record Utterance(String source, String text) {}

  /** What {@link #write} wrote. */
  public record Stats(int calls, int turns, int files) {}

  /** A MELD test utterance with its human sentiment: {@code positive}, {@code neutral} or {@code negative}. */
  public record LabelledUtterance(String text, String sentiment) {}

  /** Longer texts are left out of the pools. */
  public static final int MAX_CHARS = 400;
  /** Calls per output file. */
  public static final int CALLS_PER_FILE = 5_000;
  public static final int MIN_TURNS_PER_CALL = 6;
  public static final int MAX_TURNS_PER_CALL = 16;
  public static final int AGENTS = 40;
  public static final List<String> QUEUES = List.of("billing", "tech-support", "orders", "general");
  /** Calls start in [{@code FIRST_DAY}, {@code FIRST_DAY} + {@code DAYS} days). */
  public static final Instant FIRST_DAY = Instant.parse("2026-09-01T00:00:00Z");
  public static final int DAYS = 30;

  /** 150 words per minute. */
  static final int MS_PER_WORD = 400;
  static final int MIN_TURN_MS = 300;
  static final int MIN_GAP_MS = 300;
  static final int MAX_GAP_MS = 1500;
  static final double OVERLAP_PROBABILITY = 0.08;
  static final int MIN_OVERLAP_MS = 200;
  static final int MAX_OVERLAP_MS = 1200;

  private static final String TWCS = "twcs-customer-support-on-twitter";
  private static final List<String> TWCS_FILES =
      List.of("kaggle_sample.csv", "twcs_first5000.csv.gz", "twcs_random5000.csv.gz");
  private static final List<String> USS_FILES = List.of("MWOZ", "SGD", "CCPE");
  private static final List<String> MELD_SPLITS = List.of("train", "dev", "test");
  private static final List<String> DAILYDIALOG_SPLITS = List.of("train", "valid", "test");
  private static final Set<String> SENTIMENTS = Set.of("positive", "neutral", "negative");

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true).get(); // twcs_first5000 starts with an unnamed pandas index column
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = new JsonFactory();

  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");
  private static final Pattern BARE_CR = Pattern.compile("\r(?!\n)");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern LEADING_HANDLES = Pattern.compile("^\\.?(?:@\\w+[\\s,:;]*)+");
  private static final Pattern NUMERIC_HANDLE = Pattern.compile("\\s*@\\d+\\b");
  private static final Pattern CORPUS_FILE = Pattern.compile("calls-\\d{5,}\\.jsonl");
  private static final Pattern TASKMASTER_FILE = Pattern.compile("data_\\d+\\.json\\.gz");
  /** Removed from the end of every tweet, repeatedly: links, addressee handles, part markers ({@code 2/2}). */
  private static final List<Pattern> TWEET_TAILS = List.of(
      Pattern.compile("\\s*https?://\\S+$"),
      Pattern.compile("(?:^|\\s+)@\\w+$"),
      Pattern.compile("\\s*(?<![\\d/])\\(?[1-9]/[1-9]\\)?$"));
  /**
   * Agent sign-offs, removed from the end of brand replies: ^AB ^Lindy ^MK(3) *HAN *MikeRice -Shawn - TJ --JV -S.D.
   * ~AT ~jo /TR, each possibly followed by dots ({@code - Jason.}, {@code *TLT...}, {@code ^AP .}).
   */
  private static final List<Pattern> SIGN_OFFS = List.of(
      Pattern.compile("\\s*\\^ ?[A-Za-z]{1,15}(?:\\(\\d\\))?[ .]*$"),
      Pattern.compile("\\s*\\* ?[A-Z][A-Za-z]{0,20}[ .]*$"),
      Pattern.compile("\\s*(?:(?<=[\\s.!?,;:)])|^)(?:-{1,2}|\u2013|\u2014) ?"
          + "[A-Z][A-Za-z]{0,15}(?:\\.[A-Z][A-Za-z]*)*[ .]*$"),
      Pattern.compile("\\s*~ ?[A-Za-z]{1,15}[ .]*$"),
      Pattern.compile("\\s+/[A-Z]{1,4}$"));
  private static final Pattern SPLIT_CONTRACTION = Pattern.compile("(\\w) ' (s|m|d|t|ll|ve|re)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([.,?!;:%)])");
  private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\( +");

  private BenchCorpus() {}

  /**
   * Reads the two utterance pools from the shared data folder (see the class comment for the files and columns).
   *
   * @throws NoSuchFileException when one of the listed files is missing
   */
  public static UtterancePools load(Path sharedData) throws IOException {
    Pool agent = new Pool();
    Pool customer = new Pool();

    for (String name : TWCS_FILES) {
      readTwcs(sharedData.resolve(TWCS).resolve(name), agent, customer);
    }
    for (Path file : taskmasterFiles(sharedData.resolve("taskmaster4-coffee"))) {
      readTaskmaster(file, agent, customer);
    }
    for (String name : USS_FILES) {
      readUss(sharedData.resolve("uss-user-satisfaction").resolve(name + ".txt.gz"),
          "uss-" + name.toLowerCase(Locale.ROOT), agent, customer);
    }
    for (String split : MELD_SPLITS) {
      for (LabelledUtterance utterance : readMeld(sharedData.resolve("meld").resolve(split + "_sent_emo.csv.gz"))) {
        customer.add("meld", utterance.text());
      }
    }
    for (String split : DAILYDIALOG_SPLITS) {
      readDailyDialog(sharedData.resolve("dailydialog-reccon").resolve("dailydialog_" + split + ".json.gz"), customer);
    }
    return new UtterancePools(agent.utterances, customer.utterances);
  }

  /**
   * The MELD test split ({@code meld/test_sent_emo.csv.gz}, columns {@code Utterance} and {@code Sentiment}), every
   * row in file order with white space collapsed, including repeated texts; rows with an empty utterance are left
   * out. For comparing sentiment settings against human labels.
   */
  public static List<LabelledUtterance> meldTest(Path sharedData) throws IOException {
    return readMeld(sharedData.resolve("meld").resolve("test_sent_emo.csv.gz"));
  }

  /**
   * Writes calls whose turns total exactly {@code turns} into {@code outDir} (created when missing) as JSON Lines,
   * {@value #CALLS_PER_FILE} calls per file named {@code calls-00000.jsonl}, {@code calls-00001.jsonl}, ... Files of
   * that name already in {@code outDir} are deleted first, so the folder holds exactly this corpus; other files are
   * left alone.
   *
   * <p>Each call has {@code call_id} {@code B-0000001}, ... in order; {@code agent_id} one of {@code BA-01} ..
   * {@code BA-40}; {@code customer_id} from a pool of {@code max(1, turns / 20)} customers ({@code BC-00001}, ...) so
   * many customers call more than once; {@code started_at} an ISO-8601 UTC instant (whole seconds), non-decreasing in
   * call order with random (exponential) gaps, all within {@value #DAYS} days from {@code 2026-09-01T00:00:00Z};
   * {@code queue} one of {@link #QUEUES}; and {@code turns} alternating {@code agent} / {@code customer}, starting
   * with the agent. Every call has {@value #MIN_TURNS_PER_CALL} to {@value #MAX_TURNS_PER_CALL} turns, except a
   * single call when {@code turns} is below {@value #MIN_TURNS_PER_CALL}. Agent texts are drawn with replacement
   * from {@code agentSide}, customer texts from {@code customerSide}. Each turn has {@code start_ms} / {@code end_ms}:
   * about 150 words per minute (+-15%, at least {@value #MIN_TURN_MS} ms), then a 300-1500 ms gap before the next
   * turn, or (8% of turns) a start 200-1200 ms before the previous turn's end, never before its start.
   *
   * <p>The output depends only on the pools (their order), {@code turns} and {@code seed}: the same arguments give
   * byte-identical files. UTF-8, one call per line, each line ending in {@code \n}.
   *
   * @throws IllegalArgumentException when {@code turns} is negative, or positive with an empty pool
   */
  public static Stats write(UtterancePools pools, int turns, long seed, Path outDir) throws IOException {
    if (turns < 0) {
      throw new IllegalArgumentException("turns must not be negative: " + turns);
    }
    List<Utterance> agentSide = pools.agentSide();
    List<Utterance> customerSide = pools.customerSide();
    if (turns > 0 && (agentSide.isEmpty() || customerSide.isEmpty())) {
      throw new IllegalArgumentException("both pools need at least one utterance");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] callTurns = callLengths(turns, random);
    long[] startSeconds = startTimes(callTurns.length, random);
    int customers = Math.max(1, turns / 20);

    Files.createDirectories(outDir);
    deleteEarlierCorpus(outDir);
    int files = (callTurns.length + CALLS_PER_FILE - 1) / CALLS_PER_FILE;
    for (int file = 0; file < files; file++) {
      Path path = outDir.resolve(String.format(Locale.ROOT, "calls-%05d.jsonl", file));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
          JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        json.setRootValueSeparator(null);
        int last = Math.min(callTurns.length, (file + 1) * CALLS_PER_FILE);
        for (int call = file * CALLS_PER_FILE; call < last; call++) {
          writeCall(json, call, callTurns[call], startSeconds[call], customers, agentSide, customerSide, random);
          json.writeRaw('\n');
        }
      }
    }
    return new Stats(callTurns.length, turns, files);
  }

  private static void writeCall(JsonGenerator json, int call, int turns, long startSecond, int customers,
      List<Utterance> agentSide, List<Utterance> customerSide, SplittableRandom random) throws IOException {
    json.writeStartObject();
    json.writeStringField("call_id", String.format(Locale.ROOT, "B-%07d", call + 1));
    json.writeStringField("agent_id", String.format(Locale.ROOT, "BA-%02d", 1 + random.nextInt(AGENTS)));
    json.writeStringField("customer_id", String.format(Locale.ROOT, "BC-%05d", 1 + random.nextInt(customers)));
    json.writeStringField("started_at", FIRST_DAY.plusSeconds(startSecond).toString());
    json.writeStringField("queue", QUEUES.get(random.nextInt(QUEUES.size())));
    json.writeArrayFieldStart("turns");
    long previousStart = 0;
    long previousEnd = 0;
    for (int turn = 0; turn < turns; turn++) {
      boolean agentTurn = turn % 2 == 0;
      List<Utterance> pool = agentTurn ? agentSide : customerSide;
      String text = pool.get(random.nextInt(pool.size())).text();
      long start;
      if (turn == 0) {
        start = random.nextInt(0, 801);
      } else if (random.nextDouble() < OVERLAP_PROBABILITY) {
        start = Math.max(previousStart, previousEnd - random.nextInt(MIN_OVERLAP_MS, MAX_OVERLAP_MS + 1));
      } else {
        start = previousEnd + random.nextInt(MIN_GAP_MS, MAX_GAP_MS + 1);
      }
      long duration = Math.max(MIN_TURN_MS,
          Math.round(words(text) * MS_PER_WORD * (0.85 + 0.3 * random.nextDouble())));
      long end = start + duration;
      json.writeStartObject();
      json.writeStringField("speaker", agentTurn ? "agent" : "customer");
      json.writeStringField("text", text);
      json.writeNumberField("start_ms", start);
      json.writeNumberField("end_ms", end);
      json.writeEndObject();
      previousStart = start;
      previousEnd = end;
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Cleans one tweet: unescapes HTML entities ({@code &amp;} and friends), collapses white space, removes leading
   * {@code @handles}, anonymised numeric {@code @123456} handles anywhere, and, repeatedly from the end, links,
   * trailing {@code @handles}, part markers ({@code 2/2}, {@code (1/2)}) and, on brand replies
   * ({@code outbound}), agent sign-offs ({@code ^AB}, {@code ^Lindy}, {@code *HAN}, {@code *MikeRice},
   * {@code -Shawn}, {@code - TJ}, {@code --JV}, {@code ~AT}, {@code /TR}). May return an empty string.
   */
  public static String cleanTweet(String raw, boolean outbound) {
    String text = collapse(unescapeHtml(raw));
    text = LEADING_HANDLES.matcher(text).replaceFirst("");
    text = NUMERIC_HANDLE.matcher(text).replaceAll("");
    String before;
    do {
      before = text;
      for (Pattern tail : TWEET_TAILS) {
        text = tail.matcher(text).replaceFirst("");
      }
      if (outbound) {
        for (Pattern signOff : SIGN_OFFS) {
          text = signOff.matcher(text).replaceFirst("");
        }
      }
      text = text.strip();
    } while (!text.equals(before));
    return collapse(text);
  }

  /** Undoes the DailyDialog tokenisation: {@code "Mr . Bryant ? I ' m ( ok )"} -> {@code "Mr. Bryant? I'm (ok)"}. */
  static String detokenize(String text) {
    String joined = SPLIT_CONTRACTION.matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "'" + m.group(2).toLowerCase(Locale.ROOT)));
    joined = SPACE_BEFORE_PUNCTUATION.matcher(joined).replaceAll("$1");
    return SPACE_AFTER_PAREN.matcher(joined).replaceAll("(");
  }

  static String unescapeHtml(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> {
        int codePoint = name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        yield Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "&" + name + ";";
      }
    };
  }

  private static String collapse(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Turns per call, 6-16 each, summing to {@code turns}; only a total below 6 gives a shorter (single) call. */
  private static int[] callLengths(int turns, SplittableRandom random) {
    int[] lengths = new int[turns / MIN_TURNS_PER_CALL + 1];
    int calls = 0;
    int remaining = turns;
    while (remaining > 0) {
      int n = random.nextInt(MIN_TURNS_PER_CALL, MAX_TURNS_PER_CALL + 1);
      if (n >= remaining) {
        n = remaining;
      } else if (remaining - n < MIN_TURNS_PER_CALL) { // would leave a too short last call
        n = remaining <= MAX_TURNS_PER_CALL ? remaining : remaining - MIN_TURNS_PER_CALL;
      }
      lengths[calls++] = n;
      remaining -= n;
    }
    return Arrays.copyOf(lengths, calls);
  }

  /** Seconds after {@link #FIRST_DAY}, non-decreasing, exponential gaps scaled to fit in {@value #DAYS} days. */
  private static long[] startTimes(int calls, SplittableRandom random) {
    double[] cumulative = new double[calls + 1];
    double sum = 0;
    for (int i = 0; i <= calls; i++) {
      sum += -Math.log(1.0 - random.nextDouble());
      cumulative[i] = sum;
    }
    long window = Duration.ofDays(DAYS).toSeconds();
    long[] seconds = new long[calls];
    for (int i = 0; i < calls; i++) {
      seconds[i] = Math.min(window - 1, (long) Math.floor(cumulative[i] / sum * window));
    }
    return seconds;
  }

  private static void deleteEarlierCorpus(Path outDir) throws IOException {
    List<Path> old = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(outDir)) {
      for (Path file : listing) {
        if (CORPUS_FILE.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
          old.add(file);
        }
      }
    }
    for (Path file : old) {
      Files.delete(file);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static String readText(Path file) throws IOException {
    try (InputStream in = open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void readTwcs(Path file, Pool agent, Pool customer) throws IOException {
    String content = BARE_CR.matcher(readText(file)).replaceAll(" ");
    try (CSVParser parser = CSVParser.parse(content, CSV)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (!header.containsKey("inbound") || !header.containsKey("text")) {
        throw new IOException(file + ": expected the columns inbound and text, found " + header.keySet());
      }
      for (CSVRecord record : parser) {
        if (!record.isConsistent() || !record.isSet("inbound") || !record.isSet("text")) {
          continue;
        }
        String inbound = record.get("inbound").strip();
        if (inbound.equalsIgnoreCase("true")) {
          customer.add("twcs", cleanTweet(record.get("text"), false));
        } else if (inbound.equalsIgnoreCase("false")) {
          agent.add("twcs", cleanTweet(record.get("text"), true));
        }
      }
    }
  }

  private static List<Path> taskmasterFiles(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> TASKMASTER_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(folder.resolve("data_00.json.gz").toString(), null, "no Taskmaster-4 data files");
    }
    return files;
  }

  private static void readTaskmaster(Path file, Pool agent, Pool customer) throws IOException {
    JsonNode conversations;
    try (InputStream in = open(file)) {
      conversations = MAPPER.readTree(in);
    }
    for (JsonNode conversation : conversations) {
      for (JsonNode utterance : conversation.path("utterances")) {
        String speaker = utterance.path("speaker").asText("");
        String text = utterance.path("text").asText("");
        if (speaker.equals("assistant")) {
          agent.add("taskmaster4", text);
        } else if (speaker.equals("user")) {
          customer.add("taskmaster4", text);
        }
      }
    }
  }

  private static void readUss(Path file, String source, Pool agent, Pool customer) throws IOException {
    for (String line : readText(file).split("\r?\n")) {
      String[] columns = line.split("\t", -1);
      if (columns.length < 2) {
        continue;
      }
      String role = columns[0].strip();
      String text = columns[1];
      if (role.equals("SYSTEM")) {
        agent.add(source, text);
      } else if (role.equals("USER") && !text.strip().equals("OVERALL")) {
        customer.add(source, text);
      }
    }
  }

  private static List<LabelledUtterance> readMeld(Path file) throws IOException {
    List<LabelledUtterance> utterances = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(readText(file), CSV)) {
      if (!parser.getHeaderMap().containsKey("Utterance") || !parser.getHeaderMap().containsKey("Sentiment")) {
        throw new IOException(file + ": expected the columns Utterance and Sentiment");
      }
      for (CSVRecord record : parser) {
        String text = collapse(record.get("Utterance"));
        String sentiment = record.get("Sentiment").strip().toLowerCase(Locale.ROOT);
        if (!SENTIMENTS.contains(sentiment)) {
          throw new IOException(file + " line " + record.getRecordNumber() + ": unknown sentiment " + sentiment);
        }
        if (!text.isEmpty()) {
          utterances.add(new LabelledUtterance(text, sentiment));
        }
      }
    }
    return utterances;
  }

  private static void readDailyDialog(Path file, Pool customer) throws IOException {
    JsonNode dialogues;
    try (InputStream in = open(file)) {
      dialogues = MAPPER.readTree(in);
    }
    for (JsonNode dialogue : dialogues) { // id -> [[turn, ...]]
      for (JsonNode turns : dialogue) {
        for (JsonNode turn : turns) {
          customer.add("dailydialog", detokenize(collapse(turn.path("utterance").asText(""))));
        }
      }
    }
  }

  /** Distinct texts of one side, in the order first seen. */
  private static final class Pool {
    private final Set<String> seen = new HashSet<>();
    private final List<Utterance> utterances = new ArrayList<>();

    void add(String source, String text) {
      String clean = collapse(text);
      if (clean.isEmpty() || clean.codePointCount(0, clean.length()) > MAX_CHARS || !seen.add(clean)) {
        return;
      }
      utterances.add(new Utterance(source, clean));
    }
  }
}
