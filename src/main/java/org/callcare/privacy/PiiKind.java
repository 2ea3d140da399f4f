package org.callcare.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A kind of personal data that {@link PiiRedactor} finds in transcript text, with its command-line name and the
 * token that replaces each item found. The declaration order is the order {@link PiiRedactor#toString()} lists kinds
 * in; it is not the detection precedence (that is e-mail, card, phone, number; see {@link PiiRedactor}).
 */
public enum PiiKind {
  /** Payment card numbers: 13 to 19 digits that pass the Luhn check. */
  CARD("card"),
  /** E-mail addresses. */
  EMAIL("email"),
  /** Telephone numbers, North American and international forms. */
  PHONE("phone"),
  /** Any other run of 6 or more digits (account, policy, member numbers), written or spoken. */
  NUMBER("number");

  private final String cliName;
  private final String token;

  PiiKind(String cliName) {
    this.cliName = cliName;
    this.token = "[PII:" + name() + "]";
  }

  /** The name used on the command line, e.g. {@code card}. */
  public String cliName() {
    return cliName;
  }

  /** The replacement text, e.g. {@code [PII:CARD]}. It holds no digits, so redacted text never re-matches. */
  public String token() {
    return token;
  }

  /**
   * The kind with this command-line name (case-insensitive, surrounding blanks ignored).
   *
   * @throws IllegalArgumentException for an unknown name; the message names the value and the allowed names
   */
  public static PiiKind fromCliName(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (PiiKind kind : values()) {
      if (kind.cliName.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown PII kind '" + name + "'; allowed: " + allowedNames());
  }

  /** The command-line names of all kinds, comma separated, in declaration order. */
  static String allowedNames() {
    return Arrays.stream(values()).map(PiiKind::cliName).collect(Collectors.joining(", "));
  }
}
