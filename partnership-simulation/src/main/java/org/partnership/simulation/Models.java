package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The models found through {@link ServiceLoader} in a class loader: the built-in ones ({@code
 * march1991}, {@code organization}) and any listed in a jar's {@code
 * META-INF/services/org.partnership.simulation.Model}. A provider that fails to load, throws from a
 * method a command calls before running it, or names itself, a parameter, an observation or a
 * series in a way a command line, a CSV header or a spreadsheet would misread (ids: lowercase
 * letters, digits and {@code -}; names: letters, digits, {@code _}, {@code .} and {@code -},
 * starting with a letter; at most 64 characters) is skipped and reported in {@link #problems()},
 * one line each; two models with one id keep the first.
 *
 * <p>Immutable and thread-safe.
 */
public final class Models {

  private final Map<String, Model<?>> byId;
  private final List<String> problems;

  private Models(Map<String, Model<?>> byId, List<String> problems) {
    this.byId = byId;
    this.problems = List.copyOf(problems);
  }

  /**
   * The models of a class loader.
   *
   * @throws NullPointerException if {@code loader} is null
   */
  @SuppressWarnings("rawtypes")
  public static Models discover(ClassLoader loader) {
    requireNonNull(loader, "loader");
    Map<String, Model<?>> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Iterator<Model> it = ServiceLoader.load(Model.class, loader).iterator();
    for (int errors = 0; errors < 100; ) {
      Model<?> m;
      try {
        if (!it.hasNext()) {
          break;
        }
        m = it.next();
      } catch (ServiceConfigurationError e) {
        errors++;
        problems.add("a model provider failed to load: " + e.getMessage());
        continue;
      }
      String refused = refusal(m);
      if (refused != null) {
        problems.add(
            "model provider "
                + org.partnership.text.SafeText.escape(m.getClass().getName())
                + " skipped: "
                + refused);
        continue;
      }
      Model<?> previous = byId.putIfAbsent(m.id(), m);
      if (previous != null) {
        problems.add(
            "model id \""
                + m.id()
                + "\" of "
                + m.getClass().getName()
                + " is taken by "
                + previous.getClass().getName()
                + "; the first is kept");
      }
    }
    return new Models(byId, problems);
  }

  /** The most characters of a model id, a parameter, observation or series name. */
  static final int MAX_NAME = 64;

  /** The most parameters, observations or series a model may name. */
  static final int MAX_NAMES = 1_000;

  /**
   * Why a model found by discovery cannot be used, or null: a model is a stranger too. Every method
   * a command calls before running it is called here, once, and whatever it throws or returns that
   * a command could not use (a null, an id a command line cannot name, a name a CSV header or a
   * spreadsheet would misread) is the refusal.
   */
  static String refusal(Model<?> m) {
    requireNonNull(m, "model");
    try {
      String id = m.id();
      if (id == null || !id.matches("[a-z0-9](?:[a-z0-9-]{0," + (MAX_NAME - 1) + "})")) {
        return "its id must be lowercase letters, digits and -, starting with a letter or digit, at"
            + " most "
            + MAX_NAME
            + " characters, was "
            + quoted(id);
      }
      String description = m.description();
      if (description == null || description.isBlank() || description.length() > 10_000) {
        return "model " + id + ": its description must be a text of at most 10,000 characters";
      }
      String names =
          names(id, "parameter", m.parameterNames()) != null
              ? names(id, "parameter", m.parameterNames())
              : names(id, "observation", m.observationNames()) != null
                  ? names(id, "observation", m.observationNames())
                  : names(id, "series", m.seriesNames());
      if (names != null) {
        return names;
      }
      java.util.List<ParameterSpec> table = m.parameterTable();
      if (table == null || table.size() > MAX_NAMES) {
        return "model " + id + ": its parameter table must list at most " + MAX_NAMES + " entries";
      }
      for (ParameterSpec spec : table) {
        if (spec == null || !name(spec.name())) {
          return "model "
              + id
              + ": a parameter of its table is not a name ("
              + quoted(spec == null ? null : spec.name())
              + ")";
        }
      }
      return null;
    } catch (RuntimeException | LinkageError e) {
      return "it threw " + org.partnership.text.SafeText.escape(String.valueOf(e));
    }
  }

  private static String names(String id, String kind, java.util.List<String> names) {
    if (names == null || names.size() > MAX_NAMES) {
      return "model " + id + ": it must name at most " + MAX_NAMES + " " + kind + "s";
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : names) {
      if (!name(name)) {
        return "model "
            + id
            + ": "
            + kind
            + " names must be letters, digits, _, . and -, starting with a letter, at most "
            + MAX_NAME
            + " characters, was "
            + quoted(name);
      }
      if (!seen.add(name)) {
        return "model " + id + ": " + kind + " " + name + " is named twice";
      }
    }
    return null;
  }

  /** A name a CSV header, a spreadsheet and a command line all read as written. */
  private static boolean name(String name) {
    return name != null && name.matches("[A-Za-z][A-Za-z0-9_.-]{0," + (MAX_NAME - 1) + "}");
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + org.partnership.text.SafeText.escape(text) + "\"";
  }

  /** The models, by id, in the order found. */
  public Map<String, Model<?>> all() {
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * The model with an id.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Model<?>> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /** What went wrong during discovery, one line per skipped provider. */
  public List<String> problems() {
    return problems;
  }
}
