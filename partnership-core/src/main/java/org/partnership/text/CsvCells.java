package org.partnership.text;

/**
 * CSV cells that a spreadsheet cannot run as formulas (OWASP, "CSV Injection"): a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — or with the quote
 * this scheme adds — is written with a leading {@code '}, which reading removes again, so every
 * text round-trips. The CSV ledger files (written and read by {@code partnership-jackson}, read by
 * {@code partnership-spark}) and the command line's CSV outputs use it for every text cell; numbers
 * the library writes are written as numbers.
 *
 * <p>Thread-safe: stateless.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * The cell as written: a leading {@code '} before a character a spreadsheet would act on.
   *
   * @throws NullPointerException if {@code cell} is null
   */
  public static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky =
        c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    return risky ? "'" + cell : cell;
  }

  /**
   * The text of a cell written by {@link #neutralize}.
   *
   * @throws NullPointerException if {@code cell} is null
   */
  public static String read(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' ? cell.substring(1) : cell;
  }
}
