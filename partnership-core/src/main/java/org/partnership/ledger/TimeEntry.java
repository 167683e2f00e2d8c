package org.partnership.ledger;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.partnership.internal.Checks;
import org.partnership.model.ActivityKind;
import org.partnership.model.Phase;
import org.partnership.model.TimeAllocation;

/**
 * Time a person spent on one kind of activity, in one phase.
 *
 * <p>Immutable and thread-safe. Validation: {@code personId} is an identifier; {@code duration} is
 * positive and at most {@code Long.MAX_VALUE} nanoseconds. Violations throw {@link
 * IllegalArgumentException} naming the field and the value; nulls throw {@link
 * NullPointerException}.
 */
@Value.Immutable
public abstract non-sealed class TimeEntry implements LedgerRecord {

  TimeEntry() {}

  /** The id of the person whose time this is. */
  @Value.Parameter
  public abstract String personId();

  /** What the time was spent on. */
  @Value.Parameter
  public abstract ActivityKind kind();

  /** When, relative to the work it serves. */
  @Value.Parameter
  public abstract Phase phase();

  /** When the activity started. */
  @Value.Parameter
  public abstract Instant start();

  /** How long it lasted; positive. */
  @Value.Parameter
  public abstract Duration duration();

  /** {@link #start()}. */
  @Override
  public Instant timestamp() {
    return start();
  }

  /** This entry as an entry of a {@link TimeAllocation}: its kind, phase and duration. */
  public TimeAllocation.Entry toAllocationEntry() {
    return TimeAllocation.Entry.of(kind(), phase(), duration());
  }

  /**
   * A time entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code personId} is not an identifier or {@code duration}
   *     is not positive
   */
  public static TimeEntry of(
      String personId, ActivityKind kind, Phase phase, Instant start, Duration duration) {
    return ImmutableTimeEntry.of(personId, kind, phase, start, duration);
  }

  /** A new builder, every field named; {@link #of} takes them in order. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TimeEntry}s. Not thread-safe; {@code build()} validates as {@code of} does and
   * throws {@link IllegalArgumentException} naming the fields that were not set.
   */
  public static final class Builder extends ImmutableTimeEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("personId", personId());
    toAllocationEntry();
  }
}
