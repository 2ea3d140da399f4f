package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.callcare.domain.Call;
import org.callcare.domain.Turn;
import org.callcare.testing.RobustnessCorpus;
import org.callcare.testing.RobustnessCorpus.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every file of the {@link RobustnessCorpus} through the ingest path the Spark job takes ({@link
 * InputFileReader}, then {@link CallAssembler} with the calls.csv row of the call's folder, then the first source
 * path keeps a call id) and checks each file's outcome against what an analyst expects.
 */
class RobustnessCorpusTest {

  @TempDir
  Path dir;

  /** A call the assembler made, with its counts, before the duplicate rule. */
  private record Assembled(String file, Call call, List<String> warnings, int turnsRead, int turnsDropped) {}

  /** What came of one input file. */
  private static final class Outcome {
    final String file;
    int records;
    final List<Assembled> calls = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    int turnsRejected;

    Outcome(String file) {
      this.file = file;
    }

    int turnsKept() {
      return calls.stream().mapToInt(c -> c.call().turns().size()).sum();
    }

    int turnsDropped() {
      return calls.stream().mapToInt(Assembled::turnsDropped).sum();
    }

    List<String> warnings() {
      return calls.stream().flatMap(c -> c.warnings().stream()).toList();
    }

    List<List<String>> texts() {
      return calls.stream().map(c -> c.call().turns().stream().map(Turn::text).toList()).toList();
    }

    /** The first call processed from the file (failing, with the file's name, when there is none). */
    Call first() {
      assertFalse(calls.isEmpty(), file + ": no call processed; rejected for " + reasons);
      return calls.get(0).call();
    }

    List<String> firstTexts() {
      return first().turns().stream().map(Turn::text).toList();
    }
  }

  @Test
  void everyFileOfTheCorpusEndsAsAnAnalystExpects() throws IOException {
    List<Case> cases = RobustnessCorpus.write(dir);
    assertTrue(cases.size() >= 35, "the corpus has only " + cases.size() + " cases");

    Map<String, Case> byFile = new LinkedHashMap<>();
    for (Case c : cases) {
      assertNull(byFile.put(c.file(), c), c.file() + ": two cases for one file");
      assertTrue(c.rejected() == 0 || c.expectedText() != null,
          c.file() + ": a rejection needs the text its reason must hold");
    }
    TreeSet<String> transcripts = new TreeSet<>();
    List<String> metadataFiles = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        String relative = dir.relativize(p).toString().replace('\\', '/');
        if (InputFileKind.of(p.getFileName().toString()) == InputFileKind.CALL_METADATA) {
          metadataFiles.add(relative);
        } else {
          transcripts.add(relative);
        }
      });
    }
    assertEquals(new TreeSet<>(byFile.keySet()), transcripts, "files written versus cases");

    Map<String, List<CallMetadata>> metadataByFolder = new HashMap<>();
    for (String file : metadataFiles) {
      String folder = InputPaths.folderOf(path(file));
      metadataByFolder.put(folder, CallMetadataParser.parse(folder, Files.readAllBytes(dir.resolve(file))));
    }

    // Read and assemble every transcript, in path order (the order the job lists them in).
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<Assembled> parsed = new ArrayList<>();
    int turnsRead = 0;
    for (String file : transcripts) {
      Outcome outcome = new Outcome(file);
      outcomes.put(file, outcome);
      List<FileRecord> records = InputFileReader.read(path(file), Files.readAllBytes(dir.resolve(file)), null);
      outcome.records = records.size();
      for (FileRecord record : records) {
        if (record instanceof FileRecord.Rejected r) {
          outcome.reasons.add(r.rejected().reason());
          continue;
        }
        CallDraft draft = ((FileRecord.Draft) record).draft();
        CallAssembler.Assembled a = CallAssembler.assemble(draft, metadataOf(draft, metadataByFolder));
        turnsRead += a.turnsRead();
        if (a.outcome() instanceof ParseOutcome.Parsed p) {
          parsed.add(new Assembled(file, p.call(), a.warnings(), a.turnsRead(), a.turnsDropped()));
        } else {
          outcome.reasons.add(((ParseOutcome.Rejected) a.outcome()).reason());
          outcome.turnsRejected += a.turnsRead();
        }
      }
    }

    // A call id seen twice: the first by source path (then start) keeps it, the others are rejected.
    parsed.sort(Comparator.comparing((Assembled a) -> a.call().source())
        .thenComparing(a -> a.call().startedAt()));
    Map<String, String> firstSource = new HashMap<>();
    for (Assembled a : parsed) {
      Outcome outcome = outcomes.get(a.file());
      String first = firstSource.putIfAbsent(a.call().callId(), a.call().source());
      if (first == null) {
        outcome.calls.add(a);
      } else {
        outcome.reasons.add("duplicate call_id " + a.call().callId() + ": already read from " + first);
        outcome.turnsRejected += a.turnsRead();
      }
    }

    List<Executable> checks = new ArrayList<>();
    for (Case c : cases) {
      Outcome o = outcomes.get(c.file());
      String f = c.file() + ": ";
      checks.add(() -> assertEquals(c.calls(), o.calls.size(), f + "calls processed; rejected for " + o.reasons));
      checks.add(() -> assertEquals(c.rejected(), o.reasons.size(), f + "records rejected " + o.reasons));
      checks.add(() -> assertEquals(c.turnsKept(), o.turnsKept(), f + "turns kept"));
      checks.add(() -> assertEquals(c.turnsDropped(), o.turnsDropped(), f + "turns dropped"));
      checks.add(() -> assertEquals(c.turnsRejected(), o.turnsRejected, f + "turns rejected"));
      if (c.rejected() > 0) {
        checks.add(() -> assertTrue(o.reasons.stream().anyMatch(r -> r.contains(c.expectedText())),
            f + "no rejection reason contains '" + c.expectedText() + "': " + o.reasons));
      } else if (c.expectedText() != null) {
        checks.add(() -> assertTrue(o.warnings().stream().anyMatch(w -> w.contains(c.expectedText())),
            f + "no warning contains '" + c.expectedText() + "': " + o.warnings()));
      } else {
        checks.add(() -> assertEquals(List.of(), o.warnings(), f + "warnings of a file that needs no repair"));
      }
      checks.add(() -> {
        for (Assembled a : o.calls) {
          for (Turn t : a.call().turns()) {
            assertFalse(t.text().isBlank(), f + "blank turn kept in " + a.call().callId());
            assertTrue(t.text().chars().noneMatch(ch -> ch == '\r' || ch == '\u0000' || ch == '\uFEFF'),
                f + "a carriage return, NUL or byte order mark left in turn " + t.index() + " of "
                    + a.call().callId());
          }
        }
      });
    }
    checks.addAll(contentChecks(outcomes));

    // Every record is a call or a rejection; every turn read is kept, dropped or rejected.
    int records = outcomes.values().stream().mapToInt(o -> o.records).sum();
    int processed = outcomes.values().stream().mapToInt(o -> o.calls.size()).sum();
    int rejected = outcomes.values().stream().mapToInt(o -> o.reasons.size()).sum();
    int kept = outcomes.values().stream().mapToInt(Outcome::turnsKept).sum();
    int dropped = outcomes.values().stream().mapToInt(Outcome::turnsDropped).sum();
    int turnsRejected = outcomes.values().stream().mapToInt(o -> o.turnsRejected).sum();
    int read = turnsRead;
    checks.add(() -> assertEquals(records, processed + rejected,
        "corpus: records read (" + records + ") = processed (" + processed + ") + rejected (" + rejected + ")"));
    checks.add(() -> assertEquals(read, kept + dropped + turnsRejected, "corpus: turns read (" + read
        + ") = kept (" + kept + ") + dropped (" + dropped + ") + rejected (" + turnsRejected + ")"));
    checks.add(() -> assertEquals(records, cases.stream().mapToInt(c -> c.calls() + c.rejected()).sum(),
        "corpus: records read versus the cases' calls + rejected"));
    checks.add(() -> assertEquals(read,
        cases.stream().mapToInt(c -> c.turnsKept() + c.turnsDropped() + c.turnsRejected()).sum(),
        "corpus: turns read versus the cases' kept + dropped + rejected turns"));
    assertAll("robustness corpus", checks);
  }

  /** What the text and timing of particular files must be once read. */
  private List<Executable> contentChecks(Map<String, Outcome> outcomes) {
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.LATIN1_FILE);
      assertEquals(List.of(RobustnessCorpus.LATIN1_TURNS), o.texts(), o.file + ": Latin-1 text");
      assertTrue(o.firstTexts().get(0).contains("café"), o.file + ": 'café' decoded");
    });
    for (String file : RobustnessCorpus.UTF16_FILES) {
      checks.add(() -> assertEquals(List.of(RobustnessCorpus.UTF16_TURNS), outcomes.get(file).texts(),
          file + ": UTF-16 text"));
    }
    checks.add(() -> assertEquals(List.of(RobustnessCorpus.CRLF_TURNS),
        outcomes.get(RobustnessCorpus.CRLF_FILE).texts(), RobustnessCorpus.CRLF_FILE + ": CRLF text"));
    checks.add(() -> assertEquals(RobustnessCorpus.NON_LATIN_CALLS,
        outcomes.get(RobustnessCorpus.NON_LATIN_FILE).texts(),
        RobustnessCorpus.NON_LATIN_FILE + ": text in other scripts and emoji unchanged"));
    checks.add(() -> assertEquals(List.of(RobustnessCorpus.HTML_TURNS),
        outcomes.get(RobustnessCorpus.HTML_FILE).texts(), RobustnessCorpus.HTML_FILE + ": markup removed"));
    checks.add(() -> assertEquals("Hello, Dana speaking.",
        outcomes.get(RobustnessCorpus.NUL_FILE).firstTexts().get(0), RobustnessCorpus.NUL_FILE + ": NUL removed"));

    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.NEGATIVE_TIMES_FILE);
      for (Turn t : o.first().turns()) {
        assertNull(t.startMs(), o.file + ": start of turn " + t.index() + " kept despite a negative offset");
        assertNull(t.endMs(), o.file + ": end of turn " + t.index() + " kept despite a negative offset");
      }
    });
    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.OUT_OF_ORDER_FILE);
      assertEquals(List.of(RobustnessCorpus.OUT_OF_ORDER_SORTED), o.texts(), o.file + ": turns in time order");
      List<Long> starts = o.first().turns().stream().map(Turn::startMs).toList();
      assertEquals(starts.stream().sorted().toList(), starts, o.file + ": starts in order");
    });
    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.OVERLAPPING_FILE);
      assertEquals(RobustnessCorpus.OVERLAPPING_STARTS,
          o.first().turns().stream().map(Turn::startMs).toList(), o.file + ": overlapping times kept");
      assertTrue(o.first().turns().stream().allMatch(t -> t.endMs() != null),
          o.file + ": ends kept");
    });

    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.HUGE_TURN_FILE);
      String cut = o.firstTexts().get(1);
      assertTrue(cut.length() <= CallAssembler.MAX_TURN_CHARS && cut.length() > CallAssembler.MAX_TURN_CHARS / 2,
          o.file + ": the long turn is cut to " + cut.length() + " characters");
      assertTrue(cut.startsWith("and then the line dropped again"), o.file + ": the cut keeps the turn's start");
    });
    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.ASR_FILE);
      String run = o.firstTexts().get(1);
      assertEquals(RobustnessCorpus.ASR_WORDS, run.split(" ").length, o.file + ": ASR words kept whole");
      assertEquals(run.toLowerCase(java.util.Locale.ROOT), run, o.file + ": ASR text unchanged");
    });

    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.CONTACT_LENS_VOICE_FILE);
      Call call = o.first();
      assertEquals(RobustnessCorpus.CONTACT_LENS_VOICE_AGENT, call.agentId(), o.file + ": agent from calls.csv");
      assertEquals(RobustnessCorpus.CONTACT_LENS_VOICE_CUSTOMER, call.customerId(),
          o.file + ": customer from calls.csv");
      assertEquals(RobustnessCorpus.CONTACT_LENS_VOICE_STARTED_AT, call.startedAt(),
          o.file + ": start from calls.csv");
    });
    checks.add(() -> {
      Outcome o = outcomes.get(RobustnessCorpus.CONTACT_LENS_NAMED_FILE);
      Instant startedAt = o.first().startedAt();
      assertEquals(RobustnessCorpus.CONTACT_LENS_NAMED_STARTED_AT, startedAt, o.file
          + ": the start calls.csv states, not the time in the file name; warnings " + o.warnings());
    });
    checks.add(() -> assertTrue(Files.size(dir.resolve(RobustnessCorpus.BIG_FILE)) >= RobustnessCorpus.BIG_MIN_BYTES,
        RobustnessCorpus.BIG_FILE + ": smaller than 50 MB"));
    return checks;
  }

  /** The calls.csv row for a draft: its own call id's, else the whole-file problem of that calls.csv, else none. */
  private static CallMetadata metadataOf(CallDraft draft, Map<String, List<CallMetadata>> byFolder) {
    List<CallMetadata> rows = byFolder.getOrDefault(InputPaths.folderOf(draft.source()), List.of());
    String callId = CallAssembler.callIdOf(draft);
    for (CallMetadata row : rows) {
      if (Objects.equals(callId, row.callId())) {
        return row;
      }
    }
    for (CallMetadata row : rows) {
      if (row.callId() == null) {
        assertNotNull(row.problem(), "a calls.csv row without call_id that is not a whole-file problem");
        return row;
      }
    }
    return null;
  }

  /** A corpus file's path as the job names it ('/'-separated). */
  private String path(String relative) {
    return dir.resolve(relative).toString().replace('\\', '/');
  }
}
