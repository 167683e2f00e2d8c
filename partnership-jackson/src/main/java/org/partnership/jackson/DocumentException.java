package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import org.partnership.text.SafeText;

/**
 * A document that could not be read: its source, the line and column of the problem (1-based; 0
 * when unknown), the path of the bad field in the document ({@code roles[3].reportsTo}, or {@code
 * $} for the whole document) and what was wrong.
 *
 * <p>The message has the form {@code source:line:column path: problem}, for example {@code
 * district.json:7:12 people[2].competences.budget: must be in [0, 1], was 1.5}.
 */
public final class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * A document error.
   *
   * @param source the file name or other description of the document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path the path of the bad field, {@code $} for the whole document
   * @param problem what was wrong
   * @param cause the underlying exception, or null
   * @throws NullPointerException if {@code source}, {@code path} or {@code problem} is null
   */
  public DocumentException(
      String source, int line, int column, String path, String problem, Throwable cause) {
    super(
        SafeText.escape(requireNonNull(source, "source"))
            + ":"
            + line
            + ":"
            + column
            + " "
            + SafeText.escape(requireNonNull(path, "path"))
            + ": "
            + SafeText.escape(requireNonNull(problem, "problem")),
        cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  /** The file name or other description of the document. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 if unknown. */
  public int column() {
    return column;
  }

  /** The path of the bad field, such as {@code roles[3].reportsTo}; {@code $} for the whole. */
  public String path() {
    return path;
  }

  /** What was wrong, without the location. */
  public String problem() {
    return problem;
  }
}
