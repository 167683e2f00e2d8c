package org.partnership.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.partnership.ledger.LedgerRecord;

/** Reads the key and the record of a row of one kind of ledger table. Serializable, immutable. */
interface RowReader extends Serializable {

  /** The key of a row: its key column's text, or "" when there is no key column. */
  String key(Row row);

  /**
   * The record of a row, or null for a row that holds none (a blank line).
   *
   * @throws IllegalArgumentException naming where the row is and what is wrong with it
   */
  @Nullable LedgerRecord record(Row row);

  /**
   * The text of a row's key column at {@code key}, or "" when {@code key} is -1 (no key column).
   *
   * @throws IllegalArgumentException with {@code noKey} when the row's key is empty
   */
  static String keyOf(Row row, int key, String noKey) {
    if (key < 0) {
      return "";
    }
    Object v = row.get(key);
    if (v == null || v.toString().isEmpty()) {
      throw new IllegalArgumentException(noKey);
    }
    return v.toString();
  }
}
