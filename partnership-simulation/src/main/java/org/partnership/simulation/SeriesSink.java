package org.partnership.simulation;

/**
 * Told a run's state after each period: one value per {@link Model#seriesNames() series name}. The
 * engine collects these into per-period means over a cell's runs ({@link CellSeries}) in the same
 * pass as the results.
 *
 * <p>A model calls it from the thread running the run, once per period in increasing order, and may
 * reuse the array between calls (the sink copies what it keeps).
 */
@FunctionalInterface
public interface SeriesSink {

  /** A sink that keeps nothing. */
  SeriesSink NONE = (period, values) -> {};

  /**
   * One period's values.
   *
   * @param period the period, from 1
   * @param values the values, in the order of {@link Model#seriesNames()}; NaN for a value the
   *     period did not observe
   */
  void period(int period, double[] values);
}
