package org.callcare.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process run to completion: its wall time, its peak resident memory (the kernel's {@code VmHWM}, read
 * from {@code /proc} every 100 ms while it runs) and the last line it printed on stdout. Its stderr goes to
 * this process's stderr. A non-zero exit fails the benchmark.
 */
record Measured(double wallSeconds, long peakRssMb, String lastLine) {
  private static final long POLL_MS = 100;

  static Measured run(List<String> command, Path workingDir) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("CALLCARE_MASTER", "local[2]");
    long start = System.nanoTime();
    Process process = builder.start();
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    String[] last = {""};
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            last[0] = line;
          }
        }
      } catch (IOException e) {
        last[0] = "";
      }
    });
    reader.start();
    long peakKb = 0;
    while (process.isAlive()) {
      peakKb = Math.max(peakKb, highWaterKb(status));
      Thread.sleep(POLL_MS);
    }
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    reader.join();
    if (exit != 0) {
      throw new IOException("exit " + exit + " from " + String.join(" ", command.subList(0, Math.min(3,
          command.size()))) + " …");
    }
    return new Measured(wall, peakKb / 1024, last[0]);
  }

  /** VmHWM of a running process in kB (0 once it has gone). */
  private static long highWaterKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
