package org.callcare.report.page;

import java.util.List;

/**
 * Everything {@code report.html} shows, computed and formatted (numbers as display text, chart marks as SVG
 * coordinates) so that the template only lays it out. Built by {@link PageBuilder}; rendered by
 * {@link HtmlReport}. Every text here is plain text: the template escapes it.
 *
 * @param scopes the run's calls first, then (with a history) each report window
 */
public record ReportPage(String title, String subtitle, List<Scope> scopes, Trend trend, String reviewScope,
    List<ReviewList> reviews, Reading reading) {

  /**
   * The figures of one period: the night's calls or a trailing window. Its id names it in the page's markup and
   * styles, so it is lower-case letters and digits only.
   */
  public record Scope(String id, String label, String period, long calls, long agents, List<Tile> tiles,
      Journey journey, Scorecard scorecard, Heat heat, List<DriverChart> drivers) {
    public Scope {
      if (!id.matches("[a-z0-9]+")) {
        throw new IllegalArgumentException("a period id is lower-case letters and digits: " + id);
      }
    }
  }

  /**
   * A headline figure with its interval; {@code change} compares it with the previous period of the same length
   * (null without one); {@code tone} is good, bad or plain.
   */
  public record Tile(String key, String label, String value, String detail, String interval, long numerator,
      long denominator, String change, String tone) {}

  /**
   * The start → end matrix (rows: the start's label) over {@code calls} calls, and the mean customer score by
   * quarter of the call over {@code quarterCalls} calls (those with a scored customer turn) and over the
   * {@code upsetQuarterCalls} of them that started negative.
   */
  public record Journey(List<String> labels, List<MatrixRow> rows, long calls, LineChart quarters,
      long quarterCalls, long upsetQuarterCalls) {}

  public record MatrixRow(String start, List<MatrixCell> cells, long total) {}

  /** {@code share} of the row, {@code shade} 0 to 1 for the background. */
  public record MatrixCell(long count, String share, double shade, String tone) {}

  /** Columns: the main rates; rows: agents, sorted by agent id (the page sorts on click). */
  public record Scorecard(List<Column> columns, List<AgentRow> rows, int minCalls) {}

  /** A scorecard column: the rate's label, the team's rate and its x on the bars' scale (0 to 100). */
  public record Column(String key, String label, String team, double teamX, String direction) {}

  public record AgentRow(String agentId, long calls, List<RateCell> cells) {}

  /**
   * One agent's rate: its text, its calls, the rate as agents.csv writes it, the key it sorts by (empty, so last,
   * when not ranked), its point and interval on a 0 to 100 scale, and its band against the
   * team: {@code better}, {@code worse}, {@code level} (the interval holds the team's rate), {@code plain} (a
   * context rate) or {@code few} (fewer calls than the scorecard's minimum: not ranked).
   */
  public record RateCell(String value, String detail, String rate, String sortKey, double x, double low,
      double high, String band) {}

  /** Behaviour rates by agent: one column per behaviour that applied to some call. */
  public record Heat(List<String> behaviours, List<HeatRow> rows) {}

  public record HeatRow(String agentId, List<HeatCell> cells) {}

  /** {@code shade} 0 to 1; {@code few} when it applied to fewer calls than the scorecard's minimum. */
  public record HeatCell(String value, String title, String sortKey, double shade, boolean few) {}

  /** The drivers of one outcome: behaviours by the difference in its rate with and without them. */
  public record DriverChart(String outcome, String label, int height, List<Tick> ticks, List<DriverBar> bars) {}

  /** One behaviour's difference: text, and its point and interval on the chart (x in 0 to 100, y in px). */
  public record DriverBar(String behaviour, String value, String detail, double y, double x, double low,
      double high, String tone) {}

  public record Tick(double at, String label) {}

  /** A line chart in a {@code width × height} box: ticks on both axes, and the lines. */
  public record LineChart(int width, int height, List<Tick> xTicks, List<Tick> yTicks, double zeroY,
      List<Series> series) {}

  /** One line: SVG path data (gaps where a day has no calls) and its points. */
  public record Series(String name, String kind, String path, List<Point> points) {}

  public record Point(double x, double y, String title) {}

  /** The trend of the main rates per day, team and per agent, over the longest window (null without history). */
  public record Trend(String period, List<String> agents, List<TrendChart> charts) {}

  public record TrendChart(String key, String label, LineChart chart) {}

  /** Calls to review: why each list matters, how many calls it holds, and the first of them. */
  public record ReviewList(String key, String title, String why, long total, List<ReviewCall> calls) {}

  /** One call to review, with the sentence that shows why (redacted like evidence.csv). */
  public record ReviewCall(String callId, String agentId, String callDate, String queue, String reason,
      String evidence) {}

  /** How to read the page: definitions, the sentiment model and its accuracy, and the run's reconciliation. */
  public record Reading(List<Definition> definitions, List<String> model, List<ModelFigure> accuracy,
      List<String> reconciliation, boolean reconciled, String run) {}

  public record Definition(String term, String text) {}

  public record ModelFigure(String set, long turns, String accuracy, String macroF1, String negativeRecall) {}
}
