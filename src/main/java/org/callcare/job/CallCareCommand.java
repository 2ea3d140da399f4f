package org.callcare.job;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.callcare.behaviour.RuleFileException;
import org.callcare.ingest.TranscriptFormat;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.CoreNlpSettings;
import org.callcare.nlp.SentimentScorerFactory;
import org.callcare.privacy.PiiRedactor;
import org.callcare.privacy.Pseudonymizer;
import org.callcare.report.ReportPublisher;
import org.callcare.report.RunManifest;
import org.callcare.spark.InputDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: parses options, starts (or joins) the Spark session, runs the job, maps errors to codes. */
@Command(
    name = "callcare",
    mixinStandardHelpOptions = true,
    versionProvider = CallCareVersion.class,
    sortOptions = false,
    description = {
        "Scores call transcripts for customer care: CoreNLP sentiment on every sentence of every turn,",
        "emotion de-escalation, the behaviours of a great call (TokensRegex rules), talk-time figures, transfers",
        "and one-call resolution per call and per agent. Writes report.html (one page for managers), calls.csv,",
        "agents.csv, behaviours.csv, drivers.csv, evidence.csv, warnings.csv, rejected.csv, vendor_sentiment.csv,",
        "manifest.json and turns/ (Parquet) to --output. Reads callcare JSON Lines and text, Amazon Connect",
        "Contact Lens, AWS Transcribe Call Analytics, Google CCAI Insights and Genesys Cloud transcripts,",
        "detecting each file's format."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success", "1:other failure", "2:bad arguments", "3:input unreadable", "4:output not writable"})
public final class CallCareCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(CallCareCommand.class);

  @Spec
  private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A transcript file or folder (read recursively), on any Hadoop file system. Repeatable.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for the reports; replaced when the run succeeds.")
  private String output;

  @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "7",
      description = "Repeat-contact window for one-call resolution, in days (default: ${DEFAULT-VALUE}).")
  private int windowDays;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions for the sentiment pass; 0 = 4 per core available to Spark (default: ${DEFAULT-VALUE}).")
  private int partitions;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "A behaviour rules file (JSON, see the README) applied on top of the default rules: a rule with"
          + " a default rule's id replaces it. Repeatable; later files win.")
  private List<String> ruleFiles = new ArrayList<>();

  @Option(names = "--no-default-rules",
      description = "Use only the --rules files, not the default rules.")
  private boolean noDefaultRules;

  @Option(names = "--interruption-overlap-ms", paramLabel = "MS", defaultValue = "500",
      description = "Least overlap for a turn to count as an interruption (default: ${DEFAULT-VALUE}).")
  private long interruptionOverlapMs;

  @Option(names = "--backchannel-words", paramLabel = "N", defaultValue = "2",
      description = "Overlapping turns of at most this many words (\"mhm\", \"okay\") are not interruptions"
          + " (default: ${DEFAULT-VALUE}).")
  private int backchannelWords;

  @Option(names = "--non-talk-gap-ms", paramLabel = "MS", defaultValue = "3000",
      description = "Least silence counted as non-talk time (default: ${DEFAULT-VALUE}).")
  private long nonTalkGapMs;

  @Option(names = "--sentence-memo", paramLabel = "N", defaultValue = "100000",
      description = "Sentences each executor remembers the sentiment of, so repeated sentences are scored once;"
          + " 0 turns the memo off (default: ${DEFAULT-VALUE}, about 30 MB).")
  private int sentenceMemo;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Read every transcript file as this format instead of detecting each file's: auto,"
          + " callcare-jsonl, callcare-text, contact-lens, transcribe, ccai, genesys (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--redact", paramLabel = "KINDS", defaultValue = "all",
      description = "Personal data replaced in text written out (turns/, evidence.csv, rejected.csv): all, none,"
          + " or a list of card,email,phone,number (default: ${DEFAULT-VALUE}).")
  private String redact;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Process only the calls of this day: files in date=YYYY-MM-DD folders of other days are"
          + " skipped, and calls elsewhere are kept by the UTC date of their start.")
  private String date;

  @Option(names = "--history", paramLabel = "DIR",
      description = "History table (Parquet, partitioned by call date): this night's calls replace that day's"
          + " partition; one-call resolution and the --report-days reports are computed over it. Needs --date.")
  private String history;

  @Option(names = "--report-days", paramLabel = "N[,N...]", split = ",", defaultValue = "7,30",
      description = "Trailing windows, in days, of the per-agent history reports agents_<N>d.csv; the longest is"
          + " also the span of trend.csv (default: ${DEFAULT-VALUE}). With --history.")
  private List<Integer> reportDays;

  @Option(names = "--sentiment-model", paramLabel = "FILE",
      description = "A sentiment model file made by callcare-train-sentiment (any Hadoop file system) instead of"
          + " the one in the jar; 'corenlp' scores turns with CoreNLP alone.")
  private String sentimentModel;

  @Option(names = "--pseudonymize-ids",
      description = "Replace every customer id, and call ids that hold personal data, by keyed pseudonyms in all"
          + " outputs. The key comes from --pseudonym-key-file or the environment variable CALLCARE_PSEUDONYM_KEY.")
  private boolean pseudonymizeIds;

  @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
      description = "A file holding the pseudonym key (at least 16 characters; keep it, and keep it safe: the same"
          + " key every night keeps customers linked across nights).")
  private String pseudonymKeyFile;

  @Override
  public Integer call() throws Exception {
    JobOptions options;
    try {
      TranscriptFormat forced = format.equalsIgnoreCase("auto") ? null : TranscriptFormat.ofCliName(format)
          .orElseThrow(() -> new IllegalArgumentException("--format " + format + " is not one of auto, "
              + String.join(", ", Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::cliName)
                  .toList())));
      options = new JobOptions(inputs, output, windowDays, partitions, ruleFiles, !noDefaultRules,
          new TimingSettings(interruptionOverlapMs, backchannelWords, nonTalkGapMs), sentenceMemo, forced,
          PiiRedactor.parse(redact), new NightlyOptions(parseDate(date), history, reportDays), sentimentModel,
          pseudonymizer());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("callcare: " + e.getMessage());
      return ExitCodes.BAD_ARGUMENTS;
    }
    SentimentScorerFactory scorers = CoreNlpSentimentScorer.factory(options.sentenceMemo());
    if (SparkSessions.masterIsLocal()) {
      ModelWarmUp.start(scorers); // this JVM is also the executor: load the models while Spark starts
    }
    SparkSession spark = SparkSessions.getOrCreate();
    try {
      RunManifest manifest = new CallCareJob(spark, scorers,
          CoreNlpSettings.describe() + ", sentence memo of " + options.sentenceMemo() + " sentences per JVM")
          .run(options);
      return manifest.reconciled() ? ExitCodes.SUCCESS : ExitCodes.FAILURE;
    } catch (RuleFileException e) {
      return fail(ExitCodes.BAD_ARGUMENTS, e.getMessage());
    } catch (InputDiscovery.InputUnreadableException e) {
      return fail(ExitCodes.INPUT_UNREADABLE, e.getMessage());
    } catch (ReportPublisher.OutputNotWritableException e) {
      return fail(ExitCodes.OUTPUT_NOT_WRITABLE, e.getMessage());
    } finally {
      spark.stop();
    }
  }

  /** The pseudonymizer of --pseudonymize-ids, or null; a missing or short key is a bad argument. */
  private Pseudonymizer pseudonymizer() {
    if (!pseudonymizeIds) {
      if (pseudonymKeyFile != null) {
        throw new IllegalArgumentException("--pseudonym-key-file is given without --pseudonymize-ids");
      }
      return null;
    }
    String key = System.getenv("CALLCARE_PSEUDONYM_KEY");
    if (pseudonymKeyFile != null) {
      try {
        key = java.nio.file.Files.readString(java.nio.file.Path.of(pseudonymKeyFile));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("--pseudonym-key-file " + pseudonymKeyFile + " cannot be read: "
            + e.getMessage());
      }
    }
    if (key == null) {
      throw new IllegalArgumentException("--pseudonymize-ids needs a key: --pseudonym-key-file FILE or the"
          + " environment variable CALLCARE_PSEUDONYM_KEY");
    }
    return Pseudonymizer.withKey(key);
  }

  private static LocalDate parseDate(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date " + text + " is not a date (YYYY-MM-DD)");
    }
  }

  private int fail(int exitCode, String message) {
    LOG.error("{}", message);
    spec.commandLine().getErr().println("callcare: " + message);
    return exitCode;
  }
}
