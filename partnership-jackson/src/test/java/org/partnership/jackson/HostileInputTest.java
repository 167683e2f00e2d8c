package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.rules.Policy;

/**
 * Documents and ledger files from strangers: each case is a defect a hostile-input review found
 * (its number in brackets), read the way a host reads uploads.
 */
class HostileInputTest {

  static final String POLICY = "id: district\nversion: 2\n";

  static Policy policy(String yaml) {
    return DocumentType.POLICY.parse(yaml, "p.yaml", DocumentFormat.YAML);
  }

  @Test
  void yamlAnchorsAndAliasesAreRefusedWithTheirPlace() { // [2]
    String organization =
        "people:\n  - { id: ann, displayName: &name Ann }\n  - { id: bob, displayName: *name }\n";
    assertThatThrownBy(
            () -> DocumentType.ORGANIZATION.parse(organization, "o.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(
            "o.yaml:2:29 people[0].displayName: anchors (&name) are not allowed in data documents");
    assertThatThrownBy(
            () ->
                DocumentType.ORGANIZATION.parse(
                    "people:\n  - { id: ann, displayName: *nothere }\n",
                    "o.yaml",
                    DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith(
            "o.yaml:2:29 people[0].displayName: aliases (*name) are not allowed");
    // a billion laughs needs aliases: refused at the first one
    StringBuilder laughs = new StringBuilder("a: &a [lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *");
      laughs.append((char) (c - 1)).append("]\n");
    }
    assertThatThrownBy(() -> policy(laughs.toString()))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("are not allowed in data documents");
  }

  @Test
  void deeplyNestedYamlStopsAtTheDocumentedDepthWithItsPlace() { // issue 26, T14
    // 5 KB nested 2,500 deep: refused at the 65th level, in time linear in the document
    String deep = "[".repeat(2500) + "]".repeat(2500);
    assertThatThrownBy(() -> DocumentType.ORGANIZATION.parse(deep, "o.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("o.yaml:1:65 ")
        .hasMessageEndingWith(": objects and arrays nested deeper than 64 levels");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      block.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    assertThatThrownBy(
            () -> DocumentType.ORGANIZATION.parse(block.toString(), "o.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("o.yaml:65:")
        .hasMessageEndingWith(": objects and arrays nested deeper than 64 levels");
    // 64 levels are allowed (and then refused by the organization's own rules)
    String allowed = "[".repeat(64) + "]".repeat(64);
    assertThatThrownBy(
            () -> DocumentType.ORGANIZATION.parse(allowed, "o.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .message()
        .doesNotContain("nested deeper");
  }

  @Test
  void yamlNullIsNullThenTheFieldsOwnRule() { // [2]
    // scope ~ is no scope: the policy applies to every tenant
    assertThat(policy(POLICY + "scope: ~\n").scope()).isEmpty();
    assertThat(policy(POLICY + "scope: Null\n").scope()).isEmpty();
    assertThat(policy(POLICY + "scope: NULL\n").scope()).isEmpty();
    // a quoted "~" is text
    assertThat(policy(POLICY + "scope: \"~\"\n").scope()).hasValue("~");
    // a required field given as null is missing
    assertThatThrownBy(() -> policy("id: ~\nversion: 2\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("p.yaml:1:1 $: missing required field \"id\"");
    assertThat(policy(POLICY + "balance: { target: 0.6, tolerance: ~ }\n").balance().tolerance())
        .isEqualTo(0.1);
  }

  @Test
  void yamlHasTheSameSizeLimitAsJson(@TempDir Path dir) throws IOException { // [8]
    // a 5 MiB organization: over SnakeYAML's own 3 MiB default, under the documented 64 MiB
    StringBuilder yaml = new StringBuilder("people:\n");
    int n = 0;
    while (yaml.length() < 5 << 20) {
      yaml.append("  - { id: p").append(n).append(", displayName: Person number ").append(n++);
      yaml.append(" }\n");
    }
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Organization org = DocumentType.ORGANIZATION.read(file);
    assertThat(org.people()).hasSize(n);
  }

  @Test
  void aDocumentIsMeasuredByItsBytesNotTheSizeItsFileReports() { // [3]
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertThatThrownBy(() -> DocumentType.ORGANIZATION.read(zero))
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessage("/dev/zero:0:0 $: document too large: over 67108864 bytes");
    }
  }

  @Test
  void aPolicyThatLoadsIsAPolicyThatWorks() { // [4], [5]
    assertThatThrownBy(() -> policy(POLICY + "balance: { minimumTotal: P999999999D }\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("p.yaml:3:")
        .hasMessageContaining("balance.minimumTotal must be positive and at most PT87600H");
    assertThatThrownBy(() -> policy(POLICY + "recommendation: { noveltyWeight: 1e308 }\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("recommendation.noveltyWeight: must be in [0, 1000], was 1.0E308");
    assertThatThrownBy(() -> policy(POLICY + "assessment: { minimumDecisions: 2000000000 }\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("assessment.minimumDecisions must be in [1, 1000000]");
  }

  @Test
  void isoDurationsWithAFractionOfAnHourAreRead() { // also
    assertThat(policy(POLICY + "balance: { minimumTotal: PT0.5H }\n").balance().minimumTotal())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(policy(POLICY + "balance: { minimumTotal: PT1H7.5M }\n").balance().minimumTotal())
        .isEqualTo(Duration.ofSeconds(3600 + 450));
    assertThatThrownBy(() -> policy(POLICY + "balance: { minimumTotal: PT0.5H30M }\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("expected an ISO-8601 duration");
  }

  @Test
  void messagesEchoNoRawControlCharacters() { // [10]
    String evil = "id: \"a\\nb\\u001b]0;owned\\u0007\"\nversion: 1\n";
    assertThatThrownBy(() -> policy(evil))
        .isExactlyInstanceOf(DocumentException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain("\n", "\u001b", "\u0007");
              assertThat(e.getMessage()).contains("a\\nb\\u001b]0;owned\\u0007");
            });
  }

  // ---- ledger files ----

  static LedgerReadReport csv(
      String text, LedgerRecordType type, ReadMode mode, List<LedgerRecord> into) {
    return LedgerCsv.read(new StringReader(text), "f.csv", type, mode, into::add);
  }

  static final String TIME_HEADER = "person_id,kind,phase,start,duration\n";
  static final String TIME_ROW = "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z,PT1H\n";

  @Test
  void extraCellsAreRejected() { // [6]
    List<LedgerRecord> records = new ArrayList<>();
    assertThatThrownBy(
            () ->
                csv(
                    TIME_HEADER + "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z,PT1H,surprise\n",
                    LedgerRecordType.TIME,
                    ReadMode.STRICT,
                    records))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("f.csv:2:1 $: the row has 6 fields, the header 5");
    LedgerReadReport lenient =
        csv(
            TIME_HEADER + TIME_ROW + "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z,PT1H,x\n",
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            records);
    assertThat(lenient.accepted()).isEqualTo(1);
    assertThat(lenient.rejected()).isEqualTo(1);
  }

  @Test
  void formulasInIdsAreNeutralizedAndStillRoundTrip() throws IOException { // [7]
    List<LedgerRecord> written = new ArrayList<>();
    for (String id :
        new String[] {"=cmd|' /C calc'!A0", "+1", "-team", "@SUM(A1)", "'quoted", "ok"}) {
      written.add(
          TimeEntry.of(
              id,
              ActivityKind.COACHING,
              Phase.UPFRONT,
              java.time.Instant.parse("2026-01-05T08:00:00Z"),
              Duration.ofHours(1)));
    }
    java.io.StringWriter text = new java.io.StringWriter();
    try (LedgerWriter w = LedgerCsv.writer(text, LedgerRecordType.TIME)) {
      for (LedgerRecord r : written) {
        w.write(r);
      }
    }
    for (String line : text.toString().split("\n")) {
      assertThat(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-");
      assertThat(line).doesNotStartWith("@").doesNotStartWith("\"=");
    }
    List<LedgerRecord> read = new ArrayList<>();
    csv(text.toString(), LedgerRecordType.TIME, ReadMode.STRICT, read);
    assertThat(read).isEqualTo(written);
  }

  @Test
  void aByteOrderMarkIsIgnored(@TempDir Path dir) throws IOException { // [14]
    Path csv = dir.resolve("time.csv");
    Files.writeString(csv, "\uFEFF" + TIME_HEADER + TIME_ROW, StandardCharsets.UTF_8);
    List<LedgerRecord> records = new ArrayList<>();
    assertThat(LedgerCsv.read(csv, LedgerRecordType.TIME, ReadMode.STRICT, records::add).accepted())
        .isEqualTo(1);
    Path jsonl = dir.resolve("ledger.jsonl");
    Files.writeString(
        jsonl,
        "\uFEFF{\"type\":\"time\",\"personId\":\"ann\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-01-05T08:00:00Z\",\"duration\":\"PT1H\"}\n",
        StandardCharsets.UTF_8);
    assertThat(LedgerJsonLines.read(jsonl, ReadMode.STRICT, records::add).accepted()).isEqualTo(1);
  }

  @Test
  void bytesThatAreNotUtf8RejectTheirRowWithItsPlace(@TempDir Path dir) throws IOException { // [15]
    Path csv = dir.resolve("time.csv");
    byte[] latin1 =
        "zoë,COACHING,UPFRONT,2026-01-05T08:00:00Z,PT1H\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(
        csv,
        concat(
            TIME_HEADER.getBytes(StandardCharsets.UTF_8),
            latin1,
            TIME_ROW.getBytes(StandardCharsets.UTF_8)));
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        LedgerCsv.read(csv, LedgerRecordType.TIME, ReadMode.LENIENT, records::add);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .isEqualTo(csv + ":2:1 person_id: is not valid UTF-8");
    Path jsonl = dir.resolve("ledger.jsonl");
    Files.write(
        jsonl,
        concat(
            "{\"type\":\"time\",\"personId\":\"zo".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xEB},
            "\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\",\"start\":\"2026-01-05T08:00:00Z\",\"duration\":\"PT1H\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> LedgerJsonLines.read(jsonl, ReadMode.STRICT, records::add))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(jsonl + ":1:30 $: not valid UTF-8");
  }

  @Test
  void laxNumbersAreRejected() { // [16]
    String header =
        "decision_id,domain,owner_role_id,style,raised_at,decided_by,decided_at,outcome\n";
    for (String lax : new String[] {"0x1p-1", "0.5d", "5e-1"}) {
      assertThatThrownBy(
              () ->
                  csv(
                      header
                          + "d1,budget,head,TELL,2026-01-05T08:00:00Z,ann,2026-01-06T08:00:00Z,"
                          + lax
                          + "\n",
                      LedgerRecordType.DECISION,
                      ReadMode.STRICT,
                      new ArrayList<>()))
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageContaining(
              "outcome: expected a plain decimal number in [0, 1], was \"" + lax + "\"");
    }
  }

  @Test
  void aRowOfOneEmptyFieldIsCountedNotDropped() { // [17]
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        csv(
            TIME_HEADER + TIME_ROW + "\"\"\n\n" + TIME_ROW,
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            records);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.read()).isEqualTo(report.accepted() + report.rejected());
  }

  @Test
  void anUnterminatedQuoteNamesItsLineAndKeepsWhatCameBefore() { // also
    List<LedgerRecord> records = new ArrayList<>();
    String text = TIME_HEADER + TIME_ROW + TIME_ROW + "\"ann,COACHING,UPFRONT\n" + TIME_ROW;
    LedgerReadReport report = csv(text, LedgerRecordType.TIME, ReadMode.LENIENT, records);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage()).startsWith("f.csv:4:1 $: malformed CSV:");
    assertThatThrownBy(() -> csv(text, LedgerRecordType.TIME, ReadMode.STRICT, new ArrayList<>()))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("f.csv:4:1 $: malformed CSV:");
  }

  /** The outcome of a strict read: the records, or the refusal's message. */
  static String strictly(String text) {
    List<LedgerRecord> records = new ArrayList<>();
    try {
      csv(text, LedgerRecordType.TIME, ReadMode.STRICT, records);
      return records.size() + " read";
    } catch (DocumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void aQuoteLeftOpenInTheLastLineIsMalformedNotReadToTheEnd() {
    // The CSV reader (FastCSV) would read an open quote to the end of the text without a word.
    String last = "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z,\"PT1H";
    assertThat(strictly(TIME_HEADER + last))
        .isEqualTo("f.csv:2:1 $: malformed CSV: Missing closing quote for value");
    assertThat(strictly(TIME_HEADER + last.replace("PT1H", "PT1H\"\"")))
        .isEqualTo("f.csv:2:1 $: malformed CSV: Missing closing quote for value");
    assertThat(strictly(TIME_HEADER + TIME_ROW.replace("PT1H", "\"PT1H\"").trim()))
        .isEqualTo("1 read");
    assertThat(strictly(TIME_HEADER + "\"ann\"x,COACHING,UPFRONT,2026-01-05T08:00:00Z,PT1H\n"))
        .startsWith("f.csv:2:1 $: malformed CSV: Unexpected character after closing quote");
  }

  @Test
  void aRowThatLooksLikeTheReadersEndMarkIsARowLikeAnyOther() {
    String mark = "\u0000partnership:end\u0000";
    String problem =
        "person_id: an id must not be blank, padded, longer than 200 characters or hold control"
            + " characters, was \"\\u0000partnership:end\\u0000\"";
    assertThat(strictly(TIME_HEADER + mark + "\n" + TIME_ROW)).isEqualTo("f.csv:2:1 " + problem);
    assertThat(strictly(TIME_HEADER + TIME_ROW + mark)).isEqualTo("f.csv:3:1 " + problem);
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        csv(TIME_HEADER + mark + "\n" + TIME_ROW, LedgerRecordType.TIME, ReadMode.LENIENT, records);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
  }

  @Test
  void rowsReadAsRfc4180SaysWithLinesAndColumnsOfTheBadField() {
    // Blank lines, and lines of spaces only, are skipped; CRLF and CR end lines.
    assertThat(strictly(TIME_HEADER + "\n   \n" + TIME_ROW + "\r\n" + TIME_ROW.trim() + "\r"))
        .isEqualTo("2 read");
    // A doubled quote is one quote, and the columns after it count both (as Jackson's reader,
    // used before FastCSV, counted them).
    assertThat(
            strictly(
                TIME_HEADER + "\"a\"\"n\",\"COA\"\"CHING\",UPFRONT,2026-01-05T08:00:00Z,PT1H\n"))
        .startsWith("f.csv:2:8 kind: ");
    assertThat(strictly(TIME_HEADER + "ann,\"COA\"\"CHING\",UPFRONT,2026-01-05T08:00:00Z,PT1H\n"))
        .startsWith("f.csv:2:5 kind: ");
    assertThat(strictly(TIME_HEADER + "\"a\"\"n\",COACHING,UPFRONT,soon,PT1H\n"))
        .startsWith("f.csv:2:25 start: ");
    assertThat(strictly(TIME_HEADER + "ann,COACHING,\"UPFRONT\",\"soon\",PT1H\n"))
        .startsWith("f.csv:2:24 start: ");
    // A field holding a line break is named at the line where its row starts.
    assertThat(strictly(TIME_HEADER + "ann,COACHING,\"UP\r\nFRONT\",soon,PT1H\n"))
        .startsWith("f.csv:2:14 phase: ");
    // More than 64 fields: refused in either mode, the read goes on in the lenient one.
    String wide = "x,".repeat(70) + "\n";
    assertThat(strictly(TIME_HEADER + wide)).isEqualTo("f.csv:2:1 $: more than 64 fields in a row");
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        csv(TIME_HEADER + wide + TIME_ROW, LedgerRecordType.TIME, ReadMode.LENIENT, records);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
  }

  @Test
  void aJsonLinesLineHasALimit(@TempDir Path dir) throws IOException { // [12]
    Path file = dir.resolve("ledger.jsonl");
    String record =
        "{\"type\":\"time\",\"personId\":\"ann\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-01-05T08:00:00Z\",\"duration\":\"PT1H\"}\n";
    Files.writeString(
        file, record + "x".repeat((1 << 20) + 10) + "\n" + record, StandardCharsets.UTF_8);
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report = LedgerJsonLines.read(file, ReadMode.LENIENT, records::add);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .isEqualTo(file + ":2:1 $: line too long: over 1048576 characters");
    assertThatThrownBy(() -> LedgerJsonLines.read(file, ReadMode.STRICT, r -> {}))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(file + ":2:1 $: line too long: over 1048576 characters");
  }

  @Test
  void aFileWithoutLineEndsIsGivenUp() throws IOException { // [12], [3]
    Path zero = Path.of("/dev/zero");
    if (!Files.isReadable(zero)) {
      return;
    }
    assertThatThrownBy(() -> LedgerJsonLines.read(zero, ReadMode.LENIENT, r -> {}))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("no line end within 67108864 characters: not a JSON Lines file");
  }

  @Test
  void aCsvListOfIdsCannotHoldTheSeparator() throws IOException { // [13]
    DecisionRecord d =
        DecisionRecord.builder()
            .decisionId("d")
            .domain(Domain.of("budget"))
            .ownerRoleId("head")
            .style(Style.TELL)
            .raisedAt(java.time.Instant.parse("2026-01-05T08:00:00Z"))
            .addStakeholders("a;b")
            .build();
    try (LedgerWriter w = LedgerCsv.writer(new java.io.StringWriter(), LedgerRecordType.DECISION)) {
      assertThatThrownBy(() -> w.write(d))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not contain ';'");
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
