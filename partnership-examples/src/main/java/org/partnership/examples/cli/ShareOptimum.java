package org.partnership.examples.cli;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.Summary;
import org.partnership.simulation.organization.OrganizationParameter;
import org.partnership.simulation.organization.OrganizationScenario;

/**
 * The best partnering share of a sweep, per combination of the varied parameters: the share with
 * the highest mean performance, and the interval of shares whose 95 % interval of performance
 * overlaps the best one's — the shares the runs cannot tell apart from the best.
 */
final class ShareOptimum {

  /**
   * One combination of the varied parameters.
   *
   * @param values the varied parameters' values, in the order of --vary
   * @param best the share with the highest mean performance
   * @param performance its mean performance
   * @param low the smallest share not distinguishable from the best
   * @param high the largest share not distinguishable from the best
   */
  record Row(List<Double> values, double best, double performance, double low, double high) {
    boolean includes(double share) {
      return share >= low - 1e-9 && share <= high + 1e-9;
    }
  }

  private ShareOptimum() {}

  /** The rows of a sweep whose cells are the variants × the shares, shares varying fastest. */
  static List<Row> of(
      ExperimentResult<OrganizationScenario> result,
      List<Double> shares,
      List<OrganizationParameter> varied) {
    List<OrganizationScenario> cells = result.experiment().cells();
    int variants = cells.size() / shares.size();
    List<Row> rows = new ArrayList<>();
    for (int v = 0; v < variants; v++) {
      int bestCell = -1;
      double bestMean = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < shares.size(); k++) {
        int c = v * shares.size() + k;
        double mean = result.summary(c, "performance").mean();
        if (mean > bestMean) { // NaN, never observed, is never greater
          bestCell = c;
          bestMean = mean;
        }
      }
      List<Double> values = new ArrayList<>();
      for (OrganizationParameter p : varied) {
        values.add(cells.get(v * shares.size()).parameters().get(p));
      }
      if (bestCell < 0) {
        rows.add(new Row(values, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        continue;
      }
      Summary best = result.summary(bestCell, "performance");
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < shares.size(); k++) {
        int c = v * shares.size() + k;
        Summary s = result.summary(c, "performance");
        boolean indistinguishable =
            c == bestCell
                || (best.halfWidth().isPresent()
                    && s.halfWidth().isPresent()
                    && s.ciHigh() >= best.ciLow());
        if (indistinguishable) {
          low = Math.min(low, shares.get(k));
          high = Math.max(high, shares.get(k));
        }
      }
      rows.add(new Row(values, shares.get(bestCell - v * shares.size()), best.mean(), low, high));
    }
    return rows;
  }

  /** The rows as CSV: the varied parameters, then best share, performance, interval, 0.7 in it. */
  static String csv(List<Row> rows, List<OrganizationParameter> varied) {
    StringBuilder csv = new StringBuilder();
    for (OrganizationParameter p : varied) {
      csv.append(p.key()).append(',');
    }
    csv.append("best_share,performance,low_share,high_share,includes_0.7\n");
    for (Row r : rows) {
      for (double v : r.values()) {
        csv.append(ParameterSpec.text(v)).append(',');
      }
      csv.append(r.best())
          .append(',')
          .append(r.performance())
          .append(',')
          .append(r.low())
          .append(',')
          .append(r.high())
          .append(',')
          .append(r.includes(0.7))
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Heat maps of the best share over the first two varied parameters, one per combination of the
   * others (at most two others); returns the files written.
   */
  static List<String> heatMaps(
      List<Row> rows, List<OrganizationParameter> varied, Path dir, String name, int runs)
      throws IOException {
    List<String> written = new ArrayList<>();
    if (varied.size() < 2 || varied.size() > 4) {
      return written;
    }
    List<Double> xs = distinct(rows, 0);
    List<Double> ys = distinct(rows, 1);
    Set<List<Double>> rests = new LinkedHashSet<>();
    for (Row r : rows) {
      rests.add(r.values().subList(2, r.values().size()));
    }
    int index = 0;
    for (List<Double> rest : rests) {
      StringBuilder title =
          new StringBuilder("best partnering share (performance, ").append(runs).append(" runs)");
      for (int i = 0; i < rest.size(); i++) {
        title
            .append(i == 0 ? ": " : ", ")
            .append(varied.get(i + 2).key())
            .append(' ')
            .append(ParameterSpec.text(rest.get(i)));
      }
      HeatMapChart chart =
          new HeatMapChartBuilder()
              .width(800)
              .height(560)
              .title(title.toString())
              .xAxisTitle(varied.get(0).key())
              .yAxisTitle(varied.get(1).key())
              .build();
      chart.getStyler().setShowValue(true);
      chart.getStyler().setMin(0);
      chart.getStyler().setMax(1);
      chart
          .getStyler()
          .setRangeColors(new Color[] {new Color(0x2c7bb6), Color.WHITE, new Color(0xd7191c)});
      List<String> xLabels = new ArrayList<>();
      xs.forEach(x -> xLabels.add(ParameterSpec.text(x)));
      List<String> yLabels = new ArrayList<>();
      ys.forEach(y -> yLabels.add(ParameterSpec.text(y)));
      List<Number[]> heat = new ArrayList<>();
      for (Row r : rows) {
        if (r.values().subList(2, r.values().size()).equals(rest) && !Double.isNaN(r.best())) {
          heat.add(
              new Number[] {
                xs.indexOf(r.values().get(0)), ys.indexOf(r.values().get(1)), r.best()
              });
        }
      }
      chart.addSeries("best share", xLabels, yLabels, heat);
      String file = String.format(Locale.ROOT, "%s-optimum-%d.png", name, ++index);
      BufferedImage image = BitmapEncoder.getBufferedImage(chart);
      ExperimentFiles.atomically(
          ExperimentFiles.inside(dir, file),
          p -> {
            if (!ImageIO.write(image, "png", p.toFile())) {
              throw new IOException("no PNG writer available for " + p);
            }
          });
      written.add(ExperimentFiles.fileName(file));
    }
    return written;
  }

  private static List<Double> distinct(List<Row> rows, int i) {
    List<Double> values = new ArrayList<>();
    for (Row r : rows) {
      if (!values.contains(r.values().get(i))) {
        values.add(r.values().get(i));
      }
    }
    return values;
  }
}
