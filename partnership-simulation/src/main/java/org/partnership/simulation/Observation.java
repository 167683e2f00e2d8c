package org.partnership.simulation;

import java.util.Arrays;

/**
 * What one run observed: one value per observation name of its model (NaN when the run had nothing
 * to observe, e.g. a rate without cases), the periods it ran, and whether it stopped at a cap
 * rather than at its natural end.
 *
 * @param values the observations, in the order of {@link Model#observationNames()}
 * @param periods the periods run
 * @param capped whether the run hit its period cap
 */
public record Observation(double[] values, int periods, boolean capped) {

  /**
   * Validates and copies the values.
   *
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is infinite or periods is negative
   */
  public Observation {
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] must be finite or NaN (not observed), was " + values[i]);
      }
    }
    if (periods < 0) {
      throw new IllegalArgumentException("periods must be at least 0, was " + periods);
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  double value(int i) {
    return values[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Observation o
        && Arrays.equals(values, o.values)
        && periods == o.periods
        && capped == o.capped;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + periods * 2 + (capped ? 1 : 0);
  }

  @Override
  public String toString() {
    return "Observation"
        + Arrays.toString(values)
        + " after "
        + periods
        + (capped ? " (capped)" : "");
  }
}
