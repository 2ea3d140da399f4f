package org.callcare.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.callcare.domain.Behaviour;
import org.callcare.testing.CallBuilder;
import org.junit.jupiter.api.Test;

class BehaviourDetectorTest {
  private static final BehaviourDetector DETECTOR = new BehaviourDetector(CallBuilder.DEFAULT_RULES);

  private static CallBehaviours detect(CallBuilder call) {
    return DETECTOR.detect("A-1", null, call.turns());
  }

  @Test
  void apologyWithinTwoAgentTurnsAfterTheFirstComplaintCounts() {
    CallBehaviours b = detect(new CallBuilder()
        .agent("Thanks for calling, this is Dana.")
        .customer("My bill is wrong again.", -0.5)
        .agent("Let me look at that.")
        .customer("Okay.")
        .agent("I'm so sorry about this, I see the error.")
        .customer("Thank you.", 0.4));
    assertTrue(b.complaint());
    assertTrue(b.apologyAfterComplaint());
    assertEquals(1, b.count(Behaviour.APOLOGY));
    assertTrue(b.present(Behaviour.GREETING_WITH_NAME));
    assertTrue(b.evidence().stream().anyMatch(e -> e.behaviour() == Behaviour.APOLOGY && e.turnIndex() == 4
        && e.ruleId().equals("apology.sorry") && e.sentence().equals("I'm so sorry about this, I see the error.")));
  }

  @Test
  void aLateApologyIsPresentButNotAfterTheComplaint() {
    CallBehaviours b = detect(new CallBuilder()
        .customer("I've been waiting for two weeks.")
        .agent("Account number?")
        .customer("12345.")
        .agent("Found it.")
        .customer("Good.")
        .agent("Sorry for the trouble."));
    assertTrue(b.complaint(), "a complaint cue counts even when sentiment is neutral");
    assertFalse(b.apologyAfterComplaint());
    assertTrue(b.present(Behaviour.APOLOGY));
  }

  @Test
  void noComplaintLeavesApologyAfterComplaintEmpty() {
    CallBehaviours b = detect(new CallBuilder()
        .customer("I'd like to update my address, no problem if it takes a while.")
        .agent("Sure, I can do that."));
    assertFalse(b.complaint(), "'no problem' is not a problem");
    assertNull(b.apologyAfterComplaint());
    assertNull(b.present(Behaviour.APOLOGY_AFTER_COMPLAINT));
  }

  @Test
  void aSecondAgentSpeakingIsATransferAndItsHandOffCanBeWarm() {
    CallBehaviours cold = detect(new CallBuilder()
        .agentAs("A-1", "Let me get someone.")
        .customer("Okay.")
        .agentAs("A-7", "Hi, I'm Sam from billing.")
        .agentAs("A-7", "I can fix that."));
    assertTrue(cold.transfer());
    assertFalse(cold.warmTransfer());
    assertTrue(cold.evidence().stream().anyMatch(e -> e.ruleId().equals(BehaviourDetector.SECOND_AGENT_RULE)
        && e.sentence().equals("A-7 speaks from turn 3")));

    CallBehaviours warm = detect(new CallBuilder()
        .agentAs("A-1", "Sam in billing can reverse that charge, so I'm bringing him in because he specialises in refunds.")
        .customer("Okay.")
        .agentAs("A-7", "Hi, Sam here."));
    assertTrue(warm.transfer());
    assertTrue(warm.warmTransfer());
    assertFalse(DETECTOR.detect("A-7", null, new CallBuilder().agentAs("A-7", "I can fix that.").turns()).transfer(),
        "the call's own agent");
  }

  @Test
  void warmTransferLanguageCountsOnlyNearATransfer() {
    CallBehaviours noTransfer = detect(new CallBuilder()
        .customer("Who handles refunds?")
        .agent("Our refunds desk, they can reverse charges."));
    assertFalse(noTransfer.transfer());
    assertNull(noTransfer.warmTransfer());
    assertEquals(0, noTransfer.count(Behaviour.WARM_TRANSFER));

    CallBehaviours warm = detect(new CallBuilder()
        .customer("I was charged twice.", -0.4)
        .agent("Maria in billing is the best person, she can reverse that charge.")
        .agent("I'll transfer you to her now."));
    assertTrue(warm.transfer());
    assertTrue(warm.warmTransfer());
  }

  @Test
  void dontKnowIsBareOnlyWithoutAFindOutNearby() {
    CallBehaviours bare = detect(new CallBuilder()
        .customer("Why was I charged?").agent("I don't know.").customer("Great."));
    assertEquals(1, bare.count(Behaviour.BARE_DONT_KNOW));

    CallBehaviours handled = detect(new CallBuilder()
        .customer("Why was I charged?").agent("I don't know.").customer("Hm.")
        .agent("Let me find out for you."));
    assertEquals(0, handled.count(Behaviour.BARE_DONT_KNOW));
    assertEquals(1, handled.count(Behaviour.FIND_OUT));
  }

  @Test
  void aGreetingCountsOnlyInTheOpening() {
    CallBehaviours late = detect(new CallBuilder()
        .agent("Hello.").customer("Hi.").agent("How can I help?").customer("My bill.")
        .agent("By the way, this is Dana."));
    assertFalse(late.present(Behaviour.GREETING_WITH_NAME));
  }

  @Test
  void theCustomersNameFromTheCallOrFromMetadata() {
    CallBuilder call = new CallBuilder()
        .agent("Thanks for calling, how can I help?")
        .customer("Hi, this is Crystal, my order never came.", -0.3)
        .agent("I'm sorry, Crystal, let me check that order.");
    CallBehaviours fromCall = DETECTOR.detect("A-1", null, call.turns());
    assertEquals("Crystal", fromCall.customerName());
    assertTrue(fromCall.customerNameUsed());
    assertTrue(fromCall.evidence().stream().anyMatch(e -> e.behaviour() == Behaviour.CUSTOMER_NAME_USED));

    CallBehaviours fromMetadata = DETECTOR.detect("A-1", "Jordan Ellis", new CallBuilder()
        .customer("My order never came.").agent("Sorry to hear that, Jordan.").turns());
    assertTrue(fromMetadata.customerNameUsed());

    CallBehaviours surname = DETECTOR.detect("A-1", null, new CallBuilder()
        .customer("Hello, my name is Elif Yilmaz.").agent("Thank you, Ms. Yilmaz.").turns());
    assertEquals("Elif Yilmaz", surname.customerName());
    assertTrue(surname.customerNameUsed(), "a surname after a title counts");

    CallBehaviours saidBeforeGiven = DETECTOR.detect("A-1", null, new CallBuilder()
        .agent("Is that Crystal?").customer("Yes, this is Crystal.").agent("Okay.").turns());
    assertFalse(saidBeforeGiven.customerNameUsed(), "only agent turns after the customer gave the name count");

    CallBehaviours notUsed = DETECTOR.detect("A-1", "Jordan Ellis", new CallBuilder()
        .customer("My order never came.").agent("Sorry to hear that.").turns());
    assertFalse(notUsed.customerNameUsed());

    CallBehaviours unknown = detect(new CallBuilder().customer("My order never came.").agent("Sorry."));
    assertNull(unknown.customerNameUsed());
    assertFalse(unknown.applicable(Behaviour.CUSTOMER_NAME_USED));
  }

  @Test
  void countsAreTurnsNotSentences() {
    CallBehaviours b = detect(new CallBuilder()
        .customer("This is ridiculous, I've been transferred three times already.", -0.8)
        .agent("I'm so sorry. I really do apologise. That must be frustrating."));
    assertEquals(1, b.count(Behaviour.APOLOGY));
    assertEquals(1, b.count(Behaviour.EMPATHY));
    assertEquals(1, b.count(Behaviour.COMPLAINT_CUE));
    assertEquals(2, b.evidence().stream().filter(e -> e.behaviour() == Behaviour.APOLOGY).count(),
        "evidence keeps every matching sentence");
  }

  @Test
  void customerRulesDoNotFireOnAgentTurnsAndViceVersa() {
    CallBehaviours b = detect(new CallBuilder()
        .agent("I'll get my supervisor if you like.")
        .customer("I'm so sorry, I dropped the phone."));
    assertEquals(0, b.count(Behaviour.ESCALATION_REQUEST));
    assertEquals(0, b.count(Behaviour.APOLOGY));
    assertEquals(List.of(), b.evidence().stream().filter(e -> e.behaviour() == Behaviour.APOLOGY).toList());
  }
}
