package org.callcare.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.LruCache;
import org.junit.jupiter.api.Test;

/**
 * With the real CoreNLP models: the NLP pass gives the same scores, behaviours and evidence whether repeated
 * sentences come from the memos (untagged, matches remembered) or are tagged, parsed and matched again.
 */
class TurnScoringIT {
  private static final CallAnalysis ANALYSIS = CallAnalysis.defaults();

  private static CallRow call(String id) {
    String[][] turns = {
        {"agent", "Thanks for calling, this is Dana. How can I help?"},
        {"customer", "I'm sorry to bother you. My bill is wrong again and this is ridiculous."},
        {"agent", "I'm sorry to bother you. I'm so sorry about that. Let me check your account."},
        {"customer", "Okay. Thank you."},
        {"agent", "I'm so sorry about that. I'll personally make sure it's fixed by Friday. Okay. Thank you."},
        {"customer", "Okay. Thank you. I want to speak to a supervisor."}};
    CallRow row = new CallRow();
    row.setCallId(id);
    row.setAgentId("A-1");
    row.setCustomerId("CU-1");
    row.setStartedAt("2026-10-01T09:00:00Z");
    row.setStartedAtMs(1_790_000_000_000L);
    row.setSource("test");
    List<TurnRow> rows = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      rows.add(new TurnRow(i, turns[i][0], turns[i][1], null, null, null, null));
    }
    row.setTurns(rows);
    return row;
  }

  private static ScoredCallRow score(CoreNlpSentimentScorer scorer, LruCache<List<org.callcare.domain.RuleHit>> hits,
      TurnScoring.Counters counters) {
    SentenceRules rules = new SentenceRules(ANALYSIS.calculator().rules(), hits, scorer);
    return TurnScoring.scoreCall(call("C-1"), scorer, rules, ANALYSIS.sentiment().model(), ANALYSIS.calculator(), counters,
        org.callcare.privacy.PiiRedactor.all());
  }

  @Test
  void memoisedSentencesGiveWhatScoringAgainGives() {
    TurnScoring.Counters none = new TurnScoring.Counters(new LongAccumulator(), new LongAccumulator());
    ScoredCallRow fresh = score(CoreNlpSentimentScorer.newInstance(0), new LruCache<>(0), none);
    assertEquals(0, none.memoHits().value());

    TurnScoring.Counters counters = new TurnScoring.Counters(new LongAccumulator(), new LongAccumulator());
    CoreNlpSentimentScorer memoised = CoreNlpSentimentScorer.newInstance(1_000);
    LruCache<List<org.callcare.domain.RuleHit>> hits = new LruCache<>(1_000);
    score(memoised, hits, counters);
    ScoredCallRow again = score(memoised, hits, counters);
    assertTrue(counters.memoHits().value() > counters.sentences().value() / 2, "the second pass is all hits");

    for (int t = 0; t < fresh.getTurns().size(); t++) {
      ScoredTurnRow a = fresh.getTurns().get(t);
      ScoredTurnRow b = again.getTurns().get(t);
      assertEquals(a.getScore(), b.getScore(), 1e-12, "turn " + t);
      assertEquals(a.getCorenlpNegative(), b.getCorenlpNegative(), 1e-12, "turn " + t);
      assertEquals(a.getSentences(), b.getSentences());
      assertEquals(a.getTokens(), b.getTokens());
    }
    assertEquals(evidence(fresh), evidence(again));
    assertFalse(evidence(fresh).isEmpty());
    CallReportRow x = fresh.getCall();
    CallReportRow y = again.getCall();
    assertEquals(x.getBehaviourPresence(), y.getBehaviourPresence());
    assertEquals(x.getBehaviourCounts(), y.getBehaviourCounts());
    assertEquals(x.getCustomerStartSentiment(), y.getCustomerStartSentiment());
  }

  private static List<String> evidence(ScoredCallRow row) {
    return row.getEvidence().stream().map(e -> e.getTurnIndex() + " " + e.getBehaviour() + " " + e.getRuleId()
        + " " + e.getMatchedText() + " | " + e.getSentence()).toList();
  }
}
