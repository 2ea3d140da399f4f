package org.callcare.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of callcare and its engines, from the build (for the manifest and --version). */
public final class BuildInfo {
  private static final Properties BUILD = load();

  private BuildInfo() {}

  public static String callcareVersion() {
    return BUILD.getProperty("callcare.version", "unknown");
  }

  public static Map<String, String> versions(String sparkRuntimeVersion) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("callcare", callcareVersion());
    versions.put("spark", sparkRuntimeVersion);
    versions.put("corenlp", BUILD.getProperty("corenlp.version", "unknown"));
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/org/callcare/build.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
