package org.callcare.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.callcare.bench.BenchCorpus.LabelledUtterance;
import org.callcare.bench.BenchCorpus.Stats;
import org.callcare.bench.BenchCorpus.Utterance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses tiny inline pools and fixture files: never the shared data folder. */
class BenchCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> AGENT_TEXTS = List.of(
      "Thanks for calling, how can I help?",
      "I'm sorry about that, let me check your account.",
      "Is there anything else I can do for you today?",
      "Unicode \"quoted\" caf\u00e9 \uD83D\uDE00 and a \\ backslash",
      "One moment.");
  private static final List<String> CUSTOMER_TEXTS = List.of(
      "My bill doubled and nobody told me why.",
      "I want a refund",
      "Thanks",
      "This is ridiculous, I have called three times already and nobody has fixed it.",
      "Okay.");
  private static final UtterancePools POOLS = new UtterancePools(
      AGENT_TEXTS.stream().map(t -> new Utterance("a", t)).toList(),
      CUSTOMER_TEXTS.stream().map(t -> new Utterance("c", t)).toList());

  @TempDir
  Path dir;

  @Test
  void turnsTotalExactlyAndCallsHaveSixToSixteenTurns() throws IOException {
    for (int turns : new int[] {1, 5, 6, 7, 16, 17, 21, 22, 997, 12_345}) {
      Path out = dir.resolve("t" + turns);
      Stats stats = BenchCorpus.write(POOLS, turns, 42L, out);
      List<JsonNode> calls = readCalls(out);
      assertEquals(stats.calls(), calls.size(), "calls of " + turns);
      assertEquals(turns, stats.turns());
      assertEquals(turns, calls.stream().mapToInt(c -> c.get("turns").size()).sum(), "turns of " + turns);
      assertEquals(1, stats.files());
      for (int i = 0; i < calls.size(); i++) {
        int size = calls.get(i).get("turns").size();
        if (i < calls.size() - 1) {
          assertTrue(size >= 6 && size <= 16, "call " + i + " of " + turns + " has " + size + " turns");
        } else if (turns >= 6) { // the split never leaves a short last call unless the total is below 6
          assertTrue(size >= 6 && size <= 16, "last call of " + turns + " has " + size + " turns");
        } else {
          assertEquals(turns, size);
        }
      }
    }
  }

  @Test
  void zeroTurnsWritesNothingAndBadArgumentsAreRefused() throws IOException {
    assertEquals(new Stats(0, 0, 0), BenchCorpus.write(POOLS, 0, 1L, dir));
    assertEquals(List.of(), corpusFiles(dir));
    assertThrows(IllegalArgumentException.class, () -> BenchCorpus.write(POOLS, -1, 1L, dir));
    UtterancePools noCustomers = new UtterancePools(POOLS.agentSide(), List.of());
    assertThrows(IllegalArgumentException.class, () -> BenchCorpus.write(noCustomers, 10, 1L, dir));
  }

  @Test
  void speakersAlternateStartingWithTheAgentAndTextsComeFromTheirOwnPool() throws IOException {
    BenchCorpus.write(POOLS, 5_000, 7L, dir);
    Set<String> agentTextsSeen = new HashSet<>();
    Set<String> customerTextsSeen = new HashSet<>();
    for (JsonNode call : readCalls(dir)) {
      JsonNode turns = call.get("turns");
      for (int i = 0; i < turns.size(); i++) {
        String speaker = turns.get(i).get("speaker").asText();
        String text = turns.get(i).get("text").asText();
        if (i % 2 == 0) {
          assertEquals("agent", speaker, call.get("call_id") + " turn " + i);
          assertTrue(AGENT_TEXTS.contains(text), text);
          agentTextsSeen.add(text);
        } else {
          assertEquals("customer", speaker, call.get("call_id") + " turn " + i);
          assertTrue(CUSTOMER_TEXTS.contains(text), text);
          customerTextsSeen.add(text);
        }
      }
    }
    assertEquals(Set.copyOf(AGENT_TEXTS), agentTextsSeen, "every agent text gets drawn, unicode intact");
    assertEquals(Set.copyOf(CUSTOMER_TEXTS), customerTextsSeen);
  }

  @Test
  void timestampsAreOrderedAndTurnTimesAreConsistent() throws IOException {
    BenchCorpus.write(POOLS, 30_000, 3L, dir);
    Instant previous = Instant.MIN;
    Instant first = Instant.parse("2026-09-01T00:00:00Z");
    Instant limit = Instant.parse("2026-10-01T00:00:00Z");
    int gaps = 0;
    int overlaps = 0;
    List<JsonNode> calls = readCalls(dir);
    for (JsonNode call : calls) {
      Instant started = Instant.parse(call.get("started_at").asText());
      assertFalse(started.isBefore(previous), call.get("call_id") + " starts before the call before it");
      assertFalse(started.isBefore(first) || !started.isBefore(limit), started.toString());
      previous = started;
      long previousStart = -1;
      long previousEnd = -1;
      for (JsonNode turn : call.get("turns")) {
        long start = turn.get("start_ms").asLong();
        long end = turn.get("end_ms").asLong();
        assertTrue(start >= 0 && end >= start, call.get("call_id") + ": " + turn);
        long words = turn.get("text").asText().split("\\s+").length;
        assertTrue(end - start >= 300 && end - start <= Math.max(300, words * 400 * 1.15 + 1), turn.toString());
        if (previousStart >= 0) {
          assertTrue(start >= previousStart, "turn starts are non-decreasing in " + call.get("call_id"));
          if (start >= previousEnd) {
            gaps++;
            assertTrue(start - previousEnd >= 300 && start - previousEnd <= 1500, "gap in " + call.get("call_id"));
          } else {
            overlaps++;
            assertTrue(previousEnd - start <= 1200, "overlap in " + call.get("call_id"));
          }
        }
        previousStart = start;
        previousEnd = end;
      }
    }
    double overlapShare = overlaps / (double) (gaps + overlaps);
    assertTrue(overlapShare > 0.02 && overlapShare < 0.15, "occasional overlaps: " + overlapShare);
    Duration spread = Duration.between(Instant.parse(calls.get(0).get("started_at").asText()), previous);
    assertTrue(spread.toDays() >= 29, "calls spread over 30 days: " + spread);
  }

  @Test
  void everyLineIsAJsonCallWithTheRequiredFields() throws IOException {
    int turns = 2_000;
    Stats stats = BenchCorpus.write(POOLS, turns, 11L, dir);
    Set<String> callIds = new HashSet<>();
    Map<String, Integer> callsPerCustomer = new HashMap<>();
    Set<String> agents = new HashSet<>();
    Set<String> queues = new HashSet<>();
    for (Path file : corpusFiles(dir)) {
      byte[] bytes = Files.readAllBytes(file);
      assertEquals('\n', bytes[bytes.length - 1], "lines end in a newline");
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isEmpty()) {
          continue; // after the last newline
        }
        JsonNode call = MAPPER.readTree(line);
        assertTrue(call.isObject(), line);
        String callId = call.get("call_id").asText();
        assertTrue(callId.matches("B-\\d{7}"), callId);
        assertTrue(callIds.add(callId), "unique " + callId);
        String agent = call.get("agent_id").asText();
        assertTrue(agent.matches("BA-(0[1-9]|[1-3][0-9]|40)"), agent);
        agents.add(agent);
        String customer = call.get("customer_id").asText();
        assertFalse(customer.isBlank());
        callsPerCustomer.merge(customer, 1, Integer::sum);
        Instant.parse(call.get("started_at").asText());
        assertTrue(call.get("started_at").asText().endsWith("Z"));
        queues.add(call.get("queue").asText());
        assertTrue(call.get("turns").isArray() && call.get("turns").size() > 0);
        for (JsonNode turn : call.get("turns")) {
          assertTrue(turn.get("speaker").isTextual() && turn.get("text").isTextual(), turn.toString());
          assertFalse(turn.get("text").asText().isEmpty());
          assertTrue(turn.get("start_ms").isIntegralNumber() && turn.get("end_ms").isIntegralNumber());
        }
      }
    }
    assertEquals(stats.calls(), callIds.size());
    assertEquals(String.format("B-%07d", stats.calls()), callIds.stream().max(String::compareTo).orElseThrow());
    assertEquals(4, queues.size(), queues.toString());
    assertTrue(agents.size() > 30 && agents.size() <= 40, agents.toString());
    assertTrue(callsPerCustomer.size() <= turns / 20, "about turns/20 customers: " + callsPerCustomer.size());
    assertTrue(callsPerCustomer.values().stream().anyMatch(n -> n > 2), "some customers call repeatedly");
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
    int turns = 70_000; // two files
    Stats a = BenchCorpus.write(POOLS, turns, 2026L, dir.resolve("a"));
    Stats b = BenchCorpus.write(POOLS, turns, 2026L, dir.resolve("b"));
    Stats c = BenchCorpus.write(POOLS, turns, 2027L, dir.resolve("c"));
    assertEquals(a, b);
    assertEquals(2, a.files());
    for (String name : List.of("calls-00000.jsonl", "calls-00001.jsonl")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
          Files.readAllBytes(dir.resolve("b").resolve(name)), name);
      assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(name)),
          Files.readAllBytes(dir.resolve("c").resolve(name))), name + " differs for another seed");
    }
    assertEquals(turns, c.turns());
    assertNotEquals(readCalls(dir.resolve("a")).get(0), readCalls(dir.resolve("c")).get(0));
  }

  @Test
  void filesSplitAtFiveThousandCallsAndEarlierCorpusFilesAreReplaced() throws IOException {
    Files.writeString(dir.resolve("calls-00007.jsonl"), "stale\n");
    Files.writeString(dir.resolve("notes.txt"), "kept\n");
    Stats stats = BenchCorpus.write(POOLS, 60_000, 5L, dir);
    assertTrue(stats.calls() > 5_000 && stats.calls() < 10_000, stats.toString());
    assertEquals(2, stats.files());
    List<Path> files = corpusFiles(dir);
    assertEquals(List.of(dir.resolve("calls-00000.jsonl"), dir.resolve("calls-00001.jsonl")), files);
    assertEquals(5_000, Files.readAllLines(files.get(0)).size());
    assertEquals(stats.calls() - 5_000, Files.readAllLines(files.get(1)).size());
    assertEquals("B-0005001", MAPPER.readTree(Files.readAllLines(files.get(1)).get(0)).get("call_id").asText());
    assertTrue(Files.exists(dir.resolve("notes.txt")));

    Stats exactly = BenchCorpus.write(POOLS, 12, 5L, dir); // 12 turns: one or two calls, one file
    assertEquals(1, exactly.files());
    assertEquals(List.of(dir.resolve("calls-00000.jsonl")), corpusFiles(dir));
  }

  @Test
  void tweetCleaningRemovesHandlesSignOffsLinksAndEntities() {
    assertEquals("I was charged twice & nobody answers <3",
        BenchCorpus.cleanTweet("@AmazonHelp @116510 I was charged twice &amp; nobody answers &lt;3", false));
    assertEquals("Your business means a lot to us. Please DM your name, zip code and details.",
        BenchCorpus.cleanTweet("@105835 Your business means a lot to us. Please DM your name, zip code and "
            + "details. ^RR https://t.co/znUu1VJn9r", true));
    assertEquals("Woot Woot! Thanks for the shout out, Will. \uD83C\uDFB6",
        BenchCorpus.cleanTweet("@116263 Woot Woot! Thanks for the shout out, Will. \uD83C\uDFB6 -Sabi", true));
    assertEquals("Are you still in need of assistance with checking in?",
        BenchCorpus.cleanTweet("@1234 Are you still in need of assistance with checking in?   *HAN", true));
    assertEquals("Send us a DM & we can look at options!",
        BenchCorpus.cleanTweet("@1 Send us a DM &amp; we can look at options! https://t.co/x *ErikS", true));
    assertEquals("Can you DM us so your info is kept secure?",
        BenchCorpus.cleanTweet("@9 Can you DM us so your info is kept secure? /TR", true));
    assertEquals("It was hard to keep the stocks. :)",
        BenchCorpus.cleanTweet("@9 It was hard to keep the stocks. :) - Jazzie", true));
    assertEquals("Would you please send us a DM with your account info?",
        BenchCorpus.cleanTweet("@9 Would you please send us a DM with your account info?--JV", true));
    assertEquals("Or visit our site",
        BenchCorpus.cleanTweet("@9 Or visit our site https://t.co/Qy2FpGvJBv 2/2 ^Sophie", true));
    assertEquals("Our Twitter page is visible to public.",
        BenchCorpus.cleanTweet("@9 Our Twitter page is visible to public.(2/2)^BA", true));
    assertEquals("Hello, please note that we do not offer such services.",
        BenchCorpus.cleanTweet("@576047 Hello @576047, please note that we do not\n offer such services. ^AT.", true));
    for (String signOff : List.of(" - Jason.", " *TLT...", " ^AP .", "~jo", " ^MK(3)", " -S.D.", " \u2013 Anna")) {
      assertEquals("Please DM us your order number?", BenchCorpus.cleanTweet("@9 Please DM us your order number?"
          + signOff, true), signOff);
    }
    // not sign-offs: hyphenated words, 24/7, and customers' own text
    assertEquals("We are here 24/7", BenchCorpus.cleanTweet("@9 We are here 24/7", true));
    assertEquals("Please restart your Wi-Fi", BenchCorpus.cleanTweet("@9 Please restart your Wi-Fi", true));
    assertEquals("Thanks for nothing -Mark", BenchCorpus.cleanTweet("@Delta Thanks for nothing -Mark", false));
    assertEquals("Why! #iOS11", BenchCorpus.cleanTweet("Why! #iOS11 @AppleSupport https://t.co/BXrVfeIXxq", false));
    assertEquals("", BenchCorpus.cleanTweet("@AppleSupport https://t.co/BXrVfeIXxq", false));
  }

  @Test
  void dailyDialogTokenisationIsUndone() {
    assertEquals("Mr. Bryant? I'm Mike, I've (really) been waiting... Don't!",
        BenchCorpus.detokenize("Mr . Bryant ? I ' m Mike , I ' Ve ( really ) been waiting ... Don ' t !"));
  }

  @Test
  void loadReadsEachSourceIntoTheRightPool(@TempDir Path data) throws IOException {
    String longText = "x".repeat(401);
    Path twcs = Files.createDirectories(data.resolve("twcs-customer-support-on-twitter"));
    Files.writeString(twcs.resolve("kaggle_sample.csv"), """
        tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
        1,105834,True,Wed Oct 11 06:55:44 +0000 2017,@AppleSupport my phone died &amp; won't restart,2,
        2,AppleSupport,False,Wed Oct 11 06:58:44 +0000 2017,"@105834 Sorry to hear that, let's fix it. ^AB",,1
        3,105835,maybe,Wed Oct 11 07:00:00 +0000 2017,not a real row,,
        """);
    gzip(twcs.resolve("twcs_first5000.csv.gz"),
        ",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            + "0,4,116510,True,Tue Oct 31 18:13:06 +0000 2017,@AskPayPal \r\rI just love this email,5,\n"
            + "1,5,AskPayPal,False,Tue Oct 31 22:41:28 +0000 2017,\"@116510 Please DM me.\nThanks! -Gina\",,4.0\n"
            + "2,6,105834,True,Tue Oct 31 22:42:00 +0000 2017,@AppleSupport my phone died &amp; won't restart,,\n");
    gzip(twcs.resolve("twcs_random5000.csv.gz"),
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\r\n"
            + "7,Delta,False,Tue Oct 31 22:41:28 +0000 2017,@9 Safe travels!   *HAN,,\r\n"
            + "8,10,True,Tue Oct 31 22:41:28 +0000 2017,@Delta " + longText + ",,\r\n");
    Path taskmaster = Files.createDirectories(data.resolve("taskmaster4-coffee"));
    gzip(taskmaster.resolve("data_01.json.gz"), """
        [{"conversation_id": "d2", "utterances": [{"index": 0, "speaker": "user", "text": "A mocha"},
          {"index": 1, "speaker": "assistant", "text": "Sure, what size?"}]}]""");
    gzip(taskmaster.resolve("data_00.json.gz"), """
        [{"conversation_id": "d1", "utterances": [{"index": 0, "speaker": "user", "text": "One chai latte please"},
          {"index": 1, "speaker": "assistant", "text": "  What  size?  "},
          {"index": 2, "speaker": "user", "text": ""}]}]""");
    Path uss = Files.createDirectories(data.resolve("uss-user-satisfaction"));
    gzip(uss.resolve("MWOZ.txt.gz"), "\nUSER\tI need a cheap hotel.\tHotel-Inform\t3,3,3\n"
        + "SYSTEM\tWhich area?\tHotel-Request\t\nUSER\tOVERALL\t\t3,3,3\n\n");
    gzip(uss.resolve("SGD.txt.gz"), "USER\tBook a table.\tINFORM\t3,2,3\nSYSTEM\tWhich area?\tREQUEST\t\n");
    gzip(uss.resolve("CCPE.txt.gz"), "SYSTEM\tDo you like movies like Thor?\tOTHER\t\n"
        + "USER\tNo, I don't like Thor.\tOTHER\t3,2,2\nUSER\tOVERALL\t\t2,2,2\n");
    Path meld = Files.createDirectories(data.resolve("meld"));
    String meldHeader = "Sr No.,Utterance,Speaker,Emotion,Sentiment,Dialogue_ID,Utterance_ID,Season,Episode,"
        + "StartTime,EndTime\n";
    gzip(meld.resolve("train_sent_emo.csv.gz"), meldHeader
        + "1,\"Oh. That\u2019s so Monica, she can be like, \u2018Where\u2019s number 27?!\u2019\",Rachel,anger,"
        + "negative,0,1,3,19,\"00:14:40,629\",\"00:14:47,385\"\n"
        + "2,Thanks,Joey,joy,positive,0,2,3,19,\"00:14:50,000\",\"00:14:51,000\"\n");
    gzip(meld.resolve("dev_sent_emo.csv.gz"), meldHeader
        + "1," + longText + ",Ross,neutral,neutral,0,0,1,1,\"0:00:01,000\",\"0:00:02,000\"\n");
    gzip(meld.resolve("test_sent_emo.csv.gz"), meldHeader
        + "1,Y'know what?,Rachel,neutral,neutral,0,2,3,19,\"00:14:56,353\",\"00:14:57,520\"\n"
        + "2,Great!,Joey,joy,Positive,0,3,3,19,\"00:14:58,000\",\"00:14:59,000\"\n"
        + "3,Y'know what?,Rachel,neutral,neutral,1,0,3,19,\"00:15:56,353\",\"00:15:57,520\"\n");
    Path dailyDialog = Files.createDirectories(data.resolve("dailydialog-reccon"));
    gzip(dailyDialog.resolve("dailydialog_train.json.gz"), """
        {"tr_1": [[{"turn": 1, "speaker": "A", "utterance": "Is it waterproof ?", "emotion": "neutral"},
                   {"turn": 2, "speaker": "B", "utterance": "I ' m not sure .", "emotion": "neutral"}]]}""");
    gzip(dailyDialog.resolve("dailydialog_valid.json.gz"), "{}");
    gzip(dailyDialog.resolve("dailydialog_test.json.gz"), """
        {"te_1": [[{"turn": 1, "speaker": "A", "utterance": "Thanks", "emotion": "happiness"}]]}""");

    UtterancePools pools = BenchCorpus.load(data);

    assertEquals(List.of(
        new Utterance("twcs", "Sorry to hear that, let's fix it."),
        new Utterance("twcs", "Please DM me. Thanks!"),
        new Utterance("twcs", "Safe travels!"),
        new Utterance("taskmaster4", "What size?"),
        new Utterance("taskmaster4", "Sure, what size?"),
        new Utterance("uss-mwoz", "Which area?"),
        new Utterance("uss-ccpe", "Do you like movies like Thor?")), pools.agentSide());
    assertEquals(List.of(
        new Utterance("twcs", "my phone died & won't restart"),
        new Utterance("twcs", "I just love this email"),
        new Utterance("taskmaster4", "One chai latte please"),
        new Utterance("taskmaster4", "A mocha"),
        new Utterance("uss-mwoz", "I need a cheap hotel."),
        new Utterance("uss-sgd", "Book a table."),
        new Utterance("uss-ccpe", "No, I don't like Thor."),
        new Utterance("meld", "Oh. That\u2019s so Monica, she can be like, \u2018Where\u2019s number 27?!\u2019"),
        new Utterance("meld", "Thanks"),
        new Utterance("meld", "Y'know what?"),
        new Utterance("meld", "Great!"),
        new Utterance("dailydialog", "Is it waterproof?"),
        new Utterance("dailydialog", "I'm not sure.")), pools.customerSide());
    assertEquals(Map.of("taskmaster4", 2, "twcs", 3, "uss-ccpe", 1, "uss-mwoz", 1), pools.agentSideBySource());

    assertEquals(List.of(
        new LabelledUtterance("Y'know what?", "neutral"),
        new LabelledUtterance("Great!", "positive"),
        new LabelledUtterance("Y'know what?", "neutral")), BenchCorpus.meldTest(data));

    Files.delete(uss.resolve("SGD.txt.gz"));
    assertThrows(java.nio.file.NoSuchFileException.class, () -> BenchCorpus.load(data));
  }

  private static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static List<Path> corpusFiles(Path out) throws IOException {
    try (Stream<Path> listing = Files.list(out)) {
      return listing.filter(p -> p.getFileName().toString().matches("calls-\\d{5}\\.jsonl")).sorted().toList();
    }
  }

  private static List<JsonNode> readCalls(Path out) throws IOException {
    List<JsonNode> calls = new ArrayList<>();
    for (Path file : corpusFiles(out)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        calls.add(MAPPER.readTree(line));
      }
    }
    return calls;
  }
}
