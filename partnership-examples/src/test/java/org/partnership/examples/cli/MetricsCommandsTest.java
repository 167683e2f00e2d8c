package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCliTest.Run;

/** {@code ledger generate} and {@code metrics} as a user meets them. */
class MetricsCommandsTest {

  @TempDir static Path dir;

  static Run run(String... args) {
    return PartnershipCliTest.run(args);
  }

  @BeforeAll
  static void generate() {
    Run run =
        run("ledger", "generate", "--records", "3000", "--seed", "9", "--out", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wrote 3000 records to " + dir);
  }

  static String[] files(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "metrics",
                "--decisions",
                dir.resolve("decisions.csv").toString(),
                "--time",
                dir.resolve("time.csv").toString(),
                "--recognitions",
                dir.resolve("recognitions.csv").toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void generatedLedgersAreDeterministicPerSeed(@TempDir Path other) throws IOException {
    run("ledger", "generate", "--records", "3000", "--seed", "9", "--out", other.toString());
    for (String f : List.of("decisions.csv", "time.csv", "recognitions.csv")) {
      assertThat(Files.readString(other.resolve(f))).isEqualTo(Files.readString(dir.resolve(f)));
    }
    assertThat(Files.readAllLines(dir.resolve("decisions.csv")).get(0))
        .startsWith("decision_id,domain,owner_role_id,style,raised_at");
  }

  @Test
  void metricsPrintsEveryMetricTheFileCountsAndTheAssessment() {
    Run run = run(files("--to", "2027-01-05"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("decisions.csv: read ", ", rejected 0")
        .contains(
            "records: 3000 read, 0 outside the period, 0 not about organization, 3000 measured")
        .contains(
            "partnering-share (share of time)",
            "upfront-share",
            "leadership-levels",
            "participation",
            "timeliness",
            "consistency",
            "fairness",
            "trust-in-competence",
            "shared-accountability",
            "delegation-drift",
            "centralization")
        .contains(
            "Leadership of organization = partnership + timely, consistent and fair management")
        .contains("PARTNERSHIP", "TIMELY", "CONSISTENT", "FAIR");
  }

  @Test
  void fairnessComparesTheDeclaredAttributesOnlyAndRefusesABadDeclarationInOneLine() {
    Run none = run(files("--format", "csv"));
    assertThat(none.out())
        .contains("fairness,declared-attributes,0.0")
        .doesNotContain("fairness,involvement.rate.")
        .contains("assessment,FAIR.status,NOT_APPLICABLE");
    Run declared = run(files("--format", "csv", "--fairness-attributes", "site,tenure"));
    assertThat(declared.exitCode()).isZero();
    assertThat(declared.out())
        .contains("fairness,declared-attributes,2.0")
        .contains("fairness,involvement.rate.site=")
        .doesNotContain("department=");
    Run twice = run(files("--fairness-attributes", "site,site"));
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err().lines().count()).isEqualTo(1);
    assertThat(twice.err()).contains("--fairness-attributes must not name an attribute twice");
    Run nine = run(files("--fairness-attributes", "a,b,c,d,e,f,g,h,i"));
    assertThat(nine.exitCode()).isEqualTo(2);
    assertThat(nine.err()).contains("--fairness-attributes must name at most 8 attributes");
  }

  @Test
  void csvAndJsonCarryTheSameValues() {
    Run csv = run(files("--format", "csv"));
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).startsWith("metric,key,value\n").contains("\nassessment,status,");
    String share =
        csv.out()
            .lines()
            .filter(l -> l.startsWith("partnering-share,overall,"))
            .findFirst()
            .orElseThrow();
    Run json = run(files("--format", "json"));
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"overall\" : " + share.substring(share.lastIndexOf(',') + 1));
  }

  @Test
  void aPeriodAndASubjectNarrowWhatIsMeasured() {
    Run run =
        run(
            files(
                "--from",
                "2026-03-01",
                "--to",
                "2026-04-01",
                "--subject",
                "unit:principal-lincoln"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern(
            "records: 3000 read, [0-9]+ outside the period, [0-9]+ not about unit principal-lincoln");
  }

  @Test
  void aBadRowIsOneLineWithFileLineAndColumnInStrictModeAndCountedInLenientMode()
      throws IOException {
    Path time = dir.resolve("bad-time.csv");
    Files.writeString(
        time,
        "person_id,kind,phase,start,duration\n"
            + "maria-alvarez,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n"
            + "maria-alvarez,COACHING,SOMETIME,2026-09-01T08:00:00Z,PT1H\n"
            + "maria-alvarez,DIRECTING,UPFRONT,2026-09-01T08:00:00Z,PT2H\n");
    Run strict = run("metrics", "--time", time.toString());
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err().lines()).hasSize(1);
    assertThat(strict.err())
        .startsWith(
            "partnership: " + time + ":3:24 phase: expected one of [UPFRONT, IMPLEMENTATION]");
    Run lenient = run("metrics", "--time", time.toString(), "--lenient");
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out())
        .contains(time + ": read 3, accepted 2, rejected 1")
        .contains("  " + time + ":3:24 phase:")
        .contains("records: 2 read");
  }

  @Test
  void userErrorsAreOneLineWithExitCodeTwo() {
    assertThat(run("metrics").err())
        .isEqualTo(
            "partnership: give at least one of --decisions, --time, --recognitions or --ledger\n");
    Run subject = run(files("--subject", "person:nobody"));
    assertThat(subject.exitCode()).isEqualTo(2);
    assertThat(subject.err())
        .isEqualTo("partnership: --subject: the organization has no person \"nobody\"\n");
    Run date = run(files("--from", "yesterday"));
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("--from must be a date (2026-01-01)");
    Run both = run(files("--strict", "--lenient"));
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(run("metrics", "--time", dir.resolve("missing.csv").toString()).err())
        .isEqualTo("partnership: no such file: " + dir.resolve("missing.csv") + "\n");
    assertThat(run("ledger", "generate", "--records", "-1", "--out", dir.toString()).err())
        .isEqualTo("partnership: --records must be at least 0, was -1\n");
  }

  @Test
  void jsonLinesLedgersMeasureLikeTheirCsvTwins(@TempDir Path jsonl) {
    run(
        "ledger",
        "generate",
        "--records",
        "3000",
        "--seed",
        "9",
        "--out",
        jsonl.toString(),
        "--format",
        "jsonl");
    Run fromJson =
        run("metrics", "--ledger", jsonl.resolve("ledger.jsonl").toString(), "--format", "csv");
    assertThat(fromJson.exitCode()).isZero();
    assertThat(fromJson.out()).isEqualTo(run(files("--format", "csv")).out());
  }

  @Test
  void theDemoEndsWithMetricsOfASyntheticYear() {
    assertThat(run("demo").out())
        .contains("Metrics over a synthetic year of 20,000 records")
        .contains("partnering share of time")
        .contains("Leadership of organization");
  }
}
