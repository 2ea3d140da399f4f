package org.callcare.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of input files that go wrong the ways real contact-center exports do, each with the outcome a careful
 * analyst expects from the ingest pipeline ({@code InputFileReader} then {@code CallAssembler}, plus the job's
 * duplicate rule: the first source path keeps a call id). Small readable fixtures live under
 * {@code src/test/resources/robustness/} and are copied; binary, re-encoded, large and vendor-derived files are
 * generated here, so that nothing binary or large is committed.
 *
 * <p>Layout under the target folder: {@code jsonl/} (callcare JSON Lines that carry their own metadata, no
 * calls.csv), {@code dup/} (one call id in two files), {@code text/} (callcare text transcripts and their
 * calls.csv), {@code broken-csv/} (a transcript beside a calls.csv with a broken header), {@code vendor/} (Contact
 * Lens, Transcribe, CCAI and Genesys files and their calls.csv), {@code unrelated/} (files that are not
 * transcripts) and {@code big/} (a 50 MB JSON Lines file).
 */
public final class RobustnessCorpus {

  /**
   * One input file and what should come of it.
   *
   * @param file the path relative to the corpus folder ('/'-separated)
   * @param calls calls processed from it (a duplicate call id is not processed)
   * @param rejected rejected records from it: rejected lines, calls, whole files and duplicates
   * @param turnsKept turns in its processed calls
   * @param turnsDropped turns its processed calls dropped as repairs
   * @param turnsRejected turns of its rejected calls (a record rejected before a call exists holds none)
   * @param expectedText text that must appear in a rejection reason (when {@code rejected > 0}) or else in a
   *     warning of its calls; null: no rejection and no warning at all
   */
  public record Case(String file, int calls, int rejected, int turnsKept, int turnsDropped, int turnsRejected,
      String expectedText) {}

  /** Decoded from Latin-1 bytes: these must come out exactly, accents and all. */
  public static final String LATIN1_FILE = "text/latin1-cafe.txt";
  public static final List<String> LATIN1_TURNS = List.of(
      "Bonjour, vous êtes bien au café Lumière, Zoé à l'appareil.",
      "Bonjour Zoé, ma commande de crème brûlée n'est pas arrivée.",
      "Je suis désolée, je vérifie ça tout de suite.");

  /** The turns of the three UTF-16 files (with a byte order mark, little- and big-endian, and without one). */
  public static final List<String> UTF16_FILES =
      List.of("text/utf16le-bom.txt", "text/utf16be-bom.txt", "text/utf16le-no-bom.txt");
  public static final List<String> UTF16_TURNS = List.of(
      "Northwind Energy, Rhys speaking.",
      "Grüße aus München: my bill is €40 higher than last month.",
      "I'm sorry about that, I'll correct it now.");

  /** CRLF line ends, with a continuation line: no carriage return may be left in a turn. */
  public static final String CRLF_FILE = "text/crlf-line-ends.txt";
  public static final List<String> CRLF_TURNS = List.of(
      "Northwind Energy, Rhys speaking.",
      "Hi, I'd like to read my meter. It says 04512 on the left dial.",
      "Thank you, I've added that reading to your account.");

  /** Text in other scripts and emoji: every turn must come out unchanged. */
  public static final String NON_LATIN_FILE = "jsonl/emoji-non-latin.jsonl";
  public static final List<List<String>> NON_LATIN_CALLS = List.of(
      List.of("お電話ありがとうございます。担当の佐藤です。🙂", "請求書の金額が間違っているようです 😟", "👍🏽"),
      List.of("شكراً لاتصالك بنورثويند، معك ليلى. كيف أساعدك؟", "فاتورتي هذا الشهر أعلى من المعتاد 😠"),
      List.of("Здравствуйте, меня зовут Ольга. Чем могу помочь? 👋", "У меня не работает интернет с самого утра."));

  /** Chat text with HTML: the turns as plain text (tags gone, entities decoded). */
  public static final String HTML_FILE = "jsonl/html-chat.jsonl";
  public static final List<String> HTML_TURNS = List.of(
      "Hi, I’m Sam. How can I help?",
      "my discount code didn't work",
      "Sorry about that! Could you send me the code? I'll check it & fix it.",
      "WELCOME15");

  public static final String NEGATIVE_TIMES_FILE = "jsonl/timestamps-negative.jsonl";
  public static final String OUT_OF_ORDER_FILE = "jsonl/timestamps-out-of-order.jsonl";
  /** The out-of-order call's turns once put in order of their start. */
  public static final List<String> OUT_OF_ORDER_SORTED = List.of(
      "Northwind Broadband, Dana speaking.", "Hi, I have no internet.", "Let me look at your line.", "Thank you.");
  public static final String OVERLAPPING_FILE = "jsonl/timestamps-overlapping.jsonl";
  public static final List<Long> OVERLAPPING_STARTS = List.of(0L, 2100L, 5000L);
  public static final String NUL_FILE = "jsonl/nul-bytes.jsonl";

  /** One turn of 200 000 characters. */
  public static final String HUGE_TURN_FILE = "jsonl/huge-turn.jsonl";
  public static final int HUGE_TURN_CHARS = 200_000;

  /** Lower-case ASR text without punctuation or sentence breaks, in a Transcribe Call Analytics file. */
  public static final String ASR_FILE = "vendor/asr-run-on-0007.json";
  public static final int ASR_WORDS = 2_400;

  /** A Contact Lens voice file without agent, customer or start time: calls.csv gives all three. */
  public static final String CONTACT_LENS_VOICE_FILE = "vendor/contact-lens-voice-7c1f3e2a.json";
  public static final String CONTACT_LENS_VOICE_AGENT = "A-RHYS";
  public static final String CONTACT_LENS_VOICE_CUSTOMER = "CU-5001";
  public static final Instant CONTACT_LENS_VOICE_STARTED_AT = Instant.parse("2026-10-14T09:28:41Z");

  /**
   * A Contact Lens voice file under its S3 key name (which holds a time) beside a calls.csv that gives the call's
   * real start: the start the calls.csv states is the one to use, not a time guessed from the file name.
   */
  public static final String CONTACT_LENS_NAMED_FILE =
      "vendor/3b8e0d44-91c2-4f7a-b6e5-0c2a7f19d854_analysis_redacted_2026-10-15T14_05_12Z.json";
  public static final Instant CONTACT_LENS_NAMED_STARTED_AT = Instant.parse("2026-10-15T13:58:40Z");

  /** The 50 MB JSON Lines file: this many calls of 4 turns; every 500th call has one more, empty, turn. */
  public static final String BIG_FILE = "big/fifty-megabytes.jsonl";
  public static final int BIG_CALLS = 50_000;
  public static final long BIG_MIN_BYTES = 50L * 1024 * 1024;
  private static final int BIG_EMPTY_TURN_EVERY = 500;

  private static final String RESOURCES = "robustness/";
  private static final String VENDOR = "vendor/";
  private static final String CONTACT_LENS_VOICE_FIXTURE =
      "contact-lens/7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13_analysis_2026-10-14T09_30_00Z.json";
  private static final String CONTACT_LENS_2022_FIXTURE =
      "contact-lens/3b8e0d44-91c2-4f7a-b6e5-0c2a7f19d854_analysis_redacted_2026-10-15T14_05_12Z.json";
  private static final String CONTACT_LENS_CHAT_FIXTURE =
      "contact-lens/e5a0c7d2-6f13-4b8e-9d21-7a4f0b3c5e86_analysis_2026-10-16T18_24_03Z.json";
  private static final String TRANSCRIBE_FIXTURE = "transcribe/northwind-bb-0412-2026-10-17.json";
  private static final String CCAI_UPLOAD_FIXTURE = "ccai/delayed-delivery-upload.json";
  private static final String CCAI_TWO_AGENTS_FIXTURE = "ccai/billing-transfer-two-agents-upload.json";
  private static final String CCAI_RESOURCE_FIXTURE = "ccai/damaged-lamp-conversation-resource.json";
  private static final String GENESYS_FIXTURE = "genesys/damaged-bookcase-call.json";
  private static final String GENESYS_CONVERSATION_ID = "5f0c2a9e-8b41-4d6a-9c3e-1a7d2b6e4f80";

  private RobustnessCorpus() {}

  /** Writes every case's file (and each folder's calls.csv) into {@code dir}; returns the expectations. */
  public static List<Case> write(Path dir) {
    try {
      List<Case> cases = new ArrayList<>();
      writeJsonLines(dir, cases);
      writeDuplicates(dir, cases);
      writeText(dir, cases);
      writeBrokenCsv(dir, cases);
      writeVendor(dir, cases);
      writeUnrelated(dir, cases);
      writeBig(dir, cases);
      return List.copyOf(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // callcare JSON Lines carrying their own metadata (no calls.csv in jsonl/)

  private static void writeJsonLines(Path dir, List<Case> cases) throws IOException {
    bytes(dir, "jsonl/empty.jsonl", new byte[0]);
    cases.add(new Case("jsonl/empty.jsonl", 0, 1, 0, 0, 0, "empty file"));
    text(dir, "jsonl/whitespace-only.jsonl", "  \n\t\r\n   \n\n");
    cases.add(new Case("jsonl/whitespace-only.jsonl", 0, 1, 0, 0, 0, "empty file"));

    copy(dir, "jsonl/zero-length-turns.jsonl");
    cases.add(new Case("jsonl/zero-length-turns.jsonl", 1, 0, 3, 2, 0, "dropped 2 turn(s) without text"));
    copy(dir, "jsonl/only-system-turns.jsonl");
    cases.add(new Case("jsonl/only-system-turns.jsonl", 0, 1, 0, 0, 3, "only system turns"));
    copy(dir, "jsonl/unknown-speaker.jsonl");
    cases.add(new Case("jsonl/unknown-speaker.jsonl", 0, 1, 0, 0, 0,
        "speaker 'supervisor' is not agent, customer or system"));
    copy(dir, "jsonl/missing-agent-id.jsonl");
    cases.add(new Case("jsonl/missing-agent-id.jsonl", 0, 1, 0, 0, 2, "agent_id is missing"));
    copy(dir, "jsonl/started-at-unparsable.jsonl");
    cases.add(new Case("jsonl/started-at-unparsable.jsonl", 0, 1, 0, 0, 0,
        "started_at 'next Tuesday' is not an ISO-8601 date-time"));

    // Broken JSON: the whole (one-line) file, one line among good ones, the first line among good ones.
    copy(dir, "jsonl/invalid-json.jsonl");
    cases.add(new Case("jsonl/invalid-json.jsonl", 0, 1, 0, 0, 0, "line 1: invalid JSON at column"));
    copy(dir, "jsonl/one-bad-line.jsonl");
    cases.add(new Case("jsonl/one-bad-line.jsonl", 3, 1, 6, 0, 0, "line 3: invalid JSON"));
    copy(dir, "jsonl/bad-first-line.jsonl");
    cases.add(new Case("jsonl/bad-first-line.jsonl", 2, 1, 4, 0, 0, "line 1: invalid JSON"));
    // A stray closing brace after a line's object: read, with a warning.
    copy(dir, "jsonl/trailing-brace.jsonl");
    cases.add(new Case("jsonl/trailing-brace.jsonl", 1, 0, 2, 0, 0, "ignored text after"));
    // A comment line heading a JSON Lines file is not data: every call after it is read (as comments in
    // vendor JSON are accepted, without a warning).
    copy(dir, "jsonl/comment-header.jsonl");
    cases.add(new Case("jsonl/comment-header.jsonl", 3, 0, 6, 0, 0, null));
    // Calls pretty-printed one after the other (what `jq . calls.jsonl` writes): every call is read.
    copy(dir, "jsonl/pretty-printed-stream.json");
    cases.add(new Case("jsonl/pretty-printed-stream.json", 2, 0, 4, 0, 0, null));

    // Encodings and stray bytes.
    String bomCalls = callLine("R-BOM-1", "CU-2091", "2026-10-14T12:30:00Z",
        turn("agent", "Hello, Dana speaking."), turn("customer", "Hi, my modem is blinking orange.")) + "\n"
        + callLine("R-BOM-2", "CU-2092", "2026-10-14T12:40:00Z",
        turn("agent", "Hello, Dana speaking."), turn("customer", "Can you send me a new router?")) + "\n";
    bytes(dir, "jsonl/utf8-bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        bomCalls.getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("jsonl/utf8-bom.jsonl", 2, 0, 4, 0, 0, null));

    String nul = callLine("R-NUL-1", "CU-2093", "2026-10-14T12:50:00Z",
        turn("agent", "Hello, Dana\u0000 speaking."), turn("customer", "Hi, the app won't let me log in.")) + "\n"
        + "\u0000\u0000\u0000\n"
        + callLine("R-NUL-2", "CU-2094", "2026-10-14T13:00:00Z",
        turn("agent", "Hello, Dana speaking."), turn("customer", "I never got my welcome email.")) + "\n"
        + "\u0000\u0000";
    text(dir, NUL_FILE, nul);
    cases.add(new Case(NUL_FILE, 2, 0, 4, 0, 0, "removed 6 NUL/control characters"));

    StringBuilder nonLatin = new StringBuilder();
    for (int i = 0; i < NON_LATIN_CALLS.size(); i++) {
      List<String> texts = NON_LATIN_CALLS.get(i);
      List<String> turns = new ArrayList<>();
      for (int t = 0; t < texts.size(); t++) {
        turns.add(turn(t % 2 == 0 ? "agent" : "customer", texts.get(t)));
      }
      nonLatin.append(callLine("R-INTL-" + (i + 1), "CU-210" + i, "2026-10-14T13:1" + i + ":00Z",
          turns.toArray(String[]::new))).append('\n');
    }
    text(dir, NON_LATIN_FILE, nonLatin.toString());
    cases.add(new Case(NON_LATIN_FILE, 3, 0, 7, 0, 0, null));

    // Repairs in the call.
    copy(dir, HTML_FILE);
    cases.add(new Case(HTML_FILE, 1, 0, 4, 0, 0, "removed HTML markup from 3 turn(s)"));
    copy(dir, NEGATIVE_TIMES_FILE);
    cases.add(new Case(NEGATIVE_TIMES_FILE, 1, 0, 3, 0, 0, "negative time offset"));
    copy(dir, OUT_OF_ORDER_FILE);
    cases.add(new Case(OUT_OF_ORDER_FILE, 1, 0, 4, 0, 0, "out of time order"));
    copy(dir, OVERLAPPING_FILE);
    cases.add(new Case(OVERLAPPING_FILE, 1, 0, 3, 0, 0, null));

    StringBuilder huge = new StringBuilder(HUGE_TURN_CHARS + 16);
    String[] words = {"and", "then", "the", "line", "dropped", "again", "so", "I", "restarted", "the", "router"};
    for (int i = 0; huge.length() < HUGE_TURN_CHARS; i++) {
      huge.append(words[i % words.length]).append(' ');
    }
    huge.setLength(HUGE_TURN_CHARS);
    if (huge.charAt(HUGE_TURN_CHARS - 1) == ' ') {
      huge.setCharAt(HUGE_TURN_CHARS - 1, 'x');
    }
    text(dir, HUGE_TURN_FILE, callLine("R-HUGE", "CU-2111", "2026-10-14T13:30:00Z",
        turn("agent", "Northwind Broadband, Dana speaking."), turn("customer", huge.toString()),
        turn("agent", "I'm sorry, that sounds really frustrating.")) + "\n");
    cases.add(new Case(HUGE_TURN_FILE, 1, 0, 3, 0, 0, "cut from 200000"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // One call id in two files: the first path keeps it

  private static void writeDuplicates(Path dir, List<Case> cases) throws IOException {
    copy(dir, "dup/a-first.jsonl");
    cases.add(new Case("dup/a-first.jsonl", 2, 0, 4, 0, 0, null));
    copy(dir, "dup/b-second.jsonl");
    cases.add(new Case("dup/b-second.jsonl", 1, 1, 2, 0, 3, "duplicate call_id R-DUP"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // callcare text transcripts: the call id is the file name, the rest comes from text/calls.csv

  private static void writeText(Path dir, List<Case> cases) throws IOException {
    copy(dir, "text/calls.csv");
    copy(dir, "text/plain-call.txt");
    cases.add(new Case("text/plain-call.txt", 1, 0, 4, 0, 0, null));

    text(dir, CRLF_FILE, "Agent: " + CRLF_TURNS.get(0) + "\r\n"
        + "Customer: Hi, I'd like to read my meter.\r\n"
        + "It says 04512 on the left dial.\r\n"
        + "\r\n"
        + "Agent: " + CRLF_TURNS.get(2) + "\r\n");
    cases.add(new Case(CRLF_FILE, 1, 0, 3, 0, 0, null));

    bytes(dir, LATIN1_FILE, speakerLines(LATIN1_TURNS).getBytes(StandardCharsets.ISO_8859_1));
    cases.add(new Case(LATIN1_FILE, 1, 0, 3, 0, 0, "decoded as Windows-1252"));

    String utf16 = speakerLines(UTF16_TURNS);
    bytes(dir, UTF16_FILES.get(0), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        utf16.getBytes(StandardCharsets.UTF_16LE)));
    bytes(dir, UTF16_FILES.get(1), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        utf16.getBytes(StandardCharsets.UTF_16BE)));
    bytes(dir, UTF16_FILES.get(2), utf16.getBytes(StandardCharsets.UTF_16LE));
    // A byte order mark states the encoding: nothing was guessed or repaired, as with UTF-8's.
    cases.add(new Case(UTF16_FILES.get(0), 1, 0, 3, 0, 0, null));
    cases.add(new Case(UTF16_FILES.get(1), 1, 0, 3, 0, 0, null));
    // Without one the encoding is a guess, which the analyst should hear about.
    cases.add(new Case(UTF16_FILES.get(2), 1, 0, 3, 0, 0, "guessed"));

    copy(dir, "text/missing-customer-id.txt");
    cases.add(new Case("text/missing-customer-id.txt", 0, 1, 0, 0, 3, "customer_id is missing"));
    copy(dir, "text/started-at-missing.txt");
    cases.add(new Case("text/started-at-missing.txt", 0, 1, 0, 0, 2, "started_at is missing"));
    copy(dir, "text/started-at-unparsable.txt");
    cases.add(new Case("text/started-at-unparsable.txt", 0, 1, 0, 0, 2,
        "started_at 'last Tuesday 3pm' is not an ISO-8601 date-time"));
    copy(dir, "text/no-calls-csv-row.txt");
    cases.add(new Case("text/no-calls-csv-row.txt", 0, 1, 0, 0, 2,
        "no calls.csv row for call_id no-calls-csv-row"));
    // A customer name with an unquoted comma shifts the row's cells: the reason names the calls.csv line.
    copy(dir, "text/unquoted-comma.txt");
    cases.add(new Case("text/unquoted-comma.txt", 0, 1, 0, 0, 2,
        "calls.csv line 11 has the wrong number of cells"));
    copy(dir, "text/listed-twice.txt");
    cases.add(new Case("text/listed-twice.txt", 0, 1, 0, 0, 2,
        "call_id listed-twice appears more than once in calls.csv"));
  }

  private static void writeBrokenCsv(Path dir, List<Case> cases) throws IOException {
    copy(dir, "broken-csv/calls.csv");
    copy(dir, "broken-csv/csv-broken-header.txt");
    // The calls.csv reason reaches the transcript that needed it.
    cases.add(new Case("broken-csv/csv-broken-header.txt", 0, 1, 0, 0, 3, "has no 'call_id' column"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Vendor exports (from the fixtures under src/test/resources/vendor/), with vendor/calls.csv

  private static void writeVendor(Path dir, List<Case> cases) throws IOException {
    copy(dir, "vendor/calls.csv");

    String contactLensVoice = resource(VENDOR + CONTACT_LENS_VOICE_FIXTURE);
    text(dir, CONTACT_LENS_VOICE_FILE, contactLensVoice);
    cases.add(new Case(CONTACT_LENS_VOICE_FILE, 1, 0, 11, 0, 0, null));
    text(dir, CONTACT_LENS_NAMED_FILE, resource(VENDOR + CONTACT_LENS_2022_FIXTURE));
    cases.add(new Case(CONTACT_LENS_NAMED_FILE, 1, 0, 8, 0, 0, "call id taken from the file name"));
    String chat = "vendor/" + fileName(CONTACT_LENS_CHAT_FIXTURE);
    text(dir, chat, resource(VENDOR + CONTACT_LENS_CHAT_FIXTURE));
    // 14 items: 4 chat events without text (joined, left, ended) are dropped.
    cases.add(new Case(chat, 1, 0, 10, 4, 0, "dropped 4 turn(s) without text"));

    String transcribe = resource(VENDOR + TRANSCRIBE_FIXTURE);
    text(dir, "vendor/" + fileName(TRANSCRIBE_FIXTURE), transcribe);
    cases.add(new Case("vendor/" + fileName(TRANSCRIBE_FIXTURE), 1, 0, 7, 0, 0, null));
    text(dir, ASR_FILE, asrRunOn());
    cases.add(new Case(ASR_FILE, 1, 0, 3, 0, 0, null));

    text(dir, "vendor/" + fileName(CCAI_UPLOAD_FIXTURE), resource(VENDOR + CCAI_UPLOAD_FIXTURE));
    // CCAI's upload format has no turn ends: estimating them is a repair; one entry has no text.
    cases.add(new Case("vendor/" + fileName(CCAI_UPLOAD_FIXTURE), 1, 0, 12, 1, 0, "turn end times estimated"));
    text(dir, "vendor/" + fileName(CCAI_RESOURCE_FIXTURE), resource(VENDOR + CCAI_RESOURCE_FIXTURE));
    cases.add(new Case("vendor/" + fileName(CCAI_RESOURCE_FIXTURE), 1, 0, 6, 0, 0, null));
    text(dir, "vendor/ccai-trailing-brace.json", resource(VENDOR + CCAI_TWO_AGENTS_FIXTURE).stripTrailing()
        + "\n}\n");
    cases.add(new Case("vendor/ccai-trailing-brace.json", 1, 0, 11, 0, 0,
        "ignored text after the end of the JSON document"));

    String genesys = resource(VENDOR + GENESYS_FIXTURE);
    text(dir, "vendor/" + fileName(GENESYS_FIXTURE), genesys);
    cases.add(new Case("vendor/" + fileName(GENESYS_FIXTURE), 1, 0, 11, 0, 0, null));
    String commented = "// Genesys Cloud transcript export, queue Home Deliveries\n"
        + genesys.replace(GENESYS_CONVERSATION_ID, "9a7e3c1d-4b2f-4e8a-a6d0-3c5f7b9e1d24")
            .replaceFirst("\\{", "{\n  /* exported by the nightly job; PII redacted */")
            .replaceFirst("\"transcripts\": \\[", "\"transcripts\": [ // one transcript per communication")
            .stripTrailing()
        + "\n// end of export\n";
    text(dir, "vendor/genesys-with-comments.json", commented);
    cases.add(new Case("vendor/genesys-with-comments.json", 1, 0, 11, 0, 0, null));

    // Files that cannot be read.
    text(dir, "vendor/contact-lens-truncated.json",
        contactLensVoice.substring(0, contactLensVoice.length() * 55 / 100));
    cases.add(new Case("vendor/contact-lens-truncated.json", 0, 1, 0, 0, 0, "truncated"));
    int lastAgent = transcribe.lastIndexOf("\"ParticipantRole\": \"AGENT\"");
    if (lastAgent < 0) {
      throw new IllegalStateException("the Transcribe fixture changed: no AGENT item");
    }
    String supervisor = transcribe.substring(0, lastAgent) + "\"ParticipantRole\": \"SUPERVISOR\""
        + transcribe.substring(lastAgent + "\"ParticipantRole\": \"AGENT\"".length());
    text(dir, "vendor/transcribe-unknown-role.json",
        supervisor.replace("northwind-bb-0412-2026-10-17", "northwind-bb-0413-2026-10-17"));
    cases.add(new Case("vendor/transcribe-unknown-role.json", 0, 1, 0, 0, 0,
        "role 'SUPERVISOR' is not agent, customer or system"));
    String missingComma = genesys.replaceFirst("\"mediaType\": \"call\",", "\"mediaType\": \"call\"");
    if (missingComma.equals(genesys)) {
      throw new IllegalStateException("the Genesys fixture changed: no mediaType");
    }
    text(dir, "vendor/genesys-invalid-json.json", missingComma);
    cases.add(new Case("vendor/genesys-invalid-json.json", 0, 1, 0, 0, 0, "invalid JSON at line"));
  }

  /** A Transcribe Call Analytics file whose customer turn is one long run of lower-case ASR words. */
  private static String asrRunOn() {
    String[] vocabulary = ("so yeah i was calling because um the bill came through and it was like way more than"
        + " it normally is and i dont really understand why because we didnt change anything and my wife said"
        + " maybe it was the roaming but we werent even abroad this month so i thought id just give you a ring"
        + " and see what is going on with it you know").split(" ");
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < ASR_WORDS; i++) {
      if (i > 0) {
        run.append(' ');
      }
      run.append(vocabulary[i % vocabulary.length]);
    }
    long customerEnd = 5_200L + ASR_WORDS * 380L;
    return "{\n"
        + "  \"JobName\": \"asr-run-on-0007\",\n"
        + "  \"JobStatus\": \"COMPLETED\",\n"
        + "  \"LanguageCode\": \"en-GB\",\n"
        + "  \"Channel\": \"VOICE\",\n"
        + "  \"Participants\": [{\"ParticipantRole\": \"AGENT\"}, {\"ParticipantRole\": \"CUSTOMER\"}],\n"
        + "  \"Transcript\": [\n"
        + "    {\"ParticipantRole\": \"AGENT\", \"Content\": \"thank you for calling northwind broadband this is"
        + " leon how can i help\", \"BeginOffsetMillis\": 300, \"EndOffsetMillis\": 4800, \"Sentiment\":"
        + " \"NEUTRAL\"},\n"
        + "    {\"ParticipantRole\": \"CUSTOMER\", \"Content\": \"" + run + "\", \"BeginOffsetMillis\": 5200,"
        + " \"EndOffsetMillis\": " + customerEnd + ", \"Sentiment\": \"NEGATIVE\"},\n"
        + "    {\"ParticipantRole\": \"AGENT\", \"Content\": \"okay i can see that let me have a look at the"
        + " roaming charges for you\", \"BeginOffsetMillis\": " + (customerEnd + 600) + ", \"EndOffsetMillis\": "
        + (customerEnd + 4_900) + ", \"Sentiment\": \"NEUTRAL\"}\n"
        + "  ]\n"
        + "}\n";
  }

  // ---------------------------------------------------------------------------------------------------------
  // Files that are not transcripts

  private static void writeUnrelated(Path dir, List<Case> cases) throws IOException {
    Random random = new Random(42);
    byte[] dsStore = new byte[6148];
    random.nextBytes(dsStore);
    System.arraycopy(new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'}, 0, dsStore, 0, 8);
    bytes(dir, "unrelated/.DS_Store", dsStore);
    cases.add(new Case("unrelated/.DS_Store", 0, 1, 0, 0, 0, "macOS folder metadata file"));

    byte[] png = new byte[2048];
    random.nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D',
        'R'}, 0, png, 0, 16);
    bytes(dir, "unrelated/photo.png", png);
    cases.add(new Case("unrelated/photo.png", 0, 1, 0, 0, 0, "PNG image"));

    copy(dir, "unrelated/notes.md");
    cases.add(new Case("unrelated/notes.md", 0, 1, 0, 0, 0, "not a transcript format callcare reads"));
    copy(dir, "unrelated/hello.json");
    cases.add(new Case("unrelated/hello.json", 0, 1, 0, 0, 0, "JSON of no known transcript layout"));

    Path gzip = dir.resolve("unrelated/transcripts-backup.jsonl.gz");
    Files.createDirectories(gzip.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write((callLine("R-GZ-1", "CU-9001", "2026-10-14T14:00:00Z", turn("agent", "Hello."),
          turn("customer", "Hi.")) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    cases.add(new Case("unrelated/transcripts-backup.jsonl.gz", 0, 1, 0, 0, 0, "gzip-compressed file: unpack it"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // 50 MB of JSON Lines

  private static void writeBig(Path dir, List<Case> cases) throws IOException {
    Path file = dir.resolve(BIG_FILE);
    Files.createDirectories(file.getParent());
    String[][] turns = {
      {"agent", "Thank you for calling Northwind Broadband, my name is Dana and I'll be looking after you today."
          + " Before we start, could I take your full name and the first line of your address, please?"},
      {"customer", "Hi Dana, yes of course. I'm calling because my internet has been dropping out every evening"
          + " for about a week now, usually around eight o'clock, and it's making it impossible to work from home."},
      {"agent", "I'm really sorry to hear that, that sounds frustrating, especially when you're relying on it for"
          + " work. I've run a line test and I can see some errors, so I'm going to book an engineer for you."
          + " I'll send you a text to confirm the booking."},
      {"customer", "That would be great, thank you. Could they come on Thursday morning? I'm working from home"
          + " that day so someone will definitely be in to let them into the house and show them the router."},
    };
    Instant first = Instant.parse("2026-10-13T07:00:00Z");
    int dropped = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < BIG_CALLS; i++) {
        List<String> callTurns = new ArrayList<>(5);
        for (int t = 0; t < turns.length; t++) {
          callTurns.add(turn(turns[t][0], turns[t][1]));
          if (t == 1 && i % BIG_EMPTY_TURN_EVERY == 0) {
            callTurns.add(turn("agent", ""));
            dropped++;
          }
        }
        out.write(callLine(String.format("BIG-%06d", i), String.format("CU-%06d", 100_000 + i),
            first.plusSeconds(37L * i).toString(), callTurns.toArray(String[]::new)));
        out.write('\n');
      }
    }
    long size = Files.size(file);
    if (size < BIG_MIN_BYTES) {
      throw new IllegalStateException(BIG_FILE + " is only " + size + " bytes");
    }
    cases.add(new Case(BIG_FILE, BIG_CALLS, 0, BIG_CALLS * turns.length, dropped, 0,
        "dropped 1 turn(s) without text"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  /** One callcare JSON Lines record; the agent is always A-DANA. */
  private static String callLine(String callId, String customerId, String startedAt, String... turns) {
    return "{\"call_id\": \"" + callId + "\", \"agent_id\": \"A-DANA\", \"customer_id\": \"" + customerId
        + "\", \"started_at\": \"" + startedAt + "\", \"turns\": [" + String.join(", ", turns) + "]}";
  }

  private static String turn(String speaker, String text) {
    return "{\"speaker\": \"" + speaker + "\", \"text\": " + jsonString(text) + "}";
  }

  /** A JSON string; a NUL is written as it is (a stray byte in the file, not an escape). */
  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Agent and customer lines, alternating, starting with the agent. */
  private static String speakerLines(List<String> turns) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < turns.size(); i++) {
      out.append(i % 2 == 0 ? "Agent: " : "Customer: ").append(turns.get(i)).append('\n');
    }
    return out.toString();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = RobustnessCorpus.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Copies {@code robustness/<file>} from the test resources to {@code dir/<file>}, byte for byte. */
  private static void copy(Path dir, String file) throws IOException {
    try (InputStream in = RobustnessCorpus.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IOException("missing test resource " + RESOURCES + file);
      }
      bytes(dir, file, in.readAllBytes());
    }
  }

  private static void text(Path dir, String file, String text) throws IOException {
    bytes(dir, file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(Path dir, String file, byte[] bytes) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
  }
}
