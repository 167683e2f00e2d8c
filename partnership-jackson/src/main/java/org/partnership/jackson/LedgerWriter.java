package org.partnership.jackson;

import java.io.Closeable;
import java.io.IOException;
import org.partnership.ledger.LedgerRecord;

/**
 * Writes ledger records to a stream, one row or line each. Not thread-safe. Closing flushes and
 * closes the underlying writer.
 */
public interface LedgerWriter extends Closeable {

  /**
   * Writes one record.
   *
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if the record cannot be written in this format (a CSV writer
   *     for another record type; an id containing the CSV list separator {@code ;})
   * @throws IOException if writing fails
   */
  void write(LedgerRecord record) throws IOException;

  /** How many records were written. */
  long count();
}
