package org.callcare.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CarePhraseRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "I'm so sorry to hear that.",
      "I\u2019m really sorry about the mix-up.",
      "We are very sorry for the delay.",
      "Sorry about that, let me fix it.",
      "Oh, sorry for the wait.",
      "I apologize for the difficulties.",
      "I sincerely apologise for the trouble.",
      "My apologies for the wait.",
      "Please accept our apologies.",
      "Apologies for the confusion.",
      "Forgive me for the hold, I was checking.",
      "We regret the inconvenience this has caused.",
      "That should not have happened and I'm sorry."})
  void apologies(String text) {
    assertTrue(CarePhraseRules.APOLOGY.firstMatch(text).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sorry?",
      "Sorry, what?",
      "Sorry, could you repeat that?",
      "Sorry, can you say that again?",
      "Sorry, I didn't catch your last name.",
      "Sorry, you're breaking up a bit.",
      "Sorry, I mean the other cable.",
      "I'm not sorry for raising this.",
      "No need to apologize, it happens.",
      "There's nothing to apologize for.",
      "Don't apologise, it's fine.",
      "Let me check your account.",
      "That's our policy."})
  void notApologies(String text) {
    assertFalse(CarePhraseRules.APOLOGY.firstMatch(text).isPresent(), text);
  }

  @Test
  void apologyEvidenceIsTheMatchingSentence() {
    assertEquals("I apologize for the trouble.",
        CarePhraseRules.APOLOGY.firstMatch("Thanks for waiting. I apologize for the trouble. Anything else?")
            .orElseThrow());
  }

  @Test
  void titlesDoNotEndASentence() {
    assertEquals("I'm really sorry you've had to call back, Mrs. Okafor.",
        CarePhraseRules.APOLOGY.firstMatch("Hello. I'm really sorry you've had to call back, Mrs. Okafor. Let me look.")
            .orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Let me transfer you to our billing team.",
      "I'll put you through to technical support.",
      "I'm connecting you to a specialist now.",
      "I'm going to transfer your call to the retention department.",
      "I'll pass you over to my colleague in orders.",
      "Let me bring my supervisor onto the line."})
  void transfers(String text) {
    assertTrue(CarePhraseRules.TRANSFER.firstMatch(text).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I can't transfer you, but I can fix it myself.",
      "No need to transfer you, I can handle this.",
      "Would you like me to transfer you to billing?",
      "I'll transfer the account to you.",
      "Please don't transfer me again."})
  void notTransfers(String text) {
    assertFalse(CarePhraseRules.TRANSFER.firstMatch(text).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I've been transferred three times already.",
      "I have been waiting for two weeks.",
      "I was on hold for forty minutes.",
      "It's still not working.",
      "This is ridiculous.",
      "That's completely unacceptable.",
      "I called yesterday about this.",
      "I've already called twice."})
  void complaintCues(String text) {
    assertTrue(CarePhraseRules.COMPLAINT_CUE.firstMatch(text).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'd like to update my address.",
      "It's working now, thanks.",
      "I was transferred to you by the bot."})
  void notComplaintCues(String text) {
    assertFalse(CarePhraseRules.COMPLAINT_CUE.firstMatch(text).isPresent(), text);
  }
}
