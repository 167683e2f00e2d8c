package org.partnership.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerJsonLines;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.ledger.LedgerRecord;

/**
 * Ledger records written into a directory: one CSV file per record type ({@link
 * LedgerRecordType#fileName()}), or every record in {@code ledger.jsonl}. Not thread-safe.
 */
final class LedgerFiles implements Closeable {

  private final Map<LedgerRecordType, LedgerWriter> writers = new EnumMap<>(LedgerRecordType.class);

  private LedgerFiles() {}

  /** Opens decisions.csv, time.csv and recognitions.csv in a directory (created if needed). */
  static LedgerFiles csv(Path dir) throws IOException {
    Files.createDirectories(dir);
    LedgerFiles files = new LedgerFiles();
    try {
      for (LedgerRecordType t : LedgerRecordType.values()) {
        files.writers.put(
            t,
            LedgerCsv.writer(
                Files.newBufferedWriter(dir.resolve(t.fileName()), StandardCharsets.UTF_8), t));
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
    LedgerWriter w =
        LedgerJsonLines.writer(
            Files.newBufferedWriter(dir.resolve("ledger.jsonl"), StandardCharsets.UTF_8));
    LedgerFiles files = new LedgerFiles();
    for (LedgerRecordType t : LedgerRecordType.values()) {
      files.writers.put(t, w);
    }
    return files;
  }

  /** Writes a record to the file of its type. */
  void write(LedgerRecord record) throws IOException {
    writers.get(LedgerRecordType.of(record)).write(record);
  }

  @Override
  public void close() throws IOException {
    for (LedgerWriter w : writers.values().stream().distinct().toList()) {
      w.close();
    }
  }
}
