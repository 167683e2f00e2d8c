/**
 * The experiment engine: a {@link org.partnership.simulation.Model} is a pure function of
 * (parameters, seed); an {@link org.partnership.simulation.Experiment} is a model, a grid, runs per
 * cell and a base seed; {@link org.partnership.simulation.ExperimentRunner} runs it on any number
 * of threads with identical results, and {@link org.partnership.simulation.ExperimentFiles} writes
 * runs, summaries, metadata and charts. The engine knows nothing of any model.
 */
package org.partnership.simulation;
