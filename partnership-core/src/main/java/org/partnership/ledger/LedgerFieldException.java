package org.partnership.ledger;

import static java.util.Objects.requireNonNull;

/**
 * A field of a ledger row that cannot be read: its column and what is wrong, in words that quote
 * the field escaped ({@link org.partnership.text.SafeText#escape}) and shortened to 80 characters.
 * The column is {@code $} for a row whose fields are each fine but which breaks a rule of its
 * record (a decision decided before it was raised). Cheap to throw: it carries no stack trace, so a
 * reader that skips bad rows pays little for them.
 */
public final class LedgerFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The column of a problem with the row as a whole. */
  public static final String ROW = "$";

  private final String column;
  private final String problem;

  /**
   * A problem with a field.
   *
   * @throws NullPointerException if an argument is null
   */
  public LedgerFieldException(String column, String problem) {
    super(requireNonNull(column, "column") + ": " + requireNonNull(problem, "problem"));
    this.column = column;
    this.problem = problem;
  }

  /** The column's name, or {@value #ROW} for the row as a whole. */
  public String column() {
    return column;
  }

  /** What is wrong, without the column's name. */
  public String problem() {
    return problem;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // thrown per bad row: no stack trace
  }
}
