package org.callcare.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces ids by keyed pseudonyms ({@code --pseudonymize-ids}) for sites that must not see raw ids in reports:
 * every customer id, and a call id only where it looks like personal data (a phone number, e-mail address or long
 * number in it). A pseudonym is {@code cust-} or {@code call-} and the first 16 hex digits of HMAC-SHA256(key, id):
 * the same id and key always give the same pseudonym, so repeat contacts and the history still link across
 * nights, while without the key the id cannot be recovered or guessed from a list of candidates. Immutable,
 * thread-safe and serializable (the key is shipped to executors; keep the key file as safe as the data).
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Fewest characters of a key. */
  public static final int MIN_KEY_CHARS = 16;

  private final byte[] key;

  private Pseudonymizer(byte[] key) {
    this.key = key.clone();
  }

  /**
   * @throws IllegalArgumentException when the key is shorter than {@value #MIN_KEY_CHARS} characters
   */
  public static Pseudonymizer withKey(String key) {
    if (key == null || key.strip().length() < MIN_KEY_CHARS) {
      throw new IllegalArgumentException("the pseudonym key must have at least " + MIN_KEY_CHARS + " characters");
    }
    return new Pseudonymizer(key.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** The customer id's pseudonym; null stays null. */
  public String customerId(String id) {
    return id == null ? null : "cust-" + hash(id);
  }

  /** The call id's pseudonym when it holds personal data, else the id itself; null stays null. */
  public String callId(String id) {
    if (id == null || PiiRedactor.all().count(id).isEmpty()) {
      return id;
    }
    return "call-" + hash(id);
  }

  private String hash(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
