package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.partnership.simulation.internal.Names;

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
    requireNonNull(text, "text");
    StringBuilder name = new StringBuilder(Math.min(text.length(), 120));
    for (int i = 0; i < text.length() && name.length() < 120; i++) {
      char c = text.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (c == '.' && name.length() > 0);
      name.append(safe ? c : '_');
    }
    return name.length() == 0 ? "_" : name.toString();
  }

  /**
   * The file {@code name} (made safe with {@link #fileName}) inside {@code dir}, checked to be
   * directly inside it.
   *
   * @throws IllegalArgumentException if the file would lie outside the directory
   */
  public static Path inside(Path dir, String name) {
    requireNonNull(dir, "dir");
    requireNonNull(name, "name");
    Path base = dir.toAbsolutePath().normalize();
    Path file = base.resolve(fileName(name)).normalize();
    if (!base.equals(file.getParent())) {
      throw new IllegalArgumentException(
          "file name \"" + name + "\" would write outside " + dir + ", refused");
    }
    return file;
  }

  /**
   * Writes a file through a temporary file in the same directory (created if needed), moved into
   * place only once it is complete: a failure leaves the old file, or none, never half of one.
   *
   * @throws IOException if the file cannot be written or moved
   */
  public static void atomically(Path target, FileWriting writing) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(writing, "writing");
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    try {
      writing.write(temp);
      try {
        Files.move(
            temp,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
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

  static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** One row per run: cell, run, seed, parameters, observations, periods, capped. */
  public static <P> void runs(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    Experiment<P> e = result.experiment();
    List<String> header = new ArrayList<>(List.of("cell", "run", "seed"));
    header.addAll(e.model().parameterNames());
    header.addAll(e.model().observationNames());
    header.addAll(List.of("periods", "capped"));
    out.write(String.join(",", header));
    out.write('\n');
    StringBuilder row = new StringBuilder(128);
    for (int c = 0; c < e.cells().size(); c++) {
      double[] parameters = e.model().parameterValues(e.cells().get(c));
      StringBuilder prefix = new StringBuilder();
      for (double p : parameters) {
        prefix.append(',').append(number(p));
      }
      for (int r = 0; r < e.runs(); r++) {
        Observation o = result.observation(c, r);
        row.setLength(0);
        row.append(c).append(',').append(r).append(',').append(e.seed(c, r)).append(prefix);
        for (double v : o.values()) {
          row.append(',').append(number(v));
        }
        row.append(',').append(o.periods()).append(',').append(o.capped()).append('\n');
        out.append(row);
      }
    }
  }

  /**
   * One row per cell: parameters, runs, capped runs, and per observation its mean, sd, 95 % CI, min
   * and max ({@code code_knowledge_mean}, {@code code_knowledge_sd}, …).
   */
  public static <P> void summary(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    Experiment<P> e = result.experiment();
    List<String> header = new ArrayList<>(List.of("cell"));
    header.addAll(e.model().parameterNames());
    header.addAll(List.of("runs", "capped"));
    for (String o : e.model().observationNames()) {
      for (String s : List.of("mean", "sd", "ci95_low", "ci95_high", "min", "max")) {
        header.add(o + "_" + s);
      }
    }
    out.write(String.join(",", header));
    out.write('\n');
    for (int c = 0; c < e.cells().size(); c++) {
      StringBuilder row = new StringBuilder().append(c);
      for (double p : e.model().parameterValues(e.cells().get(c))) {
        row.append(',').append(number(p));
      }
      row.append(',').append(e.runs()).append(',').append(result.capped(c));
      for (int o = 0; o < e.model().observationNames().size(); o++) {
        Summary s = result.summary(c, o);
        for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.min(), s.max()}) {
          row.append(',').append(number(v));
        }
      }
      out.write(row.append('\n').toString());
    }
  }

  /** The model, grid, runs, seeds, versions and wall time, as JSON. */
  public static <P> String metadata(ExperimentResult<P> result) {
    requireNonNull(result, "result");
    Experiment<P> e = result.experiment();
    JsonText root = new JsonText();
    root.begin()
        .field("experiment", e.name())
        .field("model", e.model().id())
        .field("runsPerCell", e.runs())
        .field("cells", e.cells().size())
        .field("baseSeed", e.baseSeed())
        .field("commonSeeds", e.commonSeeds())
        .field(
            "seedOfRun",
            e.commonSeeds()
                ? "Seeds.of(baseSeed, 0, run) in every cell: SplitMix64 finalizer applied in turn"
                : "Seeds.of(baseSeed, cell, run): SplitMix64 finalizer applied in turn")
        .field("cappedRuns", result.cappedRuns())
        .field("threads", result.threads())
        .field("wallSeconds", result.wallNanos() / 1e9)
        .field("finishedAt", Instant.now().toString());
    String version = ExperimentFiles.class.getPackage().getImplementationVersion();
    root.beginObject("versions")
        .field("partnership", version == null ? "development build" : version)
        .field("java", System.getProperty("java.version"))
        .field("javaVendor", System.getProperty("java.vendor"))
        .end();
    root.beginArray("grid");
    List<String> names = e.model().parameterNames();
    for (P cell : e.cells()) {
      root.begin();
      double[] v = e.model().parameterValues(cell);
      for (int i = 0; i < names.size(); i++) {
        root.field(names.get(i), v[i]);
      }
      String description = e.model().describe(cell);
      if (!description.isEmpty()) {
        root.field("description", description);
      }
      root.end();
    }
    root.endArray();
    return root.end().toString();
  }

  /**
   * Writes {@code series.csv}: cell, the cell's parameters, period, runs, runs still running, and
   * the mean and sd of each series value (empty when no run observed it).
   *
   * @throws IllegalArgumentException if the result has no series
   * @throws IOException if writing fails
   */
  public static <P> void series(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    if (result.series().isEmpty()) {
      throw new IllegalArgumentException("the experiment was run without series");
    }
    Experiment<P> e = result.experiment();
    Model<P> model = e.model();
    StringBuilder header =
        new StringBuilder("cell,")
            .append(String.join(",", model.parameterNames()))
            .append(",period,runs,running");
    for (String name : model.seriesNames()) {
      header.append(',').append(name).append("_mean,").append(name).append("_sd");
    }
    out.write(header.append('\n').toString());
    int width = model.seriesNames().size();
    for (CellSeries c : result.series()) {
      StringBuilder prefix = new StringBuilder().append(c.cell());
      for (double v : model.parameterValues(e.cells().get(c.cell()))) {
        prefix.append(',').append(number(v));
      }
      for (int t = 1; t <= c.periods(); t++) {
        StringBuilder row = new StringBuilder(prefix);
        row.append(',').append(t).append(',').append(c.runs()).append(',').append(c.running(t));
        for (int i = 0; i < width; i++) {
          row.append(',').append(number(c.mean(i, t))).append(',').append(number(c.sd(i, t)));
        }
        out.write(row.append('\n').toString());
      }
    }
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
    requireNonNull(result, "result");
    requireNonNull(value, "value");
    requireNonNull(labels, "labels");
    requireNonNull(periodName, "periodName");
    requireNonNull(png, "png");
    List<String> names = result.experiment().model().seriesNames();
    if (result.series().isEmpty()) {
      throw new IllegalArgumentException("the experiment was run without series");
    }
    int v = Names.indexOf("value", names, value);
    if (labels.size() != result.series().size()) {
      throw new IllegalArgumentException(
          "labels must have one entry per cell ("
              + result.series().size()
              + "), had "
              + labels.size());
    }
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(value.replace('_', ' ') + " per " + periodName + " (mean over runs)")
            .xAxisTitle(periodName)
            .yAxisTitle(value.replace('_', ' '))
            .build();
    chart.getStyler().setMarkerSize(0);
    for (int c = 0; c < labels.size(); c++) {
      CellSeries cell = result.series().get(c);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int t = 1; t <= cell.periods(); t++) {
        if (!Double.isNaN(cell.mean(v, t))) {
          xs.add((double) t);
          ys.add(cell.mean(v, t));
        }
      }
      if (!xs.isEmpty()) {
        chart.addSeries(labels.get(c), xs, ys);
      }
    }
    png(chart, png);
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
    requireNonNull(result, "result");
    requireNonNull(png, "png");
    String observation = result.experiment().model().observationNames().get(0);
    Experiment<P> e = result.experiment();
    chart(
        result,
        png,
        xName,
        seriesName,
        List.of(observation),
        e.model().id() + " — " + e.name() + " (" + e.runs() + " runs per point, 95 % CI)",
        observation.replace('_', ' '));
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
    requireNonNull(result, "result");
    requireNonNull(png, "png");
    requireNonNull(observations, "observations");
    requireNonNull(title, "title");
    requireNonNull(yTitle, "yTitle");
    Experiment<P> e = result.experiment();
    List<String> names = e.model().parameterNames();
    int cells = e.cells().size();
    double[][] values = new double[cells][];
    for (int c = 0; c < cells; c++) {
      values[c] = e.model().parameterValues(e.cells().get(c));
    }
    List<Integer> varying = new ArrayList<>();
    for (int p = 0; p < names.size(); p++) {
      TreeSet<Double> distinct = new TreeSet<>();
      for (double[] v : values) {
        distinct.add(v[p]);
      }
      if (distinct.size() > 1) {
        varying.add(p);
      }
    }
    int x =
        xName != null ? Names.indexOf("x", names, xName) : varying.isEmpty() ? 0 : varying.get(0);
    varying.remove(Integer.valueOf(x));
    int series =
        seriesName != null ? names.indexOf(seriesName) : varying.isEmpty() ? -1 : varying.get(0);
    int[] observed = new int[observations.size()];
    for (int i = 0; i < observed.length; i++) {
      observed[i] = Names.indexOf("observation", e.model().observationNames(), observations.get(i));
    }
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(title)
            .xAxisTitle(names.get(x).replace('_', ' '))
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setMarkerSize(6);
    Map<Double, List<Integer>> bySeries = new LinkedHashMap<>();
    for (int c = 0; c < cells; c++) {
      bySeries.computeIfAbsent(series < 0 ? 0 : values[c][series], k -> new ArrayList<>()).add(c);
    }
    for (int o = 0; o < observed.length; o++) {
      for (Map.Entry<Double, List<Integer>> s : bySeries.entrySet()) {
        List<Integer> members = new ArrayList<>();
        for (int c : s.getValue()) {
          if (!Double.isNaN(result.summary(c, observed[o]).mean())) {
            members.add(c);
          }
        }
        if (members.isEmpty()) {
          continue;
        }
        members.sort((a, b) -> Double.compare(values[a][x], values[b][x]));
        double[] xs = new double[members.size()];
        double[] ys = new double[members.size()];
        double[] errors = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
          Summary sum = result.summary(members.get(i), observed[o]);
          xs[i] = values[members.get(i)][x];
          ys[i] = sum.mean();
          errors[i] = sum.halfWidth().orElse(0);
        }
        String parameter =
            series < 0
                ? ""
                : String.format(Locale.ROOT, "%s = %s", names.get(series), number(s.getKey()));
        String label =
            observed.length == 1 && series >= 0
                ? parameter
                : series < 0
                    ? observations.get(o).replace('_', ' ')
                    : observations.get(o).replace('_', ' ') + ", " + parameter;
        XYSeries line = chart.addSeries(label, xs, ys, errors);
        line.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
      }
    }
    png(chart, png);
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
    requireNonNull(result, "result");
    requireNonNull(png, "png");
    requireNonNull(labels, "labels");
    requireNonNull(observations, "observations");
    requireNonNull(title, "title");
    requireNonNull(yTitle, "yTitle");
    Experiment<P> e = result.experiment();
    if (labels.size() != e.cells().size()) {
      throw new IllegalArgumentException(
          "labels must have one entry per cell (" + e.cells().size() + "), had " + labels.size());
    }
    org.knowm.xchart.CategoryChart chart =
        new org.knowm.xchart.CategoryChartBuilder()
            .width(Math.max(800, 200 * labels.size()))
            .height(560)
            .title(title)
            .xAxisTitle("")
            .yAxisTitle(yTitle)
            .build();
    for (String observation : observations) {
      int o = Names.indexOf("observation", e.model().observationNames(), observation);
      List<Double> means = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (int c = 0; c < labels.size(); c++) {
        Summary sum = result.summary(c, o);
        means.add(Double.isNaN(sum.mean()) ? 0 : sum.mean());
        errors.add(sum.halfWidth().orElse(0));
      }
      chart.addSeries(observation.replace('_', ' '), labels, means, errors);
    }
    png(chart, png);
  }

  /**
   * Writes a chart as PNG (works headless).
   *
   * @throws IOException if the file cannot be written
   */
  static void png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path png)
      throws IOException {
    java.awt.image.BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    atomically(
        png,
        p -> {
          if (!javax.imageio.ImageIO.write(image, "png", p.toFile())) {
            throw new IOException("no PNG writer available for " + png);
          }
        });
  }
}
