package org.partnership.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.simulation.march.MarchFigures;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;

/**
 * A sweep spread over the jobs of an array: each shard runs its part with its runs' own seeds, and
 * the merged shards give runs.csv and summary.csv identical to the unsharded experiment's.
 */
class ShardTest {

  @TempDir Path dir;

  private static Experiment<MarchParameters> experiment(long seed) {
    return new Experiment<>("figure-1", new MarchModel(), MarchFigures.figure(1).cells(), 7, seed);
  }

  @Test
  void theShardsOfACountCoverEveryRunOnceInOrder() {
    qt().forAll(longs().between(0, 10_000_000), integers().between(1, 1000))
        .checkAssert(
            (total, count) -> {
              long next = 0;
              for (int k = 1; k <= count; k++) {
                Shard s = new Shard(k, count);
                assertThat(s.from(total)).isEqualTo(next);
                assertThat(s.to(total)).isGreaterThanOrEqualTo(s.from(total));
                assertThat(s.to(total) - s.from(total)).isBetween(total / count, total / count + 1);
                next = s.to(total);
              }
              assertThat(next).isEqualTo(total);
            });
  }

  @Test
  void mergedShardsEqualTheUnshardedRunToTheLastDigit() throws Exception {
    Experiment<MarchParameters> e = experiment(1991);
    ExperimentResult<MarchParameters> whole = ExperimentRunner.run(e, 2, n -> {});
    List<Path> dirs = new ArrayList<>();
    int count = 4;
    for (int k = count; k >= 1; k--) { // any order, any threads
      ExperimentShard<MarchParameters> shard =
          ExperimentRunner.runShard(e, new Shard(k, count), 1 + k % 2, n -> {});
      // Really split: each shard has some runs, none has them all.
      assertThat(shard.to() - shard.from()).isPositive().isLessThan(e.totalRuns());
      Path d = dir.resolve("shard-" + k);
      ExperimentFiles.writeShard(shard, d, List.of("march1991", "--figure", "1"));
      dirs.add(d);
    }
    ExperimentResult<MarchParameters> merged = ExperimentFiles.mergeShards(e, dirs);
    assertThat(text(merged, true)).isEqualTo(text(whole, true));
    assertThat(text(merged, false)).isEqualTo(text(whole, false));
    assertThat(ExperimentFiles.shardArguments(dirs.get(0)))
        .containsExactly("march1991", "--figure", "1");
  }

  private static String text(ExperimentResult<?> r, boolean runs) throws IOException {
    StringWriter w = new StringWriter();
    if (runs) {
      ExperimentFiles.runs(r, w);
    } else {
      ExperimentFiles.summary(r, w);
    }
    return w.toString();
  }

  private List<Path> shards(Experiment<MarchParameters> e, int count) throws Exception {
    List<Path> dirs = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      Path d = dir.resolve("s" + k);
      ExperimentFiles.writeShard(
          ExperimentRunner.runShard(e, new Shard(k, count), 1, n -> {}), d, List.of());
      dirs.add(d);
    }
    return dirs;
  }

  @Test
  void aMissingDuplicatedOrForeignShardIsRefusedByName() throws Exception {
    Experiment<MarchParameters> e = experiment(1991);
    List<Path> dirs = shards(e, 3);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, List.of(dirs.get(0), dirs.get(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shards [2] of 3 are missing");
    assertThatThrownBy(
            () -> ExperimentFiles.mergeShards(e, List.of(dirs.get(0), dirs.get(1), dirs.get(1))))
        .hasMessageEndingWith("shard 2/3 is given twice");
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(experiment(7), dirs))
        .hasMessageContaining("this shard belongs to another experiment: baseSeed is 1991");
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, List.of(dir)))
        .hasMessageContaining("is not a shard: it has no shard.properties");
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, List.of()))
        .hasMessage("give the directories of the shards to merge");
  }

  @Test
  void aDamagedRowIsRefusedWithItsFileLineAndColumn() throws Exception {
    Experiment<MarchParameters> e = experiment(1991);
    List<Path> dirs = shards(e, 2);
    Path rows = dirs.get(1).resolve("shard.csv");
    List<String> original = Files.readAllLines(rows, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(original);
    String[] cells = lines.get(2).split(",", -1);
    int observation = 3 + e.model().parameterNames().size();
    cells[observation] = "0.5x";
    lines.set(2, String.join(",", cells));
    Files.write(rows, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            rows
                + ":3:"
                + (observation + 1)
                + " ("
                + e.model().observationNames().get(0)
                + "): not a number");

    cells[observation] = "1e-3"; // a number, but not as runs.csv writes it
    lines.set(2, String.join(",", cells));
    Files.write(rows, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .hasMessageEndingWith("not a number as runs.csv writes it");

    cells[1] = "99"; // another run's row
    lines.set(2, String.join(",", cells));
    Files.write(rows, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .hasMessageContaining(rows + ":3: expected run");

    Files.write(rows, original.subList(0, 4), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .hasMessageContaining(":5: the file ends after 3 of its");

    Files.writeString(rows, "x".repeat(200_000), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .hasMessageContaining("more than the");

    // a byte that is not UTF-8 is named with its line and column (issue 26, T12)
    byte[] bad = String.join("\n", original).getBytes(StandardCharsets.UTF_8);
    int third = String.join("\n", original.subList(0, 2)).length() + 1;
    bad[third + 4] = (byte) 0xFF;
    Files.write(rows, bad);
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rows + ":3:5: is not valid UTF-8");
  }

  @Test
  void aShardFileThatIsADeviceOrTooLargeIsRefusedBeforeItIsRead() throws Exception {
    // issue 26, T5: a link to /dev/zero, or a sparse file larger than a shard's properties can be
    Experiment<MarchParameters> e = experiment(1991);
    List<Path> dirs = shards(e, 2);
    Path properties = dirs.get(0).resolve("shard.properties");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      Files.delete(properties);
      Files.createSymbolicLink(properties, zero);
      assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              properties + ": not a regular file (a device, a pipe or a directory is not read)");
      Files.delete(properties);
      dirs.set(0, shards(e, 2).get(0));
      Path rows = dirs.get(1).resolve("shard.csv");
      Files.delete(rows);
      Files.createSymbolicLink(rows, zero);
      assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
          .hasMessage(rows + ": not a regular file (a device, a pipe or a directory is not read)");
    }
    List<Path> fresh = shards(e, 2);
    Path sparse = fresh.get(1).resolve("shard.properties");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(300L << 20);
    }
    assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, fresh))
        .hasMessage(sparse + ": larger than a shard's properties can be (over 1048576 bytes)");
  }

  @Test
  void impossibleThreadsOrTimesMakeAShardDamaged() throws Exception {
    // issue 26, T7: never copied into metadata.json
    Experiment<MarchParameters> e = experiment(1991);
    for (String[] change :
        new String[][] {
          {"threads=", "threads=2147483647"},
          {"wallSeconds=", "wallSeconds=-1.0"},
          {"wallSeconds=", "wallSeconds=NaN"}
        }) {
      List<Path> dirs = shards(e, 2);
      Path properties = dirs.get(0).resolve("shard.properties");
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(properties, StandardCharsets.ISO_8859_1)) {
        lines.add(line.startsWith(change[0]) ? change[1] : line);
      }
      Files.write(properties, lines, StandardCharsets.ISO_8859_1);
      assertThatThrownBy(() -> ExperimentFiles.mergeShards(e, dirs))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(properties + ": " + change[0].replace("=", " must be"));
    }
  }

  @Test
  void argumentsThatWouldOverflowAShardsPropertiesAreRefusedBeforeItRuns() {
    // issue 26, T8
    ExperimentFiles.checkShardArguments(List.of("march1991", "--runs", "3"));
    List<String> many = new ArrayList<>();
    many.add("organization");
    for (int i = 0; i < 9_000; i++) {
      many.add("--set=" + "x".repeat(150));
    }
    assertThatThrownBy(() -> ExperimentFiles.checkShardArguments(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can hold at most 1048576 bytes");
  }

  @Test
  void aShardIsWrittenAsKOfN() {
    assertThat(Shard.parse("3/8")).isEqualTo(new Shard(3, 8));
    assertThat(new Shard(3, 8)).hasToString("3/8");
    assertThatThrownBy(() -> Shard.parse("9/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the shard must be in [1, 8], was 9");
    assertThatThrownBy(() -> Shard.parse("three"))
        .hasMessage("a shard is K/N, e.g. 3/8, was \"three\"");
    assertThatThrownBy(() -> Shard.parse("1/0")).hasMessage("shards must be in [1, 100000], was 0");
  }

  @Test
  void resultsFromObservationsMadeElsewhereAreCheckedByName() throws Exception {
    Experiment<MarchParameters> e = experiment(1991);
    ExperimentResult<MarchParameters> local = ExperimentRunner.run(e, 1, n -> {});
    List<Observation> observations = new ArrayList<>();
    for (int c = 0; c < e.cells().size(); c++) {
      for (int r = 0; r < e.runs(); r++) {
        observations.add(local.observation(c, r));
      }
    }
    assertThat(text(ExperimentResult.of(e, observations, 3, 1), false))
        .isEqualTo(text(local, false));
    assertThatThrownBy(
            () -> ExperimentResult.of(e, observations.subList(1, observations.size()), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observations must be one per run, " + e.totalRuns() + ", were " + (e.totalRuns() - 1));
    assertThatThrownBy(() -> ExperimentResult.of(e, observations, 0, 1))
        .hasMessage("threads must be at least 1, was 0");
    List<Observation> narrow = new ArrayList<>(observations);
    narrow.set(4, new Observation(new double[] {0.5}, 1, false));
    assertThatThrownBy(() -> ExperimentResult.of(e, narrow, 1, 1))
        .hasMessage("observation 4 has 1 values, the model has 2 observations");
    List<Observation> holes = new ArrayList<>(observations);
    holes.set(2, null);
    assertThatThrownBy(() -> ExperimentResult.of(e, holes, 1, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("observations[2]");
  }
}
