package org.partnership.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;

/** Lines per label against a parameter. */
class ExperimentChartsTest {

  private static ExperimentResult<MarchParameters> result() throws InterruptedException {
    List<MarchParameters> cells =
        List.of(
            MarchParameters.of(0.1, 0.5, 0, 0),
            MarchParameters.of(0.5, 0.5, 0, 0),
            MarchParameters.of(0.1, 0.9, 0, 0),
            MarchParameters.of(0.5, 0.9, 0, 0));
    return ExperimentRunner.run(new Experiment<>("g", new MarchModel(), cells, 3, 1), 1, n -> {});
  }

  @Test
  void aLinePerLabelAgainstAParameterIsWrittenAsAPng(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("lines.png");
    ExperimentFiles.linesByLabel(
        result(), png, "p1", List.of("a", "a", "b", "b"), "code_knowledge", "title", "y");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
  }

  @Test
  void labelsAndNamesMustMatchTheExperiment(@TempDir Path dir) throws Exception {
    ExperimentResult<MarchParameters> r = result();
    Path png = dir.resolve("lines.png");
    assertThatThrownBy(
            () ->
                ExperimentFiles.linesByLabel(
                    r, png, "p1", List.of("a"), "code_knowledge", "t", "y"))
        .hasMessage("labels must have one entry per cell (4), had 1");
    assertThatThrownBy(
            () ->
                ExperimentFiles.linesByLabel(
                    r, png, "nope", List.of("a", "a", "b", "b"), "code_knowledge", "t", "y"))
        .hasMessageStartingWith("x must be one of [p1,");
    assertThatThrownBy(
            () ->
                ExperimentFiles.linesByLabel(
                    r, png, "p1", List.of("a", "a", "b", "b"), "nope", "t", "y"))
        .hasMessageStartingWith("observation must be one of");
    assertThat(png).doesNotExist();
  }
}
