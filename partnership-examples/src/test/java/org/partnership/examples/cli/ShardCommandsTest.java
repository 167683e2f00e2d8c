package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCliTest.Run;

/**
 * Job arrays without Spark: {@code simulate … --shard K/N} runs one part of a sweep, {@code
 * simulate merge} combines the parts into runs, summary and charts identical to an unsharded run.
 */
class ShardCommandsTest {

  @TempDir Path dir;

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private void assertMergedEqualsWhole(String[] command, int shards, String... files)
      throws Exception {
    List<String> merge = new ArrayList<>(List.of("simulate", "merge"));
    for (int k = shards; k >= 1; k--) {
      Path shard = dir.resolve("shard-" + k);
      Run run =
          PartnershipCliTest.run(
              with(command, "--shard", k + "/" + shards, "--out", shard.toString()));
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("wrote shard " + k + "/" + shards + " (runs ");
      assertThat(shard.resolve("shard.csv")).exists();
      assertThat(shard.resolve("runs.csv")).doesNotExist();
      merge.add(shard.toString());
    }
    merge.addAll(List.of("--out", dir.resolve("merged").toString()));
    Run merged = PartnershipCliTest.run(merge.toArray(new String[0]));
    assertThat(merged.exitCode()).as(merged.err()).isZero();
    assertThat(merged.out()).startsWith("merging " + shards + " shards of: simulate ");
    Run whole = PartnershipCliTest.run(with(command, "--out", dir.resolve("whole").toString()));
    assertThat(whole.exitCode()).isZero();
    for (String f : files) {
      assertThat(Files.readString(dir.resolve("merged").resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("whole").resolve(f)));
    }
  }

  @Test
  void aMarchSweepMergedFromThreeShardsEqualsTheUnshardedRun() throws Exception {
    assertMergedEqualsWhole(
        new String[] {"simulate", "march1991", "--figure", "1", "--runs", "5", "--seed", "11"},
        3,
        "runs.csv",
        "summary.csv");
  }

  @Test
  void anOrganizationSweepMergedFromTwoShardsEqualsTheUnshardedRunOptimumIncluded()
      throws Exception {
    assertMergedEqualsWhole(
        new String[] {
          "simulate",
          "organization",
          "--sweep",
          "partner-share",
          "--runs",
          "2",
          "--people",
          "40",
          "--periods",
          "12",
          "--threads",
          "1"
        },
        2,
        "runs.csv",
        "summary.csv",
        "optimum.csv");
  }

  @Test
  void badShardsAndMergesAreOneLineErrors() throws Exception {
    String[] march = {"simulate", "march1991", "--figure", "1", "--runs", "2"};
    Run noOut = PartnershipCliTest.run(with(march, "--shard", "1/2"));
    assertThat(noOut.exitCode()).isEqualTo(2);
    assertThat(noOut.err())
        .isEqualTo("partnership: --shard needs --out: a directory for the shard's files\n");
    assertThat(PartnershipCliTest.run(with(march, "--shard", "3/2", "--out", "x")).err())
        .isEqualTo("partnership: --shard: the shard must be in [1, 2], was 3\n");
    assertThat(
            PartnershipCliTest.run(
                    "simulate",
                    "organization",
                    "--runs",
                    "1",
                    "--ledger",
                    dir.resolve("ledger").toString(),
                    "--shard",
                    "1/2",
                    "--out",
                    dir.resolve("o").toString())
                .err())
        .isEqualTo(
            "partnership: --ledger cannot go with --shard: write the ledger in a run of its own\n");

    Path one = dir.resolve("one");
    assertThat(
            PartnershipCliTest.run(with(march, "--shard", "1/2", "--out", one.toString()))
                .exitCode())
        .isZero();
    Run missing =
        PartnershipCliTest.run(
            "simulate", "merge", one.toString(), "--out", dir.resolve("m").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("partnership: invalid input: shards [2] of 2 are missing\n");
    assertThat(dir.resolve("m/runs.csv")).doesNotExist();

    Run notAShard =
        PartnershipCliTest.run(
            "simulate", "merge", dir.toString(), "--out", dir.resolve("m").toString());
    assertThat(notAShard.exitCode()).isEqualTo(2);
    assertThat(notAShard.err()).contains("is not a shard: it has no shard.properties");

    // A shard whose recorded command would write elsewhere is refused before anything runs.
    Path forged = dir.resolve("forged");
    Files.createDirectories(forged);
    String properties = Files.readString(one.resolve("shard.properties"));
    Files.writeString(
        forged.resolve("shard.properties"),
        properties.replace("arguments=5", "arguments=7")
            + "argument.5=--ledger\nargument.6=/tmp/x\n");
    Run refused =
        PartnershipCliTest.run(
            "simulate", "merge", forged.toString(), "--out", dir.resolve("m").toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("records --ledger, which a merge does not run");
  }
}
