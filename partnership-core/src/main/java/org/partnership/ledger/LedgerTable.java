package org.partnership.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
 * The columns of one kind of ledger table — decisions, time entries, recognitions — and how a row
 * of fields becomes a record and a record a row of fields: the one definition every reader and
 * writer of ledgers uses (CSV and JSON Lines files, Spark tables, a database), so that a column
 * added here is read the same way everywhere.
 *
 * <p>The rules of a field, whatever carries it: ids not blank, not padded, at most 200 characters,
 * no control characters; enums by constant name; instants and durations in ISO-8601 (a fraction on
 * the last time component allowed) or, from a typed source, an {@link Instant}; decimals in [0, 1]
 * written plainly or, typed, a {@link Number}; {@code true}/{@code false} or a {@link Boolean};
 * lists of ids separated by {@code ;} or, typed, a {@link java.util.List} of ids. An empty field is
 * an absent value; a required column may not be absent. The columns and their meaning are
 * documented in {@code docs/metrics.md}, "Ledger files".
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record type
 */
public final class LedgerTable<R extends LedgerRecord> {

  /**
   * The fields of one row, by column index (the index into {@link #columns()}), as a reader gives
   * them. Not thread-safe in general; used by one read at a time.
   */
  public interface Fields {
    /**
     * The field of a column: null or an empty string when absent; otherwise a {@link String}, or
     * for a typed source an {@link Instant}, a {@link Number}, a {@link Boolean} or, for a list of
     * ids, an {@link Iterable} of ids, where the column takes one (any other object is read as its
     * {@code toString()}).
     *
     * @throws LedgerFieldException if the field cannot be given (for instance, bytes that are not
     *     UTF-8)
     */
    @Nullable Object get(int column);

    /**
     * The id to use for an id read from a field: the same string for equal ids lets a reader share
     * one copy per id across its records. The default returns the id itself.
     */
    default String id(String id) {
      return id;
    }

    /** The domain of a name read from a field; the default makes a new one. */
    default Domain domain(String name) {
      return Domain.of(name);
    }
  }

  /** Sets a column's value, from a present field, on a record being assembled. */
  @FunctionalInterface
  private interface FieldReader<A> {
    void read(A assembly, String column, Object field, Fields fields);
  }

  private record Column<A, R>(
      String name,
      boolean required,
      FieldReader<A> reader,
      Function<R, String> writer,
      @Nullable Function<R, Collection<String>> ids) {}

  /** The longest id or domain name a field may hold. */
  public static final int MAX_ID_LENGTH = 200;

  /** The separator of id lists inside one field. */
  public static final char LIST_SEPARATOR = ';';

  private static final ActivityKind[] KINDS = ActivityKind.values();
  private static final Phase[] PHASES = Phase.values();
  private static final Style[] STYLES = Style.values();
  private static final Mandate[] MANDATES = Mandate.values();

  /** {@code time}: {@link TimeEntry}s. */
  public static final LedgerTable<TimeEntry> TIME =
      new LedgerTable<TimeEntry>(
          "time",
          TimeEntry.class,
          TimeEntry::builder,
          TimeEntry.Builder::build,
          List.of(
              required("person_id", (b, n, v, f) -> b.personId(id(n, v, f)), TimeEntry::personId),
              required(
                  "kind", (b, n, v, f) -> b.kind(enumValue(n, v, KINDS)), t -> t.kind().name()),
              required(
                  "phase", (b, n, v, f) -> b.phase(enumValue(n, v, PHASES)), t -> t.phase().name()),
              required("start", (b, n, v, f) -> b.start(instant(n, v)), t -> t.start().toString()),
              required(
                  "duration",
                  (b, n, v, f) -> b.duration(duration(n, v)),
                  t -> t.duration().toString())));

  /** {@code recognitions}: {@link Recognition}s. */
  public static final LedgerTable<Recognition> RECOGNITIONS =
      new LedgerTable<Recognition>(
          "recognitions",
          Recognition.class,
          Recognition::builder,
          Recognition.Builder::build,
          List.of(
              required(
                  "from_person_id",
                  (b, n, v, f) -> b.fromPersonId(id(n, v, f)),
                  Recognition::fromPersonId),
              required(
                  "to_person_id",
                  (b, n, v, f) -> b.toPersonId(id(n, v, f)),
                  Recognition::toPersonId),
              required(
                  "domain",
                  (b, n, v, f) -> b.domain(f.domain(id(n, v, f))),
                  r -> r.domain().name()),
              required("at", (b, n, v, f) -> b.at(instant(n, v)), r -> r.at().toString())));

  /** A decision being assembled: the record's builder and, once a trait is read, the traits'. */
  private static final class DecisionRow {
    final DecisionRecord.Builder record = DecisionRecord.builder();
    private DecisionTraits.@Nullable Builder traits;

    DecisionTraits.Builder traits() {
      DecisionTraits.Builder t = traits;
      if (t == null) {
        t = DecisionTraits.builder();
        traits = t;
      }
      return t;
    }

    DecisionRecord build() {
      DecisionTraits.Builder t = traits;
      if (t != null) {
        record.traits(t.build());
      }
      return record.build();
    }
  }

  /** {@code decisions}: {@link DecisionRecord}s. */
  public static final LedgerTable<DecisionRecord> DECISIONS =
      new LedgerTable<DecisionRecord>(
          "decisions",
          DecisionRecord.class,
          DecisionRow::new,
          DecisionRow::build,
          decisionColumns());

  private static final List<LedgerTable<?>> ALL = List.of(DECISIONS, TIME, RECOGNITIONS);

  private final String name;
  private final Class<R> type;
  private final List<Column<Object, R>> columns;
  private final Supplier<Object> start;
  private final Function<Object, R> finish;
  private final List<String> names;
  private final List<String> requiredNames;

  @SuppressWarnings("unchecked")
  private <A> LedgerTable(
      String name,
      Class<R> type,
      Supplier<A> start,
      Function<A, R> finish,
      List<Column<A, R>> columns) {
    this.name = name;
    this.type = type;
    List<Column<Object, R>> erased = new ArrayList<>();
    for (Column<A, R> c : columns) {
      erased.add((Column<Object, R>) (Column<?, R>) c);
    }
    this.columns = List.copyOf(erased);
    this.start = (Supplier<Object>) start;
    this.finish = (Function<Object, R>) finish;
    List<String> all = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (Column<A, R> c : columns) {
      all.add(c.name());
      if (c.required()) {
        required.add(c.name());
      }
    }
    this.names = List.copyOf(all);
    this.requiredNames = List.copyOf(required);
  }

  /** The three tables: decisions, time, recognitions. */
  public static List<LedgerTable<?>> all() {
    return ALL;
  }

  /**
   * The table of a record's type.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public static LedgerTable<?> of(LedgerRecord record) {
    requireNonNull(record, "record");
    for (LedgerTable<?> t : ALL) {
      if (t.type.isInstance(record)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a ledger record type: " + record.getClass());
  }

  /** The table's name: {@code decisions}, {@code time} or {@code recognitions}. */
  public String name() {
    return name;
  }

  /** The class of its records. */
  public Class<R> recordType() {
    return type;
  }

  /** Every column's name, in the order writers use. */
  public List<String> columns() {
    return names;
  }

  /** The columns a table must have. */
  public List<String> requiredColumns() {
    return requiredNames;
  }

  /**
   * A record from the fields of a row, read column by column in order.
   *
   * @throws LedgerFieldException for the first bad field (its column), or for a record that breaks
   *     a rule of its type (column {@value LedgerFieldException#ROW})
   * @throws NullPointerException if {@code fields} is null
   */
  public R read(Fields fields) {
    requireNonNull(fields, "fields");
    Object assembly = start.get();
    for (int k = 0; k < columns.size(); k++) {
      Column<Object, R> column = columns.get(k);
      Object field = fields.get(k);
      if (field == null || (field instanceof String && ((String) field).isEmpty())) {
        if (column.required()) {
          throw new LedgerFieldException(column.name(), "required, was empty");
        }
        continue;
      }
      try {
        column.reader().read(assembly, column.name(), field, fields);
      } catch (LedgerFieldException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        // A rule of the value itself (a domain's name, say), named by its column.
        throw new LedgerFieldException(
            column.name(), SafeText.escape(String.valueOf(e.getMessage())));
      }
    }
    try {
      return finish.apply(assembly);
    } catch (IllegalArgumentException e) {
      throw new LedgerFieldException(
          LedgerFieldException.ROW, SafeText.escape(String.valueOf(e.getMessage())));
    }
  }

  /**
   * A record's fields in column order, as text: empty strings for absent values (no CSV quoting or
   * escaping: that is the writer's).
   *
   * @throws IllegalArgumentException if the record is not of this table, or an id of a list holds
   *     the list separator (such a list cannot be written as one field)
   * @throws NullPointerException if {@code record} is null
   */
  public String[] write(LedgerRecord record) {
    R r = ofThisTable(record);
    String[] fields = new String[columns.size()];
    for (int k = 0; k < fields.length; k++) {
      fields[k] = columns.get(k).writer().apply(r);
    }
    return fields;
  }

  private R ofThisTable(LedgerRecord record) {
    requireNonNull(record, "record");
    if (!type.isInstance(record)) {
      throw new IllegalArgumentException(
          "a record of the "
              + of(record).name()
              + " table is not a record of the "
              + name
              + " table");
    }
    return type.cast(record);
  }

  /**
   * Whether a column holds a list of ids: one field of ids joined by {@value #LIST_SEPARATOR} in
   * text, a list of ids in a typed source.
   *
   * @param column the index into {@link #columns()}
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public boolean isList(int column) {
    return columns.get(column).ids() != null;
  }

  /**
   * A record's fields in column order for a typed writer (Parquet, say): as {@link #write} gives
   * them, but a list column as the {@link List} of its ids (empty when there are none), so that an
   * id may hold the separator.
   *
   * @throws IllegalArgumentException if the record is not of this table
   * @throws NullPointerException if {@code record} is null
   */
  public Object[] values(LedgerRecord record) {
    R r = ofThisTable(record);
    Object[] fields = new Object[columns.size()];
    for (int k = 0; k < fields.length; k++) {
      Column<Object, R> c = columns.get(k);
      Function<R, Collection<String>> ids = c.ids();
      fields[k] = ids == null ? c.writer().apply(r) : List.copyOf(ids.apply(r));
    }
    return fields;
  }

  @Override
  public String toString() {
    return "LedgerTable[" + name + "]";
  }

  private static List<Column<DecisionRow, DecisionRecord>> decisionColumns() {
    List<Column<DecisionRow, DecisionRecord>> c = new ArrayList<>();
    c.add(
        required(
            "decision_id",
            (d, n, v, f) -> d.record.decisionId(text(n, v)),
            DecisionRecord::decisionId));
    c.add(
        required(
            "domain",
            (d, n, v, f) -> d.record.domain(f.domain(id(n, v, f))),
            r -> r.domain().name()));
    c.add(
        required(
            "owner_role_id",
            (d, n, v, f) -> d.record.ownerRoleId(id(n, v, f)),
            DecisionRecord::ownerRoleId));
    c.add(
        required(
            "style",
            (d, n, v, f) -> d.record.style(enumValue(n, v, STYLES)),
            r -> r.style().name()));
    c.add(
        required(
            "raised_at",
            (d, n, v, f) -> d.record.raisedAt(instant(n, v)),
            r -> r.raisedAt().toString()));
    c.add(
        optional(
            "decided_by",
            (d, n, v, f) -> d.record.decidedBy(id(n, v, f)),
            r -> r.decidedBy().orElse("")));
    c.add(
        optional(
            "decided_at",
            (d, n, v, f) -> d.record.decidedAt(instant(n, v)),
            r -> r.decidedAt().map(Instant::toString).orElse("")));
    c.add(
        optional(
            "due_at",
            (d, n, v, f) -> d.record.dueAt(instant(n, v)),
            r -> r.dueAt().map(Instant::toString).orElse("")));
    c.add(
        optional(
            "outcome",
            (d, n, v, f) -> d.record.outcome(unit(n, v)),
            r -> r.outcome().isPresent() ? Double.toString(r.outcome().getAsDouble()) : ""));
    c.add(
        optionalIds(
            "participants",
            (d, n, v, f) -> ids(n, v, f, d.record::addParticipants),
            DecisionRecord::participants));
    c.add(
        optionalIds(
            "accountable",
            (d, n, v, f) -> ids(n, v, f, d.record::addAccountable),
            DecisionRecord::accountable));
    c.add(
        optionalIds(
            "stakeholders",
            (d, n, v, f) -> ids(n, v, f, d.record::addStakeholders),
            DecisionRecord::stakeholders));
    for (Trait trait : Trait.values()) {
      c.add(
          optional(
              snakeCase(DecisionTraits.nameOf(trait)),
              (d, n, v, f) -> d.traits().value(trait, unit(n, v)),
              r ->
                  r.traits()
                      .filter(t -> t.isKnown(trait))
                      .map(t -> Double.toString(t.value(trait)))
                      .orElse("")));
    }
    c.add(
        optional(
            "mandate",
            (d, n, v, f) -> d.traits().mandate(enumValue(n, v, MANDATES)),
            r -> r.traits().map(t -> t.mandate().name()).orElse("")));
    c.add(
        optional(
            "confidential",
            (d, n, v, f) -> d.traits().confidential(bool(n, v)),
            r -> r.traits().map(t -> Boolean.toString(t.confidential())).orElse("")));
    c.add(
        optional(
            "consistency_critical",
            (d, n, v, f) -> d.traits().consistencyCritical(bool(n, v)),
            r -> r.traits().map(t -> Boolean.toString(t.consistencyCritical())).orElse("")));
    c.add(
        optional(
            "time_available",
            (d, n, v, f) -> d.traits().timeAvailable(duration(n, v)),
            r ->
                r.traits()
                    .flatMap(DecisionTraits::timeAvailable)
                    .map(Duration::toString)
                    .orElse("")));
    return c;
  }

  private static <A, R> Column<A, R> required(
      String name, FieldReader<A> reader, Function<R, String> writer) {
    return new Column<>(name, true, reader, writer, null);
  }

  private static <A, R> Column<A, R> optional(
      String name, FieldReader<A> reader, Function<R, String> writer) {
    return new Column<>(name, false, reader, writer, null);
  }

  /** An optional list of ids: text joined by the separator, or the ids themselves. */
  private static <A, R> Column<A, R> optionalIds(
      String name, FieldReader<A> reader, Function<R, Collection<String>> ids) {
    return new Column<>(name, false, reader, r -> list(name, ids.apply(r)), ids);
  }

  /** {@code commitmentIfImposed} → {@code commitment_if_imposed}. */
  private static String snakeCase(String camel) {
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

  /** A field quoted for a message: escaped and at most 80 characters. */
  private static String quoted(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "\"" + SafeText.escape(shown) + "\"";
  }

  private static String text(String column, Object field) {
    String text = field.toString();
    if (text.indexOf('\uFFFD') >= 0) {
      throw new LedgerFieldException(column, "is not valid UTF-8");
    }
    return text;
  }

  private static String id(String column, Object field, Fields fields) {
    return fields.id(checkId(column, text(column, field)));
  }

  private static String checkId(String column, String id) {
    int n = id.length();
    boolean plain =
        n > 0
            && n <= MAX_ID_LENGTH
            && !Character.isWhitespace(id.charAt(0))
            && !Character.isWhitespace(id.charAt(n - 1));
    for (int i = 0; plain && i < n; i++) {
      plain = !Character.isISOControl(id.charAt(i));
    }
    if (!plain) {
      throw new LedgerFieldException(
          column,
          "an id must not be blank, padded, longer than "
              + MAX_ID_LENGTH
              + " characters or hold control characters, was "
              + quoted(id));
    }
    return id;
  }

  /**
   * The ids of a list field: text separated by {@code ;} (empty ones skipped), or a typed list
   * whose elements are the ids.
   */
  private static void ids(String column, Object field, Fields fields, Consumer<String> add) {
    if (field instanceof Iterable) {
      for (Object element : (Iterable<?>) field) {
        if (element == null) {
          throw new LedgerFieldException(column, "a list of ids must not hold null");
        }
        add.accept(fields.id(checkId(column, text(column, element))));
      }
      return;
    }
    String text = text(column, field);
    int start = 0;
    while (true) {
      int end = text.indexOf(LIST_SEPARATOR, start);
      String id = end < 0 ? text.substring(start) : text.substring(start, end);
      if (!id.isEmpty()) {
        add.accept(fields.id(checkId(column, id)));
      }
      if (end < 0) {
        return;
      }
      start = end + 1;
    }
  }

  private static <E extends Enum<E>> E enumValue(String column, Object field, E[] values) {
    String text = text(column, field);
    for (E e : values) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new LedgerFieldException(
        column, "expected one of " + Arrays.toString(values) + ", was " + quoted(text));
  }

  private static boolean bool(String column, Object field) {
    if (field instanceof Boolean) {
      return (Boolean) field;
    }
    String text = text(column, field);
    if (text.equals("true")) {
      return true;
    }
    if (text.equals("false")) {
      return false;
    }
    throw new LedgerFieldException(column, "expected true or false, was " + quoted(text));
  }

  private static double unit(String column, Object field) {
    double v;
    if (field instanceof Number) {
      v = ((Number) field).doubleValue();
    } else {
      String text = text(column, field);
      v = IsoText.plainDecimal(text);
      if (Double.isNaN(v)) {
        throw new LedgerFieldException(
            column, "expected a plain decimal number in [0, 1], was " + quoted(text));
      }
    }
    if (!(v >= 0 && v <= 1)) {
      throw new LedgerFieldException(column, "must be in [0, 1], was " + v);
    }
    return v;
  }

  private static Instant instant(String column, Object field) {
    if (field instanceof Instant) {
      return (Instant) field;
    }
    String text = text(column, field);
    Instant at = IsoText.instant(text);
    if (at == null) {
      throw new LedgerFieldException(
          column, "expected an ISO-8601 instant such as 2026-09-01T08:00:00Z, was " + quoted(text));
    }
    return at;
  }

  private static Duration duration(String column, Object field) {
    String text = text(column, field);
    Duration d = IsoText.duration(text);
    if (d == null) {
      throw new LedgerFieldException(
          column, "expected an ISO-8601 duration such as PT1H30M, was " + quoted(text));
    }
    return d;
  }

  private static String list(String column, Collection<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      if (id.indexOf(LIST_SEPARATOR) >= 0) {
        throw new IllegalArgumentException(
            column
                + " id must not contain ';' to be written as one field (use JSON Lines), was "
                + quoted(id));
      }
      if (b.length() > 0) {
        b.append(LIST_SEPARATOR);
      }
      b.append(id);
    }
    return b.toString();
  }
}
