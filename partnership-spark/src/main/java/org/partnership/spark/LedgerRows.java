package org.partnership.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.partnership.ledger.LedgerFieldException;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.LedgerTable;
import org.partnership.text.SafeText;

/**
 * Ledger records from the rows of a Spark table, read by the ledger's one column table ({@link
 * LedgerTable}, shared with the CSV reader): the same columns, the same rules for every field, the
 * same messages. A field may also be of Spark's own type (a timestamp, a number, a boolean) where
 * the column takes one. Bad rows throw {@link IllegalArgumentException} naming the table, the
 * record and the field. Serializable, immutable: one per table, shipped to executors.
 */
final class LedgerRows implements RowReader {

  private static final long serialVersionUID = 1L;

  /** The three tables of a ledger and their columns. */
  enum Table {
    DECISIONS(LedgerTable.DECISIONS),
    TIME(LedgerTable.TIME),
    RECOGNITIONS(LedgerTable.RECOGNITIONS);

    final LedgerTable<?> ledgerTable;
    final String file;
    final List<String> columns;
    final List<String> required;

    Table(LedgerTable<?> table) {
      this.ledgerTable = table;
      this.file = table.name();
      this.columns = table.columns();
      this.required = table.requiredColumns();
    }
  }

  private final Table table;

  /** For each column of the table, its index in the rows' schema, or -1 when absent. */
  private final int[] index;

  /** The key column's index, or -1 when every row belongs to one group. */
  private final int key;

  /** For each column of the table, whether the schema holds it as an array (a list of ids). */
  private final boolean[] array;

  /**
   * The column where Spark's CSV reader puts the text of a row it could not split into the header's
   * columns (more fields than the header); the CLI refuses such a row.
   */
  static final String MALFORMED = "_partnership_malformed_row";

  /** The malformed-row column's index, or -1 when the schema has none. */
  private final int malformed;

  /** How many of the table's columns the rows' header has (for the malformed-row message). */
  private final int width;

  /** The metadata key of the malformed-row column that holds the header's number of fields. */
  static final String WIDTH = "header_fields";

  private LedgerRows(Table table, int[] index, int key, boolean[] array, int malformed, int width) {
    this.table = table;
    this.index = index;
    this.key = key;
    this.array = array;
    this.malformed = malformed;
    this.width = width;
  }

  /** The header's number of fields, kept with the malformed-row column of a schema. */
  private static int width(StructType schema, int malformed) {
    return malformed < 0 ? 0 : (int) schema.fields()[malformed].metadata().getLong(WIDTH);
  }

  /**
   * The rows of a table without the malformed-row column, each row with more fields than the header
   * refused as the row reader refuses it: what {@code convert} writes.
   */
  static org.apache.spark.sql.Dataset<Row> checked(
      org.apache.spark.sql.Dataset<Row> rows, Table table) {
    List<String> names = List.of(rows.columns());
    int malformed = names.indexOf(MALFORMED);
    if (malformed < 0) {
      return rows;
    }
    int width = width(rows.schema(), malformed);
    int first = names.indexOf(table.columns.get(0));
    return rows.filter(
            (org.apache.spark.api.java.function.FilterFunction<Row>)
                row -> {
                  String extra = extraFields(row, malformed, width);
                  if (extra != null) {
                    throw new IllegalArgumentException(
                        table.file + ": " + which(table, row, first, -1) + ": $: " + extra);
                  }
                  return true;
                })
        .drop(MALFORMED);
  }

  /**
   * The reader of a table with this schema; the key column, if named, must be in it.
   *
   * @throws IllegalArgumentException if a required column is missing, a column is not one of the
   *     table's, or the key column is missing
   */
  static LedgerRows of(Table table, StructType schema, String keyColumn) {
    Map<String, Integer> positions = new HashMap<>();
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      positions.put(names[i], i);
    }
    Integer bad = positions.remove(MALFORMED);
    int malformed = bad == null ? -1 : bad;
    int key = -1;
    if (keyColumn != null) {
      Integer k = positions.remove(keyColumn);
      if (k == null) {
        throw new IllegalArgumentException(
            table.file + ": no key column \"" + SafeText.escape(keyColumn) + "\"");
      }
      key = k;
    }
    int[] index = new int[table.columns.size()];
    for (int c = 0; c < index.length; c++) {
      Integer i = positions.remove(table.columns.get(c));
      index[c] = i == null ? -1 : i;
    }
    for (String required : table.required) {
      if (index[table.columns.indexOf(required)] < 0) {
        throw new IllegalArgumentException(
            table.file + ": the required column " + required + " is missing");
      }
    }
    if (!positions.isEmpty()) {
      throw new IllegalArgumentException(
          table.file
              + ": unknown columns "
              + SafeText.escape(new java.util.TreeSet<>(positions.keySet()).toString())
              + " (known: "
              + table.columns
              + (keyColumn == null ? "" : " and the key " + keyColumn)
              + ")");
    }
    boolean[] array = new boolean[index.length];
    for (int c = 0; c < index.length; c++) {
      array[c] =
          index[c] >= 0
              && schema.fields()[index[c]].dataType()
                  instanceof org.apache.spark.sql.types.ArrayType;
    }
    return new LedgerRows(table, index, key, array, malformed, width(schema, malformed));
  }

  @Override
  public String key(Row row) {
    return RowReader.keyOf(row, key, table.file + ": a row has no key");
  }

  /**
   * The record of a row.
   *
   * @throws IllegalArgumentException naming the table, the record and the field for a bad row
   */
  @Override
  public LedgerRecord record(Row row) {
    String extra = extraFields(row, malformed, width);
    if (extra != null) {
      throw new IllegalArgumentException(table.file + ": " + which(row) + ": $: " + extra);
    }
    try {
      return table.ledgerTable.read(column -> field(row, column));
    } catch (LedgerFieldException e) {
      // Its message quotes the field escaped already.
      throw new IllegalArgumentException(table.file + ": " + which(row) + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          table.file + ": " + which(row) + ": " + SafeText.escape(String.valueOf(e.getMessage())),
          e);
    }
  }

  /** A column's field as the table reads it: absent, text, or a typed value. */
  private @Nullable Object field(Row row, int column) {
    int i = index[column];
    if (i < 0 || row.isNullAt(i)) {
      return null;
    }
    if (array[column]) {
      return row.getList(i); // a list of ids, each element one id
    }
    Object v = row.get(i);
    return v instanceof java.sql.Timestamp ? ((java.sql.Timestamp) v).toInstant() : v;
  }

  /** Names the row in a message: its key and first field. */
  private String which(Row row) {
    return which(table, row, index[0], key);
  }

  /** Names a row by its key (at {@code key}, unless -1) and first field (at {@code first}). */
  private static String which(Table table, Row row, int first, int key) {
    Object id = first < 0 ? null : row.get(first);
    return (key < 0 ? "" : "key " + SafeText.escape(truncate(String.valueOf(row.get(key)))) + ", ")
        + "row with "
        + table.columns.get(0)
        + " "
        + (id == null ? "(none)" : SafeText.escape(truncate(id.toString())));
  }

  /**
   * What is wrong with a row that has more fields than its header, or null. Spark marks a row with
   * fewer fields too (its missing fields are null, absent as to the CLI); only more are refused.
   */
  private static @Nullable String extraFields(Row row, int malformed, int width) {
    int fields = malformed < 0 || row.isNullAt(malformed) ? 0 : fieldsOf(row.getString(malformed));
    return fields > width ? "the row has " + fields + " fields, the header " + width : null;
  }

  /** The fields of a CSV row's text: its separators outside quotes, plus one. */
  static int fieldsOf(String text) {
    int fields = 1;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields++;
      }
    }
    return fields;
  }

  private static String truncate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
