package org.partnership.examples.simulation.march;

import java.util.List;
import org.partnership.examples.simulation.Model;
import org.partnership.examples.simulation.Observation;

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
  public List<String> observationNames() {
    return List.of("code_knowledge", "individual_knowledge");
  }

  @Override
  public Observation run(MarchParameters parameters, long seed) {
    MarchResult r = March1991.run(parameters, seed);
    return new Observation(
        new double[] {r.codeKnowledge(), r.individualKnowledge()}, r.periods(), r.capped());
  }
}
