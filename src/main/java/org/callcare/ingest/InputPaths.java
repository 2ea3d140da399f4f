package org.callcare.ingest;

/** Names derived from an input file's path (any Hadoop path or URI, '/'-separated). */
public final class InputPaths {
  private InputPaths() {}

  /** The folder holding the file: everything before the last '/'. */
  public static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
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
