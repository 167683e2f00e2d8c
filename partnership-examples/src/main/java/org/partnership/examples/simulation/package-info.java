/**
 * The experiment engine: a {@link org.partnership.examples.simulation.Model} is a pure function of
 * (parameters, seed); an {@link org.partnership.examples.simulation.Experiment} is a model, a grid,
 * runs per cell and a base seed; {@link org.partnership.examples.simulation.ExperimentRunner} runs
 * it on any number of threads with identical results, and {@link
 * org.partnership.examples.simulation.ExperimentFiles} writes runs, summaries, metadata and charts.
 * The engine knows nothing of any model.
 */
package org.partnership.examples.simulation;
