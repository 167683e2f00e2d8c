package org.partnership.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Collects the series of one cell's runs, in run order whatever order the runs finish in: a run
 * that finishes early waits until the runs before it are in. Thread-safe.
 */
final class SeriesAccumulator {

  /** One run's values, period by period. Not thread-safe (one per run). */
  static final class RunSeries implements SeriesSink {
    private final int width;
    private double[] values = new double[64];
    private int periods;

    RunSeries(int width) {
      this.width = width;
    }

    @Override
    public void period(int period, double[] v) {
      if (period != periods + 1) {
        throw new IllegalStateException(
            "periods must be told in order from 1, got " + period + " after " + periods);
      }
      if (v.length != width) {
        throw new IllegalArgumentException(
            "a period has " + width + " series values, was given " + v.length);
      }
      if ((periods + 1) * width > values.length) {
        values = Arrays.copyOf(values, Math.max((periods + 1) * width, values.length * 2));
      }
      System.arraycopy(v, 0, values, periods * width, width);
      periods++;
    }
  }

  private final int cell;
  private final List<String> names;
  private final int width;
  private final int runs;
  private final TreeMap<Integer, RunSeries> pending = new TreeMap<>();
  private int next;
  private int periods;
  private double[][] sum;
  private double[][] squares;
  private int[][] count;
  private double[][] carrySum;
  private double[][] carrySquares;
  private int[][] carryCount;
  private int[] stopped;

  SeriesAccumulator(int cell, List<String> names, int runs) {
    this.cell = cell;
    this.names = names;
    this.width = names.size();
    this.runs = runs;
    int initial = 16;
    sum = new double[width][initial];
    squares = new double[width][initial];
    count = new int[width][initial];
    carrySum = new double[width][initial];
    carrySquares = new double[width][initial];
    carryCount = new int[width][initial];
    stopped = new int[initial];
  }

  /** Offers a finished run; runs are taken in run order. */
  synchronized void offer(int run, RunSeries series) {
    pending.put(run, series);
    RunSeries s;
    while ((s = pending.remove(next)) != null) {
      take(s);
      next++;
    }
  }

  private void take(RunSeries s) {
    ensure(s.periods);
    periods = Math.max(periods, s.periods);
    for (int p = 0; p < s.periods; p++) {
      for (int i = 0; i < width; i++) {
        double v = s.values[p * width + i];
        if (!Double.isNaN(v)) {
          sum[i][p] += v;
          squares[i][p] += v * v;
          count[i][p]++;
        }
      }
    }
    if (s.periods > 0) {
      int last = s.periods - 1;
      for (int i = 0; i < width; i++) {
        double v = s.values[last * width + i];
        if (!Double.isNaN(v)) {
          carrySum[i][last] += v;
          carrySquares[i][last] += v * v;
          carryCount[i][last]++;
        }
      }
      stopped[last]++;
    }
  }

  private void ensure(int n) {
    if (n <= stopped.length) {
      return;
    }
    int size = Math.max(n, stopped.length * 2);
    for (int i = 0; i < width; i++) {
      sum[i] = Arrays.copyOf(sum[i], size);
      squares[i] = Arrays.copyOf(squares[i], size);
      count[i] = Arrays.copyOf(count[i], size);
      carrySum[i] = Arrays.copyOf(carrySum[i], size);
      carrySquares[i] = Arrays.copyOf(carrySquares[i], size);
      carryCount[i] = Arrays.copyOf(carryCount[i], size);
    }
    stopped = Arrays.copyOf(stopped, size);
  }

  /** The series, once every run is in. */
  synchronized CellSeries result() {
    if (next != runs) {
      throw new IllegalStateException("cell " + cell + " has " + next + " of " + runs + " runs");
    }
    double[][] mean = new double[width][periods];
    double[][] sd = new double[width][periods];
    int[][] observed = new int[width][periods];
    int[] running = new int[periods];
    double[] carried = new double[width];
    double[] carriedSquares = new double[width];
    int[] carriedCount = new int[width];
    int stillRunning = runs;
    for (int p = 0; p < periods; p++) {
      running[p] = stillRunning;
      for (int i = 0; i < width; i++) {
        double s = sum[i][p] + carried[i];
        double s2 = squares[i][p] + carriedSquares[i];
        int k = count[i][p] + carriedCount[i];
        observed[i][p] = k;
        mean[i][p] = k == 0 ? Double.NaN : s / k;
        double variance = k < 2 ? 0 : (s2 - s * s / k) / (k - 1);
        sd[i][p] = k == 0 ? Double.NaN : Math.sqrt(Math.max(0, variance));
        carried[i] += carrySum[i][p];
        carriedSquares[i] += carrySquares[i][p];
        carriedCount[i] += carryCount[i][p];
      }
      stillRunning -= stopped[p];
    }
    return new CellSeries(cell, names, runs, mean, sd, observed, running);
  }
}
