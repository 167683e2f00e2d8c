package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of an experiment: {@code runs.csv} (one row per run), {@code summary.csv} (one row per
 * cell), {@code metadata.json} (model, grid, seeds, versions, wall time), {@code series.csv} (per
 * period, when series were collected) and PNG charts. Every file is written through a temporary
 * file and moved into place complete.
 *
 * <p>Charts are drawn off-screen; the JVM needs no display (it runs headless by itself where there
 * is none, and this class never sets system properties).
 */
public final class ExperimentFiles {
  private ExperimentFiles() {}

  /** Something that writes a file. */
  @FunctionalInterface
  public interface FileWriting {
    /** Writes the file at {@code path}. */
    void write(Path path) throws IOException;
  }

  /**
   * A file name from text that may come from data (an experiment's name, a policy's id): letters,
   * digits, {@code .}, {@code _} and {@code -} kept, anything else {@code _}, no leading dot, at
   * most 120 characters.
   */
  public static String fileName(String text) {
    return SafeFiles.fileName(text);
  }

  /**
   * The file {@code name} (made safe with {@link #fileName}) inside {@code dir}, checked to be
   * directly inside it.
   *
   * @throws IllegalArgumentException if the file would lie outside the directory
   */
  public static Path inside(Path dir, String name) {
    return SafeFiles.inside(dir, name);
  }

  /**
   * A new, empty hidden file in {@code dir} to write {@code name} through, with the permissions
   * every new file gets (the process's umask applies), so that every result file, moved into place,
   * has one mode.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be created
   */
  public static Path temporaryFile(Path dir, String name) throws IOException {
    requireNonNull(dir, "dir");
    requireNonNull(name, "name");
    return SafeFiles.temporary(dir, name);
  }

  /**
   * Writes a file through a temporary file in the same directory (created if needed), moved into
   * place only once it is complete: a failure leaves the old file, or none, never half of one. The
   * file gets the permissions every new file gets (the process's umask applies).
   *
   * @throws IOException if the file cannot be written or moved
   */
  public static void atomically(Path target, FileWriting writing) throws IOException {
    SafeFiles.atomically(target, writing);
  }

  /**
   * Writes the four files into a directory (created if needed).
   *
   * @return the chart's path
   * @throws IOException if a file cannot be written
   */
  public static Path write(ExperimentResult<?> result, Path dir) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(dir, "dir");
    return write(result, dir, null, null);
  }

  /**
   * Writes the four files, charting against the named parameters.
   *
   * @param x the parameter on the x axis; null for the first that varies
   * @param series the parameter telling the lines apart; null for the next that varies
   * @return the chart's path
   * @throws IOException if a file cannot be written
   */
  public static Path write(
      ExperimentResult<?> result,
      Path dir,
      @org.jspecify.annotations.Nullable String x,
      @org.jspecify.annotations.Nullable String series)
      throws IOException {
    requireNonNull(result, "result");
    requireNonNull(dir, "dir");
    writeData(result, dir);
    Path chart = inside(dir, result.experiment().name() + ".png");
    chart(result, chart, x, series);
    return chart;
  }

  /**
   * Writes {@code runs.csv}, {@code summary.csv} and {@code metadata.json} into a directory
   * (created if needed), without a chart.
   *
   * @throws IOException if a file cannot be written
   */
  public static void writeData(ExperimentResult<?> result, Path dir) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(dir, "dir");
    atomically(
        dir.resolve("runs.csv"),
        p -> {
          try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            runs(result, w);
          }
        });
    atomically(
        dir.resolve("summary.csv"),
        p -> {
          try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            summary(result, w);
          }
        });
    String metadata = metadata(result);
    atomically(
        dir.resolve("metadata.json"), p -> Files.writeString(p, metadata, StandardCharsets.UTF_8));
  }

  /**
   * Writes a shard into a directory (created if needed): {@code shard.csv}, its rows of {@code
   * runs.csv} in the same format, and {@code shard.properties}, which experiment (model, grid
   * digest, runs, seeds) and which shard it is, with the arguments that made it (for a merge that
   * rebuilds the experiment from them). Each file is written whole or not at all.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are more than 10,000 arguments
   * @throws IOException if a file cannot be written
   */
  public static void writeShard(ExperimentShard<?> shard, Path dir, List<String> arguments)
      throws IOException {
    requireNonNull(shard, "shard");
    requireNonNull(dir, "dir");
    List<String> copy = List.copyOf(requireNonNull(arguments, "arguments"));
    Files.createDirectories(dir);
    ExperimentShards.write(shard, dir, copy);
  }

  /**
   * Refuses, before a shard runs, arguments that would make its {@code shard.properties} larger
   * than a merge reads (1 MiB).
   *
   * @throws NullPointerException if {@code arguments} or one of them is null
   * @throws IllegalArgumentException if they would
   */
  public static void checkShardArguments(List<String> arguments) {
    ExperimentShards.checkArguments(List.copyOf(requireNonNull(arguments, "arguments")));
  }

  /**
   * The arguments a shard directory recorded when it was written.
   *
   * @throws NullPointerException if {@code dir} is null
   * @throws IllegalArgumentException if the directory holds no shard of this version, or its
   *     properties are malformed or too large
   * @throws IOException if a file cannot be read
   */
  public static List<String> shardArguments(Path dir) throws IOException {
    return ExperimentShards.arguments(requireNonNull(dir, "dir"));
  }

  /**
   * The result of an experiment put together from the shards in these directories: equal, run for
   * run and summary for summary, to running it unsharded (only the threads and the wall time
   * differ: the most threads of a shard, the sum of their times). Every shard of one count must be
   * given once; each must belong to this experiment (model, grid digest, runs, seeds); every row is
   * checked against its run's cell, run, seed and parameters, and every value must be written as
   * {@code runs.csv} writes it. Sizes are bounded before reading: a file larger than its runs can
   * need is refused.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a shard is missing, given twice, of another experiment, or
   *     malformed (the file, line and column named)
   * @throws IOException if a file cannot be read
   */
  public static <P> ExperimentResult<P> mergeShards(Experiment<P> experiment, List<Path> dirs)
      throws IOException {
    requireNonNull(experiment, "experiment");
    List<Path> copy = List.copyOf(requireNonNull(dirs, "dirs"));
    return ExperimentShards.merge(experiment, copy);
  }

  /** One row per run: cell, run, seed, parameters, observations, periods, capped. */
  public static <P> void runs(ExperimentResult<P> result, Writer out) throws IOException {
    ExperimentCsv.runs(result, out);
  }

  /**
   * One row per cell: parameters, runs, capped runs, and per observation its mean, sd, 95 % CI, min
   * and max ({@code code_knowledge_mean}, {@code code_knowledge_sd}, …).
   */
  public static <P> void summary(ExperimentResult<P> result, Writer out) throws IOException {
    ExperimentCsv.summary(result, out);
  }

  /** The model, grid, runs, seeds, versions and wall time, as JSON. */
  public static <P> String metadata(ExperimentResult<P> result) {
    return ExperimentMetadata.metadata(result);
  }

  /**
   * Writes {@code series.csv}: cell, the cell's parameters, period, runs, runs still running, and
   * the mean and sd of each series value (empty when no run observed it).
   *
   * @throws IllegalArgumentException if the result has no series
   * @throws IOException if writing fails
   */
  public static <P> void series(ExperimentResult<P> result, Writer out) throws IOException {
    ExperimentCsv.series(result, out);
  }

  /**
   * A line chart of one series value against the period, a line per cell (labelled), written as
   * PNG.
   *
   * @param labels one label per cell, in cell order
   * @param periodName what a period is, for the axis (e.g. {@code week})
   * @throws IllegalArgumentException if the result has no series, the value is unknown or the
   *     labels do not match the cells
   * @throws IOException if the file cannot be written
   */
  public static void seriesChart(
      ExperimentResult<?> result, String value, List<String> labels, String periodName, Path png)
      throws IOException {
    ExperimentCharts.seriesChart(result, value, labels, periodName, png);
  }

  /**
   * A line chart of the first observation's cell means against the first parameter that varies, one
   * series per value of the second that varies, with the 95 % confidence intervals as error bars;
   * written as PNG (works headless).
   *
   * @throws IOException if the file cannot be written
   */
  public static <P> void chart(
      ExperimentResult<P> result,
      Path png,
      @org.jspecify.annotations.Nullable String xName,
      @org.jspecify.annotations.Nullable String seriesName)
      throws IOException {
    ExperimentCharts.chart(result, png, xName, seriesName);
  }

  /**
   * A line chart of several observations' cell means against a parameter (null: the first that
   * varies), one series per observation and value of the series parameter (null: the next that
   * varies), with 95 % confidence intervals as error bars; cells where an observation was never
   * observed are left out. Written as PNG (works headless).
   *
   * @throws IllegalArgumentException if a parameter or observation name is unknown
   * @throws IOException if the file cannot be written
   */
  public static <P> void chart(
      ExperimentResult<P> result,
      Path png,
      @org.jspecify.annotations.Nullable String xName,
      @org.jspecify.annotations.Nullable String seriesName,
      List<String> observations,
      String title,
      String yTitle)
      throws IOException {
    ExperimentCharts.chart(result, png, xName, seriesName, observations, title, yTitle);
  }

  /**
   * A bar chart comparing cells by name: one group of bars per cell (labelled), one bar per
   * observation, the cell means with 95 % confidence intervals as error bars; cells where an
   * observation was never observed show no bar. Written as PNG (works headless).
   *
   * @param labels one label per cell, in cell order
   * @throws IllegalArgumentException if an observation is unknown or the labels do not match the
   *     cells
   * @throws IOException if the file cannot be written
   */
  public static <P> void compare(
      ExperimentResult<P> result,
      Path png,
      List<String> labels,
      List<String> observations,
      String title,
      String yTitle)
      throws IOException {
    ExperimentCharts.compare(result, png, labels, observations, title, yTitle);
  }

  /**
   * Writes a chart as PNG (works headless).
   *
   * @throws IOException if the file cannot be written
   */
  static void png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path png)
      throws IOException {
    ExperimentCharts.png(chart, png);
  }

  /**
   * A line chart of one observation's cell means against a parameter, one line per label (e.g. a
   * line per policy when cells compare policies and vary a parameter), with 95 % confidence
   * intervals as error bars; cells where the observation was never observed are left out. Written
   * as PNG (works headless).
   *
   * @param labels one label per cell, in cell order; cells with the same label form a line
   * @throws IllegalArgumentException if the parameter or observation is unknown or the labels do
   *     not match the cells
   * @throws IOException if the file cannot be written
   */
  public static <P> void linesByLabel(
      ExperimentResult<P> result,
      Path png,
      String x,
      List<String> labels,
      String observation,
      String title,
      String yTitle)
      throws IOException {
    ExperimentCharts.linesByLabel(result, png, x, labels, observation, title, yTitle);
  }
}
