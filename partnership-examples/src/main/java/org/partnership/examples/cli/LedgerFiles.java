package org.partnership.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerJsonLines;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.ledger.LedgerRecord;

/**
 * Ledger records written into a directory: one CSV file per record type ({@link
 * LedgerRecordType#fileName()}), or every record in {@code ledger.jsonl}. The files are written
 * under temporary names and moved into place by {@link #commit()}; closed without a commit, they
 * are removed, so a failure leaves no half-written ledger. Not thread-safe.
 */
final class LedgerFiles implements Closeable {

  private final Map<LedgerRecordType, LedgerWriter> writers = new EnumMap<>(LedgerRecordType.class);

  /** Temporary file → final file. */
  private final Map<Path, Path> pending = new LinkedHashMap<>();

  private boolean committed;

  private LedgerFiles() {}

  /** The names a ledger in this format takes in a directory. */
  static List<String> fileNames(boolean jsonLines) {
    List<String> names = new ArrayList<>();
    if (jsonLines) {
      names.add("ledger.jsonl");
    } else {
      for (LedgerRecordType t : LedgerRecordType.values()) {
        names.add(t.fileName());
      }
    }
    return names;
  }

  private Path temporary(Path dir, String name) throws IOException {
    Path temp = org.partnership.simulation.ExperimentFiles.temporaryFile(dir, name);
    pending.put(temp, dir.resolve(name));
    return temp;
  }

  /** Opens decisions.csv, time.csv and recognitions.csv in a directory (created if needed). */
  static LedgerFiles csv(Path dir) throws IOException {
    Files.createDirectories(dir);
    LedgerFiles files = new LedgerFiles();
    try {
      for (LedgerRecordType t : LedgerRecordType.values()) {
        Path temp = files.temporary(dir, t.fileName());
        files.writers.put(
            t, LedgerCsv.writer(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), t));
      }
    } catch (IOException | RuntimeException e) {
      files.close();
      throw e;
    }
    return files;
  }

  /** Opens ledger.jsonl in a directory (created if needed). */
  static LedgerFiles jsonLines(Path dir) throws IOException {
    Files.createDirectories(dir);
    LedgerFiles files = new LedgerFiles();
    try {
      Path temp = files.temporary(dir, "ledger.jsonl");
      LedgerWriter w =
          LedgerJsonLines.writer(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
      for (LedgerRecordType t : LedgerRecordType.values()) {
        files.writers.put(t, w);
      }
    } catch (IOException | RuntimeException e) {
      files.close();
      throw e;
    }
    return files;
  }

  /** Writes a record to the file of its type. */
  void write(LedgerRecord record) throws IOException {
    writers.get(LedgerRecordType.of(record)).write(record);
  }

  /** Closes the files and moves them into place. */
  void commit() throws IOException {
    closeWriters();
    for (Map.Entry<Path, Path> e : pending.entrySet()) {
      try {
        Files.move(
            e.getKey(),
            e.getValue(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException x) {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  private void closeWriters() throws IOException {
    IOException first = null;
    for (LedgerWriter w : writers.values().stream().distinct().toList()) {
      try {
        w.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    writers.clear();
    if (first != null) {
      throw first;
    }
  }

  /** Closes the files; without a commit, removes them. */
  @Override
  public void close() throws IOException {
    try {
      closeWriters();
    } finally {
      if (!committed) {
        for (Path temp : pending.keySet()) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }
}
