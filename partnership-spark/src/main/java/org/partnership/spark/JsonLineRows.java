package org.partnership.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.LedgerJsonLines;
import org.partnership.ledger.LedgerRecord;
import org.partnership.text.SafeText;

/**
 * Ledger records from the lines of the CLI's JSON Lines ({@code ledger.jsonl}: every record type in
 * one file, told apart by {@code "type"}), each line read by the library's own reader ({@link
 * LedgerJsonLines#readLine}) so that a line means on Spark what it means to the CLI. The rows are
 * Spark's text rows: the line ({@value #LINE}), the file it came from ({@value #FILE}) and the
 * partition columns of the directories (a key such as {@code tenant=acme/}). Serializable,
 * immutable.
 */
final class JsonLineRows implements RowReader {

  private static final long serialVersionUID = 1L;

  /** The column of the line's text. */
  static final String LINE = "value";

  /** The column of the line's file, added when the lines are read. */
  static final String FILE = "ledger_file";

  /** The name of the CLI's JSON Lines file in a ledger directory. */
  static final String NAME = "ledger.jsonl";

  private final int line;
  private final int file;
  private final int key;

  private JsonLineRows(int line, int file, int key) {
    this.line = line;
    this.file = file;
    this.key = key;
  }

  /**
   * The reader of lines with this schema.
   *
   * @throws IllegalArgumentException if the key column is named but missing, or a partition column
   *     is not the key
   */
  static JsonLineRows of(StructType schema, @Nullable String keyColumn) {
    return of(schema, keyColumn, List.of());
  }

  /**
   * The reader of lines with this schema, where these partition columns are carried along (as
   * {@code convert} does) rather than refused.
   */
  static JsonLineRows of(StructType schema, @Nullable String keyColumn, List<String> carried) {
    List<String> names = List.of(schema.fieldNames());
    TreeSet<String> others = new TreeSet<>(names);
    others.remove(LINE);
    others.remove(FILE);
    others.removeAll(carried);
    int key = -1;
    if (keyColumn != null) {
      key = names.indexOf(keyColumn);
      if (key < 0) {
        throw new IllegalArgumentException(
            NAME
                + ": no key column \""
                + SafeText.escape(keyColumn)
                + "\" (the key of JSON Lines records is a directory such as "
                + SafeText.escape(keyColumn)
                + "=acme/)");
      }
      others.remove(keyColumn);
    }
    if (!others.isEmpty()) {
      throw new IllegalArgumentException(
          NAME
              + ": unknown partition columns "
              + SafeText.escape(others.toString())
              + (keyColumn == null
                  ? " (no key column was named)"
                  : " (the key is " + keyColumn + ")"));
    }
    return new JsonLineRows(names.indexOf(LINE), names.indexOf(FILE), key);
  }

  @Override
  public String key(Row row) {
    return RowReader.keyOf(row, key, NAME + ": a line has no key");
  }

  /**
   * The record of a line, or null for a blank line (skipped, as the CLI skips it). A line end of
   * {@code \r\n} loses its {@code \r}; a byte order mark is dropped from the start of any line
   * (Spark does not tell a file's first line from the others).
   *
   * @throws IllegalArgumentException naming the file, the line's start, the column and the field
   */
  @Override
  public @Nullable LedgerRecord record(Row row) {
    String text = row.getString(line);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      return LedgerJsonLines.readLine(text, NAME, 0);
    } catch (DocumentException e) {
      throw new IllegalArgumentException(
          where(row)
              + ", the line "
              + SafeText.escape(text.length() > 60 ? text.substring(0, 60) + "…" : text)
              + ", column "
              + e.column()
              + ": "
              + SafeText.escape(e.path())
              + ": "
              + SafeText.escape(e.problem()),
          e);
    }
  }

  /** The file and key of a row. */
  private String where(Row row) {
    String f = file < 0 || row.isNullAt(file) ? NAME : row.getString(file);
    int slash = f.lastIndexOf('/');
    List<String> parts = new ArrayList<>();
    parts.add(SafeText.escape(slash >= 0 && slash < f.length() - 1 ? f.substring(slash + 1) : f));
    if (key >= 0) {
      parts.add("key " + SafeText.escape(String.valueOf(row.get(key))));
    }
    return String.join(", ", parts);
  }
}
