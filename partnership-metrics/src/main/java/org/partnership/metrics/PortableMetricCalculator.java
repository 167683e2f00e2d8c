package org.partnership.metrics;

/**
 * A calculator whose accumulators can leave the JVM: {@link #save} writes an accumulator's state —
 * counts and sums, never its context — and {@link #restore} reads it back against a context, so
 * that parts of a ledger measured on other machines (Spark executors, array jobs) merge into one
 * value. Every built-in calculator is portable; a plug-in opts in by implementing this interface,
 * and {@code partnership-metrics-testkit} then checks that split → save → restore → merge gives the
 * unsplit value.
 *
 * <p>The contract: for any accumulator {@code a} of a context {@code c}, {@code restore(c',
 * save(a))} with {@code c'} matching {@code c} (see {@link MetricContext#fingerprint()}) behaves
 * exactly like {@code a}: the same result, and merging it with others gives what merging {@code a}
 * would. Restore must read exactly what save wrote, and check sizes against its context (e.g. one
 * value per person, through {@link StateReader#readLongs(long[])}).
 *
 * <p>Implementations must be thread-safe, as calculators are.
 *
 * @param <A> the accumulator type
 */
public interface PortableMetricCalculator<A extends MetricAccumulator<A>>
    extends MetricCalculator<A> {

  /**
   * Writes an accumulator's state.
   *
   * @throws NullPointerException if an argument is null
   */
  void save(A accumulator, StateWriter out);

  /**
   * A new accumulator for the context with the state read from {@code in}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the state does not fit the context or is malformed
   */
  A restore(MetricContext context, StateReader in);
}
