package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.LedgerTable;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;

/**
 * The three record types of a ledger, each with its CSV file name and its {@link LedgerTable} of
 * columns — the same table every reader of ledgers uses. The README and {@code docs/metrics.md}
 * document every column.
 */
public enum LedgerRecordType {
  /** {@link DecisionRecord}s: {@code decisions.csv}. */
  DECISION("decisions.csv", LedgerTable.DECISIONS),
  /** {@link TimeEntry}s: {@code time.csv}. */
  TIME("time.csv", LedgerTable.TIME),
  /** {@link Recognition}s: {@code recognitions.csv}. */
  RECOGNITION("recognitions.csv", LedgerTable.RECOGNITIONS);

  private final String fileName;
  private final List<String> required;
  private final List<String> columns;
  private final LedgerTable<?> table;

  LedgerRecordType(String fileName, LedgerTable<?> table) {
    this.fileName = fileName;
    this.table = table;
    this.required = table.requiredColumns();
    this.columns = table.columns();
  }

  /** The column table the files of this type are read and written with (shared with Spark). */
  public LedgerTable<?> table() {
    return table;
  }

  /** The conventional CSV file name, e.g. {@code decisions.csv}. */
  public String fileName() {
    return fileName;
  }

  /** Every column, in the order writers use. */
  public List<String> columns() {
    return columns;
  }

  /** The columns a CSV header must have. */
  public List<String> requiredColumns() {
    return required;
  }

  /**
   * The type of a record.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public static LedgerRecordType of(LedgerRecord record) {
    requireNonNull(record, "record");
    if (record instanceof DecisionRecord) {
      return DECISION;
    }
    return record instanceof TimeEntry ? TIME : RECOGNITION;
  }
}
