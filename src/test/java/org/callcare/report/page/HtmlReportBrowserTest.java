package org.callcare.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.callcare.metrics.CallFigures;
import org.callcare.testing.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages made up in Java, in a real headless Chromium: markup in every input text stays text (no injected script
 * runs, no injected element), and a history page (periods and trend) switches periods and draws every trend.
 * Skipped without a Chromium, except under CI.
 */
class HtmlReportBrowserTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

  @TempDir
  Path work;

  private static HeadlessChromium browser() throws Exception {
    var binary = HeadlessChromium.find();
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(binary.isPresent(), "no Chromium installed (apt-get install chromium)");
    }
    assertTrue(binary.isPresent(), "CI installs Chromium for this test");
    return HeadlessChromium.start(binary.get());
  }

  @Test
  void injectedMarkupDoesNotRun() throws Exception {
    String evil = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"><b>bold</b>";
    List<CallFigures.AgentDay> days = PageFixtures.days(2, 3, NIGHT, 3).stream()
        .map(d -> new CallFigures.AgentDay(evil + d.agentId(), d.callDate(), d.totals())).toList();
    ReportPage.ReviewList reviews = Reviews.list(Reviews.Kind.COLD_TRANSFER, 1,
        List.of(new Reviews.Candidate(evil + "call", evil + "agent", NIGHT.toString(), evil + "queue", -0.5, 0.2)),
        Map.of(), Map.of(evil + "call", List.of(new Reviews.Match(1, "transfer", evil + "sentence"))), 7);
    ReportPage.ReviewList escalated = Reviews.list(Reviews.Kind.ESCALATED, 1,
        List.of(new Reviews.Candidate(evil + "call2", evil + "agent", NIGHT.toString(), null, 0.1, -0.6)),
        Map.of(evil + "call2", List.of(new Reviews.CustomerTurn(0, evil + "transcript", -0.7, "negative"))),
        Map.of(), 7);
    Path file = work.resolve("evil.html");
    Files.writeString(file, HtmlReport.render(PageFixtures.page(days, NIGHT, List.of(reviews, escalated))));
    try (HeadlessChromium browser = browser()) {
      HeadlessChromium.Page page = browser.open(1280, 900);
      page.navigate(file.toUri().toString());
      assertTrue(page.evaluate("window.__xss === undefined").asBoolean(), "no injected script ran");
      assertEquals(0, page.evaluate("document.querySelectorAll('img, b').length").asInt(), "no injected element");
      assertEquals(1, page.evaluate("document.scripts.length").asInt());
      String text = page.evaluate("document.body.innerText").asText();
      for (String field : List.of("call", "agent", "queue", "sentence", "agent-000", "transcript")) {
        assertTrue(text.contains(evil + field), field + " shows as text");
      }
      assertEquals(List.of(), page.errors());
    }
  }

  @Test
  void aHistoryPageSwitchesPeriodsAndDrawsTheTrend() throws Exception {
    Path file = work.resolve("history.html");
    Files.writeString(file, HtmlReport.render(PageFixtures.page(PageFixtures.days(12, 30, NIGHT, 5), NIGHT,
        List.of())));
    try (HeadlessChromium browser = browser()) {
      HeadlessChromium.Page page = browser.open(1280, 900);
      page.navigate(file.toUri().toString());
      String visible = "[...document.querySelectorAll('.scope')].filter(s => s.offsetParent !== null)"
          + ".map(s => s.dataset.scope)";
      assertEquals("[\"night\"]", page.evaluate(visible).toString());
      page.evaluate("document.querySelector('label[for=scope-d30]').click()");
      assertEquals("[\"d30\"]", page.evaluate(visible).toString());
      assertEquals(PageRate.MAIN.size(), page.evaluate("""
          [...document.querySelectorAll('[data-chart^=trend]')].filter(c =>
            c.querySelectorAll('path.series.team').length === 1 && c.querySelectorAll('circle.point').length > 0
            && c.querySelectorAll('path.series.agent').length === 12).length""").asInt());
      page.evaluate("(() => { const s = document.getElementById('trend-agent'); s.value = 'agent-003';"
          + " s.dispatchEvent(new Event('change')); })()");
      assertEquals(PageRate.MAIN.size(), page.evaluate(
          "document.querySelectorAll('path.series.agent.on[data-agent=agent-003]').length").asInt());
      Path shots = Path.of("target/report-screenshots");
      Files.createDirectories(shots);
      Files.write(shots.resolve("history-1280.png"), page.screenshot());
      assertEquals(List.of(), page.errors());
    }
  }
}
