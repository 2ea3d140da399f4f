package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.callcare.domain.Call;
import org.callcare.domain.Speaker;
import org.callcare.domain.Turn;
import org.junit.jupiter.api.Test;

class CallAssemblerTest {
  private static final Instant START = Instant.parse("2026-10-14T09:30:00Z");

  private static CallDraft draft(RawTurn... turns) {
    return new CallDraft("in/x.json", TranscriptFormat.CONTACT_LENS, "K-1", "A-1", "CU-1", START, null, null,
        List.of(turns), List.of("decoded as windows-1252"));
  }

  private static RawTurn timed(Speaker speaker, String text, Long start, Long end) {
    return new RawTurn(speaker, text, start, end, null, null);
  }

  private static CallAssembler.Assembled assemble(CallDraft draft) {
    return CallAssembler.assemble(draft, null);
  }

  private static Call call(CallAssembler.Assembled assembled) {
    return assertInstanceOf(ParseOutcome.Parsed.class, assembled.outcome()).call();
  }

  private static String reason(CallAssembler.Assembled assembled) {
    return assertInstanceOf(ParseOutcome.Rejected.class, assembled.outcome()).reason();
  }

  @Test
  void emptyTurnsAreDroppedAndCounted() {
    CallAssembler.Assembled a = assemble(draft(RawTurn.of(Speaker.AGENT, "Hello."), RawTurn.of(Speaker.CUSTOMER,
        "  "), RawTurn.of(Speaker.CUSTOMER, null), RawTurn.of(Speaker.CUSTOMER, "Hi.")));
    Call call = call(a);
    assertEquals(List.of("Hello.", "Hi."), call.turns().stream().map(Turn::text).toList());
    assertEquals(List.of(0, 1), call.turns().stream().map(Turn::index).toList());
    assertEquals(4, a.turnsRead());
    assertEquals(2, a.turnsDropped());
    assertEquals(List.of("decoded as windows-1252", "dropped 2 turn(s) without text (empty messages, chat join/leave events)"), a.warnings());
  }

  @Test
  void callsWithNothingToMeasureAreRejectedWithAllTheirTurns() {
    CallAssembler.Assembled onlySystem = assemble(draft(RawTurn.of(Speaker.SYSTEM, "Please hold."),
        RawTurn.of(Speaker.SYSTEM, "Your call is important to us.")));
    assertEquals("call has only system turns (no agent or customer speaks)", reason(onlySystem));
    assertEquals(2, onlySystem.turnsRead());
    assertEquals(0, onlySystem.turnsDropped());
    assertEquals("call has no turn with text", reason(assemble(draft(RawTurn.of(Speaker.AGENT, "")))));
    assertEquals("call has no turns", reason(assemble(draft())));
  }

  @Test
  void impossibleTimingIsRemovedFromTheWholeCall() {
    CallAssembler.Assembled negative = assemble(draft(timed(Speaker.AGENT, "Hello.", -40L, 900L),
        timed(Speaker.CUSTOMER, "Hi.", 1000L, 1500L)));
    assertTrue(call(negative).turns().stream().allMatch(t -> t.startMs() == null && t.endMs() == null));
    assertEquals("turn timing ignored for this call: turn 1 has a negative time offset",
        negative.warnings().get(1));
    CallAssembler.Assembled backwards = assemble(draft(timed(Speaker.AGENT, "Hello.", 0L, 900L),
        timed(Speaker.CUSTOMER, "Hi.", 1500L, 1000L)));
    assertNull(call(backwards).turns().get(0).startMs());
    assertEquals("turn timing ignored for this call: turn 2 ends (1000 ms) before it starts (1500 ms)",
        backwards.warnings().get(1));
  }

  @Test
  void turnsOutOfTimeOrderAreSortedAndOverlapsKept() {
    CallAssembler.Assembled a = assemble(draft(timed(Speaker.AGENT, "Second.", 2000L, 3000L),
        timed(Speaker.CUSTOMER, "First.", 0L, 2500L), timed(Speaker.AGENT, "Third.", 2000L, 2600L)));
    Call call = call(a);
    assertEquals(List.of("First.", "Second.", "Third."), call.turns().stream().map(Turn::text).toList());
    assertEquals(2500L, call.turns().get(0).endMs()); // overlaps the next turn: an interruption, kept
    assertEquals("1 turn(s) out of time order; turns put in order of their start time", a.warnings().get(1));
  }

  @Test
  void anOverlongTurnIsCutAtAWord() {
    String words = "please check my order again ".repeat(2000);
    CallAssembler.Assembled a = assemble(draft(RawTurn.of(Speaker.CUSTOMER, words),
        RawTurn.of(Speaker.AGENT, "Sure.")));
    String kept = call(a).turns().get(0).text();
    assertTrue(kept.length() <= CallAssembler.MAX_TURN_CHARS);
    assertTrue(kept.endsWith("again") || kept.endsWith("please") || kept.endsWith("check")
        || kept.endsWith("my") || kept.endsWith("order"), kept.substring(kept.length() - 20));
    assertTrue(a.warnings().get(1).startsWith("turn 1 cut from " + words.strip().length() + " to "),
        a.warnings().get(1));
  }

  @Test
  void htmlIsRemovedFromChatText() {
    CallAssembler.Assembled a = assemble(draft(RawTurn.of(Speaker.AGENT,
        "<p>Sorry about that&nbsp;&amp; thanks for waiting.<br/>Your order ships <b>today</b>.</p>"),
        RawTurn.of(Speaker.CUSTOMER, "AT&T says 3 < 5")));
    Call call = call(a);
    assertEquals("Sorry about that & thanks for waiting. Your order ships today.", call.turns().get(0).text());
    assertEquals("AT&T says 3 < 5", call.turns().get(1).text());
    assertEquals("removed HTML markup from 1 turn(s)", a.warnings().get(1));
  }

  @Test
  void vendorSentimentAndSecondAgentsAreKept() {
    Call call = call(assemble(draft(new RawTurn(Speaker.AGENT, "Hi.", null, null, "A-2", "POSITIVE"),
        new RawTurn(Speaker.CUSTOMER, "Hello.", null, null, "ignored", "MIXED"))));
    assertEquals("A-2", call.turns().get(0).agentId());
    assertEquals("POSITIVE", call.turns().get(0).vendorSentiment());
    assertNull(call.turns().get(1).agentId());
    assertEquals("MIXED", call.turns().get(1).vendorSentiment());
  }

  @Test
  void theFileNameIsTheCallIdWhenTheFileHasNone() {
    CallDraft noId = new CallDraft("in/2026/K-77.json", TranscriptFormat.CCAI_INSIGHTS, null, "A-1", "CU-1", START,
        null, null, List.of(RawTurn.of(Speaker.AGENT, "Hi.")), List.of());
    assertEquals("K-77", CallAssembler.callIdOf(noId));
    assertEquals("K-77", call(assemble(noId)).callId());
  }

  @Test
  void aStartTimeFromTheFileNameIsTheLastResort() {
    Instant fromName = Instant.parse("2026-10-14T09:30:00Z");
    CallDraft noStart = new CallDraft("in/k_analysis.json", TranscriptFormat.CONTACT_LENS, "K-1", "A-1", "CU-1",
        null, null, null, List.of(RawTurn.of(Speaker.AGENT, "Hi.")), List.of(), fromName);
    CallAssembler.Assembled guessed = CallAssembler.assemble(noStart, null);
    assertEquals(fromName, call(guessed).startedAt());
    assertEquals(List.of("started_at taken from the time in the file name (not in the file or calls.csv)"),
        guessed.warnings());
    CallAssembler.Assembled fromCsv = CallAssembler.assemble(noStart,
        new CallMetadata("in", "K-1", null, null, "2026-10-14T09:28:00Z", null, null, null));
    assertEquals(Instant.parse("2026-10-14T09:28:00Z"), call(fromCsv).startedAt());
    assertEquals(List.of(), fromCsv.warnings());
  }
}
