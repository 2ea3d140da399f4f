package org.callcare.behaviour;

import java.util.List;

/**
 * The first phrase rules: apology and transfer in agent turns, complaint cues in customer turns (METRICS.md
 * "Apology", "Transfer"). Plain regular expressions with negation and question guards; the behaviours issue
 * replaces them with a TokensRegex rule engine.
 */
public final class CarePhraseRules {
  private CarePhraseRules() {}

  /** "I'm so sorry", "I apologize", "my apologies", "forgive me for", "I regret the inconvenience" … */
  public static final PhraseRule APOLOGY = PhraseRule.of("apology", false,
      List.of(
          "\\b(i|we)\\s*('m|'re|\\s+am|\\s+are)\\s+(\\w+\\s+){0,2}sorry\\b",
          "^(oh,?\\s+|so\\s+|very\\s+|really\\s+)*sorry\\b",
          "\\bsorry\\s+(to hear|about|for|that|if|again)\\b",
          "\\b(i|we)\\s+(do\\s+|sincerely\\s+|truly\\s+|really\\s+|deeply\\s+)?apologi[sz]e\\b",
          "\\b(my|our)\\s+(\\w+\\s+)?apologies\\b",
          "^apologies\\b",
          "\\bplease\\s+accept\\s+(my|our)\\s+(\\w+\\s+)?apolog",
          "\\bforgive\\s+(me|us)\\s+for\\b",
          "\\b(i|we)\\s+(sincerely\\s+|deeply\\s+)?regret\\b"),
      List.of(
          // negation: "I'm not sorry", "no need to apologize", "don't apologise"
          "\\b(not|never|n't)\\s+(\\w+\\s+)?(sorry|apologi[sz]e|regret)\\b",
          "\\bno\\s+need\\s+(for|to)\\s+(be\\s+sorry|apolog)",
          "\\bnothing\\s+to\\s+(be\\s+sorry|apologi[sz]e)",
          // a request to repeat: "sorry?", "sorry, what?", "sorry, could you repeat that"
          "^sorry\\s*[,.!]?\\s*(\\?|what\\b|come again|pardon|say (that|it) again|i didn't (catch|hear|get)"
              + "|(could|can|would) you (please\\s+)?(repeat|say)|you('re| are) breaking up|you cut out"
              + "|one more time)",
          // a self-correction: "sorry, I mean …"
          "^sorry\\s*[,.!]?\\s*(i mean|i meant|let me rephrase)\\b"));

  /** "let me transfer you", "I'll put you through to", "connecting you to our billing team" … */
  public static final PhraseRule TRANSFER = PhraseRule.of("transfer", true,
      List.of(
          "\\b(transfer|transferring|put|putting|connect|connecting|pass|passing|hand|handing|route|routing)"
              + "\\s+you\\s+(over\\s+|through\\s+|across\\s+|back\\s+)?(to|with)\\b",
          "\\b(transfer|transferring)\\s+(your\\s+call|you)\\b",
          "\\b(bring|bringing|get|getting)\\s+(my|a|the|our)\\s+(supervisor|manager|specialist|colleague)"
              + "\\s+(on|onto)\\s+the\\s+(line|call)\\b"),
      List.of(
          "\\b(can't|cannot|can not|won't|will not|don't|do not|not going to|no need to|unable to|not able to)"
              + "\\s+(\\w+\\s+)?(transfer|put|connect|pass|hand|route)\\b"));

  /** "transferred four times", "waiting for two weeks", "still not working", "this is ridiculous" … */
  public static final PhraseRule COMPLAINT_CUE = PhraseRule.of("complaint_cue", false,
      List.of(
          "\\btransferred\\s+(\\w+\\s+)?(times|twice|again|around)\\b",
          "\\b(waiting|waited|on hold)\\s+(for\\s+)?(over\\s+|more than\\s+|almost\\s+|nearly\\s+|about\\s+)?"
              + "(a few|a couple of|[\\w-]+)\\s+"
              + "(minutes?|hours?|days?|weeks?|months?)\\b",
          "\\bstill\\s+(not|isn't|doesn't|hasn't|haven't|hasnt|won't|can't|no|broken|waiting|wrong)\\b",
          "\\b(this|that|it)('s|\\s+is)\\s+(\\w+\\s+)?(ridiculous|unacceptable|absurd|a joke|outrageous|insane)\\b",
          "\\b(i|we)('ve|\\s+have)?\\s+(already\\s+)?(called|phoned|rang|contacted you)\\s+(\\w+\\s+){0,3}"
              + "(yesterday|before|last week|twice|times|already)\\b"),
      List.of());
}
