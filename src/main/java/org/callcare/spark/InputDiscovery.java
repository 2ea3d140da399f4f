package org.callcare.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.callcare.ingest.InputFileKind;
import org.callcare.ingest.InputPaths;
import org.callcare.ingest.TextDecoding;

/**
 * Lists the files under each --input (a file, or a folder read recursively) on any Hadoop file system and sorts
 * them into transcripts and calls.csv metadata. Only names are read here, on the driver; contents are read by Spark.
 */
public final class InputDiscovery {
  private InputDiscovery() {}

  /**
   * @param isReportFile true for files of the report folder (earlier reports, not inputs): they are skipped
   *     and counted when an input folder contains the report folder
   * @throws InputUnreadableException when an input does not exist or cannot be listed
   */
  public static DiscoveredInputs discover(List<String> inputs, Predicate<String> isReportFile,
      Configuration conf) {
    return discover(inputs, isReportFile, null, conf);
  }

  /**
   * @param date when not null, files in a {@code date=YYYY-MM-DD} folder of another day are skipped (counted)
   */
  public static DiscoveredInputs discover(List<String> inputs, Predicate<String> isReportFile, LocalDate date,
      Configuration conf) {
    int skipped = 0;
    int otherDates = 0;
    List<String> transcripts = new ArrayList<>();
    List<DiscoveredInputs.NotRead> notRead = new ArrayList<>();
    List<String> metadata = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(conf);
        List<Listed> listed = fs instanceof LocalFileSystem
            ? LocalWalk.list(fs.makeQualified(path), notRead) : hadoopListing(fs, path);
        for (Listed file : listed) {
          String name = file.path().toString();
          if (isReportFile.test(name)) {
            skipped++;
            continue;
          }
          if (date != null && InputPaths.dateOf(name).filter(d -> !d.equals(date)).isPresent()) {
            otherDates++;
            continue;
          }
          switch (InputFileKind.of(file.path().getName())) {
            case TRANSCRIPT -> {
              String reason = notReadReason(file.path().getName(), file.length());
              if (reason == null) {
                transcripts.add(name);
              } else {
                notRead.add(new DiscoveredInputs.NotRead(name, reason));
              }
            }
            case CALL_METADATA -> metadata.add(name);
          }
        }
      } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
        throw new InputUnreadableException("input " + input + " does not exist");
      } catch (IOException | UncheckedIOException e) {
        throw new InputUnreadableException("input " + input + " cannot be listed: " + e.getMessage());
      }
    }
    Collections.sort(transcripts);
    Collections.sort(metadata);
    notRead.sort(java.util.Comparator.comparing(DiscoveredInputs.NotRead::path));
    return new DiscoveredInputs(dedupe(transcripts), notRead.stream().distinct().toList(), dedupe(metadata),
        skipped, otherDates);
  }

  /** Names that file transfer tools, browsers and copy jobs give a file while it is being written. */
  static final java.util.List<String> PARTIAL_SUFFIXES = java.util.List.of(
      ".filepart", ".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".inprogress", ".copying");

  /** A file found: its path and length in bytes. */
  record Listed(Path path, long length) {}

  /** Every file under a path of a Hadoop file system (HDFS, S3: no symbolic links to follow). */
  private static List<Listed> hadoopListing(FileSystem fs, Path path) throws IOException {
    List<Listed> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
    while (it.hasNext()) {
      LocatedFileStatus status = it.next();
      files.add(new Listed(status.getPath(), status.getLen()));
    }
    return files;
  }

  /**
   * Why a file is rejected from its listing, or null to read it: Spark's file sources yield no row for an empty
   * file and skip hidden ones (names starting with '.' or '_'), which would make them disappear silently.
   */
  static String notReadReason(String fileName, long length) {
    if (length == 0) {
      return "empty file";
    }
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    for (String suffix : PARTIAL_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return "an upload or download still in progress or broken off ('" + suffix + "' file): not read;"
            + " it is read once complete under its final name";
      }
    }
    if (fileName.startsWith(".") || fileName.startsWith("_")) {
      String known = TextDecoding.notTextByName(fileName);
      return known != null ? known : "hidden file (its name starts with '" + fileName.charAt(0)
          + "'): not read; rename it to read it";
    }
    return null;
  }

  /** The same file named by two overlapping --input paths is read once. */
  private static List<String> dedupe(List<String> sorted) {
    List<String> unique = new ArrayList<>(sorted.size());
    for (String s : sorted) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(s)) {
        unique.add(s);
      }
    }
    return unique;
  }

  /** An input path that does not exist or cannot be read. */
  public static final class InputUnreadableException extends RuntimeException {
    public InputUnreadableException(String message) {
      super(message);
    }
  }
}
