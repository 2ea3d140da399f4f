package org.callcare.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns chat text that carries HTML markup into plain text: tags are removed (line and block tags such as
 * {@code <br>} and {@code </p>} become a space), and the common named entities and numeric character references are decoded. Text without a tag or
 * an entity is returned as it is (the same instance). A lone {@code <} or {@code &} in ordinary text
 * ({@code "3 < 5"}, {@code "AT&T"}) is left alone.
 */
final class HtmlText {
  private static final Pattern TAG = Pattern.compile(
      "</?([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]{0,500})?/?>|<!--.{0,2000}?-->", Pattern.DOTALL);
  /** Tags that end a line or block: replaced by a space; other tags (b, i, span…) by nothing. */
  private static final Set<String> BREAKING = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th",
      "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", " ", "hellip", "…", "rsquo", "’", "lsquo", "‘", "mdash", "—");

  private HtmlText() {}

  static String toPlainText(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    String untagged = TAG.matcher(text).replaceAll(tag -> tag.group(1) != null
        && !BREAKING.contains(tag.group(1).toLowerCase(Locale.ROOT)) ? "" : " ");
    Matcher m = ENTITY.matcher(untagged);
    StringBuilder out = new StringBuilder(untagged.length());
    boolean changed = !untagged.equals(text);
    while (m.find()) {
      String decoded = decode(m.group(1));
      if (decoded != null) {
        changed = true;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
    }
    m.appendTail(out);
    return changed ? out.toString().replaceAll("\\s{2,}", " ").strip() : text;
  }

  private static String decode(String entity) {
    if (entity.startsWith("#")) {
      try {
        int code = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X')
            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NAMED.get(entity.toLowerCase(Locale.ROOT));
  }
}
