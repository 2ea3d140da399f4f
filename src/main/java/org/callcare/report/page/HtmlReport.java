package org.callcare.report.page;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders {@link ReportPage} as one self-contained HTML file (styles and the small sorting script inline, charts
 * as inline SVG, no network) with the FreeMarker template {@code report.ftlh}, which escapes every value as HTML
 * text: a transcript, id or queue holding markup shows as text.
 */
public final class HtmlReport {
  private static final Configuration FREEMARKER = configuration();

  private HtmlReport() {}

  private static Configuration configuration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(HtmlReport.class, "/org/callcare/report/page");
    c.setDefaultEncoding("UTF-8");
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setNumberFormat("computer");
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    // record components read as properties (page.title), as the view model is made of records
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    c.setObjectWrapper(wrapper.build());
    c.setLocale(java.util.Locale.ROOT);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    return c;
  }

  public static String render(ReportPage page) {
    try {
      Template template = FREEMARKER.getTemplate("report.ftlh");
      StringWriter out = new StringWriter(64 * 1024);
      template.process(Map.of("page", page), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("report.ftlh: " + e.getMessage(), e);
    }
  }
}
