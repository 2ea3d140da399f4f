package org.callcare.job;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.callcare.metrics.CallFigures;
import org.callcare.metrics.VendorSentimentAgreement;
import org.callcare.report.CsvReportWriter;
import org.callcare.report.FigureTables;
import org.callcare.report.ReportColumns;
import org.callcare.report.ReportTable;
import org.callcare.report.ReportTableCsv;
import org.callcare.report.page.ReportPage;
import org.callcare.spark.DiscoveredInputs;
import org.callcare.spark.FigurePass;
import org.callcare.spark.RejectRow;
import org.callcare.spark.ReportTables;
import org.callcare.spark.ReviewQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage "reports": every CSV report written into the staging folder, {@value CallCareJob#REPORT_THREADS} at a
 * time on driver threads (the call-level ones a few small Spark jobs over persisted data each, the small tables
 * from the driver's agent-day totals), one log line each; returns the
 * totals the manifest needs.
 */
final class ReportsStage {
  private static final Logger LOG = LoggerFactory.getLogger(CallCareJob.class);

  /** What the reports counted on the way. */
  record Reported(VendorSentimentAgreement vendor, long agents, long rejected, long turnsRejected,
      Map<String, Long> files, Map<String, Long> callsByFormat, List<CallFigures.AgentDay> days,
      List<ReportPage.ReviewList> reviews) {
    String summary() {
      return "written " + CallCareJob.REPORT_THREADS + " at a time";
    }
  }

  /** One report: writes its file(s) and returns a count or total for the log line and the manifest. */
  @FunctionalInterface
  private interface Report<T> {
    T write() throws IOException;
  }

  private ReportsStage() {}

  static Reported run(RunContext run, OutcomesStage.Outcomes outcomes, ScoreStage.Scored scored,
      Dataset<RejectRow> rejectsToKeep, DiscoveredInputs inputs, Path staging) throws IOException {
    var conf = run.conf();
    var calls = outcomes.calls();
    Dataset<RejectRow> rejects = run.keep(rejectsToKeep);
    // one aggregation pass for every agent, behaviour, driver, window and trend figure
    NightlyOptions nightly = run.options().nightly();
    List<CallFigures.AgentDay> days = FigurePass.run(outcomes.allDays() != null ? outcomes.allDays() : calls);
    Predicate<String> night = outcomes.allDays() == null ? d -> true : d -> d.equals(nightly.date().toString());
    try (ConcurrentReports reports = new ConcurrentReports(CallCareJob.REPORT_THREADS)) {
      submit(reports, "calls.csv", () -> {
        CsvReportWriter.write(ReportTables.calls(calls), ReportColumns.CALLS, List.of("call_id"),
            new Path(staging, "calls.csv"), conf);
        return outcomes.processed();
      }, n -> n + " calls");
      submit(reports, "warnings.csv", () -> {
        CsvReportWriter.write(ReportTables.warnings(calls), ReportColumns.WARNINGS,
            List.of("source", "call_id", "warning"), new Path(staging, "warnings.csv"), conf);
        return outcomes.repairWarnings();
      }, n -> n + " repairs in " + outcomes.callsWithWarnings() + " calls");
      Future<VendorSentimentAgreement> vendor = submit(reports, "vendor_sentiment.csv",
          () -> ReportTables.vendorSentiment(run.spark(), new Path(staging, "turns"),
              new Path(staging, "vendor_sentiment.csv"), conf),
          a -> a.compared() == 0 ? "no vendor labels"
              : "callcare agrees with the vendor's sentiment on " + a.agreeing() + " of " + a.compared()
                  + " turns (" + a.rate() + ")");
      submit(reports, "evidence.csv", () -> {
        Dataset<Row> evidence = ReportTables.evidence(scored.calls());
        CsvReportWriter.write(evidence, ReportColumns.EVIDENCE,
            List.of("call_id", "turn_index", "behaviour", "rule_id", "matched_text", "sentence"),
            new Path(staging, "evidence.csv"), conf);
        return evidence.count();
      }, n -> n + " rule matches");
      // the small tables come from the driver's agent-day totals: written without a Spark job
      Future<Long> agents = submit(reports, "agents.csv, behaviours.csv", () -> {
        ReportTableCsv.write(FigureTables.behaviours(days, night), List.of("agent_id", "behaviour"),
            new Path(staging, "behaviours.csv"), conf);
        ReportTable table = FigureTables.agents(days, night);
        ReportTableCsv.write(table, List.of("agent_id"), new Path(staging, "agents.csv"), conf);
        return (long) table.rows().size();
      }, n -> n + " agents");
      if (outcomes.allDays() != null) {
        submit(reports, "agents_<N>d.csv, trend.csv", () -> {
          historyReports(run, days, nightly, staging);
          return nightly.reportDays();
        }, windows -> "windows of " + windows + " days over the history");
      }
      submit(reports, "drivers.csv", () -> {
        ReportTable drivers = FigureTables.drivers(days, night);
        ReportTableCsv.write(drivers, List.of("behaviour", "outcome"), new Path(staging, "drivers.csv"), conf);
        return drivers.rows().size() / 2;
      }, n -> n + " behaviours");
      Future<Row> rejected = submit(reports, "rejected.csv", () -> {
        CsvReportWriter.write(rejects, ReportColumns.REJECTED, List.of("source", "reason", "record"),
            new Path(staging, "rejected.csv"), conf);
        return rejects.selectExpr("count(*)", "coalesce(sum(turns), 0)").first();
      }, r -> r.getLong(0) + " records");
      Future<List<ReportPage.ReviewList>> reviews = submit(reports, "calls to review",
          () -> ReviewQueries.lists(calls, scored.calls(), run.options().windowDays()),
          lists -> lists.stream().map(l -> l.total() + " " + l.key())
              .collect(java.util.stream.Collectors.joining(", ")));
      Future<Map<String, Long>> files = reports.submit(() -> ReportTables.fileTotals(calls, inputs));
      Future<Map<String, Long>> byFormat = reports.submit(() -> ReportTables.callsByFormat(calls));
      reports.awaitAll();
      Row rejectTotals = reports.get(rejected);
      return new Reported(reports.get(vendor), reports.get(agents), rejectTotals.getLong(0), rejectTotals.getLong(1),
          reports.get(files), reports.get(byFormat), days, reports.get(reviews));
    }
  }

  /** Submits one report, timed and logged as {@code "<name>: <summary> (<seconds> s)"}. */
  private static <T> Future<T> submit(ConcurrentReports reports, String name, Report<T> report,
      java.util.function.Function<T, String> summary) {
    return reports.submit(() -> {
      long start = System.nanoTime();
      T result = report.write();
      LOG.info("{}: {} ({})", name, summary.apply(result),
          String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
      return result;
    });
  }

  /**
   * agents_&lt;N&gt;d.csv for each trailing window of N days ending on the night (calls.csv figures over the
   * history), and trend.csv: per agent and day over the longest window.
   */
  private static void historyReports(RunContext run, List<CallFigures.AgentDay> days, NightlyOptions nightly,
      Path staging) throws IOException {
    LocalDate day = nightly.date();
    for (int window : nightly.reportDays()) {
      ReportTableCsv.write(FigureTables.agents(days, FigureTables.window(day, window)), List.of("agent_id"),
          new Path(staging, "agents_" + window + "d.csv"), run.conf());
    }
    ReportTableCsv.write(FigureTables.trend(days, FigureTables.window(day, nightly.longestWindow())),
        List.of("agent_id", "call_date"), new Path(staging, "trend.csv"), run.conf());
  }
}
