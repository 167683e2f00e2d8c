package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.jackson.DocumentType;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Organization;
import picocli.CommandLine;

/** The spark-submit main class: its commands end to end on local[2], and one-line errors. */
class PartnershipSparkTest {

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = PartnershipSpark.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheThreeCommands() {
    Run help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("metrics").contains("sweep").contains("convert");
  }

  @Test
  void metricsConvertedToParquetMatchTheLibraryPerKeyAndAreWrittenAsTables() throws Exception {
    SparkTests.spark();
    Map<String, Organization> organizations = new LinkedHashMap<>();
    Map<String, MetricReport> reports = new LinkedHashMap<>();
    LedgerMetricsTest.write(dir, organizations, reports);
    Path ledger = dir.resolve("csv-acme");
    Path org = dir.resolve("acme.json");
    DocumentType.ORGANIZATION.write(organizations.get("acme"), org);
    Path parquet = dir.resolve("parquet");
    Run convert =
        run(
            "convert",
            "--master",
            "local[2]",
            "--ledger",
            ledger.toString(),
            "--out",
            parquet.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    Path out = dir.resolve("report");
    Run metrics =
        run(
            "metrics",
            "--master",
            "local[2]",
            "--ledger",
            parquet.toString(),
            "--organization",
            org.toString(),
            "--out",
            out.toString(),
            "--output-format",
            "csv");
    assertThat(metrics.exitCode()).as(metrics.err()).isZero();
    MetricReport expected = reports.get("acme");
    assertThat(metrics.out())
        .startsWith("measured " + expected.recordsRead() + " records of 1 organizations");
    List<Row> values =
        SparkTests.spark()
            .read()
            .option("header", true)
            .csv(out.resolve("values").toString())
            .where("metric = 'partnering-share' and name = 'overall'")
            .collectAsList();
    assertThat(values).hasSize(1);
    assertThat(Double.parseDouble(values.get(0).getString(3)))
        .isEqualTo(expected.value("partnering-share").orElseThrow().value("overall").getAsDouble());
    assertThat(Files.list(out.resolve("assessment")).anyMatch(p -> p.toString().endsWith(".csv")))
        .isTrue();
  }

  @Test
  void metricsPerTenantFromJsonLinesWithOrganizationDocumentsCarryingTheKey() throws Exception {
    SparkTests.spark();
    Map<String, Organization> organizations = new LinkedHashMap<>();
    Map<String, MetricReport> reports = new LinkedHashMap<>();
    LedgerMetricsTest.write(dir, organizations, reports);
    Path orgs = dir.resolve("organizations");
    Files.createDirectories(orgs);
    for (Map.Entry<String, Organization> e : organizations.entrySet()) {
      String json =
          DocumentType.ORGANIZATION.write(
              e.getValue(), org.partnership.jackson.DocumentFormat.JSON);
      Files.writeString(
          orgs.resolve(e.getKey() + ".json"),
          json.replaceFirst("\\{", "{\"tenant\": \"" + e.getKey() + "\", "),
          StandardCharsets.UTF_8);
    }
    // One JSON Lines ledger with a tenant column, as a platform would export it.
    Path ledger = dir.resolve("all-tenants");
    org.apache.spark.sql.Dataset<Row> decisions = null;
    org.apache.spark.sql.Dataset<Row> time = null;
    org.apache.spark.sql.Dataset<Row> recognitions = null;
    for (String tenant : organizations.keySet()) {
      SparkLedger one =
          SparkLedger.read(
              SparkTests.spark(),
              dir.resolve("csv-" + tenant).toString(),
              SparkLedger.Format.CSV,
              null);
      org.apache.spark.sql.Column key = org.apache.spark.sql.functions.lit(tenant);
      decisions = union(decisions, one.decisions().withColumn("tenant", key));
      time = union(time, one.time().withColumn("tenant", key));
      recognitions = union(recognitions, one.recognitions().withColumn("tenant", key));
    }
    SparkLedger.of(decisions, time, recognitions).write(ledger.toString(), SparkLedger.Format.JSON);
    Path out = dir.resolve("per-tenant");
    Run run =
        run(
            "metrics",
            "--master",
            "local[2]",
            "--ledger",
            ledger.toString(),
            "--format",
            "json",
            "--key",
            "tenant",
            "--organizations",
            orgs.toString(),
            "--out",
            out.toString(),
            "--output-format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("of 2 organizations");
    List<Row> values =
        SparkTests.spark()
            .read()
            .json(out.resolve("values").toString())
            .where("metric = 'timeliness' and name = 'on-time-rate'")
            .orderBy("key")
            .collectAsList();
    assertThat(values).hasSize(2);
    for (Row r : values) {
      String tenant = r.getAs("key");
      double value = r.<Double>getAs("value");
      assertThat(value)
          .as(tenant)
          .isEqualTo(
              reports
                  .get(tenant)
                  .value("timeliness")
                  .orElseThrow()
                  .value("on-time-rate")
                  .getAsDouble());
    }
  }

  private static org.apache.spark.sql.Dataset<Row> union(
      org.apache.spark.sql.Dataset<Row> a, org.apache.spark.sql.Dataset<Row> b) {
    return a == null ? b : a.unionByName(b);
  }

  @Test
  void aSweepWritesTheFilesOfALocalRun() throws Exception {
    SparkTests.spark();
    Path out = dir.resolve("sweep");
    Run sweep =
        run(
            "sweep",
            "--master",
            "local[2]",
            "--model",
            "march1991",
            "--vary",
            "p1=0.1,0.9",
            "--runs",
            "5",
            "--slices",
            "3",
            "--out",
            out.toString());
    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    assertThat(sweep.out()).startsWith("march1991 sweep: 2 cells x 5 runs in 3 slices");
    Sweep same = new Sweep("march1991", Map.of(), Map.of("p1", List.of(0.1, 0.9)), 5, 1991, true);
    StringWriter local = new StringWriter();
    org.partnership.simulation.ExperimentFiles.runs(
        org.partnership.simulation.ExperimentRunner.run(same.experiment(), 1, n -> {}), local);
    assertThat(Files.readString(out.resolve("runs.csv"), StandardCharsets.UTF_8))
        .isEqualTo(local.toString());
  }

  @Test
  void userErrorsAreOneLineWithExitCode2() {
    Run noOrg = run("metrics", "--ledger", "x", "--out", "y");
    assertThat(noOrg.exitCode()).isEqualTo(2);
    assertThat(noOrg.err())
        .isEqualTo(
            "partnership-spark: give --organization FILE for a ledger without --key, or --key"
                + " COLUMN with --organizations PATH\n");
    Run badModel = run("sweep", "--model", "nope", "--out", dir.toString());
    assertThat(badModel.exitCode()).isEqualTo(2);
    assertThat(badModel.err())
        .isEqualTo(
            "partnership-spark: no model is called \"nope\"; built in: march1991, organization\n");
    Run badFormat = run("convert", "--ledger", "x", "--out", "y", "--to", "csv");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    Run missing = run("metrics");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("partnership-spark: Missing required options");
  }

  @Test
  void badProtectedAttributesAreRefusedBeforeTheJobNamingTheOption() {
    for (String names : List.of("a,b,c,d,e,f,g,h,i", "site, site", "site,site")) {
      Run bad =
          run(
              "metrics",
              "--ledger",
              dir.resolve("none").toString(),
              "--organization",
              "x.json",
              "--fairness-attributes",
              names,
              "--out",
              dir.resolve("out").toString());
      assertThat(bad.exitCode()).as(names).isEqualTo(2);
      assertThat(bad.err())
          .as(names)
          .startsWith("partnership-spark: ")
          .contains("--fairness-attributes")
          .doesNotContain("assessment.fairnessAttributes")
          .endsWith("\n");
      assertThat(bad.err().lines().count()).as(names).isEqualTo(1);
      assertThat(dir.resolve("out")).doesNotExist();
    }
  }
}
