package org.callcare.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A delivery folder as a contact center really receives one, written from scratch: exports, re-exports, files
 * written by spreadsheets and chat tools, partial uploads, links, odd names, broken and hostile content, and
 * personal data in every form that leaks. Each entry is one kind of trouble; {@link #PII} lists the personal data
 * planted, none of which may reach a report.
 */
public final class DeliveryCorpus {
  /** Personal data planted in the corpus, in the forms it was written; none may appear in any report. */
  public static final List<String> PII = List.of("4111 1111 1111 1111", "4111111111111111",
      "4111\u200B1111\u200B1111\u200B1111", "\uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11",
      "name@ex\u00E4mple.se", "ex\u00E4mple.se", "j.smith@example.com", "+44 20 7946 0958", "555-123-4567");

  private DeliveryCorpus() {}

  private static String call(String id, String... customerLines) {
    StringBuilder turns = new StringBuilder("{\"speaker\": \"agent\", \"text\": \"Northwind Energy, this is Dana.\"}");
    for (String line : customerLines) {
      turns.append(", {\"speaker\": \"customer\", \"text\": \"").append(line).append("\"}");
    }
    return "{\"call_id\": \"" + id + "\", \"agent_id\": \"A-1\", \"customer_id\": \"CU-" + id
        + "\", \"started_at\": \"2026-10-20T09:00:00Z\", \"turns\": [" + turns + "]}";
  }

  private static final String CONTACT_LENS = """
      {"Version": "1.1.0", "Channel": "VOICE", "CustomerMetadata": {"ContactId": "%s"},
       "Participants": [{"ParticipantId": "A", "ParticipantRole": "AGENT"},
                        {"ParticipantId": "C", "ParticipantRole": "CUSTOMER"}%s],
       "Transcript": [
         {"ParticipantId": "A", "Content": "Thanks for calling, this is Priya.", "BeginOffsetMillis": 0, "EndOffsetMillis": 2000},
         {"ParticipantId": "C", "Content": "I was charged twice this month.", "BeginOffsetMillis": 2500, "EndOffsetMillis": 4500}]}
      """;

  private static final String CCAI = """
      {"entries": [
        {"start_timestamp_usec": 1792400000000000, "text": "Hello, Northwind Home, Sam speaking.", "role": "AGENT", "user_id": 41},
        {"start_timestamp_usec": 1792400003000000, "text": "%s", "role": "CUSTOMER", "user_id": 3120}]}
      """;

  /** Writes the corpus into {@code dir}; returns the number of kinds of trouble in it. */
  public static int write(Path dir) {
    try {
      return writeAll(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int writeAll(Path dir) throws IOException {
    List<String> kinds = new ArrayList<>();
    Path d = Files.createDirectories(dir.resolve("delivery"));
    // names a file system allows and parsers choke on
    put(d, "c-1_analysis_2026-10-20T09:30:00Z.json", CONTACT_LENS.formatted("c-1", ""), kinds, "colons in the name");
    put(d, "C:\\exports\\calls.jsonl", call("BS-1", "Hi.") + "\n", kinds, "a Windows path as a name");
    put(d, "calls [copy] *.jsonl", call("GL-1", "Hi.") + "\n", kinds, "glob characters in the name");
    put(d, "100% done #2 ?.jsonl", call("PC-1", "Hi.") + "\n", kinds, "percent, hash and question mark");
    put(d, "Анна 🙂 звонок.jsonl", call("UN-1", "Привет.") + "\n", kinds, "a name in another script, with emoji");
    // content that used to lose records
    put(d, "two-uploads.json", CCAI.formatted("My parcel is late.") + CCAI.formatted("It is still late."), kinds,
        "two JSON documents one after the other");
    put(d, "separators.jsonl", call("LS-1", "one\u2028two\u2029three\u0085four") + "\n{broken\n" + call("LS-2", "ok")
        + "\n", kinds, "Unicode line separators inside strings, and a broken line");
    bytes(d, "crashed-writer.jsonl", concat((call("NB-1", "Hello.") + "\n").getBytes(StandardCharsets.UTF_8),
        new byte[8192], ("\n" + call("NB-2", "Again.") + "\n").getBytes(StandardCharsets.UTF_8)), kinds,
        "a block of NUL bytes between good lines");
    put(d, "twice.jsonl", call("TW-1", "First.") + "\n" + call("TW-1", "Second.") + "\n", kinds,
        "the same call id twice in one file");
    put(d, "dup-keys.jsonl", call("DK-1", "Hi.").replace("\"agent_id\": \"A-1\"",
        "\"agent_id\": \"A-1\", \"agent_id\": \"A-2\"") + "\n", kinds, "a key given twice");
    put(d, "escapes.jsonl", call("ES-1", "bell\\u0007 escape\\u001b[0m nul\\u0000 end") + "\n", kinds,
        "control characters escaped in turn text");
    put(d, "crlf-and-cr.jsonl", call("CR-1", "Hi.") + "\r\n" + call("CR-2", "Hi.") + "\r" + call("CR-3", "Hi.") + "\r\n",
        kinds, "CRLF and bare CR line ends");
    bytes(d, "bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (call("BM-1", "Hi.") + "\n").getBytes(StandardCharsets.UTF_8)), kinds, "a UTF-8 byte order mark");
    bytes(d, "utf16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        (call("U16-1", "Grüße.") + "\n").getBytes(StandardCharsets.UTF_16LE)), kinds, "UTF-16 with a byte order mark");
    bytes(d, "latin1.txt", "Agent: Café Lumière, Zoé speaking.\nCustomer: My crème brûlée never came.\n"
        .getBytes(Charset.forName("windows-1252")), kinds, "Windows-1252 text");
    put(d, "timestamps.txt", "[00:01] Agent: Hello, Northwind.\n[00:04] Customer: Hi, a question.\n", kinds,
        "a text transcript opening with a bracket");
    put(d, "one-line-megabyte.jsonl", call("MB-1", "word ".repeat(200_000)) + "\n", kinds,
        "a turn of a megabyte on one line");
    // hostile or broken JSON
    put(d, "deep.json", "[".repeat(3000) + "]".repeat(3000), kinds, "JSON nested thousands deep");
    put(d, "nan.json", "{\"entries\": [{\"text\": \"x\", \"role\": \"AGENT\", \"start_timestamp_usec\": NaN}]}",
        kinds, "NaN in JSON");
    put(d, "truncated.json", CONTACT_LENS.formatted("c-2", "").substring(0, 200), kinds, "a truncated export");
    put(d, "array-of-calls.json", "[" + call("AR-1", "Hi.") + "]", kinds, "a JSON array of calls");
    put(d, "unknown-layout.json", "{\"hello\": \"world\"}", kinds, "JSON of no known layout");
    put(d, "role-less-observer.json", CONTACT_LENS.formatted("c-3", ", {\"ParticipantId\": \"obs-9\"}"), kinds,
        "a silent participant without a role");
    put(d, "genesys-bot.json", "{\"conversationId\": \"g-1\", \"transcripts\": [{\"phrases\": [{\"text\": \"Hi\","
        + " \"participantPurpose\": \"alien\"}]}]}", kinds, "a participant of unknown purpose");
    // vendor files that need or fill details
    put(d, "ccai-alone.json", CCAI.formatted("Where is my order?"), kinds, "a CCAI upload without calls.csv");
    Path csvFolder = Files.createDirectories(d.resolve("with-calls-csv"));
    put(csvFolder, "T-UP.txt", "Agent: Hello.\nCustomer: Hi there.\n", kinds, "text whose calls.csv header is upper case");
    Files.writeString(csvFolder.resolve("calls.csv"), "Call_ID,AGENT_ID,Customer_Id,Started_At\n"
        + "T-UP,A-9,CU-UP,2026-10-20T10:00:00Z\nT-NONE,A-9,CU-NONE,2026-10-20T11:00:00Z\n");
    Path brokenCsv = Files.createDirectories(d.resolve("broken-calls-csv"));
    put(brokenCsv, "T-BR.txt", "Agent: Hello.\nCustomer: Hi.\n", kinds, "a calls.csv with an unclosed quote");
    Files.writeString(brokenCsv.resolve("calls.csv"), "call_id,agent_id,customer_id,started_at\nT-BR,\"A-1,CU,x\n");
    // not transcripts
    put(d, "empty.jsonl", "", kinds, "an empty file");
    put(d, "blank.txt", " \n\t\n", kinds, "only whitespace");
    put(d, ".notes.txt", "Agent: hidden", kinds, "a hidden file");
    bytes(d, ".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'}, kinds, "macOS folder metadata");
    bytes(d, "scan.png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, new byte[64]), kinds,
        "an image");
    put(d, "contract.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj", kinds, "a PDF");
    bytes(d, "calls.jsonl.gz", gzip(call("GZ-1", "Hi.")), kinds, "a gzip archive");
    bytes(d, "export.zip", concat(new byte[] {'P', 'K', 3, 4}, new byte[40]), kinds, "a ZIP archive");
    put(d, "upload.jsonl.filepart", call("FP-1", "Hi.") + "\n", kinds, "a partial upload");
    put(d, "report.csv.crdownload", "call_id\n", kinds, "a download in progress");
    put(d, "random-notes.md", "# minutes of the meeting\nnothing here", kinds, "prose that is no transcript");
    // personal data in every form, and spreadsheet formulas
    put(d, "pii.jsonl", call("PII-1", "My card is 4111 1111 1111 1111 and my mail j.smith@example.com.",
        "Call me on +44 20 7946 0958 or 555-123-4567.",
        "Pasted: 4111\u200B1111\u200B1111\u200B1111, typed: \uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11.",
        "Or write to name@ex\u00E4mple.se please.") + "\n", kinds, "personal data in every form");
    put(d, "formulas.jsonl", call("=HYPERLINK(\\\"http://x\\\")", "=cmd|'/c calc'!A1").replace("\"CU-=HYPERLINK",
        "\"+CU-formula").replace("\"A-1\"", "\"@agent\"") + "\n", kinds, "formulas in ids and text");
    // links
    link(d.resolve("dangling.jsonl"), dir.resolve("nowhere.jsonl"), kinds, "a dangling link");
    link(d.resolve("ping.jsonl"), d.resolve("pong.jsonl"), kinds, "two links pointing at each other");
    link(d.resolve("pong.jsonl"), d.resolve("ping.jsonl"), null, null);
    link(csvFolder.resolve("up"), d, kinds, "a folder link back up the tree");
    link(d.resolve("again"), brokenCsv, kinds, "a second name for a folder");
    return kinds.size();
  }

  private static void put(Path folder, String name, String text, List<String> kinds, String kind) throws IOException {
    bytes(folder, name, text.getBytes(StandardCharsets.UTF_8), kinds, kind);
  }

  private static void bytes(Path folder, String name, byte[] content, List<String> kinds, String kind)
      throws IOException {
    Files.write(folder.resolve(name), content);
    kinds.add(kind);
  }

  private static void link(Path link, Path target, List<String> kinds, String kind) throws IOException {
    Files.createSymbolicLink(link, target);
    if (kinds != null) {
      kinds.add(kind);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
