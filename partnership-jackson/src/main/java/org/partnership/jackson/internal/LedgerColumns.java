package org.partnership.jackson.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnership.jackson.internal.LedgerRows.Columns;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * The columns of the three ledger files, in order — the one table from which a file's header, the
 * reading of a row and the writing of a record derive. Each column has a name, whether a header
 * must have it, how a non-empty field sets its value on the record being assembled, and how a
 * record writes it (empty for an absent value). Internal.
 */
public final class LedgerColumns {

  /** Sets a column's value, from a non-empty field, on a record being assembled. */
  @FunctionalInterface
  interface FieldReader<A> {
    /**
     * @throws LedgerRows.FieldProblem naming the column for a field that cannot be read
     */
    void read(A assembly, String column, String field, Columns shared);
  }

  /** One column. */
  record Column<A, R>(
      String name, boolean required, FieldReader<A> reader, Function<R, String> writer) {}

  /** The columns of one record type, how to start assembling a record and how to finish it. */
  public static final class Table<A, R extends LedgerRecord> {
    private final List<Column<A, R>> columns;
    private final Supplier<A> start;
    private final Function<A, R> finish;
    private final Class<R> type;
    private final List<String> names;
    private final List<String> requiredNames;

    Table(Class<R> type, Supplier<A> start, Function<A, R> finish, List<Column<A, R>> columns) {
      this.type = type;
      this.columns = List.copyOf(columns);
      this.start = start;
      this.finish = finish;
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

    /** Every column's name, in order. */
    public List<String> names() {
      return names;
    }

    /** The columns a header must have. */
    public List<String> requiredNames() {
      return requiredNames;
    }

    /**
     * A record from the fields of a row, column by column in order.
     *
     * @throws LedgerRows.FieldProblem for the first bad field, in column order
     */
    R read(LedgerRows.Fields fields) {
      A assembly = start.get();
      for (int k = 0; k < columns.size(); k++) {
        Column<A, R> column = columns.get(k);
        String field = fields.get(k);
        if (field.isEmpty()) {
          if (column.required()) {
            throw new LedgerRows.FieldProblem(column.name(), "required, was empty");
          }
          continue;
        }
        column.reader().read(assembly, column.name(), field, fields.shared());
      }
      return finish.apply(assembly);
    }

    /** A record's fields in column order, unescaped. */
    String[] write(LedgerRecord record) {
      R r = type.cast(record);
      String[] fields = new String[columns.size()];
      for (int k = 0; k < fields.length; k++) {
        fields[k] = columns.get(k).writer().apply(r);
      }
      return fields;
    }
  }

  private LedgerColumns() {}

  /** The separator of id lists inside one field. */
  static final char LIST_SEPARATOR = ';';

  private static final ActivityKind[] KINDS = ActivityKind.values();
  private static final Phase[] PHASES = Phase.values();
  private static final Style[] STYLES = Style.values();
  private static final Mandate[] MANDATES = Mandate.values();

  /** {@code time.csv}. */
  public static final Table<TimeEntry.Builder, TimeEntry> TIME =
      new Table<>(
          TimeEntry.class,
          TimeEntry::builder,
          TimeEntry.Builder::build,
          List.of(
              required("person_id", (b, n, v, s) -> b.personId(s.id(v)), TimeEntry::personId),
              required(
                  "kind",
                  (b, n, v, s) -> b.kind(LedgerRows.enumValue(n, v, KINDS)),
                  t -> t.kind().name()),
              required(
                  "phase",
                  (b, n, v, s) -> b.phase(LedgerRows.enumValue(n, v, PHASES)),
                  t -> t.phase().name()),
              required(
                  "start",
                  (b, n, v, s) -> b.start(LedgerRows.instant(n, v)),
                  t -> t.start().toString()),
              required(
                  "duration",
                  (b, n, v, s) -> b.duration(LedgerRows.duration(n, v)),
                  t -> t.duration().toString())));

  /** {@code recognitions.csv}. */
  public static final Table<Recognition.Builder, Recognition> RECOGNITION =
      new Table<>(
          Recognition.class,
          Recognition::builder,
          Recognition.Builder::build,
          List.of(
              required(
                  "from_person_id",
                  (b, n, v, s) -> b.fromPersonId(s.id(v)),
                  Recognition::fromPersonId),
              required(
                  "to_person_id", (b, n, v, s) -> b.toPersonId(s.id(v)), Recognition::toPersonId),
              required("domain", (b, n, v, s) -> b.domain(s.domain(v)), r -> r.domain().name()),
              required(
                  "at", (b, n, v, s) -> b.at(LedgerRows.instant(n, v)), r -> r.at().toString())));

  /** A decision being assembled: the record's builder and, once a trait is read, the traits'. */
  static final class DecisionRow {
    final DecisionRecord.Builder record = DecisionRecord.builder();
    private DecisionTraits.Builder traits;

    DecisionTraits.Builder traits() {
      if (traits == null) {
        traits = DecisionTraits.builder();
      }
      return traits;
    }

    DecisionRecord build() {
      if (traits != null) {
        record.traits(traits.build());
      }
      return record.build();
    }
  }

  /** {@code decisions.csv}. */
  public static final Table<DecisionRow, DecisionRecord> DECISION =
      new Table<>(DecisionRecord.class, DecisionRow::new, DecisionRow::build, decisionColumns());

  private static List<Column<DecisionRow, DecisionRecord>> decisionColumns() {
    List<Column<DecisionRow, DecisionRecord>> c = new ArrayList<>();
    c.add(
        required(
            "decision_id", (d, n, v, s) -> d.record.decisionId(v), DecisionRecord::decisionId));
    c.add(required("domain", (d, n, v, s) -> d.record.domain(s.domain(v)), r -> r.domain().name()));
    c.add(
        required(
            "owner_role_id",
            (d, n, v, s) -> d.record.ownerRoleId(s.id(v)),
            DecisionRecord::ownerRoleId));
    c.add(
        required(
            "style",
            (d, n, v, s) -> d.record.style(LedgerRows.enumValue(n, v, STYLES)),
            r -> r.style().name()));
    c.add(
        required(
            "raised_at",
            (d, n, v, s) -> d.record.raisedAt(LedgerRows.instant(n, v)),
            r -> r.raisedAt().toString()));
    c.add(
        optional(
            "decided_by",
            (d, n, v, s) -> d.record.decidedBy(s.id(v)),
            r -> r.decidedBy().orElse("")));
    c.add(
        optional(
            "decided_at",
            (d, n, v, s) -> d.record.decidedAt(LedgerRows.instant(n, v)),
            r -> r.decidedAt().map(Instant::toString).orElse("")));
    c.add(
        optional(
            "due_at",
            (d, n, v, s) -> d.record.dueAt(LedgerRows.instant(n, v)),
            r -> r.dueAt().map(Instant::toString).orElse("")));
    c.add(
        optional(
            "outcome",
            (d, n, v, s) -> d.record.outcome(LedgerRows.unit(n, v)),
            r -> r.outcome().isPresent() ? Double.toString(r.outcome().getAsDouble()) : ""));
    c.add(
        optional(
            "participants",
            (d, n, v, s) -> ids(v, s, d.record::addParticipants),
            r -> list("participants", r.participants())));
    c.add(
        optional(
            "accountable",
            (d, n, v, s) -> ids(v, s, d.record::addAccountable),
            r -> list("accountable", r.accountable())));
    c.add(
        optional(
            "stakeholders",
            (d, n, v, s) -> ids(v, s, d.record::addStakeholders),
            r -> list("stakeholders", r.stakeholders())));
    for (Trait trait : Trait.values()) {
      c.add(
          optional(
              snakeCase(DecisionTraits.nameOf(trait)),
              (d, n, v, s) -> d.traits().value(trait, LedgerRows.unit(n, v)),
              r ->
                  r.traits()
                      .filter(t -> t.isKnown(trait))
                      .map(t -> Double.toString(t.value(trait)))
                      .orElse("")));
    }
    c.add(
        optional(
            "mandate",
            (d, n, v, s) -> d.traits().mandate(LedgerRows.enumValue(n, v, MANDATES)),
            r -> r.traits().map(t -> t.mandate().name()).orElse("")));
    c.add(
        optional(
            "confidential",
            (d, n, v, s) -> d.traits().confidential(LedgerRows.bool(n, v)),
            r -> r.traits().map(t -> Boolean.toString(t.confidential())).orElse("")));
    c.add(
        optional(
            "consistency_critical",
            (d, n, v, s) -> d.traits().consistencyCritical(LedgerRows.bool(n, v)),
            r -> r.traits().map(t -> Boolean.toString(t.consistencyCritical())).orElse("")));
    c.add(
        optional(
            "time_available",
            (d, n, v, s) -> d.traits().timeAvailable(LedgerRows.duration(n, v)),
            r ->
                r.traits()
                    .flatMap(DecisionTraits::timeAvailable)
                    .map(Duration::toString)
                    .orElse("")));
    return c;
  }

  private static <A, R> Column<A, R> required(
      String name, FieldReader<A> reader, Function<R, String> writer) {
    return new Column<>(name, true, reader, writer);
  }

  private static <A, R> Column<A, R> optional(
      String name, FieldReader<A> reader, Function<R, String> writer) {
    return new Column<>(name, false, reader, writer);
  }

  /** {@code commitmentIfImposed} → {@code commitment_if_imposed}. */
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

  /** The ids of a list field, separated by {@code ;}, empty ones skipped. */
  private static void ids(String field, Columns shared, java.util.function.Consumer<String> add) {
    int start = 0;
    while (true) {
      int end = field.indexOf(LIST_SEPARATOR, start);
      String id = end < 0 ? field.substring(start) : field.substring(start, end);
      if (!id.isEmpty()) {
        add.accept(shared.id(id));
      }
      if (end < 0) {
        return;
      }
      start = end + 1;
    }
  }

  private static String list(String field, Collection<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      if (id.indexOf(LIST_SEPARATOR) >= 0) {
        throw new IllegalArgumentException(
            field
                + " id must not contain ';' to be written as CSV (use JSON Lines), was \""
                + id
                + "\"");
      }
      if (b.length() > 0) {
        b.append(LIST_SEPARATOR);
      }
      b.append(id);
    }
    return b.toString();
  }
}
