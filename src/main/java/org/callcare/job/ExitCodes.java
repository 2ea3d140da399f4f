package org.callcare.job;

/** Process exit codes of callcare (documented in the README). */
public final class ExitCodes {
  public static final int SUCCESS = 0;
  public static final int FAILURE = 1;
  public static final int BAD_ARGUMENTS = 2;
  public static final int INPUT_UNREADABLE = 3;
  public static final int OUTPUT_NOT_WRITABLE = 4;

  private ExitCodes() {}
}
