package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A model, a grid of parameter sets (the cells), the runs per cell and a base seed. Run {@code r}
 * of cell {@code c} uses the seed {@link Seeds#of(long, long, long) Seeds.of(baseSeed, c, r)}, so
 * results do not depend on how runs are spread over threads. With common seeds, run {@code r} of
 * every cell uses {@code Seeds.of(baseSeed, 0, r)} instead: the cells then differ only in their
 * parameters, not in their random draws (common random numbers, a standard variance reduction for
 * comparing cells; the runs of one cell stay independent).
 *
 * @param <P> the model's parameters
 * @param name a short name for charts and files, e.g. {@code figure-1}
 * @param model the model
 * @param cells the parameter sets, in order
 * @param runs the runs per cell
 * @param baseSeed the base seed
 * @param commonSeeds whether every cell uses the same seeds
 */
public record Experiment<P>(
    String name, Model<P> model, List<P> cells, int runs, long baseSeed, boolean commonSeeds) {

  /** The most cells an experiment may have. */
  public static final int MAX_CELLS = 100_000;

  /**
   * The most runs an experiment may have in all (every run's observations are kept in memory until
   * the summary).
   */
  public static final long MAX_RUNS = 10_000_000;

  /**
   * An experiment with a seed per cell and run: independent seeds, {@code Seeds.of(baseSeed, cell,
   * run)}, as March (1991)'s experiments use. For common random numbers (run {@code r} of every
   * cell on the same seed, the organization model's default in the CLI), use the constructor with
   * {@code commonSeeds}.
   *
   * @throws NullPointerException if an argument or a cell is null
   * @throws IllegalArgumentException if there are no cells or runs is below 1
   */
  public Experiment(String name, Model<P> model, List<P> cells, int runs, long baseSeed) {
    this(name, model, cells, runs, baseSeed, false);
  }

  /**
   * Validates the experiment.
   *
   * @throws NullPointerException if an argument or a cell is null
   * @throws IllegalArgumentException if there are no cells or more than {@link #MAX_CELLS}, runs is
   *     below 1, or cells × runs is above {@link #MAX_RUNS}
   */
  public Experiment {
    requireNonNull(name, "name");
    requireNonNull(model, "model");
    cells = List.copyOf(requireNonNull(cells, "cells"));
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("cells must not be empty");
    }
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, was " + runs);
    }
    if (cells.size() > MAX_CELLS) {
      throw new IllegalArgumentException(
          "cells must be at most " + MAX_CELLS + ", was " + cells.size());
    }
    if ((long) cells.size() * runs > MAX_RUNS) {
      throw new IllegalArgumentException(
          "cells × runs must be at most "
              + MAX_RUNS
              + ", was "
              + cells.size()
              + " × "
              + runs
              + " = "
              + (long) cells.size() * runs);
    }
  }

  /** The seed of a run. */
  public long seed(int cell, int run) {
    return Seeds.of(baseSeed, commonSeeds ? 0 : cell, run);
  }

  /** All runs of all cells. */
  public long totalRuns() {
    return (long) cells.size() * runs;
  }
}
