package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCliTest.Run;

class SimulateCommandTest {

  @Test
  void aFigureRunsByNameAndWritesItsFiles(@TempDir Path dir) {
    Run run =
        PartnershipCliTest.run(
            "simulate", "march1991", "--figure", "2", "--runs", "6", "--out", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("wrote runs.csv, summary.csv, metadata.json and figure-2.png")
        .contains("march1991 figure-2: 11 cells x 6 runs");
    assertThat(dir.resolve("figure-2.png")).exists();
    Run series =
        PartnershipCliTest.run(
            "simulate",
            "march1991",
            "--figure",
            "5",
            "--runs",
            "4",
            "--series",
            "--out",
            dir.resolve("five").toString());
    assertThat(series.out()).contains("metadata.json, series.csv and figure-5.png");
    assertThat(dir.resolve("five/series.csv")).exists();
    assertThat(PartnershipCliTest.run("simulate", "march1991", "--figure", "1", "--series").err())
        .isEqualTo("partnership: --series needs --out\n");
    assertThat(dir.resolve("runs.csv")).exists();
  }

  @Test
  void aGridOfListsPrintsItsSummaryAsCsv() throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "march1991",
            "--p1",
            "0.1,0.9",
            "--p2",
            "0.5",
            "--runs",
            "5",
            "--format",
            "csv",
            "--threads",
            "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out()).startsWith("cell,p1,p2,p3,p4,");
    Run mixed =
        PartnershipCliTest.run(
            "simulate",
            "march1991",
            "--fast-share",
            "0.5",
            "--fast-p1",
            "0.9",
            "--slow-p1",
            "0.1",
            "--p2",
            "0.5",
            "--periods",
            "20",
            "--runs",
            "3",
            "--format",
            "csv");
    assertThat(mixed.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("0,0.5,0.5,0.0,0.0,0.5,0.9,0.1,20.0,3,");
  }

  @Test
  void badInputIsOneLineWithExitCodeTwo() {
    Run noP2 = PartnershipCliTest.run("simulate", "march1991", "--p1", "0.1");
    assertThat(noP2.exitCode()).isEqualTo(2);
    assertThat(noP2.err()).isEqualTo("partnership: give --p2 (or --figure)\n");
    Run badRate = PartnershipCliTest.run("simulate", "march1991", "--p1", "1.5", "--p2", "0.5");
    assertThat(badRate.err()).isEqualTo("partnership: fastP1 must be in [0, 1], was 1.5\n");
    Run badFigure = PartnershipCliTest.run("simulate", "march1991", "--figure", "9");
    assertThat(badFigure.err()).isEqualTo("partnership: --figure: figure must be 1 to 5, was 9\n");
    assertThat(
            PartnershipCliTest.run("simulate", "march1991", "--figure", "1", "--runs", "0").err())
        .isEqualTo("partnership: --runs must be at least 1, was 0\n");
  }
}
