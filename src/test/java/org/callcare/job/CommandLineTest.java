package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option parsing only: none of these starts Spark. */
class CommandLineTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CallCareMain.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEveryOption() {
    assertEquals(ExitCodes.SUCCESS, run("--help"));
    for (String option : new String[] {"--input", "--output", "--window-days", "--partitions", "--help", "--version"}) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void unknownOptionIsOneLineAndExitCode2() {
    assertEquals(ExitCodes.BAD_ARGUMENTS, run("--input", "x", "--output", "y", "--colour", "red"));
    String message = err.toString().strip();
    assertTrue(message.startsWith("callcare: Unknown option"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void missingRequiredOptionExits2() {
    assertEquals(ExitCodes.BAD_ARGUMENTS, run("--input", "x"));
    assertTrue(err.toString().contains("--output"), err.toString());
  }

  @Test
  void nonNumericWindowExits2() {
    assertEquals(ExitCodes.BAD_ARGUMENTS, run("--input", "x", "--output", "y", "--window-days", "week"));
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void windowMustBeAtLeastOneDay() {
    assertEquals(ExitCodes.BAD_ARGUMENTS, run("--input", "x", "--output", "y", "--window-days", "0"));
    assertEquals("callcare: --window-days must be at least 1, was 0", err.toString().strip());
  }
}
