package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.callcare.metrics.TimingMetrics.TimingSettings;
import org.callcare.privacy.PiiRedactor;
import org.callcare.report.page.PageRate;
import org.callcare.testing.HeadlessChromium;
import org.callcare.testing.LexiconTestScorer;
import org.callcare.testing.TestSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html written from sample-data, opened in a real headless Chromium with the network off: no console
 * error, nothing requested from outside, every chart drawn, the headline equal to agents.csv and calls.csv, the
 * scorecard sorts, and screenshots at desktop and phone width under {@code target/report-screenshots/}.
 * Skipped without a Chromium, except under CI (which installs one).
 */
class ReportPageBrowserTest {
  @TempDir
  static Path work;
  private static Path reports;
  private static HeadlessChromium browser;

  @BeforeAll
  static void run() throws Exception {
    var binary = HeadlessChromium.find();
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(binary.isPresent(), "no Chromium installed (apt-get install chromium)");
    }
    assertTrue(binary.isPresent(), "CI installs Chromium for this test");
    reports = work.resolve("reports");
    new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon")
        .run(new JobOptions(List.of("sample-data"), reports.toString(), 7));
    browser = HeadlessChromium.start(binary.get());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    return csv(reports, name);
  }

  private static List<CSVRecord> csv(Path folder, String name) throws IOException {
    try (Reader in = Files.newBufferedReader(folder.resolve(name))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  private static long sum(List<CSVRecord> rows, String column) {
    return rows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
  }

  @Test
  void opensOfflineWithEveryChartDrawnAndTheCsvFigures() throws IOException {
    HeadlessChromium.Page page = browser.open(1280, 900);
    page.navigate(reports.resolve("report.html").toUri().toString());

    // every chart is there and has SVG marks drawn with a size on screen
    JsonNode charts = page.evaluate("""
        [...document.querySelectorAll('#view-run [data-chart]')].map(c => ({
          chart: c.getAttribute('data-chart'),
          marks: [...c.querySelectorAll('svg circle.mark, svg path.series')].filter(m => {
            const b = m.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length}))""");
    List<String> names = new ArrayList<>();
    for (JsonNode c : charts) {
      names.add(c.get("chart").asText());
      if (!c.get("chart").asText().equals("matrix") && !c.get("chart").asText().equals("heat")) {
        assertTrue(c.get("marks").asInt() > 0, c.get("chart").asText() + " has drawn marks");
      }
    }
    assertEquals(List.of("matrix", "scorecard", "heat", "drivers-de_escalation", "drivers-one_call_resolution"),
        names);
    assertEquals(4, page.evaluate("document.querySelectorAll('#view-run svg.chart.line circle.point.team').length")
        .asInt(), "the journey line's four quarters");
    assertEquals(4, page.evaluate("document.querySelectorAll('#view-run svg.chart.line circle.point.upset')"
        + ".length").asInt(), "and those of the calls that started negative");

    // the headline is agents.csv's and calls.csv's figures
    List<CSVRecord> agents = csv("agents.csv");
    List<CSVRecord> calls = csv("calls.csv");
    Map<String, JsonNode> tiles = new TreeMap<>();
    for (JsonNode t : page.evaluate("""
        [...document.querySelectorAll('#view-run [data-figure]')].map(t => ({figure: t.dataset.figure,
          numerator: +t.dataset.numerator, denominator: +t.dataset.denominator,
          value: t.querySelector('.value').textContent}))""")) {
      tiles.put(t.get("figure").asText(), t);
    }
    assertEquals(calls.size(), tiles.get("calls").get("numerator").asLong());
    assertEquals(agents.size(), tiles.get("agents").get("numerator").asLong());
    for (PageRate r : PageRate.MAIN) {
      JsonNode t = tiles.get(r.key());
      long over = r.overColumns().stream().mapToLong(c -> sum(agents, c)).sum();
      assertEquals(sum(agents, r.countColumn()), t.get("numerator").asLong(), r.key());
      assertEquals(over, t.get("denominator").asLong(), r.key());
      assertEquals(over == 0 ? "–" : Math.round(100.0 * sum(agents, r.countColumn()) / over) + "%",
          t.get("value").asText(), r.key());
    }
    long escalated = calls.stream().filter(c -> c.get("escalated").equals("true")).count();
    assertEquals(escalated, tiles.get("escalation").get("numerator").asLong(), "calls.csv agrees too");

    // the start -> end matrix is calls.csv's labels counted; the heat table has a cell per agent and behaviour
    JsonNode matrix = page.evaluate("[...document.querySelectorAll('#view-run table.matrix tbody tr')].map(r =>"
        + " [...r.querySelectorAll('td.cell')].map(td => parseInt(td.firstChild.textContent)))");
    List<String> labels = List.of("negative", "neutral", "positive");
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        String start = labels.get(i);
        String end = labels.get(j);
        assertEquals(calls.stream().filter(c -> c.get("customer_start_label").equals(start)
            && c.get("customer_end_label").equals(end)).count(), matrix.get(i).get(j).asLong(), start + "->" + end);
      }
    }
    assertEquals(agents.size() * page.evaluate("document.querySelectorAll('#view-run table.heat th.b').length")
        .asInt(), page.evaluate("document.querySelectorAll('#view-run table.heat td.h').length").asInt());
    assertTrue(page.evaluate("document.querySelectorAll('.reading table tbody tr').length").asInt() > 0,
        "the sentiment model's measured accuracy, from the manifest");

    // each call to review is in calls.csv
    JsonNode ids = page.evaluate("[...document.querySelectorAll('.review td.id')].map(td => td.textContent)");
    assertTrue(ids.size() > 0);
    for (JsonNode id : ids) {
      assertTrue(calls.stream().anyMatch(c -> c.get("call_id").equals(id.asText())), id.asText());
    }

    // the scorecard sorts by calls, most first, on a click
    page.evaluate("document.querySelectorAll('#view-run table.scorecard th')[1].click()");
    JsonNode sorted = page.evaluate(
        "[...document.querySelectorAll('#view-run table.scorecard tbody tr')].map(r => +r.cells[1].textContent)");
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(sorted.get(i - 1).asInt() >= sorted.get(i).asInt(), "descending: " + sorted);
    }

    // printing: the page's own print styles, and a PDF the browser makes of it
    page.media("print");
    assertEquals("[true,true]", page.evaluate("[getComputedStyle(document.querySelector('#view-run')).display"
        + " === 'block', getComputedStyle(document.querySelector('section')).breakInside === 'avoid']").toString());
    byte[] pdf = page.pdf();
    assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
        .equals("%PDF-"), "a PDF of " + pdf.length + " bytes");
    page.media("screen");

    Path shots = Path.of("target/report-screenshots");
    Files.createDirectories(shots);
    page.navigate(reports.resolve("report.html").toUri().toString());
    Files.write(shots.resolve("sample-1280.png"), page.screenshot());
    Files.write(shots.resolve("sample.pdf"), pdf);
    page.resize(400, 800);
    page.navigate(reports.resolve("report.html").toUri().toString());
    JsonNode width = page.evaluate("document.documentElement.scrollWidth");
    assertTrue(width.asInt() <= 400, "no sideways scrolling of the page at 400 px (tables scroll inside): " + width);
    Files.write(shots.resolve("sample-400.png"), page.screenshot());

    assertEquals(List.of(), page.errors(), "console errors");
    for (String url : page.requests()) {
      assertTrue(url.startsWith("file:") || url.startsWith("about:") || url.startsWith("data:"), url);
    }
    assertFalse(page.requests().isEmpty(), "the page itself was requested");
  }

  @Test
  void aHistoryReportShowsEachPeriodAndTheTrend() throws IOException {
    Path history = work.resolve("history");
    Path out = null;
    for (String night : List.of("2026-10-07", "2026-10-14")) {
      out = work.resolve("night-" + night);
      new CallCareJob(TestSpark.session(), LexiconTestScorer.factory(), "lexicon").run(new JobOptions(
          List.of("sample-data"), out.toString(), 7, 0, List.of(), true, TimingSettings.DEFAULTS, 0, null,
          PiiRedactor.all(), new NightlyOptions(LocalDate.parse(night), history.toString(), List.of(7, 30))));
    }
    HeadlessChromium.Page page = browser.open(1280, 900);
    page.navigate(out.resolve("report.html").toUri().toString());
    assertEquals("[\"night\",\"d7\",\"d30\"]", page.evaluate(
        "[...document.querySelectorAll('.scope')].map(s => s.dataset.scope)").toString());
    for (String[] view : new String[][] {{"d7", "agents_7d.csv"}, {"d30", "agents_30d.csv"}}) {
      List<CSVRecord> agents = csv(out, view[1]);
      page.evaluate("document.querySelector('label[for=scope-" + view[0] + "]').click()");
      JsonNode calls = page.evaluate("+document.querySelector('#view-" + view[0]
          + " [data-figure=calls]').dataset.numerator");
      assertEquals(sum(agents, "calls"), calls.asLong(), view[1]);
      JsonNode matrix = page.evaluate("[...document.querySelectorAll('#view-" + view[0]
          + " table.matrix td.cell')].reduce((n, td) => n + parseInt(td.firstChild.textContent), 0)");
      assertEquals(sum(agents, "started_negative_calls") + sum(agents, "started_calm_calls"), matrix.asLong(),
          view[1] + ": every call with a start and an end is in the matrix");
    }
    assertTrue(page.evaluate("document.querySelector('#view-d7 [data-figure=de_escalation] .change')"
        + ".textContent").asText().contains("vs the previous 7 days"), "2026-10-07 is in the 7 days before");
    List<CSVRecord> trend = csv(out, "trend.csv");
    assertEquals(PageRate.MAIN.size(), page.evaluate("[...document.querySelectorAll('[data-chart^=trend]')]"
        + ".filter(c => c.querySelectorAll('path.series.team').length === 1).length").asInt());
    assertEquals(trend.stream().map(r -> r.get("agent_id")).distinct().count(), page.evaluate(
        "document.querySelectorAll('[data-chart=trend-transfer] path.series.agent').length").asLong());
    Files.write(Path.of("target/report-screenshots").resolve("history-sample-1280.png"), page.screenshot());
    assertEquals(List.of(), page.errors());
  }
}
