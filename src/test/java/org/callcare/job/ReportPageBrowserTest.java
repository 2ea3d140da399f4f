package org.callcare.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
    try (Reader in = Files.newBufferedReader(reports.resolve(name))) {
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

    // every chart has drawn marks with a size on screen
    JsonNode charts = page.evaluate("""
        [...document.querySelectorAll('#view-run [data-chart], [data-chart^="trend"]')].map(c => ({
          chart: c.getAttribute('data-chart'),
          marks: [...c.querySelectorAll('.mark, path.series')].filter(m => {
            const b = m.getBoundingClientRect(); return b.width > 0 || b.height > 0; }).length}))""");
    List<String> names = new ArrayList<>();
    for (JsonNode c : charts) {
      names.add(c.get("chart").asText());
      assertTrue(c.get("marks").asInt() > 0, c.get("chart").asText() + " has drawn marks");
    }
    assertEquals(List.of("matrix", "scorecard", "heat", "drivers-de_escalation", "drivers-one_call_resolution"),
        names.stream().filter(n -> !n.startsWith("trend")).toList());
    assertTrue(page.evaluate("document.querySelectorAll('#view-run svg.chart.line path.series.team').length")
        .asInt() == 1, "the journey line");

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
      long over = r.overColumns().stream().mapToLong(c -> {
        try {
          return sum(agents, c);
        } catch (RuntimeException e) {
          throw e;
        }
      }).sum();
      assertEquals(sum(agents, r.countColumn()), t.get("numerator").asLong(), r.key());
      assertEquals(over, t.get("denominator").asLong(), r.key());
      assertEquals(over == 0 ? "–" : Math.round(100.0 * sum(agents, r.countColumn()) / over) + "%",
          t.get("value").asText(), r.key());
    }
    long escalated = calls.stream().filter(c -> c.get("escalated").equals("true")).count();
    assertEquals(escalated, tiles.get("escalation").get("numerator").asLong(), "calls.csv agrees too");

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
}
