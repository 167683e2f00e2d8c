package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Phase;
import org.partnership.model.Style;

class LedgerFilesTest {

  @TempDir Path dir;

  static Map<LedgerRecordType, List<LedgerRecord>> byType(List<LedgerRecord> ledger) {
    Map<LedgerRecordType, List<LedgerRecord>> m = new EnumMap<>(LedgerRecordType.class);
    for (LedgerRecordType t : LedgerRecordType.values()) {
      m.put(t, new ArrayList<>());
    }
    ledger.forEach(r -> m.get(LedgerRecordType.of(r)).add(r));
    return m;
  }

  static String csv(LedgerRecordType type, List<LedgerRecord> records) {
    StringWriter out = new StringWriter();
    try (LedgerWriter w = LedgerCsv.writer(out, type)) {
      for (LedgerRecord r : records) {
        w.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<LedgerRecord> readCsv(String text, LedgerRecordType type) {
    List<LedgerRecord> back = new ArrayList<>();
    LedgerReadReport report =
        LedgerCsv.read(new StringReader(text), "t.csv", type, ReadMode.STRICT, back::add);
    assertThat(report.accepted()).isEqualTo(back.size());
    assertThat(report.rejected()).isZero();
    return back;
  }

  @Test
  void everyRecordSurvivesACsvRoundTrip() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byType(TestLedgers.random(TestLedgers.organization(), seed, 200))
                  .forEach(
                      (type, records) ->
                          assertThat(readCsv(csv(type, records), type)).isEqualTo(records));
            });
  }

  @Test
  void everyRecordSurvivesAJsonLinesRoundTrip() throws IOException {
    List<LedgerRecord> ledger = TestLedgers.random(TestLedgers.organization(), 5, 500);
    Path file = dir.resolve("ledger.jsonl");
    try (LedgerWriter w = LedgerJsonLines.writer(Files.newBufferedWriter(file))) {
      for (LedgerRecord r : ledger) {
        w.write(r);
      }
      assertThat(w.count()).isEqualTo(500);
    }
    assertThat(Files.readAllLines(file)).hasSize(500).allMatch(l -> l.startsWith("{\"type\":"));
    List<LedgerRecord> back = new ArrayList<>();
    LedgerReadReport report = LedgerJsonLines.read(file, ReadMode.STRICT, back::add);
    assertThat(back).isEqualTo(ledger);
    assertThat(report.read()).isEqualTo(500);
  }

  @Test
  void unusualInstantsAndDurationsAreReadExactly() {
    qt().withExamples(200)
        .forAll(
            longs().between(-30_000_000_000L, 200_000_000_000L), integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant at = Instant.ofEpochSecond(seconds, nanos % 3 == 0 ? 0 : nanos);
              TimeEntry t =
                  TimeEntry.of(
                      "p", ActivityKind.COACHING, Phase.UPFRONT, at, Duration.ofNanos(1 + nanos));
              assertThat(readCsv(csv(LedgerRecordType.TIME, List.of(t)), LedgerRecordType.TIME))
                  .containsExactly(t);
            });
  }

  static final String HEADER = "person_id,kind,phase,start,duration\n";

  @Test
  void strictReadingStopsAtTheFirstBadRowNamingFileLineColumnAndField() {
    String text =
        HEADER
            + "ann,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n"
            + "bob,COACHING,UPFRONT,2026-02-30T08:00:00Z,PT1H\n"
            + "cid,NAPPING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n";
    List<LedgerRecord> sink = new ArrayList<>();
    assertThatThrownBy(
            () ->
                LedgerCsv.read(
                    new StringReader(text),
                    "time.csv",
                    LedgerRecordType.TIME,
                    ReadMode.STRICT,
                    sink::add))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "time.csv:3:22 start: expected an ISO-8601 instant such as 2026-09-01T08:00:00Z, was"
                + " \"2026-02-30T08:00:00Z\"");
    assertThat(sink).hasSize(1); // what came before the bad row was handed on
  }

  @Test
  void lenientReadingSkipsCountsAndListsBadRows() {
    String text =
        HEADER
            + "ann,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n"
            + "\n"
            + "bob,COACHING,UPFRONT,2026-09-01T08:00:00Z,-PT1H\n"
            + "\"cid, the third\",NAPPING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n"
            + "dan,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT90M\n"
            + "eve,COACHING,UPFRONT,,PT1H\n";
    List<LedgerRecord> sink = new ArrayList<>();
    LedgerReadReport report =
        LedgerCsv.read(
            new StringReader(text), "time.csv", LedgerRecordType.TIME, ReadMode.LENIENT, sink::add);
    assertThat(report.read()).isEqualTo(5);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(3);
    assertThat(sink)
        .extracting(r -> ((TimeEntry) r).duration())
        .containsExactly(Duration.ofHours(1), Duration.ofMinutes(90));
    assertThat(report.problems())
        .extracting(DocumentException::getMessage)
        .containsExactly(
            "time.csv:4:1 $: duration must be positive, was PT-1H",
            "time.csv:5:18 kind: expected one of [SHARED_INPUT, SHARED_UNDERSTANDING,"
                + " POTENTIAL_BUILDING, CONSULTATION, COACHING, RECOGNITION, JOINT_DECISION,"
                + " DIRECTING, DECIDING, EVALUATING, ENFORCING, PROBLEM_SOLVING, LOOSE_ENDS], was"
                + " \"NAPPING\"",
            "time.csv:7:22 start: required, was empty");
    assertThat(report.toString()).isEqualTo("time.csv: read 5, accepted 2, rejected 3");
  }

  @Test
  void aBadHeaderStopsTheReadInEitherMode() {
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(
              () ->
                  LedgerCsv.read(
                      new StringReader("person_id,kind,phase,start,duration,mood\n"),
                      "time.csv",
                      LedgerRecordType.TIME,
                      mode,
                      r -> {}))
          .hasMessageStartingWith("time.csv:1:1 mood: unknown column for time.csv");
      assertThatThrownBy(
              () ->
                  LedgerCsv.read(
                      new StringReader("person_id,kind,phase,start\n"),
                      "time.csv",
                      LedgerRecordType.TIME,
                      mode,
                      r -> {}))
          .hasMessage("time.csv:1:1 duration: required column is missing from the header");
      assertThatThrownBy(
              () ->
                  LedgerCsv.read(
                      new StringReader(""), "t.csv", LedgerRecordType.TIME, mode, r -> {}))
          .hasMessage("t.csv:1:1 $: the header row is missing");
    }
  }

  @Test
  void decisionColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
    String text =
        "style,raised_at,decision_id,owner_role_id,domain,participants,urgency,mandate\n"
            + "AGREE,2026-09-01T08:00:00Z,d1,principal,budget,ann;bob,0.9,LEGAL\n"
            + "TELL,2026-09-01T08:00:00Z,d2,principal,budget,,,\n";
    List<LedgerRecord> back = readCsv(text, LedgerRecordType.DECISION);
    DecisionRecord d1 = (DecisionRecord) back.get(0);
    assertThat(d1.style()).isEqualTo(Style.AGREE);
    assertThat(d1.domain()).isEqualTo(Domain.of("budget"));
    assertThat(d1.participants()).containsExactly("ann", "bob");
    assertThat(d1.traits()).hasValueSatisfying(t -> assertThat(t.urgency()).isEqualTo(0.9));
    assertThat(d1.traits().get().significance()).isEqualTo(DecisionTraits.UNKNOWN);
    assertThat(((DecisionRecord) back.get(1)).traits()).isEmpty();
  }

  @Test
  void rowLinesStayRightAfterAQuotedLineBreak() {
    String text =
        "from_person_id,to_person_id,domain,at\n"
            + "\"ann\nsmith\",bob,budget,2026-09-01T08:00:00Z\n"
            + "ann,ann,budget,2026-09-01T08:00:00Z\n";
    LedgerReadReport report =
        LedgerCsv.read(
            new StringReader(text),
            "r.csv",
            LedgerRecordType.RECOGNITION,
            ReadMode.LENIENT,
            r -> {});
    assertThat(report.problems()).hasSize(2);
    assertThat(report.problems().get(0).line()).isEqualTo(2);
    assertThat(report.problems().get(0).problem()).contains("control characters");
    assertThat(report.problems().get(1).getMessage())
        .startsWith("r.csv:4:1 $: toPersonId must differ from fromPersonId");
  }

  @Test
  void jsonLinesProblemsNameTheLineAndThePathOfTheBadField() {
    String text =
        "{\"type\":\"recognition\",\"fromPersonId\":\"a\",\"toPersonId\":\"b\",\"domain\":\"x\",\"at\":\"2026-09-01T08:00:00Z\"}\n"
            + "{\"type\":\"time\",\"personId\":\"a\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\",\"start\":\"soon\",\"duration\":\"PT1H\"}\n"
            + "{\"type\":\"memo\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"type\":\"time\",\"personId\":\"a\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\",\"start\":\"2026-09-01T08:00:00Z\",\"duration\":\"PT1H\",\"x\":1}\n";
    List<LedgerRecord> sink = new ArrayList<>();
    LedgerReadReport report;
    try {
      report = LedgerJsonLines.read(new StringReader(text), "l.jsonl", ReadMode.LENIENT, sink::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(4);
    List<String> messages = new ArrayList<>();
    report.problems().forEach(p -> messages.add(p.getMessage()));
    assertThat(messages.get(0)).startsWith("l.jsonl:2:").contains(" start: ");
    assertThat(messages.get(1)).startsWith("l.jsonl:3:").contains(" type: ", "\"memo\"");
    assertThat(messages.get(2)).startsWith("l.jsonl:4:").contains("malformed JSON");
    assertThat(messages.get(3)).startsWith("l.jsonl:6:").contains(" x: unknown field");
    assertThatThrownBy(
            () -> LedgerJsonLines.read(new StringReader(text), "l.jsonl", ReadMode.STRICT, r -> {}))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("l.jsonl:2:");
  }

  @Test
  void aCsvWriterWritesOnlyItsTypeAndRefusesIdsWithTheListSeparator() throws IOException {
    StringWriter out = new StringWriter();
    try (LedgerWriter w = LedgerCsv.writer(out, LedgerRecordType.DECISION)) {
      assertThatThrownBy(
              () ->
                  w.write(
                      TimeEntry.of(
                          "p",
                          ActivityKind.COACHING,
                          Phase.UPFRONT,
                          Instant.EPOCH,
                          Duration.ofHours(1))))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("this writer writes DECISION records, was a TIME");
      DecisionRecord odd =
          DecisionRecord.builder()
              .decisionId("d")
              .domain(Domain.of("x"))
              .ownerRoleId("r")
              .style(Style.TELL)
              .raisedAt(Instant.EPOCH)
              .addParticipants("a;b")
              .build();
      assertThatThrownBy(() -> w.write(odd)).hasMessageContaining("\"a;b\"");
      assertThat(w.count()).isZero();
    }
  }

  @Test
  void aLineReadAloneGivesTheRecordTheFileGivesAndTheSameProblem() throws IOException {
    List<LedgerRecord> ledger = TestLedgers.random(TestLedgers.organization(), 9, 300);
    StringWriter text = new StringWriter();
    try (LedgerWriter w = LedgerJsonLines.writer(text)) {
      for (LedgerRecord r : ledger) {
        w.write(r);
      }
    }
    List<LedgerRecord> alone = new ArrayList<>();
    String[] lines = text.toString().split("\n");
    for (int i = 0; i < lines.length; i++) {
      alone.add(LedgerJsonLines.readLine(lines[i], "topic", i + 1));
    }
    assertThat(alone).isEqualTo(ledger);

    String bad =
        "{\"type\":\"time\",\"personId\":\"a\",\"kind\":\"COACHING\",\"phase\":\"UPFRONT\","
            + "\"start\":\"soon\",\"duration\":\"PT1H\"}";
    DocumentException fromFile =
        catchDocumentException(
            () ->
                LedgerJsonLines.read(new StringReader("\n" + bad), "t", ReadMode.STRICT, r -> {}));
    DocumentException fromLine =
        catchDocumentException(() -> LedgerJsonLines.readLine(bad, "t", 2));
    assertThat(fromLine.getMessage()).isEqualTo(fromFile.getMessage()).startsWith("t:2:");
    assertThat(fromLine.path()).isEqualTo("start");

    assertThatThrownBy(() -> LedgerJsonLines.readLine("  ", "t", 0))
        .isInstanceOf(DocumentException.class)
        .hasMessage("t:0:1 $: a blank line holds no record");
    assertThatThrownBy(() -> LedgerJsonLines.readLine("{\"type\":\n\"time\"}", "t", 3))
        .isInstanceOf(DocumentException.class)
        .hasMessage("t:3:9 $: a line holds no line end");
    assertThatThrownBy(() -> LedgerJsonLines.readLine("{\"type\":\"ti\uFFFDme\"}", "t", 4))
        .isInstanceOf(DocumentException.class)
        .hasMessage("t:4:12 $: not valid UTF-8");
    assertThatThrownBy(() -> LedgerJsonLines.readLine("x".repeat((1 << 20) + 1), "t", 5))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("line too long");
    assertThatThrownBy(() -> LedgerJsonLines.readLine(bad, "t", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be 0 or more, was -1");
  }

  private static DocumentException catchDocumentException(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(DocumentException.class);
    return (DocumentException) t;
  }

  @Test
  void nullsAreRejectedByName() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester()
            .setDefault(java.io.Reader.class, new StringReader(""))
            .setDefault(java.io.Writer.class, new StringWriter())
            .setDefault(Path.class, dir.resolve("x.csv"))
            .setDefault(LedgerRecordType.class, LedgerRecordType.TIME)
            .setDefault(ReadMode.class, ReadMode.STRICT);
    tester.testAllPublicStaticMethods(LedgerCsv.class);
    tester.testAllPublicStaticMethods(LedgerJsonLines.class);
    tester.testAllPublicStaticMethods(LedgerRecordType.class);
  }
}
