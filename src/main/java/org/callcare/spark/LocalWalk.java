package org.callcare.spark;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists a local folder the way an analyst expects links to behave: symbolic links are followed, a folder reached
 * twice (through a link) is read once, and a link that cannot be followed (its target is missing, links point at
 * each other, or a folder link leads back into a folder being read) is a file not read, with the reason, so that
 * it is counted rather than lost.
 */
final class LocalWalk {
  private LocalWalk() {}

  static List<InputDiscovery.Listed> list(org.apache.hadoop.fs.Path root, List<DiscoveredInputs.NotRead> notRead)
      throws IOException {
    Path start = Path.of(root.toUri());
    if (!Files.exists(start, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(start.toString());
    }
    List<InputDiscovery.Listed> files = new ArrayList<>();
    Set<Path> folders = new HashSet<>();
    Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            // a folder reached a second time through a link is not read again
            return folders.add(dir.toRealPath()) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) { // its target could not be read
              notRead.add(new DiscoveredInputs.NotRead(hadoop(file), brokenLink(file)));
            } else if (attrs.isRegularFile()) {
              files.add(new InputDiscovery.Listed(new org.apache.hadoop.fs.Path(hadoop(file)), attrs.size()));
            } else {
              notRead.add(new DiscoveredInputs.NotRead(hadoop(file),
                  "not a regular file (a device, pipe or socket): not read"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason = e instanceof FileSystemLoopException
                ? "a link to a folder that contains it (a loop): the folder is read once, not again through the link"
                : Files.isSymbolicLink(file) ? brokenLink(file)
                : "cannot be read (" + e.getMessage() + ")";
            notRead.add(new DiscoveredInputs.NotRead(hadoop(file), reason));
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static String brokenLink(Path link) {
    try {
      Path target = Files.readSymbolicLink(link);
      return "a link to " + target + ", which cannot be followed (it does not exist, or links point at each"
          + " other): nothing to read";
    } catch (IOException | UnsupportedOperationException e) {
      return "a link that cannot be followed: nothing to read";
    }
  }

  /** The path as the Hadoop listing writes it ({@code file:/…}). */
  private static String hadoop(Path file) {
    return new org.apache.hadoop.fs.Path("file", null, file.toAbsolutePath().toString()).toString();
  }
}
