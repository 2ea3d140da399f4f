package org.callcare.spark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.callcare.behaviour.CallBehaviours;
import org.callcare.behaviour.Evidence;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Call;
import org.callcare.domain.ScoredTurn;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.callcare.domain.TurnSentiment;
import org.callcare.ingest.CallAssembler;
import org.callcare.ingest.CallDraft;
import org.callcare.ingest.FileRecord;
import org.callcare.ingest.InputPaths;
import org.callcare.ingest.ParseOutcome;
import org.callcare.ingest.RawTurn;
import org.callcare.ingest.TranscriptFormat;
import org.callcare.metrics.CallMetrics;
import org.callcare.metrics.RepeatContacts;
import org.callcare.metrics.TimingMetrics;
import org.callcare.privacy.PiiRedactor;

/** Converts between domain records and the bean rows Spark encodes. */
final class RowMapping {
  private RowMapping() {}

  /** A reader's record as a row; rejected snippets are redacted. */
  static FileRecordRow toRow(FileRecord record, PiiRedactor redactor) {
    FileRecordRow row = new FileRecordRow();
    if (record instanceof FileRecord.Draft d) {
      row.setDraft(toRow(d.draft()));
    } else if (record instanceof FileRecord.Rejected r) {
      row.setRejected(toRow(r.rejected(), 0, redactor));
    }
    return row;
  }

  static RejectRow toRow(ParseOutcome.Rejected rejected, int turns, PiiRedactor redactor) {
    RejectRow row = new RejectRow(rejected.source(), redactor.redact(rejected.record()), rejected.reason());
    row.setTurns(turns);
    return row;
  }

  static DraftRow toRow(CallDraft draft) {
    DraftRow row = new DraftRow();
    row.setFolder(InputPaths.folderOf(draft.source()));
    row.setCallId(CallAssembler.callIdOf(draft));
    row.setSource(draft.source());
    row.setFormat(draft.format().cliName());
    row.setAgentId(draft.agentId());
    row.setCustomerId(draft.customerId());
    row.setStartedAtMs(draft.startedAt() == null ? null : draft.startedAt().toEpochMilli());
    row.setStartedAtFromNameMs(draft.startedAtFromName() == null ? null : draft.startedAtFromName().toEpochMilli());
    row.setVendorAgentId(draft.vendorAgentId());
    row.setVendorCustomerId(draft.vendorCustomerId());
    row.setQueue(draft.queue());
    row.setCustomerName(draft.customerName());
    List<TurnRow> turns = new ArrayList<>(draft.turns().size());
    for (RawTurn t : draft.turns()) {
      turns.add(new TurnRow(turns.size(), t.speaker().label(), t.text(), t.startMs(), t.endMs(), t.agentId(),
          t.vendorSentiment()));
    }
    row.setTurns(turns);
    row.setWarnings(draft.warnings());
    return row;
  }

  static CallDraft toDraft(DraftRow row) {
    List<RawTurn> turns = new ArrayList<>(row.getTurns().size());
    for (TurnRow t : row.getTurns()) {
      turns.add(new RawTurn(speaker(t.getSpeaker()), t.getText(), t.getStartMs(), t.getEndMs(), t.getAgentId(),
          t.getVendorSentiment()));
    }
    return new CallDraft(row.getSource(), TranscriptFormat.ofCliName(row.getFormat()).orElseThrow(),
        row.getCallId(), row.getAgentId(), row.getCustomerId(),
        row.getStartedAtMs() == null ? null : Instant.ofEpochMilli(row.getStartedAtMs()), row.getQueue(),
        row.getCustomerName(), turns, row.getWarnings(),
        row.getStartedAtFromNameMs() == null ? null : Instant.ofEpochMilli(row.getStartedAtFromNameMs()),
        row.getVendorAgentId(), row.getVendorCustomerId());
  }

  /** An assembled draft: a call with its warnings and turn counts, or a rejection holding all its turns. */
  static ParsedRow toRow(CallAssembler.Assembled assembled, TranscriptFormat format, PiiRedactor redactor) {
    ParsedRow row = new ParsedRow();
    if (assembled.outcome() instanceof ParseOutcome.Parsed parsed) {
      CallRow call = toRow(parsed.call());
      call.setFormat(format.cliName());
      call.setCallDate(InputPaths.dateOf(parsed.call().source())
          .orElse(parsed.call().startedAt().atZone(ZoneOffset.UTC).toLocalDate()).toString());
      call.setWarnings(assembled.warnings());
      call.setTurnsRead(assembled.turnsRead());
      call.setTurnsDropped(assembled.turnsDropped());
      row.setCall(call);
    } else if (assembled.outcome() instanceof ParseOutcome.Rejected rejected) {
      row.setRejected(toRow(rejected, assembled.turnsRead(), redactor));
    }
    return row;
  }

  static CallRow toRow(Call call) {
    CallRow row = new CallRow();
    row.setCallId(call.callId());
    row.setAgentId(call.agentId());
    row.setCustomerId(call.customerId());
    row.setCustomerName(call.customerName());
    row.setStartedAt(call.startedAt().toString());
    row.setStartedAtMs(call.startedAt().toEpochMilli());
    row.setQueue(call.queue());
    row.setSource(call.source());
    List<TurnRow> turns = new ArrayList<>(call.turns().size());
    for (Turn t : call.turns()) {
      turns.add(new TurnRow(t.index(), t.speaker().label(), t.text(), t.startMs(), t.endMs(), t.agentId(),
          t.vendorSentiment()));
    }
    row.setTurns(turns);
    return row;
  }

  static Call toCall(CallRow row) {
    List<Turn> turns = new ArrayList<>(row.getTurns().size());
    for (TurnRow t : row.getTurns()) {
      turns.add(new Turn(t.getIndex(), speaker(t.getSpeaker()), t.getText(), t.getStartMs(), t.getEndMs(),
          t.getAgentId(), t.getVendorSentiment()));
    }
    return new Call(row.getCallId(), row.getAgentId(), row.getCustomerId(),
        Instant.ofEpochMilli(row.getStartedAtMs()), row.getQueue(), row.getSource(), turns, row.getCustomerName());
  }

  private static Speaker speaker(String label) {
    return Speaker.parse(label).orElseThrow(() -> new IllegalStateException("unknown speaker " + label));
  }

  /** A scored turn as a row of turns/; its text is redacted. */
  static ScoredTurnRow toRow(String callId, ScoredTurn scored, PiiRedactor redactor) {
    Turn turn = scored.turn();
    TurnSentiment sentiment = scored.sentiment();
    ScoredTurnRow row = new ScoredTurnRow();
    row.setCallId(callId);
    row.setTurnIndex(turn.index());
    row.setSpeaker(turn.speaker().label());
    row.setAgentId(turn.agentId());
    row.setText(redactor.redact(turn.text()));
    row.setVendorSentiment(turn.vendorSentiment());
    row.setStartMs(turn.startMs());
    row.setEndMs(turn.endMs());
    row.setSentences(sentiment.sentences());
    row.setTokens(sentiment.tokens());
    row.setScore(sentiment.score());
    row.setLabel(sentiment.label() == null ? null : sentiment.label().label());
    if (sentiment.score() != null) {
      row.setCorenlpScore(sentiment.corenlpScore());
      row.setCorenlpLabel(sentiment.corenlpLabel().label());
      row.setCorenlpVeryNegative(sentiment.probability(0));
      row.setCorenlpNegative(sentiment.probability(1));
      row.setCorenlpNeutral(sentiment.probability(2));
      row.setCorenlpPositive(sentiment.probability(3));
      row.setCorenlpVeryPositive(sentiment.probability(4));
      if (sentiment.classes() != null) {
        row.setpNegative(sentiment.classProbability(0));
        row.setpNeutral(sentiment.classProbability(1));
        row.setpPositive(sentiment.classProbability(2));
      }
    }
    return row;
  }

  static CallReportRow toRow(CallRow call, CallMetrics m) {
    CallReportRow row = new CallReportRow();
    row.setCallId(call.getCallId());
    row.setAgentId(call.getAgentId());
    row.setCustomerId(call.getCustomerId());
    row.setStartedAt(call.getStartedAt());
    row.setCallDate(call.getCallDate());
    row.setStartedAtMs(call.getStartedAtMs());
    row.setQueue(call.getQueue());
    row.setSource(call.getSource());
    row.setFormat(call.getFormat());
    List<String> warnings = call.getWarnings() == null ? List.of() : call.getWarnings();
    row.setWarnings(warnings.size());
    row.setTurnsDropped(call.getTurnsDropped());
    row.setWarningList(warnings);
    row.setTurns(m.turns());
    row.setCustomerTurns(m.customerTurns());
    row.setAgentTurns(m.agentTurns());
    row.setScoredCustomerTurns(m.scoredCustomerTurns());
    row.setCustomerStartSentiment(m.customerStartSentiment());
    row.setCustomerEndSentiment(m.customerEndSentiment());
    row.setSentimentShift(m.sentimentShift());
    row.setStartedNegative(m.startedNegative());
    row.setDeEscalated(m.deEscalated());
    row.setEscalated(m.escalated());
    row.setCustomerStartLabel(m.customerStartLabel());
    row.setCustomerEndLabel(m.customerEndLabel());
    row.setCustomerSentimentQ1(m.customerQuarters().get(0));
    row.setCustomerSentimentQ2(m.customerQuarters().get(1));
    row.setCustomerSentimentQ3(m.customerQuarters().get(2));
    row.setCustomerSentimentQ4(m.customerQuarters().get(3));
    List<Double> upset = m.quartersIfStartedNegative();
    row.setStartedNegativeQ1(upset.get(0));
    row.setStartedNegativeQ2(upset.get(1));
    row.setStartedNegativeQ3(upset.get(2));
    row.setStartedNegativeQ4(upset.get(3));
    CallBehaviours b = m.behaviours();
    row.setApologyPresent(b.count(Behaviour.APOLOGY) > 0);
    row.setComplaint(b.complaint());
    row.setApologyAfterComplaint(b.apologyAfterComplaint());
    row.setTransfer(b.transfer());
    row.setWarmTransfer(b.warmTransfer());
    row.setCustomerNameKnown(b.customerName() != null);
    row.setCustomerNameUsed(b.customerNameUsed());
    Map<String, Boolean> presence = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Behaviour behaviour : Behaviour.values()) {
      if (behaviour.ruleBased()) {
        counts.put(behaviour.id(), b.count(behaviour));
      }
      Boolean present = b.present(behaviour);
      if (present != null && behaviour != Behaviour.CUSTOMER_GIVES_NAME) {
        presence.put(behaviour.id(), present);
      }
    }
    row.setBehaviourPresence(presence);
    row.setBehaviourCounts(counts);
    TimingMetrics t = m.timing();
    row.setTalkRatioAgent(t.talkRatioAgent());
    row.setAgentWpm(t.agentWpm());
    row.setCustomerWpm(t.customerWpm());
    row.setInterruptionsByAgent(t.interruptionsByAgent());
    row.setInterruptionsByCustomer(t.interruptionsByCustomer());
    row.setNonTalkMs(t.nonTalkMs());
    row.setNonTalkShare(t.nonTalkShare());
    row.setLongestAgentMonologueMs(t.longestAgentMonologueMs());
    return row;
  }

  /** The evidence rows of a call; matched words and sentences are redacted. */
  static List<EvidenceRow> evidenceRows(CallRow call, CallBehaviours behaviours, PiiRedactor redactor) {
    List<EvidenceRow> rows = new ArrayList<>(behaviours.evidence().size());
    for (Evidence e : behaviours.evidence()) {
      EvidenceRow row = new EvidenceRow();
      row.setCallId(call.getCallId());
      row.setAgentId(call.getAgentId());
      row.setTurnIndex(e.turnIndex());
      row.setSpeaker(e.speaker().label());
      row.setBehaviour(e.behaviour().id());
      row.setRuleId(e.ruleId());
      row.setMatchedText(redactor.redact(e.matchedText()));
      row.setSentence(redactor.redact(e.sentence()));
      rows.add(row);
    }
    return rows;
  }

  /** Completes a call row with its repeat-contact outcome. */
  static CallReportRow withOutcome(CallReportRow row, RepeatContacts.Outcome outcome) {
    row.setRepeatContact(outcome.repeatContact());
    row.setOneCallResolution(outcome.oneCallResolution());
    row.setFcrStatus(outcome.status().label());
    return row;
  }
}
