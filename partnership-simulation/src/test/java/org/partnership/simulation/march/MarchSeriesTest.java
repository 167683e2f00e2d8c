package org.partnership.simulation.march;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.simulation.CellSeries;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ExperimentRunner;

class MarchSeriesTest {

  @Test
  void tellingASinkChangesNothingAndSeesEveryPeriod() {
    MarchParameters p = MarchParameters.of(0.5, 0.5, 0.1, 0.02).withPeriodLimit(30);
    List<double[]> periods = new ArrayList<>();
    MarchResult observed =
        March1991.run(p, 42, (t, values) -> periods.add(new double[] {t, values[0], values[1]}));
    assertThat(observed).isEqualTo(March1991.run(p, 42));
    assertThat(periods).hasSize(30);
    assertThat(periods.get(29)[1]).isEqualTo(observed.codeKnowledge());
    assertThat(periods.get(29)[2]).isEqualTo(observed.individualKnowledge());
  }

  @Test
  void theLastPeriodOfTheSeriesIsTheExperimentsSummaryAndThreadsDoNotMatter() throws Exception {
    Experiment<MarchParameters> e =
        new Experiment<>(
            "t", new MarchModel(), MarchFigures.figure(1).cells().subList(0, 3), 20, 5);
    ExperimentResult<MarchParameters> one = ExperimentRunner.run(e, 1, n -> {}, true);
    ExperimentResult<MarchParameters> three = ExperimentRunner.run(e, 3, n -> {}, true);
    for (int c = 0; c < 3; c++) {
      CellSeries s = one.series().get(c);
      int last = s.periods();
      // runs stop at equilibrium and carry their knowledge: the last period averages all runs
      assertThat(s.mean(0, last)).isCloseTo(one.summary(c, "code_knowledge").mean(), within(1e-12));
      assertThat(s.sd(0, last)).isCloseTo(one.summary(c, "code_knowledge").sd(), within(1e-9));
      assertThat(s.mean(1, last))
          .isCloseTo(one.summary(c, "individual_knowledge").mean(), within(1e-12));
      assertThat(s.running(1)).isEqualTo(20);
      assertThat(s.running(last)).isPositive();
      assertThat(three.series().get(c).means("code_knowledge"))
          .containsExactly(s.means("code_knowledge"));
    }
    StringWriter out = new StringWriter();
    ExperimentFiles.series(one, out);
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .isEqualTo(
            "cell,p1,p2,p3,p4,fast_share,fast_p1,slow_p1,period_limit,period,runs,running,"
                + "code_knowledge_mean,code_knowledge_sd,individual_knowledge_mean,"
                + "individual_knowledge_sd");
  }
}
