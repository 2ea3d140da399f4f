package org.callcare.report;

import org.callcare.report.page.HtmlReport;
import org.callcare.report.page.ReportPage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Writes {@code report.html} on any Hadoop file system (the run's staging folder). */
public final class ReportPageWriter {
  public static final String FILE = "report.html";

  private ReportPageWriter() {}

  /** Renders the page and writes it; returns its size in bytes. */
  public static long write(ReportPage page, Path file, Configuration conf) throws IOException {
    byte[] html = HtmlReport.render(page).getBytes(StandardCharsets.UTF_8);
    FileSystem fs = file.getFileSystem(conf);
    try (OutputStream out = fs.create(file, true)) {
      out.write(html);
    }
    return html.length;
  }
}
