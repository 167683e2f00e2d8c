package org.partnership.simulation.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.march.MarchFigures;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;

/**
 * The shard reader of {@code simulate merge}, on any files: a shard merges, or is refused with
 * {@link IllegalArgumentException} naming the file — never another exception, never a hang — and
 * what merges holds every run of the experiment. The fuzzed bytes are {@code shard.properties}, a
 * zero byte, then {@code shard.csv}. Regression inputs replay under {@code
 * src/test/resources/org/partnership/simulation/fuzz/ShardFuzzTestInputs/merge/}; {@code
 * JAZZER_FUZZ=1} explores new ones.
 */
class ShardFuzzTest {

  /** The experiment the regression inputs are shards of: figure 1, two runs, seed 1. */
  static final Experiment<MarchParameters> EXPERIMENT =
      new Experiment<>("figure-1", new MarchModel(), MarchFigures.figure(1).cells(), 2, 1);

  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("shard-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @org.junit.jupiter.api.Test
  void theRegressionInputsHoldAShardThatMergesAndOneThatIsRefused() throws IOException {
    try (java.io.InputStream in =
        ShardFuzzTest.class.getResourceAsStream("ShardFuzzTestInputs/merge/valid-figure-1")) {
      merge(in.readAllBytes());
    }
    org.assertj.core.api.Assertions.assertThat(
            ExperimentFiles.mergeShards(EXPERIMENT, List.of(DIR)).observation(26, 1))
        .isNotNull();
    try (java.io.InputStream in =
        ShardFuzzTest.class.getResourceAsStream("ShardFuzzTestInputs/merge/truncated-csv")) {
      merge(in.readAllBytes());
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ExperimentFiles.mergeShards(EXPERIMENT, List.of(DIR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shard.csv");
  }

  @FuzzTest(maxDuration = "30s")
  void merge(byte[] data) throws IOException {
    int zero = 0;
    while (zero < data.length && data[zero] != 0) {
      zero++;
    }
    Files.write(DIR.resolve("shard.properties"), Arrays.copyOfRange(data, 0, zero));
    Files.write(
        DIR.resolve("shard.csv"),
        Arrays.copyOfRange(data, Math.min(zero + 1, data.length), data.length));
    ExperimentResult<MarchParameters> result;
    try {
      result = ExperimentFiles.mergeShards(EXPERIMENT, List.of(DIR));
    } catch (IllegalArgumentException refused) {
      if (refused.getMessage() == null || refused.getMessage().isBlank()) {
        throw new AssertionError("a refusal that says nothing", refused);
      }
      return; // the documented failure
    }
    // every run of every cell is there, and says what it observed
    for (int cell = 0; cell < EXPERIMENT.cells().size(); cell++) {
      for (int run = 0; run < EXPERIMENT.runs(); run++) {
        if (result.observation(cell, run) == null) {
          throw new AssertionError("a merged result without run " + run + " of cell " + cell);
        }
      }
    }
  }
}
