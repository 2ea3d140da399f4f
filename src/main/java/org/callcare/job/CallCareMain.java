package org.callcare.job;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point for spark-submit and bin/callcare: parse arguments, run, exit with the documented code. */
public final class CallCareMain {
  private CallCareMain() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: a bad option prints one line and exits 2. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CallCareCommand());
    cli.setParameterExceptionHandler((ex, arguments) -> {
      ex.getCommandLine().getErr().println("callcare: " + ex.getMessage() + " (see --help)");
      return ExitCodes.BAD_ARGUMENTS;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      LoggerFactory.getLogger(CallCareMain.class).error("callcare failed", ex);
      commandLine.getErr().println("callcare: failed: " + ex);
      return ExitCodes.FAILURE;
    });
    return cli;
  }
}
