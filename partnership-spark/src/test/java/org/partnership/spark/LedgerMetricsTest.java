package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Organization;
import org.partnership.simulation.ledger.LedgerGenerator;
import org.partnership.simulation.organization.OrganizationScenario;
import org.partnership.simulation.organization.OrganizationSimulation;
import org.partnership.simulation.organization.StylePolicy;

/**
 * Ledger metrics on Spark equal the single-JVM measurement of the same files to the last digit, per
 * tenant, from CSV, Parquet and JSON Lines, over many partitions.
 */
class LedgerMetricsTest {

  @TempDir static Path dir;

  static final Map<String, Organization> ORGANIZATIONS = new LinkedHashMap<>();
  static final Map<String, MetricReport> EXPECTED = new LinkedHashMap<>();

  @BeforeAll
  static void twoTenantsWrittenAsTheCliReadsThem() throws IOException {
    write(dir, ORGANIZATIONS, EXPECTED);
  }

  /**
   * Writes two tenants' generated ledgers as CSV files into dir/csv-TENANT, their organizations
   * into {@code organizations}, and what `partnership metrics` measures of them (the files read
   * back, measured in one JVM) into {@code expected}.
   */
  static void write(
      Path dir, Map<String, Organization> organizations, Map<String, MetricReport> expected)
      throws IOException {
    long seed = 1;
    for (String tenant : List.of("acme", "globex")) {
      Organization org =
          OrganizationSimulation.organization(
              OrganizationScenario.of(StylePolicy.seed(), 40 + (int) seed * 20, 10), seed);
      Path d = dir.resolve("csv-" + tenant);
      Files.createDirectories(d);
      List<LedgerRecord> records =
          LedgerGenerator.of(org, seed).records(3000 + seed * 1000).toList();
      for (LedgerRecordType type : LedgerRecordType.values()) {
        try (Writer w =
                Files.newBufferedWriter(d.resolve(type.fileName()), StandardCharsets.UTF_8);
            LedgerWriter out = LedgerCsv.writer(w, type)) {
          for (LedgerRecord r : records) {
            if (type(r) == type) {
              out.write(r);
            }
          }
        }
      }
      List<LedgerRecord> read = new ArrayList<>();
      for (LedgerRecordType type : LedgerRecordType.values()) {
        LedgerCsv.read(d.resolve(type.fileName()), type, ReadMode.STRICT, read::add);
      }
      organizations.put(tenant, org);
      expected.put(tenant, MetricRegistry.builtIns().measure(MetricContext.of(org), read));
      seed++;
    }
  }

  private static LedgerRecordType type(LedgerRecord r) {
    return r instanceof DecisionRecord
        ? LedgerRecordType.DECISION
        : r instanceof TimeEntry ? LedgerRecordType.TIME : LedgerRecordType.RECOGNITION;
  }

  /** The tenants' CSV ledgers as one ledger with a tenant column, spread over many partitions. */
  private static SparkLedger multiTenant(SparkSession spark) {
    List<Dataset<Row>> tables = new ArrayList<>();
    for (String file : List.of("decisions", "time", "recognitions")) {
      Dataset<Row> all = null;
      for (String tenant : ORGANIZATIONS.keySet()) {
        Dataset<Row> t =
            SparkLedger.read(
                    spark, dir.resolve("csv-" + tenant).toString(), SparkLedger.Format.CSV, null)
                .table(LedgerRows.Table.valueOf(file.toUpperCase(java.util.Locale.ROOT)))
                .withColumn("tenant", functions.lit(tenant));
        all = all == null ? t : all.unionByName(t);
      }
      tables.add(all.repartition(7));
    }
    return SparkLedger.of(tables.get(0), tables.get(1), tables.get(2));
  }

  private static void assertSameAsOneJvm(Map<String, MetricReport> actual) {
    assertThat(actual.keySet()).containsExactlyElementsOf(EXPECTED.keySet());
    for (String tenant : EXPECTED.keySet()) {
      MetricReport a = actual.get(tenant);
      MetricReport e = EXPECTED.get(tenant);
      assertThat(a.recordsRead()).as(tenant).isEqualTo(e.recordsRead()).isPositive();
      assertThat(a.values()).as(tenant).isEqualTo(e.values());
    }
  }

  @Test
  void csvPerTenantOverManyPartitionsEqualsTheSingleJvmMeasurement() {
    SparkSession spark = SparkTests.spark();
    SparkLedger ledger = multiTenant(spark);
    assertThat(ledger.time().rdd().getNumPartitions()).isEqualTo(7); // really split
    assertSameAsOneJvm(
        LedgerMetrics.measure(
            spark, ledger, "tenant", ORGANIZATIONS, LedgerMetrics.Settings.all()));
  }

  @Test
  void parquetAndJsonLinesWrittenFromTheCsvGiveTheSameValues() {
    SparkSession spark = SparkTests.spark();
    SparkLedger ledger = multiTenant(spark);
    for (SparkLedger.Format format : List.of(SparkLedger.Format.PARQUET, SparkLedger.Format.JSON)) {
      String out = dir.resolve("converted-" + format).toString();
      ledger.write(out, format);
      SparkLedger read = SparkLedger.read(spark, out, format, "tenant");
      assertSameAsOneJvm(
          LedgerMetrics.measure(
              spark, read, "tenant", ORGANIZATIONS, LedgerMetrics.Settings.all()));
    }
  }

  @Test
  @LimitsPageTest.Limit({"On Spark | columns of a ledger table", "On Spark | fields"})
  void aBadRowFailsTheJobNamingTheTableTheRecordAndTheField() throws IOException {
    SparkSession spark = SparkTests.spark();
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(
        bad.resolve("time.csv"),
        "person_id,kind,phase,start,duration\np1,COACHING,UPFRONT,yesterday,PT1H\n",
        StandardCharsets.UTF_8);
    SparkLedger ledger = SparkLedger.read(spark, bad.toString(), SparkLedger.Format.CSV, null);
    Map<String, Organization> one = Map.of("", ORGANIZATIONS.get("acme"));
    assertThatThrownBy(
            () -> LedgerMetrics.measure(spark, ledger, null, one, LedgerMetrics.Settings.all()))
        .hasMessageContaining(
            "time: row with person_id p1: start: expected an ISO-8601 instant such as"
                + " 2026-09-01T08:00:00Z, was \"yesterday\"");

    Files.writeString(
        bad.resolve("time.csv"),
        "person_id,kind,phase,start,duration,color\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                LedgerMetrics.measure(
                    spark,
                    SparkLedger.read(spark, bad.toString(), SparkLedger.Format.CSV, null),
                    null,
                    one,
                    LedgerMetrics.Settings.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("time: unknown columns [color]");
  }

  @Test
  @LimitsPageTest.Limit("On Spark | keys")
  void aKeyWithoutAnOrganizationIsNamed() {
    SparkSession spark = SparkTests.spark();
    Map<String, Organization> onlyAcme = Map.of("acme", ORGANIZATIONS.get("acme"));
    assertThatThrownBy(
            () ->
                LedgerMetrics.measure(
                    spark, multiTenant(spark), "tenant", onlyAcme, LedgerMetrics.Settings.all()))
        .hasMessageContaining("no organization for the key \"globex\" (1 keys have one)");
  }

  @Test
  void cellsNeutralizedAgainstSpreadsheetFormulasReadBackAsWritten() throws IOException {
    Organization risky =
        Organization.of(
            List.of(
                org.partnership.model.Person.of("=boss", "Boss"),
                org.partnership.model.Person.of("-member", "Member")),
            List.of(
                org.partnership.model.Role.of("+lead", "Lead"),
                org.partnership.model.Role.of("@team", "Team", "+lead")),
            List.of(
                org.partnership.model.Assignment.of("=boss", "+lead"),
                org.partnership.model.Assignment.of("-member", "@team")));
    List<LedgerRecord> records = LedgerGenerator.of(risky, 3).records(500).toList();
    Path d = dir.resolve("risky");
    Files.createDirectories(d);
    for (LedgerRecordType type : LedgerRecordType.values()) {
      try (Writer w = Files.newBufferedWriter(d.resolve(type.fileName()), StandardCharsets.UTF_8);
          LedgerWriter out = LedgerCsv.writer(w, type)) {
        for (LedgerRecord r : records) {
          if (type(r) == type) {
            out.write(r);
          }
        }
      }
    }
    assertThat(Files.readString(d.resolve("time.csv"))).contains("'=boss");
    List<LedgerRecord> read = new ArrayList<>();
    for (LedgerRecordType type : LedgerRecordType.values()) {
      LedgerCsv.read(d.resolve(type.fileName()), type, ReadMode.STRICT, read::add);
    }
    MetricReport expected = MetricRegistry.builtIns().measure(MetricContext.of(risky), read);
    SparkSession spark = SparkTests.spark();
    MetricReport actual =
        LedgerMetrics.measure(
                spark,
                SparkLedger.read(spark, d.toString(), SparkLedger.Format.CSV, null),
                null,
                Map.of("", risky),
                LedgerMetrics.Settings.all())
            .get("");
    assertThat(actual.recordsRead()).isEqualTo(expected.recordsRead()).isPositive();
    assertThat(actual.values()).isEqualTo(expected.values());
  }

  @Test
  @LimitsPageTest.Limit("On Spark | plug-ins")
  void aPlugInThatCannotTravelIsRefusedBeforeTheJobStarts() throws Exception {
    Path services = dir.resolve("plugins/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("org.partnership.metrics.MetricCalculator"),
        StaysHome.class.getName() + "\n",
        StandardCharsets.UTF_8);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (java.net.URLClassLoader loader =
        new java.net.URLClassLoader(
            new java.net.URL[] {dir.resolve("plugins").toUri().toURL()}, previous)) {
      Thread.currentThread().setContextClassLoader(loader);
      assertThatThrownBy(
              () ->
                  LedgerMetrics.measure(
                      SparkTests.spark(),
                      multiTenant(SparkTests.spark()),
                      "tenant",
                      ORGANIZATIONS,
                      new LedgerMetrics.Settings(null, null, true)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(
              "do not implement PortableMetricCalculator (their state cannot leave the JVM):"
                  + " [test.stays-home]");
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** A plug-in that does not implement PortableMetricCalculator. */
  public static final class StaysHome
      implements org.partnership.metrics.MetricCalculator<StaysHome.Acc> {
    @Override
    public String id() {
      return "test.stays-home";
    }

    @Override
    public String description() {
      return "Counts records.";
    }

    @Override
    public String unit() {
      return "records";
    }

    @Override
    public Acc newAccumulator(MetricContext context) {
      return new Acc();
    }

    /** Counts. */
    public static final class Acc implements org.partnership.metrics.MetricAccumulator<Acc> {
      long n;

      @Override
      public void accept(LedgerRecord record) {
        n++;
      }

      @Override
      public void merge(Acc other) {
        n += other.n;
      }

      @Override
      public org.partnership.metrics.MetricValue result() {
        return org.partnership.metrics.MetricValue.builder(id(), "records")
            .put("count", n)
            .recordsUsed(n)
            .explanation(org.partnership.rules.Explanation.of("records", List.of()))
            .build();
      }

      private static String id() {
        return "test.stays-home";
      }
    }
  }
}
