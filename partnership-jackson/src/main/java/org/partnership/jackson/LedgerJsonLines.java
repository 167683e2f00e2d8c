package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.partnership.jackson.internal.LedgerJson;
import org.partnership.ledger.LedgerRecord;

/**
 * Ledgers as JSON Lines: UTF-8, one JSON object per line, every record type in one file, told apart
 * by {@code "type"}: {@code "decision"}, {@code "time"} or {@code "recognition"}. The other fields
 * are the record's attributes by their Java names ({@code decisionId}, {@code raisedAt}, {@code
 * personId}, …), lists as JSON arrays, traits as a nested object as in decision documents. Unknown
 * fields are errors; blank lines are skipped; a byte order mark is ignored. A line may have at most
 * 1 MiB characters (longer lines are rejected, and a file without a line end within 64 MiB is given
 * up); bytes that are not UTF-8 reject their line.
 *
 * <p>Reading streams line by line. In {@link ReadMode#STRICT} the first bad line stops the read
 * with a {@link DocumentException} ({@code file:line:column path: problem}); in {@link
 * ReadMode#LENIENT} bad lines are skipped, counted and the first ones listed; either way {@code
 * read = accepted + rejected}.
 *
 * <p>Thread-safe: every call works on its own reader or writer.
 */
public final class LedgerJsonLines {

  private LedgerJsonLines() {}

  /**
   * Reads a JSON Lines file, handing each accepted record to {@code sink}.
   *
   * @throws NullPointerException if an argument is null
   * @throws DocumentException (strict) for the first bad line
   * @throws IOException if the file cannot be read
   */
  public static LedgerReadReport read(Path file, ReadMode mode, Consumer<? super LedgerRecord> sink)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(mode, "mode");
    requireNonNull(sink, "sink");
    try (Reader reader = Ledgers.utf8(file)) {
      return read(reader, file.toString(), mode, sink);
    }
  }

  /**
   * Reads JSON Lines text, handing each accepted record to {@code sink}; the reader is not closed.
   *
   * @param source the name errors give for the text
   * @throws NullPointerException if an argument is null
   * @throws DocumentException (strict) for the first bad line
   * @throws IOException if reading fails
   */
  public static LedgerReadReport read(
      Reader reader, String source, ReadMode mode, Consumer<? super LedgerRecord> sink)
      throws IOException {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    requireNonNull(mode, "mode");
    requireNonNull(sink, "sink");
    LedgerJson.Counts counts =
        LedgerJson.read(reader, source, mode, sink, LedgerReadReport.MAX_PROBLEMS);
    return new LedgerReadReport(source, counts.accepted, counts.rejected, counts.problems);
  }

  /**
   * Reads one line of JSON Lines: a record taken from a message queue, a database column, or a line
   * that a distributed reader split off its file. The rules are those of {@link #read(Reader,
   * String, ReadMode, Consumer)}, for a line on its own: the line holds no line end, at most 1 MiB
   * characters, no replacement character U+FFFD (which decoders put for bytes that are not UTF-8),
   * and is not blank; a byte order mark is not removed.
   *
   * @param line the line, without its line end
   * @param source the name errors give for the line's source (a file, a topic)
   * @param number the line's 1-based number in its source, or 0 if unknown
   * @return the record
   * @throws NullPointerException if {@code line} or {@code source} is null
   * @throws IllegalArgumentException if {@code number} is negative
   * @throws DocumentException ({@code source:number:column path: problem}) if the line is not one
   *     good record
   */
  public static LedgerRecord readLine(String line, String source, int number) {
    requireNonNull(line, "line");
    requireNonNull(source, "source");
    if (number < 0) {
      throw new IllegalArgumentException("number must be 0 or more, was " + number);
    }
    if (line.length() > LedgerJson.MAX_LINE) {
      throw new DocumentException(
          source,
          number,
          1,
          "$",
          "line too long: over " + LedgerJson.MAX_LINE + " characters",
          null);
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uFFFD') {
        throw new DocumentException(source, number, i + 1, "$", "not valid UTF-8", null);
      }
      if (c == '\n') {
        throw new DocumentException(source, number, i + 1, "$", "a line holds no line end", null);
      }
    }
    if (line.isBlank()) {
      throw new DocumentException(source, number, 1, "$", "a blank line holds no record", null);
    }
    return LedgerJson.parse(line, source, number);
  }

  /**
   * A writer of JSON Lines; closing it closes {@code writer}.
   *
   * @throws NullPointerException if {@code writer} is null
   */
  public static LedgerWriter writer(Writer writer) {
    requireNonNull(writer, "writer");
    return new LedgerWriter() {
      private long count;

      @Override
      public void write(LedgerRecord record) throws IOException {
        LedgerJson.write(writer, requireNonNull(record, "record"));
        count++;
      }

      @Override
      public long count() {
        return count;
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }
}
