package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.Organization;

/**
 * The CLI's reader and the Spark job over one corpus of good and bad CSV ledgers: the same values
 * for every ledger both accept — also once the job has written it as Parquet and as JSON Lines, as
 * {@code convert} does — a refusal by both for every ledger either refuses, and for a bad field the
 * same words (the column and what is wrong): the CLI adds file:line:column, Spark the table and the
 * row.
 */
class CliSparkEquivalenceTest {

  @TempDir Path dir;

  static final Organization ORG = TestLedgers.organization();

  static final String TIME = "person_id,kind,phase,start,duration\n";
  static final String DECISIONS =
      "decision_id,domain,owner_role_id,style,raised_at,decided_by,decided_at,stakeholders,"
          + "participants,urgency\n";
  static final String OK_DECISION =
      "d1,budget,head,CONSULT,2026-09-01T08:00:00Z,p0,2026-09-01T09:00:00Z,p1;p2,p1,0.5\n";

  /** A ledger of one time row. */
  static Map<String, String> time(String row) {
    return Map.of("time.csv", TIME + row + "\n");
  }

  /** The corpus: a name, and the files of its ledger (name → content). */
  static Map<String, Map<String, String>> corpus() {
    Map<String, Map<String, String>> c = new LinkedHashMap<>();
    c.put(
        "plain",
        Map.of(
            "time.csv",
            TIME + "p1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n",
            "decisions.csv",
            DECISIONS + OK_DECISION));
    c.put(
        "quoted cells and doubled quotes",
        Map.of(
            "decisions.csv",
            DECISIONS
                + "\"d,1\",budget,head,CONSULT,2026-09-01T08:00:00Z,p0,2026-09-01T09:00:00Z,"
                + "\"p1;p2\",\"p1\",\"0.5\"\n"
                + "\"d\"\"2\",budget,head,TELL,2026-09-01T08:00:00Z,,,,,\n"));
    c.put(
        "a byte-order mark and a trailing backslash",
        Map.of(
            "decisions.csv",
            "\uFEFF" + DECISIONS + "d1\\,budget,head,TELL,2026-09-01T08:00:00Z,,,,,\n"));
    c.put(
        "columns in another order",
        Map.of(
            "time.csv",
            "duration,start,phase,kind,person_id\nPT2H,2026-09-02T08:00:00Z,UPFRONT,DIRECTING,p3\n"));
    c.put(
        "a formula neutralized by the writer",
        Map.of("decisions.csv", DECISIONS + "'=d1,budget,head,TELL,2026-09-01T08:00:00Z,,,,,\n"));
    c.put("an instant that is not one", time("p1,COACHING,UPFRONT,yesterday,PT1H"));
    c.put(
        "a trait out of range",
        Map.of("decisions.csv", DECISIONS + OK_DECISION.replace(",0.5\n", ",1.5\n")));
    c.put("an enum in lower case", time("p1,coaching,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put("a padded id", time("\" p1\",COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put(
        "an id holding a line break", time("\"p\n1\",COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put(
        "a decision decided before it was raised",
        Map.of(
            "decisions.csv",
            DECISIONS + OK_DECISION.replace("2026-09-01T09:00:00Z", "2026-08-01T09:00:00Z")));
    c.put("a required field left empty", time("p1,COACHING,UPFRONT,,PT1H"));
    c.put("an unknown column", Map.of("time.csv", TIME.replace("\n", ",color\n") + "\n"));
    c.put(
        "a required column missing",
        Map.of(
            "time.csv", "person_id,kind,phase,start\np1,COACHING,UPFRONT,2026-09-01T08:00:00Z\n"));
    c.put("an empty file", Map.of("time.csv", ""));
    // From the hostile-input corpus (issue 26): bytes that are not UTF-8, an id past the length
    // limit, a control character, more fields than the header, a quote left open.
    c.put("bytes that are not UTF-8", time("p\uFFFD1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put(
        "an id of 201 characters",
        time("p".repeat(201) + ",COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put(
        "a control character in an id",
        time("p\u00071,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H"));
    c.put("more fields than the header", time("p1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H,x"));
    c.put(
        "fewer fields than the header",
        Map.of("decisions.csv", DECISIONS + "d1,budget,head,TELL,2026-09-01T08:00:00Z\n"));
    c.put(
        "a quote left open",
        time("p1,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n\"p2,COACHING,UPFRONT,x,PT1H"));
    return c;
  }

  /** The CLI's JSON Lines (ledger.jsonl): a name, and the file's lines. */
  static Map<String, String> jsonLinesCorpus() {
    String time =
        "{\"type\":\"time\",\"personId\":\"p1\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-09-01T08:00:00Z\",\"duration\":\"PT1H\"}";
    String decision =
        "{\"type\":\"decision\",\"decisionId\":\"d1\",\"domain\":\"budget\",\"ownerRoleId\":\"head\","
            + "\"style\":\"CONSULT\",\"raisedAt\":\"2026-09-01T08:00:00Z\",\"decidedBy\":\"p0\","
            + "\"decidedAt\":\"2026-09-01T09:00:00Z\",\"stakeholders\":[\"p1\",\"p;2\"],"
            + "\"participants\":[\"p1\"],\"traits\":{\"urgency\":0.5,\"mandate\":\"LEGAL\"}}";
    String recognition =
        "{\"type\":\"recognition\",\"fromPersonId\":\"p1\",\"toPersonId\":\"p2\","
            + "\"domain\":\"budget\",\"at\":\"2026-09-02T08:00:00Z\"}";
    Map<String, String> c = new LinkedHashMap<>();
    c.put("every type in one file", time + "\n" + decision + "\n" + recognition + "\n");
    c.put(
        "a byte-order mark, CRLF line ends, blank lines and no last line end",
        "\uFEFF" + time + "\r\n\r\n   \n" + recognition);
    c.put("a misspelt key", time.replace("personId", "personID") + "\n");
    c.put("a snake_case key (the Spark tables' spelling)", time.replace("personId", "person_id"));
    c.put("a list written as text", decision.replace("[\"p1\",\"p;2\"]", "\"p1;p2\""));
    c.put("a number written as text", decision.replace("\"urgency\":0.5", "\"urgency\":\"0.5\""));
    c.put("a trait out of range", decision.replace("\"urgency\":0.5", "\"urgency\":1.5"));
    c.put("an unknown type", time.replace("\"time\"", "\"memo\""));
    c.put("malformed JSON", time + "\n{\"type\":\"time\",\n");
    c.put("a lone carriage return inside a line", time.replace(",\"kind\"", ",\r\"kind\""));
    c.put("bytes that are not UTF-8", time.replace("p1", "p\uFFFD1"));
    return c;
  }

  /** What the CLI makes of a JSON Lines ledger: its report, or the words of its refusal. */
  static Object cliJsonLines(Path file) throws IOException {
    List<LedgerRecord> records = new ArrayList<>();
    try {
      org.partnership.jackson.LedgerJsonLines.read(file, ReadMode.STRICT, records::add);
    } catch (DocumentException e) {
      return new Refusal(e.path(), e.problem(), e.line());
    }
    return MetricRegistry.builtIns().measure(MetricContext.of(ORG), records);
  }

  /** What the CLI makes of a ledger: its report, or the words of its refusal. */
  static Object cli(Path ledger) throws IOException {
    List<LedgerRecord> records = new ArrayList<>();
    try {
      for (LedgerRecordType type : LedgerRecordType.values()) {
        Path file = ledger.resolve(type.fileName());
        if (Files.exists(file)) {
          LedgerCsv.read(file, type, ReadMode.STRICT, records::add);
        }
      }
    } catch (DocumentException e) {
      return new Refusal(e.path(), e.problem(), e.line());
    }
    return MetricRegistry.builtIns().measure(MetricContext.of(ORG), records);
  }

  /** What the Spark job makes of it. */
  static Object spark(Path ledger) {
    return spark(ledger, SparkLedger.Format.CSV);
  }

  /** What the Spark job makes of a ledger in a format. */
  static Object spark(Path ledger, SparkLedger.Format format) {
    SparkSession spark = SparkTests.spark();
    try {
      SparkLedger l = SparkLedger.read(spark, ledger.toString(), format, null);
      return LedgerMetrics.measure(spark, l, null, Map.of("", ORG), LedgerMetrics.Settings.all())
          .get("");
    } catch (Exception e) { // Spark throws its checked SparkException from Scala code
      return new Refusal(null, PartnershipSpark.message(e), 0);
    }
  }

  /** A refusal: the column and words of the problem, and the line (the CLI's; 0 for Spark). */
  record Refusal(String column, String words, int line) {}

  /** Spark read what the CLI read: the same values from the same number of records. */
  static void assertReadAlike(String name, Object cli, Object spark) {
    assertThat(spark).as(name + ": Spark read what the CLI reads").isInstanceOf(MetricReport.class);
    assertThat(((MetricReport) spark).values()).as(name).isEqualTo(((MetricReport) cli).values());
    assertThat(((MetricReport) spark).recordsRead())
        .as(name)
        .isEqualTo(((MetricReport) cli).recordsRead())
        .isPositive();
  }

  @Test
  void everyLedgerOfTheCorpusIsReadAlikeOrRefusedByBoth() throws IOException {
    int accepted = 0;
    int refused = 0;
    for (Map.Entry<String, Map<String, String>> entry : corpus().entrySet()) {
      Path ledger = dir.resolve("l" + (accepted + refused));
      Files.createDirectories(ledger);
      for (Map.Entry<String, String> f : entry.getValue().entrySet()) {
        Files.writeString(ledger.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      Object cli = cli(ledger);
      Object spark = spark(ledger);
      String name = entry.getKey();
      if (cli instanceof MetricReport) {
        assertReadAlike(name, cli, spark);
        // The same ledger as the job's own Parquet and JSON Lines (what `convert` writes).
        SparkLedger csv =
            SparkLedger.read(SparkTests.spark(), ledger.toString(), SparkLedger.Format.CSV, null);
        for (SparkLedger.Format format :
            List.of(SparkLedger.Format.PARQUET, SparkLedger.Format.JSON)) {
          Path converted = dir.resolve(ledger.getFileName() + "-" + format);
          csv.write(converted.toString(), format);
          Object again = spark(converted, format);
          assertThat(again).as(name + " as " + format).isInstanceOf(MetricReport.class);
          assertThat(((MetricReport) again).values())
              .as(name + " as " + format)
              .isEqualTo(((MetricReport) cli).values());
        }
        accepted++;
      } else {
        assertThat(spark)
            .as(name + ": Spark refuses what the CLI refuses")
            .isInstanceOf(Refusal.class);
        Refusal c = (Refusal) cli;
        Refusal s = (Refusal) spark;
        if (c.line() > 1 && !c.words().startsWith("malformed CSV")) {
          // (A quote left open: Spark reads the rest of the file into the field and refuses the
          // row for that field; the CLI calls the file malformed. Both refuse it.)
          // A bad row: the same words after the location (the CLI's file:line:column, Spark's
          // table and row).
          assertThat(s.words()).as(name).contains(c.column() + ": " + c.words());
        }
        refused++;
      }
    }
    assertThat(accepted).isEqualTo(6);
    assertThat(refused).isEqualTo(15);
  }

  @Test
  void theClisJsonLinesAreReadAlikeOrRefusedByBoth() throws IOException {
    int accepted = 0;
    int refused = 0;
    for (Map.Entry<String, String> entry : jsonLinesCorpus().entrySet()) {
      String name = entry.getKey();
      Path ledger = dir.resolve("j" + (accepted + refused));
      Files.createDirectories(ledger);
      Path file = ledger.resolve("ledger.jsonl");
      Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
      Object cli = cliJsonLines(file);
      Object spark = spark(ledger, SparkLedger.Format.JSON);
      if (cli instanceof MetricReport) {
        assertReadAlike(name, cli, spark);
        // convert: the records of every type split into the three tables, as Parquet.
        Path converted = dir.resolve(ledger.getFileName() + "-parquet");
        SparkLedger.read(SparkTests.spark(), ledger.toString(), SparkLedger.Format.JSON, null)
            .write(converted.toString(), SparkLedger.Format.PARQUET);
        Object again = spark(converted, SparkLedger.Format.PARQUET);
        assertThat(again).as(name + " converted").isInstanceOf(MetricReport.class);
        assertThat(((MetricReport) again).values())
            .as(name + " converted")
            .isEqualTo(((MetricReport) cli).values());
        accepted++;
      } else {
        assertThat(spark)
            .as(name + ": Spark refuses what the CLI refuses")
            .isInstanceOf(Refusal.class);
        Refusal c = (Refusal) cli;
        assertThat(((Refusal) spark).words())
            .as(name)
            .contains("ledger.jsonl", c.column() + ": " + c.words());
        refused++;
      }
    }
    assertThat(accepted).isEqualTo(3);
    assertThat(refused).isEqualTo(8);
  }
}
