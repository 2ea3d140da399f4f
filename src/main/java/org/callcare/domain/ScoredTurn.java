package org.callcare.domain;

import java.util.Objects;

/** A turn with its sentiment. */
public record ScoredTurn(Turn turn, TurnSentiment sentiment) {
  public ScoredTurn {
    Objects.requireNonNull(turn, "turn");
    Objects.requireNonNull(sentiment, "sentiment");
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
