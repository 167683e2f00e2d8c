package org.partnership.examples.simulation.march;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.examples.simulation.Experiment;
import org.partnership.examples.simulation.ExperimentResult;
import org.partnership.examples.simulation.ExperimentRunner;

class MarchSeriesTest {

  @Test
  void observingARunChangesNothingAndSeesEveryPeriod() {
    MarchParameters p = MarchParameters.of(0.5, 0.5, 0.1, 0.02).withPeriodLimit(30);
    List<double[]> periods = new ArrayList<>();
    MarchResult observed =
        March1991.run(
            p, 42, (t, code, individual) -> periods.add(new double[] {t, code, individual}));
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
    ExperimentResult<MarchParameters> result = ExperimentRunner.run(e, 2, n -> {});
    List<MarchSeries.Cell> one = MarchSeries.of(e, 1);
    List<MarchSeries.Cell> three = MarchSeries.of(e, 3);
    for (int c = 0; c < 3; c++) {
      MarchSeries.Cell s = one.get(c);
      int last = s.periods() - 1;
      assertThat(s.codeMean()[last])
          .isCloseTo(result.summary(c, "code_knowledge").mean(), within(1e-12));
      assertThat(s.codeSd()[last])
          .isCloseTo(result.summary(c, "code_knowledge").sd(), within(1e-9));
      assertThat(s.individualMean()[last])
          .isCloseTo(result.summary(c, "individual_knowledge").mean(), within(1e-12));
      assertThat(s.running()[0]).isEqualTo(20);
      assertThat(s.running()[last]).isPositive();
      assertThat(three.get(c).codeMean()).containsExactly(s.codeMean());
    }
    StringWriter out = new StringWriter();
    MarchSeries.write(e, one, out);
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .isEqualTo(
            "cell,p1,p2,p3,p4,fast_share,fast_p1,slow_p1,period_limit,period,runs,running,"
                + "code_knowledge_mean,code_knowledge_sd,individual_knowledge_mean,"
                + "individual_knowledge_sd");
  }
}
