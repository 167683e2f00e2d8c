package org.partnership.simulation;

import java.util.List;
import org.partnership.simulation.internal.Names;

/**
 * The series of one cell of an experiment: for each value a model tells per period ({@link
 * Model#seriesNames()}), its mean and standard deviation over the cell's runs after each period.
 *
 * <p>A run that ended before others (March's runs stop at equilibrium) keeps its last values in the
 * later periods, so every period averages every run; a NaN value (a period with nothing to observe)
 * is left out of that period's mean. Sums are taken in run order, so the series are the same on any
 * number of threads.
 *
 * <p>Immutable and thread-safe.
 */
public final class CellSeries {

  private final int cell;
  private final List<String> names;
  private final int runs;
  private final double[][] mean;
  private final double[][] sd;
  private final int[][] observed;
  private final int[] running;

  CellSeries(
      int cell,
      List<String> names,
      int runs,
      double[][] mean,
      double[][] sd,
      int[][] observed,
      int[] running) {
    this.cell = cell;
    this.names = List.copyOf(names);
    this.runs = runs;
    this.mean = java.util.Objects.requireNonNull(mean, "mean");
    this.sd = java.util.Objects.requireNonNull(sd, "sd");
    this.observed = java.util.Objects.requireNonNull(observed, "observed");
    this.running = java.util.Objects.requireNonNull(running, "running");
  }

  /** The cell's index in the experiment. */
  public int cell() {
    return cell;
  }

  /** The names of the values, as the model gives them. */
  public List<String> names() {
    return names;
  }

  /** The runs of the cell. */
  public int runs() {
    return runs;
  }

  /** The last period any run of the cell reached. */
  public int periods() {
    return running.length;
  }

  /**
   * The mean of a value after a period over the runs that observed it; NaN when none did.
   *
   * @throws IndexOutOfBoundsException if the value or the period (from 1) is out of range
   */
  public double mean(int value, int period) {
    return mean[value][period - 1];
  }

  /**
   * The sample standard deviation of a value after a period (0 with one run, NaN with none).
   *
   * @throws IndexOutOfBoundsException if the value or the period (from 1) is out of range
   */
  public double sd(int value, int period) {
    return sd[value][period - 1];
  }

  /**
   * The runs that observed a value after a period.
   *
   * @throws IndexOutOfBoundsException if the value or the period (from 1) is out of range
   */
  public int observed(int value, int period) {
    return observed[value][period - 1];
  }

  /**
   * The runs still running in a period (the others carry their last values).
   *
   * @throws IndexOutOfBoundsException if the period (from 1) is out of range
   */
  public int running(int period) {
    return running[period - 1];
  }

  /**
   * The means of a value by name, one per period (a copy).
   *
   * @throws IllegalArgumentException if the name is not one of {@link #names()}
   */
  public double[] means(String name) {
    return mean[Names.indexOf("series", names, name)].clone();
  }
}
