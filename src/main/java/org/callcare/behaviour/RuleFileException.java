package org.callcare.behaviour;

/** A rules file that cannot be used; the message names the file, the rule id and the reason. */
public class RuleFileException extends RuntimeException {
  public RuleFileException(String message) {
    super(message);
  }

  public RuleFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
