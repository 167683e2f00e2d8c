package org.partnership.spark;

import java.io.Serializable;
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
final class LedgerRows implements Serializable {

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

  private LedgerRows(Table table, int[] index, int key, boolean[] array) {
    this.table = table;
    this.index = index;
    this.key = key;
    this.array = array;
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
    return new LedgerRows(table, index, key, array);
  }

  /** The key of a row: the key column's text, or "" when there is no key column. */
  String key(Row row) {
    if (key < 0) {
      return "";
    }
    Object v = row.get(key);
    if (v == null || v.toString().isEmpty()) {
      throw new IllegalArgumentException(table.file + ": a row has no key");
    }
    return v.toString();
  }

  /**
   * The record of a row.
   *
   * @throws IllegalArgumentException naming the table, the record and the field for a bad row
   */
  LedgerRecord record(Row row) {
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
    Object first = index[0] < 0 ? null : row.get(index[0]);
    String id = first == null ? "(none)" : SafeText.escape(truncate(first.toString()));
    return (key < 0 ? "" : "key " + SafeText.escape(truncate(String.valueOf(row.get(key)))) + ", ")
        + "row with "
        + table.columns.get(0)
        + " "
        + id;
  }

  private static String truncate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
