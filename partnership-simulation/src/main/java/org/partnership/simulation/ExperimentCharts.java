package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
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
 * The PNG charts of an experiment, drawn off-screen. Internal to the engine; {@link
 * ExperimentFiles} is the API.
 */
final class ExperimentCharts {

  private ExperimentCharts() {}

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
  static void seriesChart(
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
  static <P> void chart(
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
  static <P> void chart(
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
                : String.format(
                    Locale.ROOT, "%s = %s", names.get(series), ExperimentCsv.number(s.getKey()));
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
  static <P> void compare(
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
    SafeFiles.atomically(
        png,
        p -> {
          if (!javax.imageio.ImageIO.write(image, "png", p.toFile())) {
            throw new IOException("no PNG writer available for " + png);
          }
        });
  }

  static <P> void linesByLabel(
      ExperimentResult<P> result,
      Path png,
      String xName,
      List<String> labels,
      String observation,
      String title,
      String yTitle)
      throws IOException {
    requireNonNull(result, "result");
    requireNonNull(png, "png");
    requireNonNull(xName, "xName");
    requireNonNull(labels, "labels");
    requireNonNull(observation, "observation");
    requireNonNull(title, "title");
    requireNonNull(yTitle, "yTitle");
    Experiment<P> e = result.experiment();
    if (labels.size() != e.cells().size()) {
      throw new IllegalArgumentException(
          "labels must have one entry per cell (" + e.cells().size() + "), had " + labels.size());
    }
    int x = Names.indexOf("x", e.model().parameterNames(), xName);
    int o = Names.indexOf("observation", e.model().observationNames(), observation);
    Map<String, List<double[]>> lines = new LinkedHashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      Summary sum = result.summary(c, o);
      if (Double.isNaN(sum.mean())) {
        continue;
      }
      double xValue = e.model().parameterValues(e.cells().get(c))[x];
      lines
          .computeIfAbsent(labels.get(c), k -> new ArrayList<>())
          .add(new double[] {xValue, sum.mean(), sum.halfWidth().orElse(0)});
    }
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(title)
            .xAxisTitle(xName.replace('_', ' '))
            .yAxisTitle(yTitle)
            .build();
    for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
      List<double[]> points = line.getValue();
      points.sort((a, b) -> Double.compare(a[0], b[0]));
      double[] xs = new double[points.size()];
      double[] ys = new double[points.size()];
      double[] errors = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        xs[i] = points.get(i)[0];
        ys[i] = points.get(i)[1];
        errors[i] = points.get(i)[2];
      }
      XYSeries series = chart.addSeries(line.getKey(), xs, ys, errors);
      series.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
    }
    png(chart, png);
  }
}
