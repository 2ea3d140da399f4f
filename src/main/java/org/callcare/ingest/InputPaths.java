package org.callcare.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names derived from an input file's path (any Hadoop path or URI, '/'-separated). */
public final class InputPaths {
  private InputPaths() {}

  /** The folder holding the file: everything before the last '/'. */
  public static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static final Pattern DATE_FOLDER =
      Pattern.compile("/date=(\\d{4}-\\d{2}-\\d{2})/");

  /**
   * The day a file belongs to by the nightly layout {@code …/date=YYYY-MM-DD/…} (the innermost such folder), if
   * it lies in one and the date is valid.
   */
  public static Optional<LocalDate> dateOf(String path) {
    Matcher m = DATE_FOLDER.matcher(path);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    try {
      return last == null ? Optional.empty() : Optional.of(LocalDate.parse(last));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The file name without its folder. */
  public static String fileNameOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The call id of a text transcript: its file name without the extension. */
  public static String callIdOf(String path) {
    String name = fileNameOf(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
