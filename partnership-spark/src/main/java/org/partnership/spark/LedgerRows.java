package org.partnership.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.model.Trait;
import org.partnership.text.IsoText;
import org.partnership.text.SafeText;

/**
 * Ledger records from the rows of a Spark table with the columns of the CSV ledger files
 * (docs/metrics.md, "Ledger files") and the same rules: required columns, ids not blank, not padded
 * and at most 200 characters, enums by constant name, instants and durations in ISO-8601 (a
 * fraction on the last time component allowed), plain decimals in [0, 1], {@code true}/{@code
 * false}, lists of ids separated by {@code ;}. A field may also be of Spark's own type (a
 * timestamp, a number, a boolean). Bad rows throw {@link IllegalArgumentException} naming the
 * table, the record and the field. Serializable, immutable: one per table, shipped to executors.
 */
final class LedgerRows implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest id or domain accepted, as in the CSV files. */
  static final int MAX_ID_LENGTH = 200;

  /** The three tables of a ledger and their columns. */
  enum Table {
    DECISIONS(
        "decisions",
        decisionColumns(),
        List.of("decision_id", "domain", "owner_role_id", "style", "raised_at")),
    TIME(
        "time",
        List.of("person_id", "kind", "phase", "start", "duration"),
        List.of("person_id", "kind", "phase", "start", "duration")),
    RECOGNITIONS(
        "recognitions",
        List.of("from_person_id", "to_person_id", "domain", "at"),
        List.of("from_person_id", "to_person_id", "domain", "at"));

    final String file;
    final List<String> columns;
    final List<String> required;

    Table(String file, List<String> columns, List<String> required) {
      this.file = file;
      this.columns = columns;
      this.required = required;
    }
  }

  private static final Trait[] TRAITS = Trait.values();

  private static List<String> decisionColumns() {
    List<String> c =
        new ArrayList<>(
            List.of(
                "decision_id",
                "domain",
                "owner_role_id",
                "style",
                "raised_at",
                "decided_by",
                "decided_at",
                "due_at",
                "outcome",
                "participants",
                "accountable",
                "stakeholders"));
    for (Trait t : Trait.values()) {
      c.add(snakeCase(DecisionTraits.nameOf(t)));
    }
    c.addAll(List.of("mandate", "confidential", "consistency_critical", "time_available"));
    return List.copyOf(c);
  }

  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private final Table table;

  /** For each column of the table, its index in the rows' schema, or -1 when absent. */
  private final int[] index;

  /** The key column's index, or -1 when every row belongs to one group. */
  private final int key;

  private LedgerRows(Table table, int[] index, int key) {
    this.table = table;
    this.index = index;
    this.key = key;
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
    return new LedgerRows(table, index, key);
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
      switch (table) {
        case DECISIONS:
          return decision(row);
        case TIME:
          return TimeEntry.of(
              id(row, 0),
              enumValue(row, 1, ActivityKind.values()),
              enumValue(row, 2, Phase.values()),
              instant(row, 3),
              duration(row, 4));
        default:
          return Recognition.of(id(row, 0), id(row, 1), Domain.of(id(row, 2)), instant(row, 3));
      }
    } catch (FieldProblem e) {
      throw new IllegalArgumentException(table.file + ": " + which(row) + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          table.file + ": " + which(row) + ": " + SafeText.escape(String.valueOf(e.getMessage())),
          e);
    }
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

  private DecisionRecord decision(Row row) {
    DecisionRecord.Builder d = DecisionRecord.builder();
    d.decisionId(text(row, 0, true));
    d.domain(Domain.of(id(row, 1)));
    d.ownerRoleId(id(row, 2));
    d.style(enumValue(row, 3, Style.values()));
    d.raisedAt(instant(row, 4));
    if (present(row, 5)) {
      d.decidedBy(id(row, 5));
    }
    if (present(row, 6)) {
      d.decidedAt(instant(row, 6));
    }
    if (present(row, 7)) {
      d.dueAt(instant(row, 7));
    }
    if (present(row, 8)) {
      d.outcome(unit(row, 8));
    }
    ids(row, 9, d::addParticipants);
    ids(row, 10, d::addAccountable);
    ids(row, 11, d::addStakeholders);
    DecisionTraits.Builder traits = null;
    int c = 12;
    for (Trait trait : TRAITS) {
      if (present(row, c)) {
        traits = traits == null ? DecisionTraits.builder() : traits;
        traits.value(trait, unit(row, c));
      }
      c++;
    }
    if (present(row, c)) {
      traits = traits == null ? DecisionTraits.builder() : traits;
      traits.mandate(enumValue(row, c, Mandate.values()));
    }
    if (present(row, c + 1)) {
      traits = traits == null ? DecisionTraits.builder() : traits;
      traits.confidential(bool(row, c + 1));
    }
    if (present(row, c + 2)) {
      traits = traits == null ? DecisionTraits.builder() : traits;
      traits.consistencyCritical(bool(row, c + 2));
    }
    if (present(row, c + 3)) {
      traits = traits == null ? DecisionTraits.builder() : traits;
      traits.timeAvailable(duration(row, c + 3));
    }
    if (traits != null) {
      d.traits(traits.build());
    }
    return d.build();
  }

  /** A field's problem, named by its column. */
  private static final class FieldProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FieldProblem(String column, String problem) {
      super(column + ": " + problem, null, false, false);
    }
  }

  private boolean present(Row row, int column) {
    int i = index[column];
    if (i < 0 || row.isNullAt(i)) {
      return false;
    }
    Object v = row.get(i);
    return !(v instanceof String) || !((String) v).isEmpty();
  }

  private String name(int column) {
    return table.columns.get(column);
  }

  private String text(Row row, int column, boolean required) {
    if (!present(row, column)) {
      if (required) {
        throw new FieldProblem(name(column), "required, was empty");
      }
      return null;
    }
    String text = row.get(index[column]).toString();
    if (text.indexOf('\uFFFD') >= 0) {
      throw new FieldProblem(name(column), "is not valid UTF-8");
    }
    return text;
  }

  private String id(Row row, int column) {
    return checkId(name(column), text(row, column, true));
  }

  private static String checkId(String column, String id) {
    if (!plainId(id)) {
      throw new FieldProblem(
          column,
          "an id must not be blank, padded, longer than "
              + MAX_ID_LENGTH
              + " characters or hold control characters, was \""
              + SafeText.escape(truncate(id))
              + "\"");
    }
    return id;
  }

  /** Not blank, not padded, at most {@link #MAX_ID_LENGTH} characters, no control characters. */
  private static boolean plainId(String id) {
    int n = id.length();
    if (n == 0
        || n > MAX_ID_LENGTH
        || Character.isWhitespace(id.charAt(0))
        || Character.isWhitespace(id.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (Character.isISOControl(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void ids(Row row, int column, Consumer<String> add) {
    String field = text(row, column, false);
    if (field == null) {
      return;
    }
    int start = 0;
    while (true) {
      int end = field.indexOf(';', start);
      String id = end < 0 ? field.substring(start) : field.substring(start, end);
      if (!id.isEmpty()) {
        add.accept(checkId(name(column), id));
      }
      if (end < 0) {
        return;
      }
      start = end + 1;
    }
  }

  private <E extends Enum<E>> E enumValue(Row row, int column, E[] values) {
    String text = text(row, column, true);
    for (E e : values) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new FieldProblem(
        name(column),
        "expected one of "
            + java.util.Arrays.toString(values)
            + ", was \""
            + SafeText.escape(truncate(text))
            + "\"");
  }

  private Instant instant(Row row, int column) {
    Object v = row.get(index[column]);
    if (v instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) v).toInstant();
    }
    if (v instanceof Instant) {
      return (Instant) v;
    }
    String text = text(row, column, true);
    Instant at = IsoText.instant(text);
    if (at == null) {
      throw new FieldProblem(
          name(column),
          "expected an ISO-8601 instant such as 2026-09-01T08:00:00Z, was \""
              + SafeText.escape(truncate(text))
              + "\"");
    }
    return at;
  }

  private double unit(Row row, int column) {
    Object v = row.get(index[column]);
    double d;
    if (v instanceof Number) {
      d = ((Number) v).doubleValue();
    } else {
      String text = text(row, column, true);
      d = IsoText.plainDecimal(text);
      if (Double.isNaN(d)) {
        throw new FieldProblem(
            name(column),
            "expected a plain decimal number in [0, 1], was \""
                + SafeText.escape(truncate(text))
                + "\"");
      }
    }
    if (!(d >= 0 && d <= 1)) {
      throw new FieldProblem(name(column), "must be in [0, 1], was " + d);
    }
    return d;
  }

  private boolean bool(Row row, int column) {
    Object v = row.get(index[column]);
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    String text = text(row, column, true);
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw new FieldProblem(
        name(column), "expected true or false, was \"" + SafeText.escape(truncate(text)) + "\"");
  }

  private Duration duration(Row row, int column) {
    String text = text(row, column, true);
    Duration d = IsoText.duration(text);
    if (d == null) {
      throw new FieldProblem(
          name(column),
          "expected an ISO-8601 duration such as PT1H30M, was \""
              + SafeText.escape(truncate(text))
              + "\"");
    }
    return d;
  }
}
