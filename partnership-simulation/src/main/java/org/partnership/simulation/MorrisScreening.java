package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Morris's (1991) elementary-effects screening: which of many inputs matter, which act linearly and
 * which through nonlinearity or interactions, for the cost of {@code r × (k + 1)} evaluations.
 *
 * <p>Inputs are scaled to [0, 1] and take {@code levels} values {@code 0, 1/(levels − 1), …, 1}. A
 * trajectory starts at a random grid point and moves one input at a time, in random order, by
 * {@code Δ = levels / (2 (levels − 1))} up or down (Morris's B* construction), so it visits {@code
 * k + 1} points; the elementary effect of input {@code i} on a trajectory is the change of the
 * output divided by the step, in scaled units: {@code (y(x ± Δ e_i) − y(x)) / (±Δ)}. Over {@code r}
 * trajectories each input has {@code r} effects; their mean μ, the mean of their absolute values μ*
 * (Campolongo, Cariboni &amp; Saltelli 2007: importance, immune to effects of opposite sign
 * cancelling) and their standard deviation σ (nonlinearity or interactions) are reported. For a
 * linear function {@code Σ a_i x_i} every effect of input {@code i} is exactly {@code a_i}.
 *
 * <p>Stateless; a design is a pure function of its arguments and seed.
 */
public final class MorrisScreening {

  /** The most inputs a design may have. */
  public static final int MAX_FACTORS = 1_000;

  /** The most trajectories a design may have. */
  public static final int MAX_TRAJECTORIES = 10_000;

  private MorrisScreening() {}

  /**
   * The points at which to evaluate: {@code trajectories} trajectories of {@code factors + 1}
   * points in [0, 1]<sup>k</sup>, and which input each step changed. Immutable: the accessors hand
   * out copies.
   */
  public static final class Design {
    private final double[][][] points;
    private final int[][] changed;
    private final double delta;

    private Design(double[][][] points, int[][] changed, double delta) {
      this.points = points;
      this.changed = changed;
      this.delta = delta;
    }

    /** The step Δ in scaled units. */
    public double delta() {
      return delta;
    }

    /** The number of inputs. */
    public int factors() {
      return changed[0].length;
    }

    /** The number of trajectories. */
    public int trajectories() {
      return points.length;
    }

    /**
     * A copy of point {@code p} (0 to {@code factors}) of trajectory {@code t}.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double[] point(int t, int p) {
      return points[t][p].clone();
    }

    /**
     * The input step {@code s} (0 to {@code factors − 1}) of trajectory {@code t} changed.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public int changed(int t, int s) {
      return changed[t][s];
    }
  }

  /**
   * The screening of one input.
   *
   * @param mu the mean elementary effect
   * @param muStar the mean absolute elementary effect: the input's importance
   * @param sigma the standard deviation of the effects (0 with one trajectory): nonlinearity or
   *     interactions
   */
  public record Effect(double mu, double muStar, double sigma) {}

  /**
   * A design of Morris trajectories.
   *
   * @throws IllegalArgumentException if factors is not in [1, {@value #MAX_FACTORS}], levels is not
   *     an even number in [2, 100], or trajectories is not in [1, {@value #MAX_TRAJECTORIES}]
   */
  public static Design design(int factors, int levels, int trajectories, long seed) {
    if (factors < 1 || factors > MAX_FACTORS) {
      throw new IllegalArgumentException(
          "factors must be in [1, " + MAX_FACTORS + "], was " + factors);
    }
    if (levels < 2 || levels > 100 || levels % 2 != 0) {
      throw new IllegalArgumentException(
          "levels must be an even number in [2, 100], was " + levels);
    }
    if (trajectories < 1 || trajectories > MAX_TRAJECTORIES) {
      throw new IllegalArgumentException(
          "trajectories must be in [1, " + MAX_TRAJECTORIES + "], was " + trajectories);
    }
    double delta = levels / (2.0 * (levels - 1));
    SplittableRandom random = new SplittableRandom(seed);
    double[][][] points = new double[trajectories][factors + 1][];
    int[][] changed = new int[trajectories][factors];
    // base values: the grid points from which a step of Δ up stays in [0, 1]
    int baseLevels = levels / 2;
    for (int t = 0; t < trajectories; t++) {
      double[] x = new double[factors];
      boolean[] up = new boolean[factors];
      for (int i = 0; i < factors; i++) {
        double base = random.nextInt(baseLevels) / (double) (levels - 1);
        up[i] = random.nextBoolean();
        // start at the lower or the upper end of the step, so that the step goes up or down
        x[i] = up[i] ? base : base + delta;
      }
      List<Integer> order = new ArrayList<>(factors);
      for (int i = 0; i < factors; i++) {
        order.add(i);
      }
      Collections.shuffle(order, new java.util.Random(random.nextLong()));
      points[t][0] = x.clone();
      for (int s = 0; s < factors; s++) {
        int i = order.get(s);
        x[i] = up[i] ? x[i] + delta : x[i] - delta;
        x[i] = Math.round(x[i] * (levels - 1)) / (double) (levels - 1);
        points[t][s + 1] = x.clone();
        changed[t][s] = i;
      }
    }
    return new Design(points, changed, delta);
  }

  /**
   * The effects of every input from the outputs at a design's points.
   *
   * @param outputs per trajectory, the output at each of its points; NaN outputs leave out the
   *     effects they take part in
   * @throws IllegalArgumentException if the outputs do not match the design
   */
  public static List<Effect> effects(Design design, double[][] outputs) {
    requireNonNull(design, "design");
    requireNonNull(outputs, "outputs");
    int k = design.factors();
    if (outputs.length != design.trajectories()) {
      throw new IllegalArgumentException(
          "outputs must have one row per trajectory ("
              + design.trajectories()
              + "), had "
              + outputs.length);
    }
    double[] sum = new double[k];
    double[] sumAbs = new double[k];
    double[] sumSq = new double[k];
    int[] n = new int[k];
    for (int t = 0; t < outputs.length; t++) {
      if (outputs[t].length != k + 1) {
        throw new IllegalArgumentException(
            "outputs[" + t + "] must have " + (k + 1) + " values, had " + outputs[t].length);
      }
      for (int s = 0; s < k; s++) {
        int i = design.changed[t][s];
        double step = design.points[t][s + 1][i] - design.points[t][s][i];
        double effect = (outputs[t][s + 1] - outputs[t][s]) / step;
        if (Double.isNaN(effect)) {
          continue;
        }
        sum[i] += effect;
        sumAbs[i] += Math.abs(effect);
        sumSq[i] += effect * effect;
        n[i]++;
      }
    }
    List<Effect> effects = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      if (n[i] == 0) {
        effects.add(new Effect(Double.NaN, Double.NaN, Double.NaN));
        continue;
      }
      double mu = sum[i] / n[i];
      double variance = n[i] > 1 ? Math.max(0, (sumSq[i] - n[i] * mu * mu) / (n[i] - 1)) : 0;
      effects.add(new Effect(mu, sumAbs[i] / n[i], Math.sqrt(variance)));
    }
    return effects;
  }

  /**
   * Screens a function of {@code factors} inputs in [0, 1].
   *
   * @throws NullPointerException if {@code f} is null
   * @throws IllegalArgumentException as {@link #design}
   */
  public static List<Effect> screen(
      int factors, int levels, int trajectories, long seed, ToDoubleFunction<double[]> f) {
    requireNonNull(f, "f");
    Design design = design(factors, levels, trajectories, seed);
    double[][] outputs = new double[trajectories][factors + 1];
    for (int t = 0; t < trajectories; t++) {
      for (int p = 0; p <= factors; p++) {
        outputs[t][p] = f.applyAsDouble(design.point(t, p));
      }
    }
    return effects(design, outputs);
  }
}
