package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCli;
import picocli.CommandLine;

/**
 * The mapping docs/spark.md gives from a CLI experiment to a Spark sweep, run both ways: the same
 * runs.csv and summary.csv, byte for byte.
 */
class CliSparkSweepEquivalenceTest {

  @TempDir Path dir;

  static void cli(String... args) {
    CommandLine cli = PartnershipCli.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertThat(PartnershipCli.execute(cli, args)).as(err.toString()).isZero();
  }

  static void spark(String... args) {
    PartnershipSparkTest.Run run = PartnershipSparkTest.run(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  void assertSameFiles(Path a, Path b) throws IOException {
    for (String f : List.of("runs.csv", "summary.csv")) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
  }

  @Test
  void aMarchExperimentIsASweepOfP2P3P4ThenP1WithIndependentSeeds() throws IOException {
    SparkTests.spark();
    Path c = dir.resolve("cli");
    Path s = dir.resolve("spark");
    cli(
        "simulate",
        "march1991",
        "--p1",
        "0.1,0.9",
        "--p2",
        "0.5,0.9",
        "--p3",
        "0,0.1",
        "--p4",
        "0.02",
        "--runs",
        "3",
        "--seed",
        "7",
        "--quiet",
        "--out",
        c.toString());
    spark(
        "sweep",
        "--master",
        "local[2]",
        "--model",
        "march1991",
        "--vary",
        "p2=0.5,0.9",
        "--vary",
        "p3=0,0.1",
        "--vary",
        "p4=0.02",
        "--vary",
        "p1=0.1,0.9",
        "--runs",
        "3",
        "--seed",
        "7",
        "--independent-seeds",
        "--out",
        s.toString());
    assertSameFiles(c, s);
  }

  @Test
  void anOrganizationExperimentIsASweepOfItsVariesThenThePartnerShare() throws IOException {
    SparkTests.spark();
    Path c = dir.resolve("cli");
    Path s = dir.resolve("spark");
    cli(
        "simulate",
        "organization",
        "--partner-share",
        "0,0.5,1",
        "--vary",
        "span=3,6",
        "--people",
        "30",
        "--periods",
        "10",
        "--runs",
        "2",
        "--seed",
        "7",
        "--quiet",
        "--out",
        c.toString());
    spark(
        "sweep",
        "--master",
        "local[2]",
        "--model",
        "organization",
        "--set",
        "people=30",
        "--set",
        "periods=10",
        "--vary",
        "span=3,6",
        "--vary",
        "partner_share=0,0.5,1",
        "--runs",
        "2",
        "--seed",
        "7",
        "--out",
        s.toString());
    assertSameFiles(c, s);
  }
}
