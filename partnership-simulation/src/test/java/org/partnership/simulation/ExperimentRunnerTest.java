package org.partnership.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.simulation.march.MarchFigures;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;

class ExperimentRunnerTest {

  static Experiment<MarchParameters> figure1(int runs) {
    return new Experiment<>(
        "figure-1", new MarchModel(), MarchFigures.figure(1).cells(), runs, 1991);
  }

  @Test
  void resultsAreIdenticalOnAnyNumberOfThreads() throws Exception {
    Experiment<MarchParameters> e = figure1(12);
    ExperimentResult<MarchParameters> one = ExperimentRunner.run(e, 1, n -> {});
    ExperimentResult<MarchParameters> three = ExperimentRunner.run(e, 3, n -> {});
    for (int c = 0; c < e.cells().size(); c++) {
      for (int r = 0; r < e.runs(); r++) {
        assertThat(three.observation(c, r)).isEqualTo(one.observation(c, r));
      }
      for (int o = 0; o < 2; o++) {
        assertThat(three.summary(c, o)).isEqualTo(one.summary(c, o));
      }
    }
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ExperimentFiles.runs(one, a);
    ExperimentFiles.runs(three, b);
    assertThat(b.toString()).isEqualTo(a.toString());
  }

  @Test
  void eachRunUsesTheSeedOfItsCellAndIndexAndProgressCountsEveryRun() throws Exception {
    Experiment<MarchParameters> e = figure1(5);
    AtomicLong done = new AtomicLong();
    ExperimentResult<MarchParameters> r = ExperimentRunner.run(e, 2, done::addAndGet);
    assertThat(done.get()).isEqualTo(27 * 5);
    MarchParameters cell = e.cells().get(13);
    assertThat(r.observation(13, 4)).isEqualTo(new MarchModel().run(cell, Seeds.of(1991, 13, 4)));
    assertThat(e.seed(13, 4)).isEqualTo(Seeds.of(1991, 13, 4));
  }

  @Test
  void summariesAreMeanSampleSdAndAStudentTInterval() {
    Summary s = Summary.of(new double[] {1, 2, 3, 4, 5});
    assertThat(s.runs()).isEqualTo(5);
    assertThat(s.mean()).isEqualTo(3.0);
    assertThat(s.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    // t(0.975, 4 df) = 2.7764451051977987
    double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
    assertThat(s.ciLow()).isCloseTo(3 - half, within(1e-9));
    assertThat(s.ciHigh()).isCloseTo(3 + half, within(1e-9));
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(5.0);
    Summary single = Summary.of(new double[] {0.7});
    assertThat(single.sd()).isZero();
    assertThat(single.halfWidth()).isEmpty();
  }

  @Test
  void runsThatObservedNothingAreLeftOutOfTheSummary() {
    Summary s = Summary.of(new double[] {Double.NaN, 1, 2, 3, 4, 5, Double.NaN});
    assertThat(s).isEqualTo(Summary.of(new double[] {1, 2, 3, 4, 5}));
    Summary none = Summary.of(new double[] {Double.NaN, Double.NaN});
    assertThat(none.runs()).isZero();
    assertThat(none.mean()).isNaN();
    assertThat(none.sd()).isNaN();
    assertThat(none.halfWidth()).isEmpty();
    assertThat(new Observation(new double[] {Double.NaN}, 1, false).values()[0]).isNaN();
    assertThatThrownBy(() -> new Observation(new double[] {1, Double.POSITIVE_INFINITY}, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] must be finite or NaN (not observed), was Infinity");
  }

  @Test
  void withCommonSeedsEveryCellUsesTheSeedsOfTheFirst() throws Exception {
    Experiment<MarchParameters> common =
        new Experiment<>("common", new MarchModel(), MarchFigures.figure(2).cells(), 3, 7, true);
    assertThat(common.seed(5, 2)).isEqualTo(Seeds.of(7, 0, 2)).isEqualTo(common.seed(0, 2));
    assertThat(common.seed(5, 1)).isNotEqualTo(common.seed(5, 2));
    ExperimentResult<MarchParameters> r = ExperimentRunner.run(common, 2, n -> {});
    assertThat(r.observation(5, 2))
        .isEqualTo(new MarchModel().run(common.cells().get(5), Seeds.of(7, 0, 2)));
    assertThat(ExperimentFiles.metadata(r)).contains("\"commonSeeds\" : true");
  }

  @Test
  void filesHoldEveryRunEveryCellTheMetadataAndAChart(@TempDir Path dir) throws Exception {
    ExperimentResult<MarchParameters> r = ExperimentRunner.run(figure1(4), 2, n -> {});
    Path chart = ExperimentFiles.write(r, dir, "p1", "p2");
    List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
    assertThat(runs).hasSize(1 + 27 * 4);
    assertThat(runs.get(0))
        .isEqualTo(
            "cell,run,seed,p1,p2,p3,p4,fast_share,fast_p1,slow_p1,period_limit,"
                + "code_knowledge,individual_knowledge,periods,capped");
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(summary).hasSize(28);
    assertThat(summary.get(0))
        .startsWith("cell,p1,p2,p3,p4,fast_share,fast_p1,slow_p1,period_limit,runs,capped,")
        .contains("code_knowledge_mean,code_knowledge_sd,code_knowledge_ci95_low")
        .contains("individual_knowledge_mean");
    assertThat(Files.readString(dir.resolve("metadata.json")))
        .contains("\"model\" : \"march1991\"", "\"baseSeed\" : 1991", "\"java\"", "\"grid\"");
    assertThat(ImageIO.read(chart.toFile()).getWidth()).isEqualTo(800);
    Path bars = dir.resolve("bars.png");
    List<String> labels = new java.util.ArrayList<>();
    for (int c = 0; c < 27; c++) {
      labels.add("cell " + c);
    }
    ExperimentFiles.compare(
        r, bars, labels, List.of("code_knowledge", "individual_knowledge"), "t", "y");
    assertThat(ImageIO.read(bars.toFile()).getWidth()).isEqualTo(27 * 200);
    assertThatThrownBy(
            () ->
                ExperimentFiles.compare(r, bars, List.of("a"), List.of("code_knowledge"), "t", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels must have one entry per cell (27), had 1");
    assertThatThrownBy(() -> ExperimentFiles.compare(r, bars, labels, List.of("nope"), "t", "y"))
        .hasMessageContaining("was \"nope\"");
  }

  @Test
  void badExperimentsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new Experiment<>("x", new MarchModel(), List.of(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cells must not be empty");
    assertThatThrownBy(
            () -> new Experiment<>("x", new MarchModel(), MarchFigures.figure(2).cells(), 0, 0))
        .hasMessage("runs must be at least 1, was 0");
    assertThatThrownBy(() -> ExperimentRunner.run(figure1(1), 0, n -> {}))
        .hasMessage("threads must be at least 1, was 0");
    assertThatThrownBy(() -> MarchFigures.figure(6)).hasMessage("figure must be 1 to 5, was 6");
  }

  @Test
  void everyFigureHasItsGrid() {
    assertThat(MarchFigures.figure(1).cells()).hasSize(27);
    assertThat(MarchFigures.figure(2).cells()).hasSize(11);
    assertThat(MarchFigures.figure(3).cells()).allMatch(p -> p.periodLimit() == 20);
    assertThat(MarchFigures.figure(4).cells()).hasSize(21).allMatch(p -> p.p2() == 0.5);
    assertThat(MarchFigures.figure(5).cells()).hasSize(20).allMatch(p -> p.p4() == 0.02);
  }
}
