package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ExperimentRunner;

/** A sweep on Spark writes runs.csv and summary.csv identical to a local run, on any slicing. */
class SparkSweepTest {

  private static String files(ExperimentResult<?> r) throws Exception {
    StringWriter w = new StringWriter();
    ExperimentFiles.runs(r, w);
    ExperimentFiles.summary(r, w);
    return w.toString();
  }

  private static void assertIdenticalToLocal(Sweep sweep) throws Exception {
    String local = files(ExperimentRunner.run(sweep.experiment(), 2, n -> {}));
    for (int slices : List.of(1, 3, 16)) {
      assertThat(files(SparkSweep.run(SparkTests.spark(), sweep, slices)))
          .as(slices + " slices")
          .isEqualTo(local);
    }
  }

  @Test
  void aMarchSweepIsIdenticalToTheLocalRunOnAnySlicing() throws Exception {
    Map<String, List<Double>> vary = new LinkedHashMap<>();
    vary.put("p1", List.of(0.1, 0.5, 0.9));
    vary.put("p2", List.of(0.2, 0.8));
    assertIdenticalToLocal(new Sweep("march1991", Map.of(), vary, 9, 1991, false));
  }

  @Test
  void anOrganizationShareSweepIsIdenticalToTheLocalRun() throws Exception {
    Map<String, Double> set = new LinkedHashMap<>();
    set.put("people", 40.0);
    set.put("periods", 12.0);
    Map<String, List<Double>> vary = new LinkedHashMap<>();
    vary.put("partner_share", List.of(0.0, 0.5, 1.0));
    vary.put("trust.partnering_return", List.of(0.0, 0.3));
    assertIdenticalToLocal(new Sweep("organization", set, vary, 3, 7, true));
  }

  @Test
  void aBadSweepIsRefusedOnTheDriverByName() {
    assertThatThrownBy(
            () ->
                SparkSweep.run(
                    SparkTests.spark(), new Sweep("nope", Map.of(), Map.of(), 1, 1, false), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no model is called \"nope\"; built in: march1991, organization");
    assertThatThrownBy(
            () ->
                SparkSweep.run(
                    SparkTests.spark(),
                    new Sweep("march1991", Map.of("p9", 1.0), Map.of(), 1, 1, false),
                    2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p9");
    assertThatThrownBy(
            () ->
                SparkSweep.run(
                    SparkTests.spark(), new Sweep("march1991", Map.of(), Map.of(), 1, 1, false), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slices must be at least 1, was 0");
  }
}
