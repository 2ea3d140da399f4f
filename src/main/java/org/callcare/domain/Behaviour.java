package org.callcare.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The behaviours callcare looks for (METRICS.md "Behaviours of a great call"). Rules name a behaviour by its
 * {@link #id()}; each behaviour has the speaker whose turns it is found in and, for the per-agent rates, the
 * calls it is measured over ({@link Denominator}).
 */
public enum Behaviour {
  GREETING_WITH_NAME("greeting_with_name", Speaker.AGENT, Denominator.CALLS, true),
  EMPATHY("empathy", Speaker.AGENT, Denominator.CALLS, true),
  APOLOGY("apology", Speaker.AGENT, Denominator.CALLS, true),
  APOLOGY_AFTER_COMPLAINT("apology_after_complaint", Speaker.AGENT, Denominator.COMPLAINT_CALLS, false),
  OWNERSHIP("ownership", Speaker.AGENT, Denominator.CALLS, true),
  SET_EXPECTATIONS("set_expectations", Speaker.AGENT, Denominator.CALLS, true),
  CALLBACK_OFFER("callback_offer", Speaker.AGENT, Denominator.CALLS, true),
  FIND_OUT("find_out", Speaker.AGENT, Denominator.CALLS, true),
  BARE_DONT_KNOW("bare_dont_know", Speaker.AGENT, Denominator.CALLS, true),
  CAN_DO("can_do", Speaker.AGENT, Denominator.CALLS, true),
  CANT_DO("cant_do", Speaker.AGENT, Denominator.CALLS, true),
  CUSTOMER_NAME_USED("customer_name_used", Speaker.AGENT, Denominator.NAME_KNOWN_CALLS, false),
  PROBING_QUESTION("probing_question", Speaker.AGENT, Denominator.CALLS, true),
  CLOSING_OFFER("closing_offer", Speaker.AGENT, Denominator.CALLS, true),
  AVOID_PHRASE("avoid_phrase", Speaker.AGENT, Denominator.CALLS, true),
  REFERRAL("referral", Speaker.AGENT, Denominator.CALLS, true),
  TRANSFER("transfer", Speaker.AGENT, Denominator.CALLS, true),
  WARM_TRANSFER("warm_transfer", Speaker.AGENT, Denominator.TRANSFER_CALLS, true),
  CUSTOMER_GIVES_NAME("customer_gives_name", Speaker.CUSTOMER, Denominator.CALLS, true),
  COMPLAINT_CUE("complaint_cue", Speaker.CUSTOMER, Denominator.CALLS, true),
  ESCALATION_REQUEST("escalation_request", Speaker.CUSTOMER, Denominator.CALLS, true);

  /** The calls a per-agent rate of the behaviour is measured over. */
  public enum Denominator {
    /** every call the agent took */
    CALLS("calls"),
    /** calls with a complaint (a negative customer turn or a complaint cue) */
    COMPLAINT_CALLS("complaint_calls"),
    /** calls with a transfer */
    TRANSFER_CALLS("transfer_calls"),
    /** calls where the customer's name is known (metadata, or said by the customer) */
    NAME_KNOWN_CALLS("customer_name_known_calls");

    private final String column;

    Denominator(String column) {
      this.column = column;
    }

    /** The agents.csv column that holds the denominator. */
    public String column() {
      return column;
    }
  }

  private final String id;
  private final Speaker speaker;
  private final Denominator denominator;
  private final boolean ruleBased;

  Behaviour(String id, Speaker speaker, Denominator denominator, boolean ruleBased) {
    this.id = id;
    this.speaker = speaker;
    this.denominator = denominator;
    this.ruleBased = ruleBased;
  }

  /** The snake_case name used in rule files and reports. */
  public String id() {
    return id;
  }

  /** Whose turns the behaviour is found in. */
  public Speaker speaker() {
    return speaker;
  }

  public Denominator denominator() {
    return denominator;
  }

  /** Whether rules may name this behaviour; the others are derived from rule hits and the call's shape. */
  public boolean ruleBased() {
    return ruleBased;
  }

  /** The behaviour with this id (case-insensitive), if any. */
  public static Optional<Behaviour> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(b -> b.id.equals(wanted)).findFirst();
  }
}
