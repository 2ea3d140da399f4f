package org.callcare.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rendered page: self-contained, every input text escaped, and small enough for 100 agents and 30 days. */
class HtmlReportTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

  @Test
  void hundredAgentsOverThirtyDaysStayUnderTwoMegabytes() throws Exception {
    String html = HtmlReport.render(PageFixtures.page(PageFixtures.days(100, 30, NIGHT, 7), NIGHT, List.of()));
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    Path out = Path.of("target/report-100-agents.html");
    Files.createDirectories(out.getParent());
    Files.writeString(out, html);
    assertTrue(bytes < 2_000_000, bytes + " bytes");
    assertTrue(bytes > 100_000, "all 100 agents are in it: " + bytes + " bytes");
    assertEquals(3, count(html, "class=\"scorecard sortable\""), "the night and both windows");
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    String html = HtmlReport.render(PageFixtures.page(PageFixtures.days(3, 30, NIGHT, 1), NIGHT, List.of()));
    assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no src or href attribute: nothing to fetch");
    assertFalse(html.contains("@import") || html.contains("url("), "no stylesheet fetches");
    assertEquals(1, count(html, "<script"), "one inline script");
  }

  @Test
  void markupInAnyInputTextShowsAsText() {
    String evil = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">&amp;'";
    List<org.callcare.metrics.CallFigures.AgentDay> days = PageFixtures.days(2, 3, NIGHT, 3).stream()
        .map(d -> new org.callcare.metrics.CallFigures.AgentDay(evil + d.agentId(), d.callDate(), d.totals()))
        .toList();
    ReportPage.ReviewList reviews = Reviews.list(Reviews.Kind.COLD_TRANSFER, 1,
        List.of(new Reviews.Candidate(evil + "call", evil + "agent", NIGHT.toString(), evil + "queue", -0.5, 0.2)),
        Map.of(evil + "call", List.of(new Reviews.CustomerTurn(0, evil + "turn", -0.4, "negative"))),
        Map.of(evil + "call", List.of(new Reviews.Match(1, "transfer", evil + "sentence"))), 7);
    ReportPage.ReviewList escalated = Reviews.list(Reviews.Kind.ESCALATED, 1,
        List.of(new Reviews.Candidate(evil + "call", evil + "agent", NIGHT.toString(), null, 0.1, -0.6)),
        Map.of(evil + "call", List.of(new Reviews.CustomerTurn(0, evil + "transcript", -0.7, "negative"))),
        Map.of(), 7);
    String html = HtmlReport.render(PageFixtures.page(days, NIGHT, List.of(reviews, escalated)));
    assertEquals(1, count(html, "<script"), "only the page's own script");
    assertFalse(html.contains("<img"), "no injected element");
    assertFalse(html.contains("onerror=\""), "no injected attribute");
    assertTrue(html.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;img src=x onerror=&quot;"
        + "window.__xss=2&quot;&gt;&amp;amp;&#39;sentence"), "the evidence sentence, escaped");
    for (String field : List.of("call", "agent", "queue", "agent-000", "transcript")) {
      assertTrue(html.contains("&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;&amp;amp;&#39;"
          + field), field);
    }
  }

  static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
