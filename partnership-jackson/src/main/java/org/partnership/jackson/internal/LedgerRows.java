package org.partnership.jackson.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.ledger.LedgerFieldException;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.LedgerTable;
import org.partnership.model.Domain;
import org.partnership.text.CsvCells;

/** Ledger records as rows of text fields (CSV): parsing with field-level errors, and formatting. */
public final class LedgerRows {

  /** The most fields a row may have (a record type has at most 28 columns). */
  public static final int MAX_FIELDS = 64;

  /** The separator of id lists inside one field. */
  public static final char LIST_SEPARATOR = LedgerTable.LIST_SEPARATOR;

  private LedgerRows() {}

  /** A bad field: its column and what is wrong. Cheap to throw (no stack trace). */
  public static final class FieldProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String column;

    public FieldProblem(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }

    /** The column, or {@code $} for the row as a whole. */
    public String column() {
      return column;
    }
  }

  /**
   * Where each column of a record type sits in a file's header, and the ids and domains seen so
   * far: a ledger names the same people, roles and domains over and over, so records of one file
   * share one string (and one {@link Domain}) per id — less memory, and equal ids compare by
   * reference. At most {@value #SHARED_LIMIT} are kept; further ids are used as read.
   */
  public static final class Columns {
    static final int SHARED_LIMIT = 1 << 16;

    private final LedgerRecordType type;
    private final LedgerTable<?> table;
    private final int[] index;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();

    String id(String text) {
      String shared = ids.get(text);
      if (shared != null) {
        return shared;
      }
      if (ids.size() < SHARED_LIMIT) {
        ids.put(text, text);
      }
      return text;
    }

    Domain domain(String text) {
      Domain shared = domains.get(text);
      if (shared != null) {
        return shared;
      }
      Domain d = Domain.of(text);
      if (domains.size() < SHARED_LIMIT) {
        domains.put(text, d);
      }
      return d;
    }

    private Columns(LedgerRecordType type, int[] index) {
      this.type = type;
      this.table = type.table();
      this.index = index;
    }

    /**
     * The columns of a header.
     *
     * @throws FieldProblem naming an unknown, duplicate or missing column
     */
    public static Columns of(LedgerRecordType type, List<String> header) {
      List<String> known = type.columns();
      int[] index = new int[known.size()];
      Arrays.fill(index, -1);
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).strip();
        int k = known.indexOf(name);
        if (k < 0) {
          throw new FieldProblem(
              name, "unknown column for " + type.fileName() + "; the columns are " + known);
        }
        if (index[k] >= 0) {
          throw new FieldProblem(name, "duplicate column");
        }
        index[k] = i;
      }
      for (String required : type.requiredColumns()) {
        if (index[known.indexOf(required)] < 0) {
          throw new FieldProblem(required, "required column is missing from the header");
        }
      }
      return new Columns(type, index);
    }

    /** The position of a column in a row, or -1 when the header does not have it. */
    public int position(int column) {
      return index[column];
    }

    /** The column's name. */
    public String name(int column) {
      return type.columns().get(column);
    }
  }

  /** The fields of one row, by column: what the {@link LedgerTable} reads a record from. */
  static final class Fields implements LedgerTable.Fields {
    private final String[] row;
    private final int count;
    private final Columns columns;

    Fields(String[] row, int count, Columns columns) {
      this.row = row;
      this.count = count;
      this.columns = columns;
    }

    /** The column's field, unescaped; empty when the header or the row does not have it. */
    @Override
    public String get(int column) {
      int i = columns.index[column];
      if (i < 0 || i >= count) {
        return "";
      }
      String v = row[i];
      if (v.indexOf('\uFFFD') >= 0) {
        throw new FieldProblem(columns.name(column), "is not valid UTF-8");
      }
      return CsvCells.read(v);
    }

    @Override
    public String id(String id) {
      return columns.id(id);
    }

    @Override
    public Domain domain(String name) {
      return columns.domain(name);
    }
  }

  /**
   * A record from the first {@code count} fields of a row.
   *
   * @throws FieldProblem for a bad field (its column) or a record that breaks a rule ({@code $})
   */
  public static LedgerRecord read(String[] row, int count, Columns c) {
    try {
      return c.table.read(new Fields(row, count, c));
    } catch (LedgerFieldException e) {
      throw new FieldProblem(e.column(), e.problem());
    } catch (IllegalArgumentException e) {
      throw new FieldProblem("$", e.getMessage());
    }
  }

  /**
   * The fields of a record in the order of its type's {@link LedgerRecordType#columns()}; empty
   * strings for absent values.
   *
   * @throws IllegalArgumentException if an id in a list contains the list separator
   */
  public static String[] format(LedgerRecord record) {
    String[] fields = unescaped(record);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = CsvCells.neutralize(fields[i]);
    }
    return fields;
  }

  private static String[] unescaped(LedgerRecord record) {
    return LedgerRecordType.of(record).table().write(record);
  }
}
