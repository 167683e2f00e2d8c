package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

/**
 * One row of a model's parameter table: its name, default, range and meaning.
 *
 * @param name the name, e.g. {@code p1}
 * @param defaultValue the value when a grid does not set it
 * @param min the smallest value allowed
 * @param max the largest value allowed
 * @param description what it means, and the source of its default
 */
public record ParameterSpec(
    String name, double defaultValue, double min, double max, String description) {

  /**
   * Validates the row.
   *
   * @throws NullPointerException if the name or description is null
   * @throws IllegalArgumentException if the name is blank, min &gt; max or the default is outside
   *     [min, max]
   */
  public ParameterSpec {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (!(min <= max) || !(defaultValue >= min && defaultValue <= max)) {
      throw new IllegalArgumentException(
          name
              + ": the default "
              + text(defaultValue)
              + " must be in ["
              + text(min)
              + ", "
              + text(max)
              + "]");
    }
  }

  /**
   * Checks a value against the range.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the range
   */
  public double check(double value) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + text(min) + ", " + text(max) + "], was " + text(value));
    }
    return value;
  }

  /**
   * A parameter value as people and files show it: a whole number without a fractional part ({@code
   * 3}, not {@code 3.0}), any other value as {@link Double#toString(double)} writes it (the
   * shortest text that reads back to the same double; {@code NaN}, {@code Infinity}).
   */
  public static String text(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
