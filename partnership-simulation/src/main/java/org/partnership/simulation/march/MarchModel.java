package org.partnership.simulation.march;

import java.util.List;
import java.util.Map;
import org.partnership.simulation.Model;
import org.partnership.simulation.Observation;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.ParameterTables;
import org.partnership.simulation.SeriesSink;

/**
 * {@link March1991} as an experiment {@link Model}: parameters {@code p1} (the mean socialization
 * rate), {@code p2}, {@code p3}, {@code p4}, {@code fast_share}, {@code fast_p1}, {@code slow_p1},
 * {@code period_limit}; observations {@code code_knowledge} and {@code individual_knowledge}.
 */
public final class MarchModel implements Model<MarchParameters> {

  /** The model's id: {@value}. */
  public static final String ID = "march1991";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> parameterNames() {
    return List.of("p1", "p2", "p3", "p4", "fast_share", "fast_p1", "slow_p1", "period_limit");
  }

  @Override
  public double[] parameterValues(MarchParameters p) {
    double meanP1 = p.fastShare() * p.fastP1() + (1 - p.fastShare()) * p.slowP1();
    return new double[] {
      meanP1, p.p2(), p.p3(), p.p4(), p.fastShare(), p.fastP1(), p.slowP1(), p.periodLimit()
    };
  }

  @Override
  public String description() {
    return "March (1991), exploration and exploitation in organizational learning: a code learns"
        + " from the individuals who beat it, the individuals learn from the code (docs/models.md)";
  }

  @Override
  public List<String> observationNames() {
    return List.of("code_knowledge", "individual_knowledge");
  }

  @Override
  public List<String> seriesNames() {
    return March1991.SERIES;
  }

  /** The paper's parameters, with its defaults (m = 30 dimensions, n = 50 individuals). */
  @Override
  public List<ParameterSpec> parameterTable() {
    return TABLE;
  }

  private static final List<ParameterSpec> TABLE =
      List.of(
          new ParameterSpec("p1", 0.5, 0, 1, "socialization rate: individuals learn from the code"),
          new ParameterSpec("p2", 0.5, 0, 1, "code-learning rate: the code learns from the best"),
          new ParameterSpec("p3", 0, 0, 1, "turnover: chance an individual is replaced per period"),
          new ParameterSpec("p4", 0, 0, 1, "turbulence: chance a dimension of reality flips"),
          new ParameterSpec(
              "period_limit",
              MarchParameters.EQUILIBRIUM_LIMIT,
              1,
              MarchParameters.MAX_PERIOD_LIMIT,
              "the longest a run goes on (with p3 or p4 the paper stops at 100)"));

  @Override
  public MarchParameters parameters(Map<String, Double> values) {
    Map<String, Double> v = ParameterTables.resolve(TABLE, values);
    MarchParameters p = MarchParameters.of(v.get("p1"), v.get("p2"), v.get("p3"), v.get("p4"));
    return values.containsKey("period_limit")
        ? p.withPeriodLimit((int) Math.round(v.get("period_limit")))
        : p;
  }

  @Override
  public Observation run(MarchParameters parameters, long seed, SeriesSink series) {
    MarchResult r = March1991.run(parameters, seed, series);
    return new Observation(
        new double[] {r.codeKnowledge(), r.individualKnowledge()}, r.periods(), r.capped());
  }
}
