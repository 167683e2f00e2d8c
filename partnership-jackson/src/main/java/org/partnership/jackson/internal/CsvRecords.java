package org.partnership.jackson.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The rows of a ledger CSV, read by RFC 4180 with FastCSV: a comma between fields, a double quote
 * around a field that holds one, a comma or a line break, a doubled quote inside it; empty lines
 * skipped. One row at a time, its fields reused by the next: a row is read when {@link #next()}
 * returns, with its first line and each field's column for messages. Internal.
 *
 * <p>A quote left open would make FastCSV read the rest of the text into the field without a word;
 * so the text is read with an end mark after it, and a field that swallowed the mark is reported as
 * {@link Malformed}. At most {@value #MAX_ROW} characters a row (a longer one is malformed, and the
 * read cannot go on past it), at most {@link LedgerRows#MAX_FIELDS} + 1 fields kept (the count goes
 * on, so that a reader can say there are too many).
 */
public final class CsvRecords implements AutoCloseable {

  /** The most characters a row may hold. */
  public static final int MAX_ROW = 1 << 20;

  /** What follows the text: a row of its own, unless a quote left open swallows it. */
  private static final String END = "\n\u0000partnership:end\u0000";

  /** Malformed CSV at a line: a quote left open, text after a closing quote, a row too long. */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    Malformed(long line, String message, Throwable cause) {
      super(message, cause, false, false);
      this.line = line;
    }

    /** The line where the bad row starts. */
    public long line() {
      return line;
    }
  }

  private final Row handler = new Row();
  private final CsvReader<Row> reader;
  private final Iterator<Row> rows;

  /**
   * The row read when it was kept aside: a row that looked like the end mark, kept while the row
   * after it was parsed (into the handler, which holds one row at a time). Null otherwise.
   */
  private Row kept;

  /** Whether the handler holds a row parsed but not yet returned. */
  private boolean pending;

  /** Rows of the text of {@code reader}, which is not closed. */
  public CsvRecords(Reader reader) {
    this.reader =
        CsvReader.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .trimWhitespacesAroundQuotes(false)
            .detectBomHeader(false)
            .maxBufferSize(MAX_ROW)
            .build(handler, new Ended(reader));
    this.rows = this.reader.iterator();
  }

  /**
   * Reads the next row; false at the end of the text. A line of nothing but spaces and tabs is
   * skipped, as an empty one is.
   *
   * @throws Malformed for malformed CSV or text that cannot be read on (after which there is no
   *     next row)
   */
  public boolean next() {
    while (true) {
      boolean parsed = pending || parse();
      pending = false;
      kept = null;
      if (!parsed) {
        // Without the end mark: only a quote left open swallows it, and that row was reported.
        throw new Malformed(handler.line, MISSING_QUOTE, null);
      }
      if (handler.isEnd()) {
        // The end mark ends the text only when nothing follows it: a row of the text that
        // happens to look like it is a row like any other.
        Row row = handler.copy();
        if (!parse()) {
          return false;
        }
        pending = true;
        kept = row;
        return true;
      }
      if (handler.count == 1 && !handler.quoted && handler.fields[0].isBlank()) {
        continue;
      }
      int last = Math.min(handler.count, LedgerRows.MAX_FIELDS + 1) - 1;
      if (last >= 0 && handler.fields[last].endsWith(END)) {
        throw new Malformed(handler.line, MISSING_QUOTE, null);
      }
      return true;
    }
  }

  private static final String MISSING_QUOTE = "Missing closing quote for value";

  /** Parses the next row into the handler; false at the end. */
  private boolean parse() {
    try {
      if (!rows.hasNext()) {
        return false;
      }
      rows.next();
      return true;
    } catch (CsvParseException e) {
      Throwable t = e;
      while (t.getCause() instanceof CsvParseException) {
        t = t.getCause();
      }
      throw new Malformed(handler.line, String.valueOf(t.getMessage()), e);
    } catch (UncheckedIOException e) {
      // Reading failed: treated as the end of what can be read, as for malformed text.
      throw new Malformed(
          handler.line, "the text cannot be read on: " + e.getCause().getMessage(), e);
    }
  }

  private Row row() {
    return kept != null ? kept : handler;
  }

  /** The first line of the row. */
  public long line() {
    return row().line;
  }

  /** How many fields the row has (more than it keeps when over {@link LedgerRows#MAX_FIELDS}). */
  public int count() {
    return row().count;
  }

  /**
   * The fields kept: the first {@code min(count, MAX_FIELDS + 1)} are set; reused by the next row.
   */
  public String[] fields() {
    return row().fields;
  }

  /** The 1-based column of a kept field on its line (of its opening quote when quoted). */
  public int column(int field) {
    return row().columns[field];
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects one row's fields and their columns. */
  private static final class Row extends CsvCallbackHandler<Row> {
    String[] fields = new String[8];
    int[] columns = new int[8];
    int count;
    long line = 1;
    boolean quoted;
    private boolean empty;

    /** The column where the next field starts. */
    private int position;

    @Override
    protected RecordType getRecordType() {
      return empty ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
      return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      line = startingLineNumber;
      count = 0;
      quoted = false;
      empty = false;
      position = 1;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean isQuoted) {
      int column = position;
      if (count < LedgerRows.MAX_FIELDS + 1) {
        if (count == fields.length) {
          fields = Arrays.copyOf(fields, count * 2);
          columns = Arrays.copyOf(columns, count * 2);
        }
        fields[count] = new String(buf, offset, len);
        columns[count] = column;
      }
      count++;
      quoted = isQuoted;
      if (!isQuoted) {
        position += len + 1;
        return;
      }
      // The raw field: its quotes, each quote inside it doubled, perhaps line breaks.
      int quotes = 0;
      int lastBreak = -1;
      for (int i = offset; i < offset + len; i++) {
        char c = buf[i];
        if (c == '"') {
          quotes++;
        } else if (c == '\n' || c == '\r') {
          lastBreak = i;
          quotes = 0;
        }
      }
      position =
          lastBreak < 0 ? position + len + quotes + 3 : (offset + len - lastBreak - 1) + quotes + 3;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
      // No comments: CommentStrategy.NONE.
    }

    @Override
    protected void setEmpty() {
      empty = true;
    }

    @Override
    protected Row buildRecord() {
      return this;
    }

    /** Whether the row is the end mark's. */
    boolean isEnd() {
      return count == 1
          && !quoted
          && END.length() - 1 == fields[0].length()
          && END.endsWith(fields[0]);
    }

    /** A copy of the row. */
    Row copy() {
      Row r = new Row();
      int n = Math.min(count, LedgerRows.MAX_FIELDS + 1);
      r.fields = Arrays.copyOf(fields, Math.max(n, 1));
      r.columns = Arrays.copyOf(columns, Math.max(n, 1));
      r.count = count;
      r.line = line;
      r.quoted = quoted;
      return r;
    }
  }

  /** The text, then {@link #END}; closing it does not close the text's reader. */
  private static final class Ended extends Reader {
    private final Reader text;
    private int end = -1;

    Ended(Reader text) {
      this.text = text;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (end < 0) {
        int n = text.read(cbuf, off, len);
        if (n != -1) {
          return n;
        }
        end = 0;
      }
      if (end == END.length()) {
        return -1;
      }
      int n = Math.min(len, END.length() - end);
      END.getChars(end, end + n, cbuf, off);
      end += n;
      return n;
    }

    @Override
    public void close() {
      // The text's reader belongs to the caller.
    }
  }
}
