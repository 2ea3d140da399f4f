package org.callcare.privacy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces personal data in transcript text by kind tokens ({@link PiiKind#token()}, e.g. {@code [PII:CARD]}).
 * Immutable, thread-safe and {@link Serializable} (only the set of kinds is serialized; the patterns are static).
 *
 * <p>What is found, in order of precedence (a character belongs to at most one item):
 * <ol>
 *   <li><b>E-mail</b>: {@code local@domain.tld}, plus-tags and sub-domains included. Spelled-out addresses
 *       ("john at example dot com") are not found.
 *   <li><b>Digit spans</b>: digit groups joined by single spaces, dashes, dots (dot only before a group of 3 or 4
 *       digits) or parentheses around an area code, with an optional leading {@code +}. Each span is classified:
 *       <ul>
 *         <li>CARD: 13 to 19 digits, no {@code +}, parentheses or dots, passing the Luhn check. A span that looks
 *             like a card but fails Luhn is not a card; it may still be a PHONE or NUMBER.
 *         <li>PHONE: a leading {@code +} and 8 to 15 digits; or 10 to 15 digits in two or more groups, the last
 *             of 3 or more digits or all of one digit ({@code (555) 123 4567}, {@code 555-123-4567}); or, with
 *             dots, exactly {@code 555.123.4567} or {@code 1.555.123.4567}. An unseparated run of 10 to 15 digits
 *             without {@code +} is a NUMBER, not a PHONE.
 *         <li>NUMBER: any other span of 6 or more digits, e.g. {@code 0012 3456 78}.
 *       </ul>
 *   <li><b>Spoken digits</b>, as speech-to-text writes them: 6 or more digit words in a row ("four one one", "oh",
 *       "zero", "double five", "triple two"), separated by blanks, commas or dashes. 13 to 19 spoken digits passing
 *       Luhn are a CARD, anything else a NUMBER (never a PHONE). Digits mixed with digit words are not joined.
 * </ol>
 *
 * <p>What is left alone: spans under 6 digits ("order 12345", "2 days", "10:30", "24/7"); prices ({@code $45.99},
 * {@code $1234567}); decimals, versions and IP addresses (dotted spans that are not phones); dates
 * ({@code 2026-10-14}, {@code 10/14/2026}, {@code 14 10 2026}); runs of years ({@code 2019-2026}); digits glued to
 * letters (codes such as {@code AB1234567}). To avoid joining a number to a following count, a span of exactly two
 * groups whose shorter group has at most 2 digits ("order 12345 24 hours") is judged group by group, and a final
 * single digit after a longer group ("555-123-4567 2 times") is not part of the span.
 *
 * <p>Disabled kinds are still detected (so precedence does not depend on the selection) but left as they are: with
 * only {@code number} enabled, a card number stays in clear text, and digits inside an e-mail address are never
 * redacted as a number.
 *
 * <p>All patterns are linear (possessive loops, bounded lookarounds): long digit runs are safe.
 */
public final class PiiRedactor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fewest digits in a NUMBER (written or spoken). */
  public static final int MIN_NUMBER_DIGITS = 6;
  /** Fewest digits of a payment card number. */
  public static final int MIN_CARD_DIGITS = 13;
  /** Most digits of a payment card number. */
  public static final int MAX_CARD_DIGITS = 19;
  /** Most digits of a phone number (E.164). */
  public static final int MAX_PHONE_DIGITS = 15;
  /** Fewest digits of a phone number written with separators and without {@code +}. */
  public static final int MIN_PHONE_DIGITS = 10;
  /** Fewest digits of a phone number written with a leading {@code +}. */
  public static final int MIN_INTERNATIONAL_PHONE_DIGITS = 8;

  // --- E-mail ------------------------------------------------------------------------------------------------
  /** Characters of the local part; the match must not start in the middle of such a run. */
  private static final String EMAIL_LOCAL_CHAR = "[\\p{L}\\p{M}\\p{Nd}._%+\\-]";
  /** One domain label: letters/digits, inner dashes, at most 63 characters. */
  private static final String DOMAIN_LABEL =
      "[\\p{L}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}\\-]{0,61}[\\p{L}\\p{M}\\p{Nd}])?";
  private static final Pattern EMAIL = Pattern.compile(
      "(?<!" + EMAIL_LOCAL_CHAR + ")" + EMAIL_LOCAL_CHAR + "++"   // local part, possessive: '@' ends it
          + "@(?:" + DOMAIN_LABEL + "\\.){1,8}"                   // sub-domains and domain
          + "\\p{L}[\\p{L}\\p{M}]{1,23}(?![\\p{L}\\p{M}\\p{Nd}\\-])"); // top-level domain, whole

  // --- Digit spans -------------------------------------------------------------------------------------------
  /** A digit group: a digit run, or an area code in parentheses. */
  private static final String GROUP = "(?:\\d++|\\(\\d{1,4}\\))";
  /**
   * Between groups: one space or dash; a dot only before a group of exactly 3 or 4 digits (phones such as
   * 555.123.4567, not decimals or 14.10.2026); nothing next to a parenthesis ({@code +1(555)123-4567}).
   */
  private static final String GROUP_SEPARATOR = "(?:[ \\-]|\\.(?=\\d{3,4}(?!\\d))|(?<=\\))|(?=\\())";
  /** A digit span; classified and trimmed in code (see {@link #addDigitSpan}). Possessive, so linear. */
  private static final Pattern DIGIT_SPAN = Pattern.compile(
      "\\+?" + GROUP + "(?:" + GROUP_SEPARATOR + GROUP + ")*+");

  // --- Spoken digits -----------------------------------------------------------------------------------------
  private static final String DIGIT_WORDS = "zero|oh|one|two|three|four|five|six|seven|eight|nine";
  /** One spoken digit, optionally repeated: "five", "double five", "triple-oh". */
  private static final String SPOKEN_DIGIT = "(?:(?:double|triple)[ \\-]++)?(?:" + DIGIT_WORDS + ")\\b";
  /** First letters of the words above: a cheap test before the alternatives at each position. */
  private static final String SPOKEN_FIRST_LETTER = "(?=[zotfsend])";
  private static final Pattern SPOKEN_DIGITS = Pattern.compile(
      "(?i)\\b" + SPOKEN_FIRST_LETTER + SPOKEN_DIGIT + "(?:[\\s,\\-]++" + SPOKEN_DIGIT + ")*+");
  /** The words of a spoken-digit span, one at a time. */
  private static final Pattern SPOKEN_WORD = Pattern.compile("(?i)double|triple|" + DIGIT_WORDS);

  private static final PiiRedactor ALL = new PiiRedactor(EnumSet.allOf(PiiKind.class));
  private static final PiiRedactor NONE = new PiiRedactor(EnumSet.noneOf(PiiKind.class));

  /** Unmodifiable; an {@link EnumSet} inside. */
  private final Set<PiiKind> kinds;

  private PiiRedactor(EnumSet<PiiKind> kinds) {
    this.kinds = Collections.unmodifiableSet(kinds);
  }

  /** A redactor for these kinds (copied; must not be null or hold null). All or no kinds give the shared instances. */
  public static PiiRedactor of(Set<PiiKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    EnumSet<PiiKind> copy = EnumSet.noneOf(PiiKind.class);
    for (PiiKind kind : kinds) {
      copy.add(Objects.requireNonNull(kind, "kind"));
    }
    return copy.size() == PiiKind.values().length ? ALL : copy.isEmpty() ? NONE : new PiiRedactor(copy);
  }

  /** A redactor for every kind. */
  public static PiiRedactor all() {
    return ALL;
  }

  /** A redactor that leaves text unchanged. */
  public static PiiRedactor none() {
    return NONE;
  }

  /**
   * The redactor for a command-line value: {@code all}, {@code none}, or a comma list of kind names such as
   * {@code card,email}. Case-insensitive; blanks around names are ignored.
   *
   * @throws IllegalArgumentException for a blank value, an empty list item or an unknown name; the message names
   *     the bad value and the allowed ones
   */
  public static PiiRedactor parse(String spec) {
    String allowed = "allowed: all, none, or a comma list of " + PiiKind.allowedNames();
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty PII redaction value; " + allowed);
    }
    String value = spec.trim();
    if (value.equalsIgnoreCase("all")) {
      return ALL;
    }
    if (value.equalsIgnoreCase("none")) {
      return NONE;
    }
    EnumSet<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
    for (String item : value.split(",", -1)) {
      try {
        kinds.add(PiiKind.fromCliName(item));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown PII kind '" + item.trim() + "' in '" + spec + "'; " + allowed, e);
      }
    }
    return new PiiRedactor(kinds);
  }

  /** The kinds this redactor replaces (unmodifiable). */
  public Set<PiiKind> kinds() {
    return kinds;
  }

  /** Whether any kind is redacted; false for {@link #none()}. */
  public boolean enabled() {
    return !kinds.isEmpty();
  }

  /**
   * The text with each item of an enabled kind replaced by its token; null for null. Text that Unicode NFKC
   * normalisation would change, or that holds format characters (zero-width spaces, joiners, soft hyphens, byte
   * order marks), is normalised first and returned normalised, so that full-width digits ("４１１１…"), digits of
   * other scripts and digit groups split by zero-width spaces are found like plain ones.
   */
  public String redact(String text) {
    if (text == null || kinds.isEmpty() || text.isEmpty()) {
      return text;
    }
    text = normalise(text);
    List<Finding> found = find(text);
    StringBuilder out = null;
    int copied = 0;
    for (Finding f : found) {
      if (kinds.contains(f.kind())) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, f.start()).append(f.kind().token());
        copied = f.end();
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** How many items of each enabled kind {@link #redact} would replace; kinds not found are absent. */
  public Map<PiiKind, Integer> count(String text) {
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    if (text != null && !kinds.isEmpty()) {
      for (Finding f : find(normalise(text))) {
        if (kinds.contains(f.kind())) {
          counts.merge(f.kind(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The command-line value that {@link #parse} turns back into this redactor: {@code all}, {@code none} or a list. */
  @Override
  public String toString() {
    if (kinds.size() == PiiKind.values().length) {
      return "all";
    }
    if (kinds.isEmpty()) {
      return "none";
    }
    return kinds.stream().map(PiiKind::cliName).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiiRedactor other && kinds.equals(other.kinds);
  }

  @Override
  public int hashCode() {
    return kinds.hashCode();
  }

  /** Normalizes what was read: an unmodifiable EnumSet copy, the shared instances for all and none. */
  private Object readResolve() {
    return of(kinds);
  }

  // --- Detection (independent of the enabled kinds) ----------------------------------------------------------

  /** Format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, BOM, direction marks). */
  private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

  /** NFKC with format characters removed; the text itself (no copy) when that changes nothing. */
  static String normalise(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      plain = text.charAt(i) < 0x80;
    }
    if (plain) {
      return text;
    }
    String nfkc = java.text.Normalizer.normalize(FORMAT_CHARACTERS.matcher(text).replaceAll(""),
        java.text.Normalizer.Form.NFKC);
    StringBuilder digits = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      // digits of other scripts (Arabic-Indic, Devanagari, …) as ASCII digits, so that they are counted too
      digits.append(c >= 0x80 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
    }
    String normalised = digits.toString();
    return normalised.equals(text) ? text : normalised;
  }

  /** An item found: {@code [start, end)} of the text. */
  record Finding(int start, int end, PiiKind kind) {}

  /** Every item in the text, all kinds, non-overlapping, in text order. */
  static List<Finding> find(String text) {
    List<Finding> found = new ArrayList<>();
    int from = 0;
    Matcher email = EMAIL.matcher(text.indexOf('@') >= 0 ? text : ""); // no '@', no address: skip the pattern
    while (email.find()) {
      int start = email.start();
      while (text.charAt(start) == '.') { // "...john@example.com": the ellipsis is not part of the address
        start++;
      }
      if (text.charAt(start) == '@') { // "...@example.com": no local part
        continue;
      }
      findOutsideEmail(text, from, start, found);
      found.add(new Finding(start, email.end(), PiiKind.EMAIL));
      from = email.end();
    }
    findOutsideEmail(text, from, text.length(), found);
    found.sort(Comparator.comparingInt(Finding::start));
    return found;
  }

  /** Digit spans and spoken digits in {@code [from, to)}; the two cannot overlap (digits vs. letters). */
  private static void findOutsideEmail(String text, int from, int to, List<Finding> found) {
    if (from >= to) {
      return;
    }
    if (hasDigit(text, from, to)) {
      Matcher digits = DIGIT_SPAN.matcher(text).region(from, to).useTransparentBounds(true)
          .useAnchoringBounds(false);
      while (digits.find()) {
        addDigitSpan(text, digits.start(), digits.end(), found);
      }
    }
    Matcher spoken = SPOKEN_DIGITS.matcher(text).region(from, to).useTransparentBounds(true)
        .useAnchoringBounds(false);
    while (spoken.find()) {
      addSpokenDigits(text, spoken.start(), spoken.end(), found);
    }
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A digit group of a span: {@code [start, end)} includes parentheses and a leading '+'. */
  private record Group(int start, int end, String digits, boolean paren, boolean plus, char separatorBefore) {
    int length() {
      return digits.length();
    }
  }

  /** Trims a digit span of glued and counting groups, then classifies what is left. */
  private static void addDigitSpan(String text, int start, int end, List<Finding> found) {
    List<Group> groups = groups(text, start, end);
    if (gluedOnTheLeft(text, start)) { // "AB12 ...", "$45 ...", "2.5 ..."
      groups.remove(0);
    }
    if (!groups.isEmpty() && gluedOnTheRight(text, end)) { // "... 1234abc", "... 12.50", "... 10:30"
      groups.remove(groups.size() - 1);
    }
    int n = groups.size();
    if (n >= 2) { // "555-123-4567 2 times": a last single digit after a longer group is a count
      Group last = groups.get(n - 1);
      if (last.length() == 1 && !last.paren() && last.separatorBefore() == ' ' && groups.get(n - 2).length() >= 2) {
        groups.remove(--n);
      }
    }
    if (n == 2 && !groups.get(0).plus() && !groups.get(0).paren() && !groups.get(1).paren()
        && Math.min(groups.get(0).length(), groups.get(1).length()) <= 2) {
      // "order 12345 24 hours", "in 2026 12 people": two numbers side by side, judged one by one
      addClassified(List.of(groups.get(0)), found);
      addClassified(List.of(groups.get(1)), found);
    } else if (n > 0) {
      addClassified(groups, found);
    }
  }

  private static void addClassified(List<Group> groups, List<Finding> found) {
    PiiKind kind = classify(groups);
    if (kind != null) {
      found.add(new Finding(groups.get(0).start(), groups.get(groups.size() - 1).end(), kind));
    }
  }

  /** The groups of a span that {@link #DIGIT_SPAN} matched. */
  private static List<Group> groups(String text, int start, int end) {
    List<Group> groups = new ArrayList<>();
    int plusAt = -1;
    char separator = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '+') {
        plusAt = i++;
      } else if (c == '(' || isAsciiDigit(c)) {
        boolean paren = c == '(';
        int digitsStart = paren ? i + 1 : i;
        int j = digitsStart;
        while (j < end && isAsciiDigit(text.charAt(j))) {
          j++;
        }
        int groupEnd = paren ? j + 1 : j;
        groups.add(new Group(plusAt >= 0 ? plusAt : i, groupEnd, text.substring(digitsStart, j), paren, plusAt >= 0,
            separator));
        plusAt = -1;
        separator = 0;
        i = groupEnd;
      } else {
        separator = c;
        i++;
      }
    }
    return groups;
  }

  /**
   * The kind of a trimmed digit span, or null. Precedence: card, then runs of years (not PII), phone, dotted
   * non-phones (not PII), dates (not PII), number.
   */
  private static PiiKind classify(List<Group> groups) {
    StringBuilder all = new StringBuilder();
    boolean paren = false;
    boolean dot = false;
    for (Group g : groups) {
      all.append(g.digits());
      paren |= g.paren();
      dot |= g.separatorBefore() == '.';
    }
    boolean plus = groups.get(0).plus();
    String digits = all.toString();
    int d = digits.length();
    int n = groups.size();
    if (!plus && !paren && !dot && d >= MIN_CARD_DIGITS && d <= MAX_CARD_DIGITS && luhn(digits)) {
      return PiiKind.CARD;
    }
    if (n >= 2 && !plus && groups.stream().allMatch(PiiRedactor::isYear)) {
      return null; // "2019-2026", "2019 2020 2021"
    }
    if (plus && d >= MIN_INTERNATIONAL_PHONE_DIGITS && d <= MAX_PHONE_DIGITS) {
      return PiiKind.PHONE;
    }
    if (dot) { // dots: only 555.123.4567 and 1.555.123.4567; else versions, IP addresses, decimals
      return isNorthAmericanShape(groups) ? PiiKind.PHONE : null;
    }
    if (n >= 2 && d >= MIN_PHONE_DIGITS && d <= MAX_PHONE_DIGITS && endsLikeAPhone(groups)) {
      return PiiKind.PHONE;
    }
    if (!plus && !paren && isDate(groups)) {
      return null;
    }
    return d >= MIN_NUMBER_DIGITS ? PiiKind.NUMBER : null;
  }

  /**
   * Phones end in a group of 3 or more digits ({@code 555 123 4567}, {@code 020 7946 0958}) or are read out digit
   * by digit ({@code 5 5 5 1 2 3 4 5 6 7}); an account such as {@code 0012 3456 78} does not.
   */
  private static boolean endsLikeAPhone(List<Group> groups) {
    return groups.get(groups.size() - 1).length() >= 3 || groups.stream().allMatch(g -> g.length() == 1);
  }

  private static boolean isNorthAmericanShape(List<Group> groups) {
    int[] sizes = groups.stream().mapToInt(Group::length).toArray();
    return java.util.Arrays.equals(sizes, new int[] {3, 3, 4})
        || (java.util.Arrays.equals(sizes, new int[] {1, 3, 3, 4}) && groups.get(0).digits().equals("1"));
  }

  private static boolean isYear(Group g) {
    if (g.paren() || g.length() != 4) {
      return false;
    }
    int value = Integer.parseInt(g.digits());
    return value >= 1900 && value <= 2099;
  }

  /** A day or month: 1 or 2 digits, 1 to 31. */
  private static boolean isDayOrMonth(Group g) {
    if (g.length() > 2) {
      return false;
    }
    int value = Integer.parseInt(g.digits());
    return value >= 1 && value <= 31;
  }

  /**
   * Date-shaped: year-day-month or day-month-year in any of its orders ({@code 2026-10-14}, {@code 10 14 2026},
   * {@code 14 2026}), or three short groups with a 2-digit year ({@code 10-14-26}).
   */
  private static boolean isDate(List<Group> groups) {
    int n = groups.size();
    if (n < 2 || n > 3) {
      return false;
    }
    Group first = groups.get(0);
    Group last = groups.get(n - 1);
    if (isYear(first) && groups.subList(1, n).stream().allMatch(PiiRedactor::isDayOrMonth)) {
      return true;
    }
    if (isYear(last) && groups.subList(0, n - 1).stream().allMatch(PiiRedactor::isDayOrMonth)) {
      return true;
    }
    return n == 3 && isDayOrMonth(first) && isDayOrMonth(groups.get(1)) && last.length() == 2;
  }

  /** Digits right after a letter, digit, underscore or currency sign, or after a decimal point/colon/slash. */
  private static boolean gluedOnTheLeft(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    if (Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
      return true;
    }
    return ".,:/".indexOf(c) >= 0 && start >= 2 && Character.isDigit(text.charAt(start - 2));
  }

  /** Digits right before a letter, digit, underscore, percent or currency sign, or a decimal point/colon/slash. */
  private static boolean gluedOnTheRight(String text, int end) {
    if (end == text.length()) {
      return false;
    }
    char c = text.charAt(end);
    if (Character.isLetterOrDigit(c) || c == '_' || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
      return true;
    }
    return ".,:/".indexOf(c) >= 0 && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
  }

  /** Spoken digits: at least {@value #MIN_NUMBER_DIGITS} digits, not only "oh"s; a leading "oh," is kept. */
  private static void addSpokenDigits(String text, int start, int end, List<Finding> found) {
    Matcher word = SPOKEN_WORD.matcher(text).region(start, end);
    StringBuilder digits = new StringBuilder();
    int repeat = 1;
    int first = -1;
    boolean onlyOh = true;
    while (word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT);
      if (first < 0 && digits.length() == 0 && w.equals("oh") && text.startsWith(",", word.end())) {
        continue; // "Oh, four one one ...": an interjection, not a zero
      }
      if (first < 0) {
        first = word.start();
      }
      switch (w) {
        case "double" -> repeat = 2;
        case "triple" -> repeat = 3;
        default -> {
          onlyOh &= w.equals("oh");
          digits.append(String.valueOf(spokenDigit(w)).repeat(repeat));
          repeat = 1;
        }
      }
    }
    if (first < 0 || onlyOh || digits.length() < MIN_NUMBER_DIGITS) {
      return;
    }
    int d = digits.length();
    boolean card = d >= MIN_CARD_DIGITS && d <= MAX_CARD_DIGITS && luhn(digits);
    found.add(new Finding(first, end, card ? PiiKind.CARD : PiiKind.NUMBER));
  }

  private static char spokenDigit(String word) {
    return switch (word) {
      case "zero", "oh" -> '0';
      case "one" -> '1';
      case "two" -> '2';
      case "three" -> '3';
      case "four" -> '4';
      case "five" -> '5';
      case "six" -> '6';
      case "seven" -> '7';
      case "eight" -> '8';
      case "nine" -> '9';
      default -> throw new IllegalStateException(word);
    };
  }

  /** The Luhn (mod 10) check of a string of ASCII digits; false for an empty string or any non-digit. */
  public static boolean luhn(CharSequence digits) {
    int n = digits.length();
    if (n == 0) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(n - 1 - i);
      if (!isAsciiDigit(c)) {
        return false;
      }
      int v = c - '0';
      if (i % 2 == 1) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    return sum % 10 == 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
