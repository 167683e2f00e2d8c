package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.jackson.DocumentType;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.testkit.TestLedgers;

/**
 * Inputs Spark used to read silently wrong, where the CLI refuses them or reads them right: each is
 * now read as the CLI reads it, or refused before the job with a message naming the file and what
 * is wrong.
 */
class ReadingContractTest {

  @TempDir Path dir;

  static final String DECISIONS_HEADER =
      "decision_id,domain,owner_role_id,style,raised_at,stakeholders";

  /** The records Spark reads from a ledger directory's decisions table. */
  static List<LedgerRecord> sparkDecisions(Path ledger, SparkLedger.Format format) {
    SparkSession spark = SparkTests.spark();
    Dataset<Row> table = SparkLedger.read(spark, ledger.toString(), format, null).decisions();
    LedgerRows rows = LedgerRows.of(LedgerRows.Table.DECISIONS, table.schema(), null);
    List<LedgerRecord> records = new ArrayList<>();
    for (Row r : table.collectAsList()) {
      records.add(rows.record(r));
    }
    return records;
  }

  /** The records the CLI's reader reads from the same file. */
  static List<LedgerRecord> cliDecisions(Path ledger) throws IOException {
    List<LedgerRecord> records = new ArrayList<>();
    LedgerCsv.read(
        ledger.resolve("decisions.csv"), LedgerRecordType.DECISION, ReadMode.STRICT, records::add);
    return records;
  }

  @Test
  void aDoubledQuoteInsideAQuotedCellIsOneQuoteAsRfc4180AndTheCliSay() throws IOException {
    Files.writeString(
        dir.resolve("decisions.csv"),
        DECISIONS_HEADER
            + "\nd1,budget,head,TELL,2026-09-01T08:00:00Z,\"jade \"\"jp\"\" park;p2\""
            + "\nd2\\,budget,head,TELL,2026-09-01T08:00:00Z,p3\n",
        StandardCharsets.UTF_8);
    List<LedgerRecord> spark = sparkDecisions(dir, SparkLedger.Format.CSV);
    assertThat(((DecisionRecord) spark.get(0)).stakeholders())
        .containsExactly("jade \"jp\" park", "p2");
    assertThat(((DecisionRecord) spark.get(1)).decisionId()).isEqualTo("d2\\");
    assertThat(spark).isEqualTo(cliDecisions(dir));
  }

  @Test
  void partsWhoseHeadersDifferInOrderAreRefusedNotReadByPosition() throws IOException {
    Path table = dir.resolve("time.csv");
    Files.createDirectories(table);
    Files.writeString(
        table.resolve("part-0.csv"),
        "person_id,kind,phase,start,duration\np1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        table.resolve("part-1.csv"),
        "person_id,kind,phase,duration,start\np2,COACHING,UPFRONT,PT2H,2026-09-01T08:00:00Z\n",
        StandardCharsets.UTF_8);
    SparkSession spark = SparkTests.spark();
    Dataset<Row> time =
        SparkLedger.read(spark, dir.toString(), SparkLedger.Format.CSV, null).time();
    assertThatThrownBy(time::collectAsList)
        .satisfies(e -> assertThat(rootMessages(e)).containsIgnoringCase("header"));
  }

  @Test
  void anEmptyCsvTableIsNamedNotAnIndexOutOfBounds() throws IOException {
    Files.writeString(dir.resolve("time.csv"), "", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                SparkLedger.read(SparkTests.spark(), dir.toString(), SparkLedger.Format.CSV, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("time.csv: an empty table: a CSV table starts with a header row");
  }

  @Test
  @LimitsPageTest.Limit("On Spark | columns of a ledger table")
  void jsonLinesWithAKeyThatIsNotAColumnAreRefusedBeforeTheJob() throws IOException {
    Files.writeString(
        dir.resolve("decisions.jsonl"),
        "{\"decision_id\":\"d1\",\"domain\":\"budget\",\"owner_role_id\":\"head\","
            + "\"style\":\"TELL\",\"raised_at\":\"2026-09-01T08:00:00Z\",\"decidedBy\":\"p1\"}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                SparkLedger.read(SparkTests.spark(), dir.toString(), SparkLedger.Format.JSON, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decisions.jsonl: unknown columns [decidedBy]");
  }

  @Test
  void listsWrittenAsJsonArraysAreListsOfIds() throws IOException {
    Files.writeString(
        dir.resolve("decisions.jsonl"),
        "{\"decision_id\":\"d1\",\"domain\":\"budget\",\"owner_role_id\":\"head\","
            + "\"style\":\"TELL\",\"raised_at\":\"2026-09-01T08:00:00Z\","
            + "\"stakeholders\":[\"a\",\"b;c\"]}\n"
            + "{\"decision_id\":\"d2\",\"domain\":\"budget\",\"owner_role_id\":\"head\","
            + "\"style\":\"TELL\",\"raised_at\":\"2026-09-01T08:00:00Z\",\"urgency\":0.5}\n",
        StandardCharsets.UTF_8);
    List<LedgerRecord> records = sparkDecisions(dir, SparkLedger.Format.JSON);
    assertThat(((DecisionRecord) records.get(0)).stakeholders()).containsExactly("a", "b;c");
    assertThat(((DecisionRecord) records.get(1)).traits().orElseThrow().urgency()).isEqualTo(0.5);
  }

  @Test
  void theClisJsonLinesArePerTenantByTheirPartitionDirectoriesAsText() throws IOException {
    String time =
        "{\"type\":\"time\",\"personId\":\"%s\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-09-01T08:00:00Z\",\"duration\":\"PT1H\"}\n";
    Path acme = dir.resolve("ledger.jsonl/tenant=0042");
    Path zen = dir.resolve("ledger.jsonl/tenant=zen");
    Files.createDirectories(acme);
    Files.createDirectories(zen);
    Files.writeString(acme.resolve("part-0.jsonl"), time.formatted("p1") + time.formatted("p2"));
    Files.writeString(zen.resolve("part-0.jsonl"), time.formatted("p3"));
    SparkSession spark = SparkTests.spark();
    SparkLedger ledger = SparkLedger.read(spark, dir.toString(), SparkLedger.Format.JSON, "tenant");
    assertThat(ledger.decisions()).isNull();
    JsonLineRows rows = JsonLineRows.of(ledger.lines().schema(), "tenant");
    java.util.Map<String, List<String>> people = new java.util.TreeMap<>();
    for (Row r : ledger.lines().collectAsList()) {
      people
          .computeIfAbsent(rows.key(r), k -> new ArrayList<>())
          .add(((org.partnership.ledger.TimeEntry) rows.record(r)).personId());
    }
    assertThat(people).containsOnlyKeys("0042", "zen");
    assertThat(people.get("0042")).containsExactlyInAnyOrder("p1", "p2");
    // A partition column that is not the key, and a key that is not there, are refused.
    assertThatThrownBy(() -> JsonLineRows.of(ledger.lines().schema(), null))
        .hasMessageContaining("unknown partition columns [tenant]");
    assertThatThrownBy(() -> JsonLineRows.of(ledger.lines().schema(), "unit"))
        .hasMessageContaining("no key column \"unit\"");
  }

  @Test
  @LimitsPageTest.Limit("On Spark | the CLI's JSON Lines (`ledger.jsonl`)")
  void aJsonLinesLineOverOneMebicharacterIsRefusedAsTheCliRefusesIt() throws IOException {
    String record =
        "{\"type\":\"time\",\"personId\":\"p1\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-09-01T08:00:00Z\",\"duration\":\"PT1H\"}";
    String tooLong = record.replace("}", ",\"pad\":\"" + "x".repeat(1 << 20) + "\"}");
    Files.writeString(dir.resolve("ledger.jsonl"), record + "\n" + tooLong + "\n");
    SparkSession spark = SparkTests.spark();
    SparkLedger ledger = SparkLedger.read(spark, dir.toString(), SparkLedger.Format.JSON, null);
    Object result = CliSparkEquivalenceTest.spark(dir, SparkLedger.Format.JSON);
    assertThat(result).isInstanceOf(CliSparkEquivalenceTest.Refusal.class);
    assertThat(((CliSparkEquivalenceTest.Refusal) result).words())
        .contains("ledger.jsonl", "line too long");
    assertThat(ledger.lines()).isNotNull();
  }

  @Test
  void aDirectoryWithTheClisJsonLinesAndTablesBesideIsRefused() throws IOException {
    Files.writeString(dir.resolve("ledger.jsonl"), "\n");
    Files.writeString(
        dir.resolve("time.jsonl"),
        "{\"person_id\":\"p1\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-09-01T08:00:00Z\",\"duration\":\"PT1H\"}\n");
    assertThatThrownBy(
            () ->
                SparkLedger.read(SparkTests.spark(), dir.toString(), SparkLedger.Format.JSON, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds both ledger.jsonl")
        .hasMessageContaining("keep one of the two");
  }

  @Test
  void aCsvRowWithMoreFieldsThanItsHeaderIsRefusedByConvertToo() throws IOException {
    Files.writeString(
        dir.resolve("time.csv"),
        "person_id,kind,phase,start,duration\n"
            + "p1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H,\"extra, field\"\n");
    SparkLedger csv =
        SparkLedger.read(SparkTests.spark(), dir.toString(), SparkLedger.Format.CSV, null);
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> csv.write(out.toString(), SparkLedger.Format.PARQUET))
        .hasStackTraceContaining(
            "time: row with person_id p1: $: the row has 6 fields, the header 5");
    assertThat(LedgerRows.fieldsOf("a,\"b,\"\"c\"\"\",d")).isEqualTo(3);
  }

  @Test
  void aPartitionValueIsReadAsTextNotAsANumber() {
    SparkSession spark = SparkTests.spark();
    Path parquet = dir.resolve("parquet");
    spark
        .createDataFrame(
            List.of(
                org.apache.spark.sql.RowFactory.create(
                    "p1", "COACHING", "UPFRONT", "2026-09-01T08:00:00Z", "PT1H", "0042")),
            new org.apache.spark.sql.types.StructType()
                .add("person_id", "string")
                .add("kind", "string")
                .add("phase", "string")
                .add("start", "string")
                .add("duration", "string")
                .add("tenant", "string"))
        .write()
        .partitionBy("tenant")
        .parquet(parquet.resolve("time.parquet").toString());
    Dataset<Row> time =
        SparkLedger.read(spark, parquet.toString(), SparkLedger.Format.PARQUET, "tenant").time();
    LedgerRows rows = LedgerRows.of(LedgerRows.Table.TIME, time.schema(), "tenant");
    assertThat(rows.key(time.collectAsList().get(0))).isEqualTo("0042");
    assertThat(time.select(functions.col("tenant")).schema().fields()[0].dataType().typeName())
        .isEqualTo("string");
  }

  @Test
  @LimitsPageTest.Limit("On Spark | organization documents")
  void anOrganizationDocumentWithAMisspeltFieldIsRefusedAsTheCliRefusesIt() throws IOException {
    Path org = oneRowLedger();
    String text = Files.readString(org, StandardCharsets.UTF_8);
    Files.writeString(
        org, text.replaceFirst("\"assignments\"", "\"asignments\""), StandardCharsets.UTF_8);
    PartnershipSparkTest.Run run = metrics(org, dir.resolve("out"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "partnership-spark: "
                + org
                + ": unknown field asignments in an organization document\n");
  }

  @Test
  void anExistingOutIsRefusedBeforeTheJobAndADateIsAPeriodEnd() throws IOException {
    Path org = oneRowLedger();
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("summary"));
    PartnershipSparkTest.Run existing = metrics(org, out);
    assertThat(existing.exitCode()).isEqualTo(2);
    assertThat(existing.err())
        .isEqualTo(
            "partnership-spark: --out "
                + out
                + " exists; give a directory that does not exist yet\n");
    assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactly("summary");
    PartnershipSparkTest.Run dated = metrics(org, dir.resolve("dated"), "--to", "2027-01-01");
    assertThat(dated.exitCode()).as(dated.err()).isZero();
    PartnershipSparkTest.Run bad = metrics(org, dir.resolve("bad"), "--to", "next year");
    assertThat(bad.err())
        .isEqualTo(
            "partnership-spark: --to must be a date (2026-01-01) or an instant"
                + " (2026-01-01T00:00:00Z), was \"next year\"\n");
  }

  /** {@code metrics} over the CSV ledger in {@link #dir} with an organization file. */
  PartnershipSparkTest.Run metrics(Path org, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "metrics",
                "--ledger",
                dir.toString(),
                "--format",
                "csv",
                "--organization",
                org.toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return PartnershipSparkTest.run(args.toArray(new String[0]));
  }

  /** A one-row time table and the test organization's document in {@link #dir}. */
  Path oneRowLedger() throws IOException {
    Path org = dir.resolve("org.json");
    DocumentType.ORGANIZATION.write(TestLedgers.organization(), org);
    Files.writeString(
        dir.resolve("time.csv"),
        "person_id,kind,phase,start,duration\np1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n",
        StandardCharsets.UTF_8);
    SparkTests.spark();
    return org;
  }

  private static String rootMessages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }
}
