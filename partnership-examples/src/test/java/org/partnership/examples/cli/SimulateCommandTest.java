package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCliTest.Run;
import org.partnership.simulation.organization.OrganizationParameter;

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
        .isEqualTo("partnership: --runs must be in [1, 10000000], was 0\n");
  }

  @Test
  void theOrganizationSweepChartsOutcomesAndTimeAgainstTheShare(@TempDir Path dir)
      throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--sweep",
            "partner-share",
            "--people",
            "30",
            "--periods",
            "10",
            "--runs",
            "3",
            "--out",
            dir.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("organization partner-share-sweep: 11 cells x 3 runs of 30 people for 10 periods")
        .contains("fixed share 0.7");
    for (String file :
        List.of(
            "runs.csv",
            "summary.csv",
            "metadata.json",
            "partner-share-sweep.png",
            "partner-share-sweep-outcomes.png",
            "partner-share-sweep-time.png")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(summary).hasSize(12);
    assertThat(summary.get(0))
        .startsWith(
            "cell,people,periods,partner_share,runs,capped,performance_mean,performance_sd,")
        .contains("trust_ci95_low", "leader_hours_per_decision_mean");
    assertThat(summary.get(11)).startsWith("10,30.0,10.0,1.0,3,0,");
    assertThat(Files.readString(dir.resolve("metadata.json")))
        .contains("\"commonSeeds\" : true", "policy fixed share 0.3");
  }

  @Test
  void theOrganizationLedgerIsReadByTheMetricsCommand(@TempDir Path dir) throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--policy",
            "vroom-development",
            "--people",
            "40",
            "--periods",
            "8",
            "--runs",
            "2",
            "--format",
            "csv",
            "--series",
            "--out",
            dir.resolve("out").toString(),
            "--ledger",
            dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    Run metrics =
        PartnershipCliTest.run(
            "metrics",
            "--organization",
            dir.resolve("organization.json").toString(),
            "--decisions",
            dir.resolve("decisions.csv").toString(),
            "--time",
            dir.resolve("time.csv").toString(),
            "--recognitions",
            dir.resolve("recognitions.csv").toString(),
            "--format",
            "json");
    assertThat(metrics.err()).isEmpty();
    assertThat(metrics.exitCode()).isZero();
    assertThat(metrics.out()).contains("partnering-share", "\"rejected\" : 0");
    assertThat(Files.readAllLines(dir.resolve("out/series.csv"))).hasSize(1 + 8);
    for (String value : List.of("performance", "trust", "commitment")) {
      assertThat(dir.resolve("out/series-" + value + ".png")).isNotEmptyFile();
    }
    assertThat(PartnershipCliTest.run("simulate", "organization", "--series").err())
        .isEqualTo("partnership: --series needs --out\n");
  }

  @Test
  void aPolicyFileAndParameterChangesAndVariationsRun(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.writeString(
        policy,
        "{\"id\": \"cautious\", \"version\": 2, \"recommendation\": {\"partnerThreshold\": 0.8}}");
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--policy",
            policy.toString(),
            "--people",
            "30",
            "--periods",
            "6",
            "--runs",
            "2",
            "--set",
            "trust.decay=0.02",
            "--vary",
            "commitment.rate=0.01,0.1");
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("organization policy cautious v2: 2 cells x 2 runs")
        .contains("commitment.rate");
    Run list = PartnershipCliTest.run("simulate", "organization", "--list-parameters");
    assertThat(list.out()).contains("trust.decay", "fairness.bias", "[0, 1]");
    assertThat(list.out().lines()).hasSize(1 + OrganizationParameter.values().length);
  }

  @Test
  void aListOfPoliciesIsComparedInOneExperimentWithABarChart(@TempDir Path dir) throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--policy",
            "seed,manage,partner",
            "--people",
            "30",
            "--periods",
            "8",
            "--runs",
            "3",
            "--out",
            dir.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("wrote runs.csv, summary.csv, metadata.json, policies.png")
        .contains("organization policies: 3 cells x 3 runs");
    assertThat(javax.imageio.ImageIO.read(dir.resolve("policies.png").toFile()).getWidth())
        .isEqualTo(800);
    assertThat(Files.readString(dir.resolve("metadata.json")))
        .contains("policy seed;", "policy manage;", "policy partner;");
    List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(summary).hasSize(4);
    assertThat(summary.get(2)).startsWith("1,30.0,8.0,0.0,3,0,");
    assertThat(summary.get(1)).startsWith("0,30.0,8.0,,3,0,");
  }

  @Test
  void screeningRanksTheAssumptionsByTheirEffectOnEachOutcome(@TempDir Path dir) throws Exception {
    String[] args = {
      "simulate",
      "organization",
      "--screen",
      "trust.decay=0:0.05,span=3:12",
      "--trajectories",
      "3",
      "--runs",
      "2",
      "--people",
      "40",
      "--periods",
      "20",
      "--format",
      "csv",
      "--quiet"
    };
    List<String> withOut = new java.util.ArrayList<>(List.of(args));
    withOut.addAll(List.of("--out", dir.toString()));
    Run run = PartnershipCliTest.run(withOut.toArray(new String[0]));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("observation,parameter,low,high,mu_star,mu,sigma");
    assertThat(lines).hasSize(1 + 6 * 2);
    assertThat(lines.get(1)).startsWith("performance,trust.decay,0,0.05,");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("trust,span,3,12,"));
    // 3 trajectories x 3 points, a cell each
    assertThat(Files.readAllLines(dir.resolve("summary.csv"))).hasSize(1 + 9);
    assertThat(Files.readAllLines(dir.resolve("screening.csv"))).isEqualTo(lines);
    // the same seed, the same screening
    assertThat(PartnershipCliTest.run(args).out()).isEqualTo(run.out());
  }

  @Test
  void badScreeningsAreOneLineUserErrors() {
    assertThat(PartnershipCliTest.run("simulate", "organization", "--screen", "nope=0:1").err())
        .startsWith("partnership: --screen: no model parameter is called \"nope\"");
    assertThat(
            PartnershipCliTest.run("simulate", "organization", "--screen", "trust.decay=1:0").err())
        .isEqualTo("partnership: --screen trust.decay: LOW must be below HIGH, was 1:0\n");
    assertThat(
            PartnershipCliTest.run("simulate", "organization", "--screen", "trust.decay=0:2").err())
        .isEqualTo("partnership: trust.decay must be in [0, 1], was 2\n");
    assertThat(
            PartnershipCliTest.run(
                    "simulate", "organization", "--screen", "trust.decay=0:1", "--vary", "span=3,6")
                .err())
        .isEqualTo(
            "partnership: --screen goes with one --policy, without --partner-share, --sweep or"
                + " --vary\n");
    assertThat(
            PartnershipCliTest.run(
                    "simulate", "organization", "--screen", "trust.decay=0:1", "--levels", "3")
                .err())
        .isEqualTo("partnership: --screen: levels must be an even number in [2, 100], was 3\n");
  }

  @Test
  void aSweepOverSeveralParametersReportsTheBestShareOfEachCombination(@TempDir Path dir)
      throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--partner-share",
            "0,0.5,1",
            "--vary",
            "span=3,6",
            "--vary",
            "trust.initial=0.2,0.8",
            "--runs",
            "2",
            "--people",
            "30",
            "--periods",
            "10",
            "--out",
            dir.toString(),
            "--quiet");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("optimum.csv", "fixed-optimum-1.png");
    assertThat(run.out()).contains("organization fixed: 12 cells x 2 runs");
    List<String> optimum = Files.readAllLines(dir.resolve("optimum.csv"));
    assertThat(optimum.get(0))
        .isEqualTo("span,trust.initial,best_share,performance,low_share,high_share,includes_0.7");
    assertThat(optimum).hasSize(1 + 4);
    assertThat(optimum.get(1)).startsWith("3,0.2,");
    assertThat(optimum.get(4)).startsWith("6,0.8,");
    for (String row : optimum.subList(1, optimum.size())) {
      String[] f = row.split(",");
      double best = Double.parseDouble(f[2]);
      assertThat(best).isIn(0.0, 0.5, 1.0);
      assertThat(Double.parseDouble(f[4])).isLessThanOrEqualTo(best);
      assertThat(Double.parseDouble(f[5])).isGreaterThanOrEqualTo(best);
    }
    assertThat(javax.imageio.ImageIO.read(dir.resolve("fixed-optimum-1.png").toFile())).isNotNull();
    assertThat(
            PartnershipCliTest.run(
                    "simulate", "organization", "--vary", "span=3", "--vary", "span=6")
                .err())
        .isEqualTo("partnership: --vary names span twice\n");
  }

  /**
   * A small version of the "what would have to be true" table of docs/simulations.md, stored when
   * the table was made: the command reproduces it exactly (a model change that moves it must
   * regenerate the stored table and the docs' results).
   */
  @Test
  void theOptimumTableIsReproducedExactly(@TempDir Path dir) throws Exception {
    Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--partner-share",
            "0,0.5,1",
            "--vary",
            "quality.group_size_loss=0,0.05",
            "--vary",
            "trust.partnering_return=0,0.6",
            "--set",
            "attention.reports=8",
            "--set",
            "time.coordination_hours=0.25",
            "--runs",
            "3",
            "--people",
            "40",
            "--periods",
            "20",
            "--seed",
            "1991",
            "--out",
            dir.toString(),
            "--quiet");
    assertThat(run.err()).isEmpty();
    try (var stored = getClass().getResourceAsStream("optimum-small.csv")) {
      assertThat(Files.readString(dir.resolve("optimum.csv")))
          .isEqualTo(new String(stored.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void badOrganizationInputIsOneLineWithExitCodeTwo() {
    // picocli parses --set as a map of numbers, --partner-share and --sweep as exclusive
    Run noValue = PartnershipCliTest.run("simulate", "organization", "--set", "trust.decay");
    assertThat(noValue.exitCode()).isEqualTo(2);
    assertThat(noValue.err())
        .startsWith("partnership: ")
        .contains("'--set' (NAME=VALUE) should be in KEY=VALUE format but was trust.decay");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--set", "trust.decay=x").err())
        .startsWith("partnership: Invalid value for option '--set' (NAME=VALUE): 'x' is not a");
    Run both =
        PartnershipCliTest.run(
            "simulate", "organization", "--sweep", "partner-share", "--partner-share", "0.5");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--partner-share=SHARE, --sweep=WHAT are mutually exclusive");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--format", "json").err())
        .isEqualTo("partnership: --format must be text or csv for a simulation, was json\n");
    assertThat(PartnershipCliTest.run("simulate", "march1991", "--format", "xml").err())
        .contains("'--format': expected one of [text, json, csv]");
    Run range = PartnershipCliTest.run("simulate", "organization", "--set", "trust.decay=2");
    assertThat(range.exitCode()).isEqualTo(2);
    assertThat(range.err()).isEqualTo("partnership: trust.decay must be in [0, 1], was 2\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--vary", "nope=1,2").err())
        .startsWith("partnership: --vary: no model parameter is called \"nope\"");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--sweep", "trust").err())
        .isEqualTo("partnership: --sweep must be partner-share, was \"trust\"\n");
    assertThat(
            PartnershipCliTest.run(
                    "simulate", "organization", "--policy", "seed", "--partner-share", "0.5")
                .err())
        .isEqualTo(
            "partnership: --partner-share and --sweep go with --policy fixed, not \"seed\"\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--policy", "seed,fixed").err())
        .isEqualTo(
            "partnership: --policy fixed needs --partner-share LIST or --sweep partner-share\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--partner-share", "1.5").err())
        .isEqualTo("partnership: --partner-share: partner share must be in [0, 1], was 1.5\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--policy", "fixed").err())
        .isEqualTo(
            "partnership: --policy fixed needs --partner-share LIST or --sweep partner-share\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--policy", "nosuch").err())
        .startsWith("partnership: --policy must be one of [seed,")
        .endsWith("was \"nosuch\" (no such file)\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--people", "1").err())
        .isEqualTo("partnership: people must be in [2, 1000000], was 1\n");
    assertThat(PartnershipCliTest.run("simulate", "organization", "--runs", "0").err())
        .isEqualTo("partnership: --runs must be in [1, 10000000], was 0\n");
  }
}
