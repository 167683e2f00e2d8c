package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of every {@link OrganizationParameter}: the defaults, with any changes. Immutable and
 * thread-safe; {@link #with(OrganizationParameter, double)} returns a copy.
 */
public final class OrganizationParameters {

  private static final OrganizationParameters DEFAULTS;

  static {
    OrganizationParameter[] all = OrganizationParameter.values();
    double[] values = new double[all.length];
    for (OrganizationParameter p : all) {
      values[p.ordinal()] = p.defaultValue();
    }
    DEFAULTS = new OrganizationParameters(values);
  }

  private final double[] values;

  private OrganizationParameters(double[] values) {
    this.values = values;
  }

  /** Every parameter at its default. */
  public static OrganizationParameters defaults() {
    return DEFAULTS;
  }

  /**
   * The value of a parameter.
   *
   * @throws NullPointerException if {@code parameter} is null
   */
  public double get(OrganizationParameter parameter) {
    return values[requireNonNull(parameter, "parameter").ordinal()];
  }

  /** The value of a whole-number parameter. */
  int count(OrganizationParameter parameter) {
    return (int) values[parameter.ordinal()];
  }

  /**
   * A copy with one value changed.
   *
   * @throws NullPointerException if {@code parameter} is null
   * @throws IllegalArgumentException if the value is outside the parameter's range (named)
   */
  public OrganizationParameters with(OrganizationParameter parameter, double value) {
    requireNonNull(parameter, "parameter");
    double[] copy = values.clone();
    copy[parameter.ordinal()] = parameter.check(value);
    return new OrganizationParameters(copy);
  }

  /**
   * A copy with one value changed, by name.
   *
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if no parameter has the name, or the value is out of range
   */
  public OrganizationParameters with(String key, double value) {
    requireNonNull(key, "key");
    OrganizationParameter p =
        OrganizationParameter.of(key)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no model parameter is called \""
                            + key
                            + "\"; `simulate organization --list-parameters` lists them"));
    return with(p, value);
  }

  /** The parameters that differ from their defaults, by name, in declaration order. */
  public Map<String, Double> changes() {
    Map<String, Double> changed = new LinkedHashMap<>();
    for (OrganizationParameter p : OrganizationParameter.values()) {
      if (Double.compare(get(p), p.defaultValue()) != 0) {
        changed.put(p.key(), get(p));
      }
    }
    return changed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrganizationParameters o && Arrays.equals(values, o.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    Map<String, Double> changed = changes();
    return changed.isEmpty()
        ? "OrganizationParameters{defaults}"
        : "OrganizationParameters" + changed;
  }
}
