package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How time was spent: a list of entries of activity kind, phase and duration, with exact totals and
 * the shares the 70/30 balance and the "rethinking time" metrics use.
 *
 * <p>Totals are exact: durations are added as whole nanoseconds, never as floating point, so the
 * total of a million entries is exactly their sum. Shares are one division of two exact totals. A
 * share is empty when the total is zero.
 *
 * <p>Immutable and thread-safe. Validation: every duration positive; the total at most {@code
 * Long.MAX_VALUE} nanoseconds (about 292 years). Violations throw {@link IllegalArgumentException}
 * naming the entry and the value.
 */
@Value.Immutable
public abstract class TimeAllocation {

  TimeAllocation() {}

  /** The entries, in the order given. */
  public abstract List<Entry> entries();

  /** The total time of all entries. */
  public Duration total() {
    return Duration.ofNanos(totals().total);
  }

  /**
   * The total time in a category.
   *
   * @throws NullPointerException if {@code category} is null
   */
  public Duration timeIn(Mode category) {
    return Duration.ofNanos(totals().byCategory.get(requireNonNull(category, "category")));
  }

  /**
   * The total time in a phase.
   *
   * @throws NullPointerException if {@code phase} is null
   */
  public Duration timeIn(Phase phase) {
    return Duration.ofNanos(totals().byPhase.get(requireNonNull(phase, "phase")));
  }

  /**
   * The total time on an activity kind.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public Duration timeOn(ActivityKind kind) {
    Long nanos = totals().byKind.get(requireNonNull(kind, "kind"));
    return Duration.ofNanos(nanos == null ? 0 : nanos);
  }

  /**
   * Partnering time over partnering and managing time without rework (the 70/30 balance: rework is
   * neither, see {@link ActivityKind#isRework()}); empty when that is zero.
   */
  public OptionalDouble partneringShare() {
    Totals t = totals();
    long partner = t.byCategory.get(Mode.PARTNER);
    long balanced = t.total - t.rework;
    return balanced == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) partner / balanced);
  }

  /**
   * Rework time ({@link ActivityKind#isRework()}) over total time; empty when the total is zero.
   */
  public OptionalDouble reworkShare() {
    return share(totals().rework);
  }

  /** Upfront time over total time; empty when the total is zero. */
  public OptionalDouble upfrontShare() {
    return share(totals().byPhase.get(Phase.UPFRONT));
  }

  /** Time on {@link ActivityKind#LOOSE_ENDS} over total time; empty when the total is zero. */
  public OptionalDouble looseEndsShare() {
    Long nanos = totals().byKind.get(ActivityKind.LOOSE_ENDS);
    return share(nanos == null ? 0 : nanos);
  }

  /**
   * This allocation followed by the entries of {@code other}.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the combined total overflows
   */
  public TimeAllocation plus(TimeAllocation other) {
    requireNonNull(other, "other");
    return builder().addAllEntries(entries()).addAllEntries(other.entries()).build();
  }

  /** The allocation with no entries. */
  public static TimeAllocation empty() {
    return builder().build();
  }

  /**
   * An allocation of these entries.
   *
   * @throws NullPointerException if {@code entries} or an entry is null
   * @throws IllegalArgumentException if the total overflows
   */
  public static TimeAllocation of(Iterable<Entry> entries) {
    return builder().addAllEntries(entries).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TimeAllocation} values. Not thread-safe; {@code build()} validates and throws
   * {@link IllegalArgumentException} for an invalid allocation.
   */
  public static final class Builder extends ImmutableTimeAllocation.Builder {
    Builder() {}

    /**
     * Adds an entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public Builder add(ActivityKind kind, Phase phase, Duration duration) {
      addEntry(Entry.of(kind, phase, duration));
      return this;
    }
  }

  private OptionalDouble share(long nanos) {
    long total = totals().total;
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) nanos / total);
  }

  @Value.Lazy
  Totals totals() {
    return new Totals(entries());
  }

  @Value.Check
  void check() {
    long total = 0;
    int i = 0;
    for (Entry entry : entries()) {
      try {
        total = Math.addExact(total, entry.duration().toNanos());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "entries[" + i + "]: total time must fit in " + Long.MAX_VALUE + " ns, overflowed", e);
      }
      i++;
    }
  }

  /** Exact totals, computed once on first use. */
  static final class Totals {
    final long total;
    final long rework;
    final EnumMap<Mode, Long> byCategory = new EnumMap<>(Mode.class);
    final EnumMap<Phase, Long> byPhase = new EnumMap<>(Phase.class);
    final EnumMap<ActivityKind, Long> byKind = new EnumMap<>(ActivityKind.class);

    Totals(List<Entry> entries) {
      long sum = 0;
      long reworked = 0;
      for (Mode m : Mode.values()) {
        byCategory.put(m, 0L);
      }
      for (Phase p : Phase.values()) {
        byPhase.put(p, 0L);
      }
      for (Entry e : entries) {
        long nanos = e.duration().toNanos();
        sum += nanos;
        byCategory.merge(e.kind().category(), nanos, Long::sum);
        byPhase.merge(e.phase(), nanos, Long::sum);
        byKind.merge(e.kind(), nanos, Long::sum);
        if (e.kind().isRework()) {
          reworked += nanos;
        }
      }
      this.total = sum;
      this.rework = reworked;
    }
  }

  /**
   * One entry of a time allocation: an activity kind, a phase and a positive duration. Immutable
   * and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class Entry {

    Entry() {}

    /** What the time was spent on. */
    @Value.Parameter
    public abstract ActivityKind kind();

    /** When, relative to the work it serves. */
    @Value.Parameter
    public abstract Phase phase();

    /** How long; positive. */
    @Value.Parameter
    public abstract Duration duration();

    /**
     * An entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public static Entry of(ActivityKind kind, Phase phase, Duration duration) {
      return ImmutableEntry.of(kind, phase, duration);
    }

    @Value.Check
    void check() {
      if (duration().isNegative() || duration().isZero()) {
        throw new IllegalArgumentException("duration must be positive, was " + duration());
      }
      try {
        duration().toNanos();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "duration must be at most " + Long.MAX_VALUE + " ns, was " + duration(), e);
      }
    }
  }
}
