package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.partnership.jackson.internal.LedgerColumns;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;

/**
 * The three record types of a ledger, each with its CSV file name and columns. The README and
 * {@code docs/metrics.md} document every column.
 */
public enum LedgerRecordType {
  /** {@link DecisionRecord}s: {@code decisions.csv}. */
  DECISION("decisions.csv", LedgerColumns.DECISION),
  /** {@link TimeEntry}s: {@code time.csv}. */
  TIME("time.csv", LedgerColumns.TIME),
  /** {@link Recognition}s: {@code recognitions.csv}. */
  RECOGNITION("recognitions.csv", LedgerColumns.RECOGNITION);

  private final String fileName;
  private final List<String> required;
  private final List<String> columns;

  LedgerRecordType(String fileName, LedgerColumns.Table<?, ?> table) {
    this.fileName = fileName;
    this.required = table.requiredNames();
    this.columns = table.names();
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
