package org.partnership.examples.simulation;

import java.util.List;

/**
 * A simulation model: a pure function of (parameters, seed) to observations. The same parameters
 * and seed must give the same observations on any thread, at any time.
 *
 * @param <P> the parameters of one run
 */
public interface Model<P> {

  /** The model's id, e.g. {@code march1991}; used in file names and metadata. */
  String id();

  /** The names of the parameters reported per run and cell, e.g. {@code p1}, in a fixed order. */
  List<String> parameterNames();

  /** The values of {@link #parameterNames()} for one parameter set. */
  double[] parameterValues(P parameters);

  /** The names of the observations, e.g. {@code code_knowledge}, in a fixed order. */
  List<String> observationNames();

  /**
   * What a parameter set holds beyond {@link #parameterValues(Object)}, in words (e.g. a policy's
   * id); written to {@code metadata.json}. Empty by default.
   */
  default String describe(P parameters) {
    return "";
  }

  /** Runs the model once. Must be deterministic in (parameters, seed) and thread-safe. */
  Observation run(P parameters, long seed);
}
