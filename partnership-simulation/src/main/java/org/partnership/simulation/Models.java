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
 * META-INF/services/org.partnership.simulation.Model}. A provider that fails to load is skipped and
 * reported in {@link #problems()}; two models with one id keep the first.
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
