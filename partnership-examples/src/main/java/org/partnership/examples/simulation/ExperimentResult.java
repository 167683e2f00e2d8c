package org.partnership.examples.simulation;

import java.util.List;

/**
 * The outcome of an experiment: every run's observation (indexed by cell and run, whatever the
 * threads), a summary per cell and observation, and the wall time.
 *
 * @param <P> the model's parameters
 * @param experiment the experiment
 * @param observations {@code observations[cell][run]}
 * @param summaries {@code summaries[cell][observation]}
 * @param capped runs per cell that hit their cap
 * @param threads the threads used
 * @param wallNanos the wall time of the runs
 */
public record ExperimentResult<P>(
    Experiment<P> experiment,
    Observation[][] observations,
    Summary[][] summaries,
    int[] capped,
    int threads,
    long wallNanos) {

  /** The summary of one observation, by name, in one cell. */
  public Summary summary(int cell, String observation) {
    List<String> names = experiment.model().observationNames();
    int i = names.indexOf(observation);
    if (i < 0) {
      throw new IllegalArgumentException(
          "observation must be one of " + names + ", was \"" + observation + "\"");
    }
    return summaries[cell][i];
  }

  /** Runs of all cells that hit their cap. */
  public long cappedRuns() {
    long n = 0;
    for (int c : capped) {
      n += c;
    }
    return n;
  }
}
