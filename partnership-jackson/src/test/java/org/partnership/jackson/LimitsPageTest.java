package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnership.jackson.HostileInputTest.TIME_HEADER;
import static org.partnership.jackson.HostileInputTest.TIME_ROW;
import static org.partnership.jackson.HostileInputTest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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

/**
 * The "Documents" and "Ledger files" sections of {@code docs/limits.md}, row by row: each check
 * below names the row it proves by feeding an input just over the limit, and the page test fails
 * when a row has no check or a check names a row the page does not have.
 */
class LimitsPageTest {

  /** The row of {@code docs/limits.md} a test checks: "Section | what". */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Limit {
    String value();
  }

  private static final List<String> SECTIONS = List.of("Documents", "Ledger files");

  /** The rows of the page's sections, as "Section | what". */
  static Set<String> rows(Path page, List<String> sections) throws IOException {
    Set<String> rows = new TreeSet<>();
    String section = null;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      } else if (section != null
          && sections.contains(section)
          && line.startsWith("| ")
          && !line.startsWith("| what ")
          && !line.startsWith("| ---")) {
        rows.add(section + " | " + line.substring(2, line.indexOf(" |", 2)).trim());
      }
    }
    return rows;
  }

  @Test
  void everyRowOfTheSectionsIsCheckedByATestNamingIt() throws IOException {
    Set<String> page = rows(Path.of("..", "docs", "limits.md"), SECTIONS);
    Set<String> checked = new TreeSet<>();
    for (Method m : LimitsPageTest.class.getDeclaredMethods()) {
      Limit limit = m.getAnnotation(Limit.class);
      if (limit != null) {
        assertThat(m.getAnnotation(Test.class)).as(m.getName()).isNotNull();
        checked.add(limit.value());
      }
    }
    assertThat(page).hasSizeGreaterThanOrEqualTo(18);
    assertThat(checked).as("rows the tests name").isEqualTo(page);
  }

  private static final String ORG = "people: []\n";

  // ---------------------------------------------------------------- Documents

  /** A stream of {@code n} spaces, made as it is read. */
  private static InputStream spaces(long n) {
    return new InputStream() {
      long left = n;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) ' ');
        left -= k;
        return k;
      }
    };
  }

  @Test
  @Limit("Documents | size")
  void aDocumentOneByteOverSixtyFourMebibytesIsTooLarge() {
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.read(spaces((64L << 20) + 1), "big.json", DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("document too large: over 67108864 bytes");
    // at the limit, the size is not what refuses it
    assertThatThrownBy(
            () -> DocumentType.POLICY.read(spaces(64L << 20), "big.json", DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .message()
        .doesNotContain("too large");
  }

  /**
   * An organization document of about {@code bytes}, one person per line, as another tool writes.
   */
  static Path organizationOf(Path dir, long bytes) throws IOException {
    Path file = dir.resolve("org-" + bytes + ".json");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"roles\":[{\"id\":\"head\",\"title\":\"Head\"}],\"people\":[\n");
      long written = 0;
      for (int i = 0; written < bytes - 200; i++) {
        String line =
            (i == 0 ? "" : ",\n")
                + "{\"id\":\"person-"
                + i
                + "\",\"displayName\":\"Person Number "
                + i
                + "\",\"competences\":{\"budget\":0."
                + (i % 97)
                + ",\"hiring\":0."
                + (i % 89)
                + ",\"it\":0.5},\"attributes\":{\"site\":\"site-"
                + (i % 40)
                + "\",\"department\":\"dept-"
                + (i % 12)
                + "\",\"tenure\":\"6-15\",\"contract\":\"full-time\"}}";
        out.write(line);
        written += line.length();
      }
      out.write("],\"assignments\":[{\"person\":\"person-0\",\"role\":\"head\"}]}\n");
    }
    return file;
  }

  /** Reads an organization document in a fresh JVM with this heap; its exit code and output. */
  private static String readInFreshJvm(Path file, String heap) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                ReadOrganization.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return p.exitValue() + " " + out.lines().findFirst().orElse("");
  }

  /** Reads an organization document and prints how many people it holds. */
  static final class ReadOrganization {
    public static void main(String[] args) throws IOException {
      try {
        Organization org = DocumentType.ORGANIZATION.read(Path.of(args[0]));
        System.out.println("read " + org.people().size());
      } catch (OutOfMemoryError e) {
        System.out.println("out of memory");
        System.exit(3);
      }
    }
  }

  @Test
  @Limit("Documents | heap while reading")
  void theHeapADocumentNeedsIsWhatThePageSays(@TempDir Path dir) throws Exception {
    Path twelve = organizationOf(dir, 12L << 20);
    assertThat(readInFreshJvm(twelve, "256m")).startsWith("0 read ");
    // just over: twice that in the same heap does not fit
    Path twentyFour = organizationOf(dir, 24L << 20);
    assertThat(readInFreshJvm(twentyFour, "256m")).isEqualTo("3 out of memory");
    Path limit = organizationOf(dir, (64L << 20) - 4096);
    Files.delete(twentyFour);
    assertThat(readInFreshJvm(limit, "1g")).startsWith("0 read ");
  }

  @Test
  @Limit("Documents | nesting of objects and arrays")
  void nestingOneLevelOverSixtyFourIsRefusedWithItsPlaceInJsonAndYaml() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String deep = "[".repeat(65) + "]".repeat(65);
      assertThatThrownBy(() -> DocumentType.ORGANIZATION.parse(deep, "o", format))
          .as(format.toString())
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageStartingWith("o:1:65 ")
          .hasMessageEndingWith("nested deeper than 64 levels");
      String allowed = "[".repeat(64) + "]".repeat(64);
      assertThatThrownBy(() -> DocumentType.ORGANIZATION.parse(allowed, "o", format))
          .isExactlyInstanceOf(DocumentException.class)
          .message()
          .doesNotContain("nested deeper");
    }
  }

  @Test
  @Limit("Documents | one string")
  void aStringOneCharacterOverAMebibyteIsRefused() {
    for (DocumentFormat format : DocumentFormat.values()) {
      String over = "{\"scope\": \"" + "x".repeat((1 << 20) + 1) + "\"}";
      assertThatThrownBy(() -> DocumentType.POLICY.parse(over, "p", format))
          .as(format.toString())
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageStartingWith("p:1:")
          .hasMessageEndingWith("a string of more than 1048576 characters");
      String at = "{\"id\": \"p\", \"version\": 1, \"scope\": \"" + "x".repeat(1 << 20) + "\"}";
      // at the limit, the string is read, and the field's own rule refuses it
      assertThatThrownBy(() -> DocumentType.POLICY.parse(at, "p", format))
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageContaining("scope must be at most 200 characters");
    }
  }

  @Test
  @Limit("Documents | one number")
  void aNumberOfSixtyFiveDigitsIsRefused() {
    // JSON counts digits (not a sign or a decimal point), YAML counts characters
    for (DocumentFormat format : DocumentFormat.values()) {
      int digitsAfterThePoint = format == DocumentFormat.JSON ? 63 : 62;
      String at = "0." + "5".repeat(digitsAfterThePoint);
      assertThat(
              DocumentType.POLICY
                  .parse(
                      "{\"id\": \"p\", \"version\": 1, \"balance\": {\"target\": " + at + "}}",
                      "p",
                      format)
                  .balance()
                  .target())
          .as(format.toString())
          .isEqualTo(0.5555555555555556);
      String over = at + "5";
      assertThatThrownBy(
              () ->
                  DocumentType.POLICY.parse(
                      "{\"id\": \"p\", \"version\": 1, \"balance\": {\"target\": " + over + "}}",
                      "p",
                      format))
          .as(format.toString())
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageStartingWith("p:1:")
          .hasMessageEndingWith("a number of more than 64 digits");
    }
  }

  @Test
  @Limit("Documents | YAML anchors (`&name`) and aliases (`*name`)")
  void oneAnchorOrOneAliasIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> HostileInputTest.policy("id: &a district\nversion: 2\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("p.yaml:1:5 ")
        .hasMessageContaining("are not allowed in data documents");
    assertThatThrownBy(() -> HostileInputTest.policy("id: district\nversion: 2\nscope: *a\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("p.yaml:3:8 ");
  }

  @Test
  @Limit("Documents | YAML `~`, `null`, `Null`, `NULL` (plain)")
  void yamlNullsAreNullThenTheFieldsOwnRule() {
    for (String n : new String[] {"~", "null", "Null", "NULL"}) {
      assertThat(HostileInputTest.policy(HostileInputTest.POLICY + "scope: " + n + "\n").scope())
          .isEmpty();
      assertThatThrownBy(() -> HostileInputTest.policy("id: " + n + "\nversion: 2\n"))
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessage("p.yaml:1:1 $: missing required field \"id\"");
    }
  }

  @Test
  @Limit("Documents | fields")
  void oneUnknownFieldOrOneRepeatedKeyIsRefused() {
    assertThatThrownBy(() -> HostileInputTest.policy(HostileInputTest.POLICY + "colour: red\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("colour: unknown field");
    assertThatThrownBy(() -> HostileInputTest.policy(HostileInputTest.POLICY + "version: 3\n"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("version");
  }

  @Test
  @Limit("Documents | durations")
  void aFractionOnlyOnTheLastComponent() {
    String allocation = "entries:\n  - { kind: COACHING, phase: UPFRONT, duration: %s }\n";
    for (String ok : new String[] {"PT0.5H", "PT1H7.5M", "PT90M"}) {
      assertThat(
              DocumentType.TIME_ALLOCATION
                  .parse(String.format(allocation, ok), "a.yaml", DocumentFormat.YAML)
                  .entries())
          .singleElement()
          .satisfies(e -> assertThat(e.duration()).isPositive());
    }
    assertThat(
            DocumentType.TIME_ALLOCATION
                .parse(String.format(allocation, "PT1H7.5M"), "a.yaml", DocumentFormat.YAML)
                .entries()
                .get(0)
                .duration())
        .isEqualTo(Duration.ofSeconds(3600 + 450));
    for (String bad : new String[] {"PT0.5H1M", "1 hour", "PT", "P1Y"}) {
      assertThatThrownBy(
              () ->
                  DocumentType.TIME_ALLOCATION.parse(
                      String.format(allocation, bad), "a.yaml", DocumentFormat.YAML))
          .as(bad)
          .isExactlyInstanceOf(DocumentException.class);
    }
  }

  @Test
  @Limit("Documents | tags such as `!!java…`")
  void aJavaTagInstantiatesNothing() {
    String[] tagged = {
      "id: !!java.io.File /etc/passwd\nversion: 2\n",
      "id: district\nversion: 2\nscope: !!javax.script.ScriptEngineManager [!!java.net.URL"
          + " [\"http://example.invalid\"]]\n"
    };
    for (String yaml : tagged) {
      try {
        assertThat(HostileInputTest.policy(yaml).id()).isIn("district", "/etc/passwd");
      } catch (DocumentException refused) {
        assertThat(refused).hasMessageStartingWith("p.yaml:");
      }
    }
  }

  // ---------------------------------------------------------------- Ledger files

  @Test
  @Limit("Ledger files | CSV: fields in a row")
  void oneCellMoreThanTheHeaderRejectsTheRow() {
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        csv(
            TIME_HEADER + TIME_ROW + TIME_ROW.replace("\n", ",x\n"),
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            records);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .isEqualTo("f.csv:3:1 $: the row has 6 fields, the header 5");
    String wide = "person_id,kind,phase,start,duration" + ",x".repeat(60) + "\n";
    assertThatThrownBy(() -> csv(wide, LedgerRecordType.TIME, ReadMode.LENIENT, records))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("64");
  }

  @Test
  @Limit("Ledger files | CSV: lists of ids")
  void anIdWithTheSeparatorCannotBeWrittenAsCsv() throws IOException {
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

  @Test
  @Limit(
      "Ledger files | CSV: cells a spreadsheet would run (`=`, `+`, `-`, `@`, tab, CR at the start)")
  void everyFormulaStartIsNeutralizedAndRoundTrips() throws IOException {
    List<LedgerRecord> written = new ArrayList<>();
    // (an id cannot start with a tab or a carriage return: identifiers have no surrounding
    // whitespace; the writer neutralizes them in any cell all the same)
    for (String id : new String[] {"=1+1", "+1", "-1", "@A1", "'kept", "=HYPERLINK(\"x\")"}) {
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
      assertThat(line.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("+");
      assertThat(line.replace("\"", "")).doesNotStartWith("-").doesNotStartWith("@");
    }
    List<LedgerRecord> read = new ArrayList<>();
    csv(text.toString(), LedgerRecordType.TIME, ReadMode.STRICT, read);
    assertThat(read).isEqualTo(written);
  }

  @Test
  @Limit("Ledger files | CSV: an unterminated quote")
  void anUnterminatedQuoteRejectsItsRowAndKeepsWhatCameBefore() {
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        csv(
            TIME_HEADER + TIME_ROW + "\"ann,COACHING\n",
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            records);
    assertThat(records).hasSize(1);
    assertThat(report.problems().get(0).getMessage()).startsWith("f.csv:3:1 $: malformed CSV");
  }

  @Test
  @Limit("Ledger files | CSV: one row")
  void aCsvRowHasALimitAndTheReadStopsThereKeepingWhatCameBefore() {
    List<LedgerRecord> records = new ArrayList<>();
    String longRow = "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z," + "x".repeat(1 << 20) + "\n";
    LedgerReadReport report =
        csv(
            TIME_HEADER + TIME_ROW + longRow + TIME_ROW,
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            records);
    assertThat(records).hasSize(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .startsWith("f.csv:3:1 $: malformed CSV: The maximum buffer size of 1048576");
    // Just under the limit, the row is read (and judged by its fields).
    String under =
        "ann,COACHING,UPFRONT,2026-01-05T08:00:00Z," + "x".repeat((1 << 20) - 100) + "\n";
    assertThatThrownBy(
            () ->
                csv(TIME_HEADER + under, LedgerRecordType.TIME, ReadMode.STRICT, new ArrayList<>()))
        .hasMessageStartingWith("f.csv:2:43 duration: ");
  }

  @Test
  @Limit("Ledger files | JSON Lines: one line")
  void aLineOneCharacterOverAMebibyteIsRejected() throws IOException {
    String record =
        "{\"type\":\"time\",\"personId\":\"ann\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"2026-01-05T08:00:00Z\",\"duration\":\"PT1H\"}";
    String padded = record + " ".repeat((1 << 20) - record.length());
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        LedgerJsonLines.read(
            new java.io.StringReader(padded + "\n" + padded + " \n"),
            "l.jsonl",
            ReadMode.LENIENT,
            records::add);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .isEqualTo("l.jsonl:2:1 $: line too long: over 1048576 characters");
  }

  @Test
  @Limit("Ledger files | text encoding")
  void oneByteThatIsNotUtf8RejectsItsRowWithItsPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("time.csv");
    byte[] row = TIME_ROW.getBytes(StandardCharsets.UTF_8);
    byte[] bad = TIME_ROW.replace("ann", "an?").getBytes(StandardCharsets.UTF_8);
    bad[2] = (byte) 0xFF;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes(TIME_HEADER.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(row);
    bytes.writeBytes(bad);
    Files.write(file, bytes.toByteArray());
    List<LedgerRecord> records = new ArrayList<>();
    LedgerReadReport report =
        LedgerCsv.read(file, LedgerRecordType.TIME, ReadMode.LENIENT, records::add);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.problems().get(0).getMessage())
        .isEqualTo(file + ":3:1 person_id: is not valid UTF-8");
  }

  @Test
  @Limit("Ledger files | graded values (`outcome`, traits)")
  void aGradedValueJustOverOneOrWrittenLooselyIsRejected() {
    String header =
        "decision_id,domain,owner_role_id,style,raised_at,decided_by,decided_at,outcome\n";
    String row = "d1,budget,head,TELL,2026-01-05T08:00:00Z,ann,2026-01-06T08:00:00Z,";
    assertThat(
            csv(header + row + "1\n", LedgerRecordType.DECISION, ReadMode.STRICT, new ArrayList<>())
                .accepted())
        .isEqualTo(1);
    for (String bad : new String[] {"1.0000001", "-0.0000001", "5e-1", "0x1p-1", "0.5d"}) {
      assertThatThrownBy(
              () ->
                  csv(
                      header + row + bad + "\n",
                      LedgerRecordType.DECISION,
                      ReadMode.STRICT,
                      new ArrayList<>()))
          .as(bad)
          .isExactlyInstanceOf(DocumentException.class)
          .hasMessageContaining("outcome: ");
    }
  }

  @Test
  @Limit("Ledger files | problems listed")
  void elevenProblemsAreCountedAndTenListed() {
    StringBuilder text = new StringBuilder(TIME_HEADER);
    for (int i = 0; i < 11; i++) {
      text.append("ann,COACHING,UPFRONT,yesterday,PT1H\n");
    }
    text.append(TIME_ROW);
    LedgerReadReport report =
        csv(text.toString(), LedgerRecordType.TIME, ReadMode.LENIENT, new ArrayList<>());
    assertThat(report.rejected()).isEqualTo(11);
    assertThat(report.problems()).hasSize(LedgerReadReport.MAX_PROBLEMS).hasSize(10);
    assertThat(report.read()).isEqualTo(report.accepted() + report.rejected()).isEqualTo(12);
  }
}
