package org.callcare.sentiment;

import java.util.List;
import java.util.Locale;

/**
 * Hand-written cue lists of how contact-center customers sound when unhappy or pleased, counted in a turn's
 * words. They give the model signals that hold across domains (a complaint sounds alike about a bill or a
 * parcel), where words alone are learnt per data set. Phrases are matched on whole words, lower case, with
 * contractions re-joined ("ca n't" → "can't") and punctuation left out.
 */
public final class ConversationCues {
  private ConversationCues() {}

  /** Facts of a grievance: things that went wrong, waiting, repetition, being passed around. */
  static final List<String> COMPLAINT = List.of(
      "charged twice", "double charged", "overcharged", "charged me", "still not", "still hasn't",
      "still haven't", "still isn't", "still no", "still waiting", "never arrived", "never came",
      "never turned up", "never showed", "never received", "never got", "didn't arrive", "hasn't arrived",
      "not working", "doesn't work", "isn't working", "stopped working", "won't work", "broken", "wrong",
      "third time", "second time", "fourth time", "fifth time", "again", "every time", "nobody", "no one",
      "on hold", "waiting", "waited", "supposed to", "promised", "was told", "were told", "i was told",
      "transferred", "cut off", "keep getting", "keeps", "ridiculous", "unacceptable", "useless", "fed up",
      "sick of", "tired of", "a joke", "mess", "mistake", "complaint", "complain", "refund", "why", "how come",
      "can't afford", "not good enough", "missing", "lost", "late", "delayed", "damaged", "disconnected",
      "no response", "nothing happened", "heard nothing", "no explanation", "without warning", "behind my back",
      "took the day off", "for nothing", "waste", "wasted", "hours", "weeks");

  /** Gratitude. */
  static final List<String> THANKS = List.of(
      "thank you", "thanks", "thank", "cheers", "appreciate it", "appreciate that", "grateful",
      "much appreciated", "lifesaver", "you've been great", "you've been brilliant", "you've been very helpful",
      "you've been so helpful");

  /** A weight lifted, a problem solved. */
  static final List<String> RELIEF = List.of(
      "relief", "relieved", "thank goodness", "thank god", "phew", "weight off", "sorted", "that's great",
      "that's brilliant", "that's perfect", "that's fantastic", "that's wonderful", "that's amazing",
      "that's lovely", "that works", "that helps", "that's fine", "much better", "great news", "good news",
      "happy with that", "all good", "no worries", "problem solved", "that's a relief", "made my day");

  /** Markers of sarcasm: praise words in a phrase that usually turns them around. */
  static final List<String> SARCASM = List.of(
      "oh great", "oh brilliant", "oh wonderful", "oh perfect", "oh fantastic", "oh lovely", "oh good",
      "just great", "just perfect", "just brilliant", "just wonderful", "just what i needed", "yeah right",
      "sure you will", "thanks for nothing", "thanks a lot", "thanks a bunch", "love how", "love that",
      "how lovely", "what a surprise", "surprise surprise", "big surprise", "shocker", "real helpful",
      "very helpful indeed", "so helpful", "well done", "bravo", "great service", "brilliant service",
      "wonderful service", "fantastic service", "how convenient", "of course it is", "of course not",
      "what a joke", "nice one", "top notch", "genius", "unbelievable", "incredible");

  /** Polite fury: courteous words carrying a demand or a limit reached. */
  static final List<String> POLITE_FURY = List.of(
      "with respect", "with all due respect", "frankly", "quite frankly", "honestly", "i expect",
      "i'd expect", "i would expect", "i'd appreciate", "i would appreciate", "more than patient",
      "been patient", "not acceptable", "i want this resolved", "i want this fixed", "i insist", "i demand",
      "formal complaint", "escalate", "in writing", "take this further", "let me be clear", "let me be very clear",
      "i'm not going to", "i shouldn't have to", "i should not have to", "this is the last time",
      "i've had enough", "i have had enough", "enough is enough", "i'm done", "i am done", "done with");

  /** Threats to leave or to take the matter elsewhere. */
  static final List<String> THREAT = List.of(
      "cancel", "cancelling", "canceling", "close my account", "leave", "leaving", "switch", "switching",
      "take my business", "go elsewhere", "competitor", "ombudsman", "regulator", "trading standards",
      "lawyer", "solicitor", "small claims", "court", "review", "social media", "report you", "bbb");

  /** Words of apology (caring from an agent, often bitter from a customer). */
  static final List<String> APOLOGY = List.of(
      "sorry", "apologise", "apologize", "apologies", "apologised", "apologized", "my fault", "our fault",
      "our mistake", "my mistake");

  /** Plainly positive words. */
  static final List<String> POSITIVE = List.of(
      "great", "good", "brilliant", "perfect", "fantastic", "wonderful", "excellent", "amazing", "lovely",
      "awesome", "happy", "glad", "pleased", "helpful", "nice", "love", "best", "superb", "delighted",
      "fine", "easy", "quick", "fast", "kind", "friendly", "resolved", "fixed", "works");

  /** Plainly negative words. */
  static final List<String> NEGATIVE = List.of(
      "bad", "terrible", "awful", "horrible", "worst", "angry", "annoyed", "annoying", "frustrated",
      "frustrating", "upset", "disappointed", "disappointing", "furious", "livid", "worried", "stressed",
      "stressful", "hate", "rubbish", "pathetic", "disgusting", "disgraceful", "shocking", "appalling",
      "outrageous", "incompetent", "rude", "problem", "issue", "fault", "error", "fail", "failed", "never");

  /** Negation words. */
  static final List<String> NEGATION = List.of(
      "not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot", "without");

  /**
   * The turn's words for phrase matching: lower case, contractions re-joined, typographic apostrophes made
   * plain, punctuation dropped, padded with spaces ({@code " i can't log in "}).
   */
  static String phraseText(List<String> words) {
    StringBuilder out = new StringBuilder(" ");
    for (String raw : words) {
      String w = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
      if (w.isEmpty() || !hasLetterOrDigit(w)) {
        continue;
      }
      if (w.startsWith("'") || w.equals("n't")) {
        out.setLength(out.length() - 1); // glue to the previous word
      }
      out.append(w).append(' ');
    }
    return out.toString();
  }

  /** How many times phrases of the list occur in a {@link #phraseText} (each phrase counted once per place). */
  static int count(String phraseText, List<String> phrases) {
    int n = 0;
    for (String phrase : phrases) {
      String needle = " " + phrase + " ";
      int at = phraseText.indexOf(needle);
      while (at >= 0) {
        n++;
        at = phraseText.indexOf(needle, at + needle.length() - 1);
      }
    }
    return n;
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
