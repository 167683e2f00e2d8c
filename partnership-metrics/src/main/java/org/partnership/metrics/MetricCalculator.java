package org.partnership.metrics;

import org.partnership.ledger.LedgerRecord;

/**
 * A metric over a ledger: an id, a description, a unit, and a factory of mergeable accumulators.
 *
 * <p>The contract, checked for every built-in by {@code partnership-metrics-testkit} (whose {@code
 * MetricCalculatorContract} lists every requirement):
 *
 * <ul>
 *   <li>{@link #id()} is stable, lowercase and unique in a registry ({@code
 *       [a-z0-9]+(-[a-z0-9]+)*}, dots allowed between such words, e.g. {@code acme.meeting-load});
 *   <li>{@link #newAccumulator(MetricContext)} returns a fresh, empty accumulator each call;
 *   <li>the value does not depend on how the ledger was split into accumulators or in which order
 *       they were merged.
 * </ul>
 *
 * <p>Implementations must be thread-safe (they are shared); the accumulators they create need not
 * be.
 *
 * @param <A> the accumulator type, so that only accumulators of the same metric merge
 */
public interface MetricCalculator<A extends MetricAccumulator<A>> {

  /** The id, e.g. {@code partnering-share}. */
  String id();

  /** One sentence on what the metric measures. */
  String description();

  /** The unit of its main value, e.g. {@code share of time} or {@code hours}. */
  String unit();

  /**
   * Whether this metric reads records of a type ({@code DecisionRecord.class}, {@code
   * TimeEntry.class} or {@code Recognition.class}). A {@link Measurement} — and the contract kit —
   * offers an accumulator only the types its calculator reads, so an accumulator may assume the
   * types it is given. The default reads every type.
   *
   * @throws NullPointerException if {@code type} is null
   */
  default boolean reads(Class<? extends LedgerRecord> type) {
    java.util.Objects.requireNonNull(type, "type");
    return true;
  }

  /**
   * A new, empty accumulator for one part of a ledger measured in this context.
   *
   * @throws NullPointerException if {@code context} is null
   */
  A newAccumulator(MetricContext context);
}
