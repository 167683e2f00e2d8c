package org.partnership.simulation;

import java.util.List;
import org.partnership.simulation.internal.Names;

/**
 * The outcome of an experiment: every run's observation (indexed by cell and run, whatever the
 * threads), a summary per cell and observation, the runs that hit their cap, the per-period series
 * when collected, and the wall time.
 *
 * <p>Immutable and thread-safe: accessors copy nothing and hand out nothing mutable.
 *
 * @param <P> the model's parameters
 */
public final class ExperimentResult<P> {

  private final Experiment<P> experiment;
  private final Observation[][] observations;
  private final Summary[][] summaries;
  private final int[] capped;
  private final List<CellSeries> series;
  private final int threads;
  private final long wallNanos;

  ExperimentResult(
      Experiment<P> experiment,
      Observation[][] observations,
      Summary[][] summaries,
      int[] capped,
      List<CellSeries> series,
      int threads,
      long wallNanos) {
    this.experiment = java.util.Objects.requireNonNull(experiment, "experiment");
    this.observations = java.util.Objects.requireNonNull(observations, "observations");
    this.summaries = java.util.Objects.requireNonNull(summaries, "summaries");
    this.capped = java.util.Objects.requireNonNull(capped, "capped");
    this.series = List.copyOf(series);
    this.threads = threads;
    this.wallNanos = wallNanos;
  }

  /**
   * The result of an experiment whose runs were made elsewhere — on the executors of a cluster, say
   * — from every run's observation in run order (cell by cell, run by run): summaries and capped
   * counts are computed exactly as {@link ExperimentRunner#run} computes them, so the files written
   * from it equal a local run's when each run used its {@link Experiment#seed seed}.
   *
   * @param threads the threads (or executors' cores) that made the runs, for the metadata
   * @param wallNanos their wall time, for the metadata
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException if there are not exactly {@link Experiment#totalRuns()}
   *     observations, one has another number of values than the model has observations, or threads
   *     is below 1
   */
  public static <P> ExperimentResult<P> of(
      Experiment<P> experiment, List<Observation> observations, int threads, long wallNanos) {
    java.util.Objects.requireNonNull(experiment, "experiment");
    java.util.Objects.requireNonNull(observations, "observations");
    if (observations.size() != experiment.totalRuns()) {
      throw new IllegalArgumentException(
          "observations must be one per run, "
              + experiment.totalRuns()
              + ", were "
              + observations.size());
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    int width = experiment.model().observationNames().size();
    Observation[][] grid = new Observation[experiment.cells().size()][experiment.runs()];
    int i = 0;
    for (Observation o : observations) {
      if (o == null) {
        throw new NullPointerException("observations[" + i + "]");
      }
      if (o.values().length != width) {
        throw new IllegalArgumentException(
            "observation "
                + i
                + " has "
                + o.values().length
                + " values, the model has "
                + width
                + " observations");
      }
      grid[i / experiment.runs()][i % experiment.runs()] = o;
      i++;
    }
    return of(experiment, grid, List.of(), threads, wallNanos);
  }

  /**
   * The result of every run's observation: a summary per cell and observation (NaN left out), the
   * capped runs per cell.
   */
  static <P> ExperimentResult<P> of(
      Experiment<P> experiment,
      Observation[][] observations,
      List<CellSeries> series,
      int threads,
      long wallNanos) {
    java.util.Objects.requireNonNull(experiment, "experiment");
    java.util.Objects.requireNonNull(observations, "observations");
    java.util.Objects.requireNonNull(series, "series");
    int cells = experiment.cells().size();
    int runs = experiment.runs();
    int observationCount = experiment.model().observationNames().size();
    Summary[][] summaries = new Summary[cells][observationCount];
    int[] capped = new int[cells];
    double[] values = new double[runs];
    for (int c = 0; c < cells; c++) {
      for (int o = 0; o < observationCount; o++) {
        for (int r = 0; r < runs; r++) {
          values[r] = observations[c][r].value(o);
        }
        summaries[c][o] = Summary.of(values);
      }
      for (int r = 0; r < runs; r++) {
        capped[c] += observations[c][r].capped() ? 1 : 0;
      }
    }
    return new ExperimentResult<>(
        experiment, observations, summaries, capped, series, threads, wallNanos);
  }

  /** The experiment. */
  public Experiment<P> experiment() {
    return experiment;
  }

  /**
   * The observation of one run.
   *
   * @throws IndexOutOfBoundsException if the cell or run is out of range
   */
  public Observation observation(int cell, int run) {
    return observations[cell][run];
  }

  /**
   * The summary of one observation, by its index in {@link Model#observationNames()}, in one cell.
   *
   * @throws IndexOutOfBoundsException if the cell or observation is out of range
   */
  public Summary summary(int cell, int observation) {
    return summaries[cell][observation];
  }

  /**
   * The summary of one observation, by name, in one cell.
   *
   * @throws IllegalArgumentException if the name is not one of the model's observations
   * @throws IndexOutOfBoundsException if the cell is out of range
   */
  public Summary summary(int cell, String observation) {
    int o = Names.indexOf("observation", experiment.model().observationNames(), observation);
    return summaries[cell][o];
  }

  /**
   * The runs of one cell that hit their cap.
   *
   * @throws IndexOutOfBoundsException if the cell is out of range
   */
  public int capped(int cell) {
    return capped[cell];
  }

  /** Runs of all cells that hit their cap. */
  public long cappedRuns() {
    long n = 0;
    for (int c : capped) {
      n += c;
    }
    return n;
  }

  /** The per-period series of each cell, in cell order; empty when not collected. */
  public List<CellSeries> series() {
    return series;
  }

  /** The threads used. */
  public int threads() {
    return threads;
  }

  /** The wall time of the runs, in nanoseconds. */
  public long wallNanos() {
    return wallNanos;
  }
}
