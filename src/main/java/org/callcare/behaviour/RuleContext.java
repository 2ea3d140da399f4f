package org.callcare.behaviour;

import java.util.Objects;
import org.callcare.domain.Behaviour;

/**
 * Where in a call an agent rule's hit counts, judged on the whole call after every sentence has been matched.
 * <ul>
 *   <li>{@code ANY}: everywhere.
 *   <li>{@code OPENING}: only in the agent's first {@code agentTurns} turns (a greeting).
 *   <li>{@code AFTER_COMPLAINT}: only in the first {@code agentTurns} agent turns after the call's first complaint.
 *   <li>{@code WITH}: only when {@code other} has a hit in the same agent turn or within {@code agentTurns}
 *       agent turns before or after it (a warm transfer names who will help near the hand-off).
 *   <li>{@code WITHOUT}: only when {@code other} has no hit there ("I don't know" with no "let me find out").
 * </ul>
 */
public record RuleContext(Kind kind, int agentTurns, Behaviour other) {
  public enum Kind { ANY, OPENING, AFTER_COMPLAINT, WITH, WITHOUT }

  public static final RuleContext ANY = new RuleContext(Kind.ANY, 0, null);

  public RuleContext {
    Objects.requireNonNull(kind, "kind");
    if (agentTurns < 0) {
      throw new IllegalArgumentException("agent_turns must be >= 0, was " + agentTurns);
    }
    if ((kind == Kind.OPENING || kind == Kind.AFTER_COMPLAINT) && agentTurns < 1) {
      throw new IllegalArgumentException(kind.name().toLowerCase() + " needs at least 1 agent turn");
    }
    if ((kind == Kind.WITH || kind == Kind.WITHOUT) != (other != null)) {
      throw new IllegalArgumentException("a with/without context names exactly one other behaviour");
    }
  }
}
