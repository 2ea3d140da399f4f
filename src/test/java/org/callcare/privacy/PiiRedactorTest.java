package org.callcare.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {
  private static final String CORPUS = "/privacy/pii-corpus.tsv";
  private static final String MIXED =
      "Card 4111 1111 1111 1111, phone 555-123-4567, email a@b.co, account 0012 3456 78, order 12345.";

  /** One corpus line: its 1-based line number in the file, the input and the expected output. */
  private record CorpusCase(int line, String input, String expected) {}

  private static List<CorpusCase> corpus() throws IOException {
    List<CorpusCase> cases = new ArrayList<>();
    try (InputStream in = PiiRedactorTest.class.getResourceAsStream(CORPUS)) {
      assertNotNull(in, CORPUS);
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        assertEquals(2, fields.length, CORPUS + ":" + (i + 1) + " needs exactly one tab: " + line);
        cases.add(new CorpusCase(i + 1, fields[0], fields[1]));
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> corpusLinesAreRedactedAsExpected() throws IOException {
    PiiRedactor all = PiiRedactor.all();
    return corpus().stream().map(c -> DynamicTest.dynamicTest("line " + c.line(), () ->
        assertEquals(c.expected(), all.redact(c.input()), CORPUS + ":" + c.line() + ": " + c.input())));
  }

  @Test
  void corpusCoversEveryKindAndEnoughNegatives() throws IOException {
    List<CorpusCase> cases = corpus();
    assertTrue(cases.size() >= 80, "corpus lines: " + cases.size());
    long unchanged = cases.stream().filter(c -> c.input().equals(c.expected())).count();
    assertTrue(unchanged >= 25, "unchanged lines: " + unchanged);
    for (PiiKind kind : PiiKind.values()) {
      assertTrue(cases.stream().anyMatch(c -> c.expected().contains(kind.token())), "no corpus line for " + kind);
    }
  }

  @Test
  void kindsHaveCliNamesAndTokens() {
    assertEquals("card", PiiKind.CARD.cliName());
    assertEquals("[PII:CARD]", PiiKind.CARD.token());
    assertEquals("[PII:EMAIL]", PiiKind.EMAIL.token());
    assertEquals("[PII:PHONE]", PiiKind.PHONE.token());
    assertEquals("[PII:NUMBER]", PiiKind.NUMBER.token());
    assertSame(PiiKind.NUMBER, PiiKind.fromCliName(" Number "));
    assertThrows(IllegalArgumentException.class, () -> PiiKind.fromCliName("ssn"));
  }

  @Test
  void parseAcceptsAllNoneAndCommaLists() {
    assertSame(PiiRedactor.all(), PiiRedactor.parse("all"));
    assertSame(PiiRedactor.all(), PiiRedactor.parse(" ALL "));
    assertSame(PiiRedactor.none(), PiiRedactor.parse("None"));
    assertEquals(EnumSet.of(PiiKind.CARD, PiiKind.EMAIL), PiiRedactor.parse("card,email").kinds());
    assertEquals(EnumSet.of(PiiKind.CARD, PiiKind.EMAIL), PiiRedactor.parse(" Email , CARD ").kinds());
    assertEquals(EnumSet.of(PiiKind.PHONE), PiiRedactor.parse("phone,phone").kinds());
    assertEquals(PiiRedactor.all(), PiiRedactor.parse("number,phone,email,card"));
  }

  @Test
  void toStringIsTheCliSpecAndParsesBack() {
    assertEquals("all", PiiRedactor.all().toString());
    assertEquals("none", PiiRedactor.none().toString());
    assertEquals("card,email", PiiRedactor.parse("email,card").toString());
    assertEquals("all", PiiRedactor.of(EnumSet.allOf(PiiKind.class)).toString());
    assertEquals("none", PiiRedactor.of(Set.of()).toString());
    for (String spec : new String[] {"all", "none", "card", "phone,number", "card,email,phone"}) {
      PiiRedactor redactor = PiiRedactor.parse(spec);
      assertEquals(spec, redactor.toString());
      assertEquals(redactor, PiiRedactor.parse(redactor.toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo", "card,foo", "cards", "card,,email", "card,", "all,card", "none,email", "", "  "})
  void parseRefusesUnknownNamesAndNamesTheAllowedOnes(String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PiiRedactor.parse(spec));
    assertTrue(e.getMessage().contains("card, email, phone, number"), e.getMessage());
    if (!spec.isBlank()) {
      assertTrue(e.getMessage().contains("'" + spec + "'"), e.getMessage());
    }
  }

  @Test
  void parseNamesTheBadItem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PiiRedactor.parse("card,SSN"));
    assertTrue(e.getMessage().contains("'SSN'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PiiRedactor.parse(null));
  }

  @Test
  void noneLeavesTextUnchanged() {
    PiiRedactor none = PiiRedactor.none();
    assertFalse(none.enabled());
    assertTrue(none.kinds().isEmpty());
    assertSame(MIXED, none.redact(MIXED));
    assertNull(none.redact(null));
    assertTrue(none.count(MIXED).isEmpty());
  }

  @Test
  void nullAndEmptyAndPlainTextPassThrough() {
    PiiRedactor all = PiiRedactor.all();
    assertTrue(all.enabled());
    assertNull(all.redact(null));
    assertEquals("", all.redact(""));
    String plain = "Thanks for calling, how can I help?";
    assertSame(plain, all.redact(plain));
  }

  @Test
  void aSubsetRedactsOnlyItsKinds() {
    assertEquals("Card 4111 1111 1111 1111, phone 555-123-4567, email [PII:EMAIL], account 0012 3456 78, order 12345.",
        PiiRedactor.of(EnumSet.of(PiiKind.EMAIL)).redact(MIXED));
    assertEquals("Card [PII:CARD], phone [PII:PHONE], email a@b.co, account 0012 3456 78, order 12345.",
        PiiRedactor.parse("card,phone").redact(MIXED));
    // a card is a card even when only numbers are redacted: it stays in clear text
    assertEquals("Card 4111 1111 1111 1111, phone 555-123-4567, email a@b.co, account [PII:NUMBER], order 12345.",
        PiiRedactor.parse("number").redact(MIXED));
    // digits inside an e-mail address are never a number
    assertEquals("mail 12345678@example.com", PiiRedactor.parse("number").redact("mail 12345678@example.com"));
    assertEquals("Card [PII:CARD], phone [PII:PHONE], email [PII:EMAIL], account [PII:NUMBER], order 12345.",
        PiiRedactor.all().redact(MIXED));
  }

  @Test
  void countCountsEnabledKinds() {
    String text = MIXED + " Also 5555 5555 5555 4444 and four one one one one one one.";
    assertEquals(Map.of(PiiKind.CARD, 2, PiiKind.PHONE, 1, PiiKind.EMAIL, 1, PiiKind.NUMBER, 2),
        PiiRedactor.all().count(text));
    assertEquals(Map.of(PiiKind.CARD, 2), PiiRedactor.parse("card").count(text));
    assertTrue(PiiRedactor.all().count(null).isEmpty());
  }

  @Test
  void ofCopiesAndKindsAreUnmodifiable() {
    EnumSet<PiiKind> kinds = EnumSet.of(PiiKind.CARD);
    PiiRedactor redactor = PiiRedactor.of(kinds);
    kinds.add(PiiKind.EMAIL);
    assertEquals(Set.of(PiiKind.CARD), redactor.kinds());
    assertThrows(UnsupportedOperationException.class, () -> redactor.kinds().add(PiiKind.PHONE));
    assertThrows(NullPointerException.class, () -> PiiRedactor.of(null));
  }

  @Test
  void luhnCheck() {
    for (String valid : new String[] {"4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
        "4222222222222", "30569309025904", "4111111111111111003", "0", "18", "79927398713"}) {
      assertTrue(PiiRedactor.luhn(valid), valid);
    }
    for (String invalid : new String[] {"4111111111111112", "5555555555554445", "378282246310006", "1", "79927398710",
        "", "4111 1111 1111 1111", "411111111111111x"}) {
      assertFalse(PiiRedactor.luhn(invalid), invalid);
    }
  }

  @Test
  void onlyLuhnValidRunsAreCards() {
    PiiRedactor all = PiiRedactor.all();
    assertEquals("[PII:CARD]", all.redact("4111 1111 1111 1111"));
    assertEquals("[PII:NUMBER]", all.redact("4111 1111 1111 1112"));
    assertEquals("[PII:CARD]", all.redact("4222222222222")); // 13 digits
    assertEquals("[PII:NUMBER]", all.redact("4222222222223"));
    assertEquals("[PII:CARD]", all.redact("4111-1111-1111-1111-003")); // 19 digits
    assertEquals("[PII:NUMBER]", all.redact("4111 1111 1111 1111 0030")); // 20 digits: too long for a card
    // a phone in card clothing: a leading + is never a card
    assertEquals("[PII:PHONE]", all.redact("+4111 1111 1111 11"));
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    for (PiiRedactor redactor : List.of(PiiRedactor.all(), PiiRedactor.none(), PiiRedactor.parse("email,number"))) {
      PiiRedactor copy = roundTrip(redactor);
      assertEquals(redactor, copy);
      assertEquals(redactor.kinds(), copy.kinds());
      assertEquals(redactor.toString(), copy.toString());
      assertEquals(redactor.redact(MIXED), copy.redact(MIXED));
    }
    assertSame(PiiRedactor.all(), roundTrip(PiiRedactor.all()));
    assertEquals("Card [PII:CARD], phone [PII:PHONE], email [PII:EMAIL], account [PII:NUMBER], order 12345.",
        roundTrip(PiiRedactor.all()).redact(MIXED));
    assertThrows(UnsupportedOperationException.class,
        () -> roundTrip(PiiRedactor.parse("card")).kinds().add(PiiKind.EMAIL));
  }

  private static PiiRedactor roundTrip(PiiRedactor redactor) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(redactor);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PiiRedactor) in.readObject();
    }
  }

  @Test
  void isSafeToShareBetweenThreads() {
    PiiRedactor all = PiiRedactor.all();
    String expected = all.redact(MIXED);
    assertTrue(IntStream.range(0, 200).parallel().mapToObj(i -> all.redact(MIXED)).allMatch(expected::equals));
  }

  /** Long inputs must not backtrack catastrophically or overflow the stack (runs in milliseconds). */
  @Test
  @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS) // linear, not quadratic
  void longInputsAreHandled() {
    Random random = new Random(42);
    StringBuilder digitsAndSpaces = new StringBuilder();
    while (digitsAndSpaces.length() < 200_000) {
      digitsAndSpaces.append((char) ('0' + random.nextInt(10)));
      if (random.nextInt(3) == 0) {
        digitsAndSpaces.append(' ');
      }
    }
    PiiRedactor all = PiiRedactor.all();
    String redacted = all.redact(digitsAndSpaces.toString());
    // one long span; at most a final single digit (read as a count, "... 11 9") is left
    assertTrue(redacted.startsWith("[PII:NUMBER]") && redacted.length() <= "[PII:NUMBER] 9 ".length(), redacted);
    assertEquals("x [PII:NUMBER] 1y", all.redact("x " + "1 ".repeat(100_000) + "1y"));
    assertEquals("[PII:NUMBER]", all.redact("one ".repeat(50_000).trim()));
    // 50,000 characters is plenty to expose quadratic behaviour, and keeps the test fast
    for (String other : new String[] {"1.".repeat(25_000), "a.".repeat(25_000), "a@" + "a.".repeat(25_000),
        "x@".repeat(25_000), "+1".repeat(25_000), "(1)".repeat(16_000), "7".repeat(50_000)}) {
      assertNotNull(all.redact(other));
    }
  }

  @Test
  void unicodeFormsAreNormalisedBeforeMatching() {
    PiiRedactor all = PiiRedactor.all();
    // e-mail with a non-ASCII domain and local part
    assertEquals("write to [PII:EMAIL] today", all.redact("write to name@exämple.se today"));
    assertEquals("[PII:EMAIL]", all.redact("jörg.müller@bücher.de"));
    // a card number whose groups are separated by zero-width spaces (pasted from chat)
    assertEquals("card [PII:CARD] ok", all.redact("card 4111\u200B1111\u200B1111\u200B1111 ok"));
    assertEquals("card [PII:CARD]", all.redact("card 4111 \u200D1111 1111 1111"));
    // full-width digits (East Asian input methods) and Arabic-Indic digits
    assertEquals("カード [PII:CARD]", all.redact("カード ４１１１ １１１１ １１１１ １１１１"));
    assertEquals("acct [PII:NUMBER]", all.redact("acct \u0664\u0665\u0666\u0667\u0668\u0669\u0660"));
    // plain text and text without personal data stay as they were
    String plain = "Café opens at 10:30, order 12345.";
    assertEquals(plain, all.redact(plain));
    assertEquals(Map.of(PiiKind.CARD, 1), all.count("４１１１ １１１１ １１１１ １１１１"));
  }
}
