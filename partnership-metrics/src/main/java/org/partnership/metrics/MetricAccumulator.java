package org.partnership.metrics;

import org.partnership.ledger.LedgerRecord;

/**
 * The running state of one metric over one part of a ledger. Records arrive one by one through
 * {@link #accept(LedgerRecord)}; parts combine with {@link #merge(MetricAccumulator)}; {@link
 * #result()} reads the value at any time without changing the state.
 *
 * <p>Not thread-safe: one accumulator belongs to one thread. Memory must not grow with the number
 * of records (it may grow with people, groups or other things the organization has a bounded number
 * of).
 *
 * @param <A> the accumulator's own type
 */
public interface MetricAccumulator<A extends MetricAccumulator<A>> {

  /**
   * Takes one record into account: one of the types its calculator {@link
   * MetricCalculator#reads(Class) reads} (a measurement offers no other). Records it reads but
   * cannot use are counted as skipped with a reason.
   *
   * @throws NullPointerException if {@code record} is null
   */
  void accept(LedgerRecord record);

  /**
   * Adds the state of another accumulator of the same metric and context to this one; {@code other}
   * must not be used afterwards.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this accumulator (its records would count
   *     twice)
   */
  void merge(A other);

  /** The value so far; calling it does not change the state. */
  MetricValue result();
}
