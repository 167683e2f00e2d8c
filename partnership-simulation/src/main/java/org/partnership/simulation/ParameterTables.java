package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values by name checked against a model's parameter table. */
public final class ParameterTables {

  private ParameterTables() {}

  /**
   * Every parameter of a table with its value: the one given, checked against its range, or its
   * default.
   *
   * @throws NullPointerException if an argument, a name or a value is null
   * @throws IllegalArgumentException if a name is not in the table (the known names listed) or a
   *     value is out of its range
   */
  public static Map<String, Double> resolve(List<ParameterSpec> table, Map<String, Double> values) {
    requireNonNull(table, "table");
    requireNonNull(values, "values");
    Map<String, ParameterSpec> byName = new LinkedHashMap<>();
    table.forEach(p -> byName.put(p.name(), p));
    for (Map.Entry<String, Double> e : values.entrySet()) {
      ParameterSpec p = byName.get(requireNonNull(e.getKey(), "name"));
      if (p == null) {
        throw new IllegalArgumentException(
            "unknown parameter \"" + e.getKey() + "\"; the parameters are " + byName.keySet());
      }
      p.check(requireNonNull(e.getValue(), e.getKey()));
    }
    Map<String, Double> resolved = new LinkedHashMap<>();
    for (ParameterSpec p : table) {
      resolved.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
    }
    return resolved;
  }
}
