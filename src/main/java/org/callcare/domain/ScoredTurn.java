package org.callcare.domain;

import java.util.List;
import java.util.Objects;

/** A turn after the NLP pass: its sentiment and the behaviour rules that fired in its sentences, in order. */
public record ScoredTurn(Turn turn, TurnSentiment sentiment, List<RuleHit> hits) {
  public ScoredTurn {
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(sentiment, "sentiment");
    hits = hits == null ? List.of() : List.copyOf(hits);
  }

  /** A scored turn where no rule fired. */
  public ScoredTurn(Turn turn, TurnSentiment sentiment) {
    this(turn, sentiment, List.of());
  }

  public Speaker speaker() {
    return turn.speaker();
  }

  public Double score() {
    return sentiment.score();
  }

  public SentimentLabel label() {
    return sentiment.label();
  }
}
