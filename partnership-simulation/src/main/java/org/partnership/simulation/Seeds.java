package org.partnership.simulation;

/**
 * The seed of each run of an experiment, derived from the experiment's base seed, the cell of the
 * parameter grid and the run's index — so results do not depend on how runs are scheduled over
 * threads. The mixing is SplitMix64's finalizer (Steele, Lea &amp; Flood, 2014), applied in turn.
 */
public final class Seeds {

  private Seeds() {}

  /** The seed of run {@code run} of cell {@code cell} of an experiment with {@code base}. */
  public static long of(long base, long cell, long run) {
    return mix(mix(mix(base) + cell) + run);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
