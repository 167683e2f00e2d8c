package org.partnership.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.Model;
import org.partnership.simulation.Models;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.organization.OrganizationModel;
import org.partnership.simulation.organization.OrganizationParameter;
import org.partnership.text.SafeText;

/**
 * An experiment described by values only, so that it can travel to executors and be built there
 * exactly as on the driver: a model by id ({@code march1991}, {@code organization}, or one found by
 * {@link Models#discover}), parameters set for every cell, parameters varied over lists (the grid
 * is every combination, the first varying slowest), runs per cell and the base seed. Run {@code r}
 * of cell {@code c} keeps the seed it has in any local run of the same experiment.
 *
 * <p>Immutable and serializable.
 *
 * @param model the model's id
 * @param set parameters set for every cell, by name (the model's parameter table)
 * @param vary parameters varied, by name, each over a list of values
 * @param runs runs per cell
 * @param baseSeed the base seed
 * @param commonSeeds whether every cell uses the same seeds (common random numbers)
 */
public record Sweep(
    String model,
    Map<String, Double> set,
    Map<String, List<Double>> vary,
    int runs,
    long baseSeed,
    boolean commonSeeds)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Copies the maps, keeping their order.
   *
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a varied list is empty
   */
  public Sweep {
    requireNonNull(model, "model");
    LinkedHashMap<String, Double> s = new LinkedHashMap<>();
    requireNonNull(set, "set").forEach((k, v) -> s.put(requireNonNull(k), requireNonNull(v)));
    set = Collections.unmodifiableMap(s);
    LinkedHashMap<String, List<Double>> v = new LinkedHashMap<>();
    requireNonNull(vary, "vary")
        .forEach(
            (k, list) -> {
              if (list.isEmpty()) {
                throw new IllegalArgumentException("vary " + k + " must list at least one value");
              }
              v.put(requireNonNull(k), Collections.unmodifiableList(new ArrayList<>(list)));
            });
    vary = Collections.unmodifiableMap(v);
  }

  /**
   * The experiment: the same on every JVM with the same models.
   *
   * @throws IllegalArgumentException if the model is unknown, a parameter is not in its table or
   *     out of range, or the grid is too large (the message names it)
   */
  public Experiment<?> experiment() {
    return experiment(resolve());
  }

  private Model<?> resolve() {
    if (model.equals(MarchModel.ID)) {
      return new MarchModel();
    }
    if (model.equals(OrganizationModel.ID)) {
      List<OrganizationParameter> reported = new ArrayList<>();
      for (String name : vary.keySet()) {
        OrganizationParameter.of(name).ifPresent(reported::add);
      }
      return new OrganizationModel(reported);
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return Models.discover(loader == null ? Sweep.class.getClassLoader() : loader)
        .find(model)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no model is called \""
                        + SafeText.escape(model)
                        + "\"; built in: march1991, organization"));
  }

  private <P> Experiment<P> experiment(Model<P> m) {
    List<Map<String, Double>> points = new ArrayList<>(List.of(new LinkedHashMap<>(set)));
    for (Map.Entry<String, List<Double>> e : vary.entrySet()) {
      List<Map<String, Double>> next = new ArrayList<>();
      for (Map<String, Double> p : points) {
        for (double value : e.getValue()) {
          Map<String, Double> q = new LinkedHashMap<>(p);
          q.put(e.getKey(), value);
          next.add(q);
        }
      }
      if (next.size() > Experiment.MAX_CELLS) {
        throw new IllegalArgumentException(
            "the grid has more than " + Experiment.MAX_CELLS + " cells");
      }
      points = next;
    }
    List<P> cells = new ArrayList<>(points.size());
    for (Map<String, Double> p : points) {
      cells.add(m.parameters(p));
    }
    return new Experiment<>("sweep", m, cells, runs, baseSeed, commonSeeds);
  }
}
