package org.callcare.behaviour;

/** Whether a rule looks at sentences that end with a question mark. */
public enum QuestionMode {
  /** questions and statements alike */
  ANY,
  /** statements only: "Would you like me to transfer you?" is an offer, not a transfer */
  SKIP,
  /** questions only: probing questions */
  ONLY;

  boolean admits(boolean question) {
    return switch (this) {
      case ANY -> true;
      case SKIP -> !question;
      case ONLY -> question;
    };
  }
}
