package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File names from data kept inside their directory, and files written whole. Internal to the
 * engine; {@link ExperimentFiles} is the API.
 */
final class SafeFiles {

  private SafeFiles() {}

  /**
   * A file name from text that may come from data (an experiment's name, a policy's id): letters,
   * digits, {@code .}, {@code _} and {@code -} kept, anything else {@code _}, no leading dot, at
   * most 120 characters.
   */
  static String fileName(String text) {
    requireNonNull(text, "text");
    StringBuilder name = new StringBuilder(Math.min(text.length(), 120));
    for (int i = 0; i < text.length() && name.length() < 120; i++) {
      char c = text.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (c == '.' && name.length() > 0);
      name.append(safe ? c : '_');
    }
    return name.length() == 0 ? "_" : name.toString();
  }

  /**
   * The file {@code name} (made safe with {@link #fileName}) inside {@code dir}, checked to be
   * directly inside it.
   *
   * @throws IllegalArgumentException if the file would lie outside the directory
   */
  static Path inside(Path dir, String name) {
    requireNonNull(dir, "dir");
    requireNonNull(name, "name");
    Path base = dir.toAbsolutePath().normalize();
    Path file = base.resolve(fileName(name)).normalize();
    if (!base.equals(file.getParent())) {
      throw new IllegalArgumentException(
          "file name \"" + name + "\" would write outside " + dir + ", refused");
    }
    return file;
  }

  /**
   * A new, empty hidden file in {@code dir} for writing {@code name}, with the permissions every
   * new file gets (the process's umask applies, as it does to the charts), unlike {@link
   * Files#createTempFile}, which makes files only their owner can read.
   *
   * @throws IOException if the file cannot be created
   */
  static Path temporary(Path dir, String name) throws IOException {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toHexString(random.nextLong()) + ".part");
      try {
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Writes a file through a temporary file in the same directory (created if needed), moved into
   * place only once it is complete: a failure leaves the old file, or none, never half of one.
   *
   * @throws IOException if the file cannot be written or moved
   */
  static void atomically(Path target, ExperimentFiles.FileWriting writing) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(writing, "writing");
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = temporary(dir, target.getFileName().toString());
    try {
      writing.write(temp);
      try {
        Files.move(
            temp,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
