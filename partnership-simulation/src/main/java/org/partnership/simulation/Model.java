package org.partnership.simulation;

import java.util.List;
import java.util.Map;

/**
 * A simulation model: a pure function of (parameters, seed) to observations, and optionally a
 * series of values per period. The same parameters and seed must give the same observations on any
 * thread, at any time.
 *
 * <p>Models are found through {@link java.util.ServiceLoader} ({@link Models}): list the class in
 * {@code META-INF/services/org.partnership.simulation.Model} (it then needs a public no-argument
 * constructor) and {@code partnership.jar simulate ID} runs it from the class path, building cells
 * from its {@link #parameterTable()}.
 *
 * <p>Implementations must be thread-safe; {@link #run(Object, long, SeriesSink)} is called from
 * many threads at once.
 *
 * @param <P> the parameters of one run
 */
public interface Model<P> {

  /** The model's id, e.g. {@code march1991}: lowercase words joined by {@code -} or digits. */
  String id();

  /** One sentence on what the model is and where it comes from. */
  default String description() {
    return id();
  }

  /** The names of the parameters reported per run and cell, e.g. {@code p1}, in a fixed order. */
  List<String> parameterNames();

  /** The values of {@link #parameterNames()} for one parameter set. */
  double[] parameterValues(P parameters);

  /** The names of the observations, e.g. {@code code_knowledge}, in a fixed order. */
  List<String> observationNames();

  /** The names of the values told per period, in a fixed order; empty (the default) for none. */
  default List<String> seriesNames() {
    return List.of();
  }

  /**
   * The parameters a grid may set by name, with their defaults and ranges; empty (the default) when
   * the model is configured in code only.
   */
  default List<ParameterSpec> parameterTable() {
    return List.of();
  }

  /**
   * A parameter set from values by name; parameters not named take their defaults.
   *
   * @throws IllegalArgumentException if a name is not in the {@link #parameterTable()} or a value
   *     is out of its range
   * @throws UnsupportedOperationException if the model has no parameter table
   */
  default P parameters(Map<String, Double> values) {
    throw new UnsupportedOperationException(
        "model " + id() + " is configured in code: it has no parameter table");
  }

  /**
   * Everything that makes a run of these parameters what it is, as text: what tells the shards of
   * two different experiments apart ({@code simulate merge} refuses to combine them). The default
   * is {@link #describe(Object)}; a model whose parameters hold more than they describe (a policy's
   * whole content behind its id) says it all here.
   */
  default String fingerprint(P parameters) {
    return describe(parameters);
  }

  /**
   * What a parameter set holds beyond {@link #parameterValues(Object)}, in words (e.g. a policy's
   * id); written to {@code metadata.json}. Empty by default.
   */
  default String describe(P parameters) {
    return "";
  }

  /**
   * Runs the model once, telling {@code series} the values of {@link #seriesNames()} after each
   * period. Must be deterministic in (parameters, seed), thread-safe, and give the same observation
   * whatever the sink.
   */
  Observation run(P parameters, long seed, SeriesSink series);

  /** Runs the model once without a series. */
  default Observation run(P parameters, long seed) {
    return run(parameters, seed, SeriesSink.NONE);
  }
}
