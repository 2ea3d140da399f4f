package org.callcare.spark;

import java.net.URI;
import org.apache.hadoop.fs.Path;

/** File names as Spark reports them ({@code _metadata.file_path}, a URI) turned back into Hadoop paths. */
final class FilePaths {
  private FilePaths() {}

  /**
   * {@code file:/data/sp%20ace/T-1.txt} → {@code file:/data/sp ace/T-1.txt}: the same form as the file listing,
   * and readable in reports.
   */
  static String fromUri(String uri) {
    return new Path(URI.create(uri)).toString();
  }
}
