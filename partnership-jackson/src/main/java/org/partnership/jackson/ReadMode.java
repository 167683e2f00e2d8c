package org.partnership.jackson;

/** What a ledger reader does with a bad row or line. */
public enum ReadMode {
  /** Stop at the first bad row with a {@link DocumentException} naming file, line and field. */
  STRICT,
  /** Skip bad rows, count them, and list the first ones in the {@link LedgerReadReport}. */
  LENIENT
}
