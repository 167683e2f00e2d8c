package org.partnership.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Phase;
import org.partnership.model.Style;

/** The one column table of the ledger: what each field may hold, read from text or typed values. */
class LedgerTableTest {

  static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

  /** A row of the time table with its fields in column order. */
  static TimeEntry time(Object... fields) {
    return LedgerTable.TIME.read(column -> column < fields.length ? fields[column] : null);
  }

  static DecisionRecord decision(String column, Object value) {
    Object[] fields = new Object[LedgerTable.DECISIONS.columns().size()];
    fields[0] = "d1";
    fields[1] = "budget";
    fields[2] = "head";
    fields[3] = "CONSULT";
    fields[4] = "2026-09-01T08:00:00Z";
    fields[LedgerTable.DECISIONS.columns().indexOf(column)] = value;
    return LedgerTable.DECISIONS.read(column1 -> fields[column1]);
  }

  @Test
  public void testNulls() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester();
    tester.testAllPublicStaticMethods(LedgerTable.class);
    tester.testAllPublicInstanceMethods(LedgerTable.TIME);
    tester.testAllPublicConstructors(LedgerFieldException.class);
  }

  @Test
  void theThreeTablesHaveTheirColumnsAndRequiredColumns() {
    assertThat(LedgerTable.all())
        .containsExactly(LedgerTable.DECISIONS, LedgerTable.TIME, LedgerTable.RECOGNITIONS);
    assertThat(LedgerTable.TIME.columns())
        .containsExactly("person_id", "kind", "phase", "start", "duration");
    assertThat(LedgerTable.DECISIONS.requiredColumns())
        .containsExactly("decision_id", "domain", "owner_role_id", "style", "raised_at");
    assertThat(LedgerTable.DECISIONS.columns()).hasSize(28).contains("commitment_if_imposed");
    assertThat(LedgerTable.RECOGNITIONS.name()).isEqualTo("recognitions");
    assertThat(LedgerTable.TIME.recordType()).isEqualTo(TimeEntry.class);
  }

  @Test
  void aRowReadsFromTextOrFromTypedValuesAlike() {
    TimeEntry fromText = time("ana", "JOINT_DECISION", "UPFRONT", "2026-09-01T08:00:00Z", "PT1H");
    TimeEntry typed = time("ana", "JOINT_DECISION", "UPFRONT", T0, "PT1H");
    assertThat(typed).isEqualTo(fromText);
    assertThat(fromText)
        .isEqualTo(
            TimeEntry.of(
                "ana", ActivityKind.JOINT_DECISION, Phase.UPFRONT, T0, Duration.ofHours(1)));
    assertThat(decision("urgency", 0.25).traits().orElseThrow().urgency()).isEqualTo(0.25);
    assertThat(decision("urgency", "0.25")).isEqualTo(decision("urgency", 0.25));
    assertThat(decision("confidential", true)).isEqualTo(decision("confidential", "true"));
    // A typed list: each element an id, so an id may hold ';' there.
    assertThat(decision("stakeholders", List.of("ana", "b;o")).stakeholders())
        .containsExactly("ana", "b;o");
    assertThat(decision("stakeholders", List.of("ana", "bo")))
        .isEqualTo(decision("stakeholders", "ana;bo"));
    assertThatThrownBy(() -> decision("stakeholders", Arrays.asList("ana", null)))
        .hasMessage("stakeholders: a list of ids must not hold null");
  }

  @Test
  void recordsWriteToFieldsThatReadBackToThem() {
    DecisionRecord d =
        DecisionRecord.builder()
            .decisionId("d9")
            .domain(Domain.of("hiring"))
            .ownerRoleId("head")
            .style(Style.AGREE)
            .raisedAt(T0)
            .decidedBy("ana")
            .decidedAt(T0.plusSeconds(60))
            .addParticipants("ana", "bo")
            .traits(
                DecisionTraits.builder()
                    .urgency(0.5)
                    .confidential(true)
                    .timeAvailable(Duration.ofDays(2))
                    .build())
            .build();
    String[] fields = LedgerTable.DECISIONS.write(d);
    assertThat(fields[LedgerTable.DECISIONS.columns().indexOf("participants")]).isEqualTo("ana;bo");
    assertThat(fields[LedgerTable.DECISIONS.columns().indexOf("significance")]).isEmpty();
    assertThat(LedgerTable.DECISIONS.read(column -> fields[column])).isEqualTo(d);
    assertThat(LedgerTable.of(d)).isSameAs(LedgerTable.DECISIONS);
    assertThatThrownBy(() -> LedgerTable.TIME.write(d))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a record of the decisions table is not a record of the time table");
  }

  @Test
  void timeEntriesAndRecognitionsWriteEveryColumnAndReadBack() {
    TimeEntry t =
        TimeEntry.of(
            "ana", ActivityKind.COACHING, Phase.IMPLEMENTATION, T0, Duration.ofMinutes(90));
    String[] time = LedgerTable.TIME.write(t);
    assertThat(time).containsExactly("ana", "COACHING", "IMPLEMENTATION", T0.toString(), "PT1H30M");
    assertThat(LedgerTable.TIME.read(column -> time[column])).isEqualTo(t);
    Recognition r = Recognition.of("ana", "bo", Domain.of("hiring"), T0);
    String[] recognition = LedgerTable.RECOGNITIONS.write(r);
    assertThat(recognition).containsExactly("ana", "bo", "hiring", T0.toString());
    assertThat(LedgerTable.RECOGNITIONS.read(column -> recognition[column])).isEqualTo(r);
    assertThat(LedgerTable.of(r)).isSameAs(LedgerTable.RECOGNITIONS);
    assertThat(LedgerTable.of(t)).isSameAs(LedgerTable.TIME);
  }

  @Test
  void aBadFieldIsNamedByItsColumnAndQuotedSafely() {
    assertThatThrownBy(() -> time("", "JOINT_DECISION", "UPFRONT", T0, "PT1H"))
        .isInstanceOfSatisfying(
            LedgerFieldException.class,
            e -> {
              assertThat(e.column()).isEqualTo("person_id");
              assertThat(e.problem()).isEqualTo("required, was empty");
            });
    assertThatThrownBy(() -> time(" ana", "JOINT_DECISION", "UPFRONT", T0, "PT1H"))
        .hasMessageStartingWith("person_id: an id must not be blank, padded");
    assertThatThrownBy(() -> time("ana", "joint", "UPFRONT", T0, "PT1H"))
        .hasMessageStartingWith("kind: expected one of [")
        .hasMessageEndingWith(", was \"joint\"");
    assertThatThrownBy(() -> time("ana", "JOINT_DECISION", "UPFRONT", "yesterday\u001b[2J", "PT1H"))
        .hasMessageContaining("start: expected an ISO-8601 instant")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    assertThatThrownBy(() -> time("ana", "JOINT_DECISION", "UPFRONT", T0, "an hour"))
        .hasMessage("duration: expected an ISO-8601 duration such as PT1H30M, was \"an hour\"");
    assertThatThrownBy(() -> time("x".repeat(300), "JOINT_DECISION", "UPFRONT", T0, "PT1H"))
        .hasMessageContaining("longer than 200 characters")
        .hasMessageContaining("…");
    assertThatThrownBy(() -> decision("urgency", "1.5"))
        .hasMessage("urgency: must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> decision("urgency", 2))
        .hasMessage("urgency: must be in [0, 1], was 2.0");
    assertThatThrownBy(() -> decision("confidential", "yes"))
        .hasMessage("confidential: expected true or false, was \"yes\"");
    assertThatThrownBy(() -> decision("participants", "ana; bo"))
        .hasMessageStartingWith("participants: an id must not be blank, padded");
    assertThatThrownBy(() -> decision("decided_at", "2026-08-01T00:00:00Z"))
        .isInstanceOfSatisfying(
            LedgerFieldException.class, e -> assertThat(e.column()).isEqualTo("$"));
    assertThatThrownBy(() -> decision("domain", "bud\uFFFDget"))
        .hasMessage("domain: is not valid UTF-8");
  }

  @Test
  void shortDecimalsParseToTheSameDoubleAsTheJdkAndOnlyPlainOnes() {
    assertThat(decision("urgency", "0.50")).isEqualTo(decision("urgency", "0.5"));
    // plain decimals only: no exponent, hexadecimal or type suffix, as Double.parseDouble allows
    for (String lax :
        new String[] {"5e-1", "0x1p-1", "0.5d", "0.5f", "+0.5", " 0.5", ".5", "NaN"}) {
      assertThatThrownBy(() -> decision("urgency", lax))
          .isInstanceOf(LedgerFieldException.class)
          .hasMessageContaining("expected a plain decimal number in [0, 1]");
    }
  }

  @Test
  void instantsAndDurationsParseToTheSameValuesAsTheJdk() {
    qt().withExamples(2000)
        .forAll(
            longs().between(-62_000_000_000L, 250_000_000_000L), integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant at = Instant.ofEpochSecond(seconds, nanos % 7 == 0 ? 0 : nanos);
              Duration d =
                  Duration.ofSeconds(
                      1 + Math.abs(seconds) % 10_000_000, nanos % 3 == 0 ? 0 : nanos);
              TimeEntry t = time("ana", "DIRECTING", "IMPLEMENTATION", at.toString(), d.toString());
              assertThat(t.start()).isEqualTo(at);
              assertThat(t.duration()).isEqualTo(d);
            });
    assertThat(time("a", "DIRECTING", "UPFRONT", "2026-09-01T08:00:00+02:00", "P1DT2H").start())
        .isEqualTo(Instant.parse("2026-09-01T06:00:00Z"));
    assertThat(time("a", "DIRECTING", "UPFRONT", T0, "PT90M").duration())
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void anIdWithTheListSeparatorCannotBeWrittenAsAList() {
    DecisionRecord d =
        DecisionRecord.builder()
            .decisionId("d1")
            .domain(Domain.of("budget"))
            .ownerRoleId("head")
            .style(Style.TELL)
            .raisedAt(T0)
            .addStakeholders("a;b")
            .build();
    assertThatThrownBy(() -> LedgerTable.DECISIONS.write(d))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain ';'");
    assertThat(Arrays.asList(LedgerTable.DECISIONS.write(decision("mandate", "LEGAL"))))
        .contains("LEGAL");
    assertThat(List.of(LedgerTable.TIME.toString())).containsExactly("LedgerTable[time]");
  }

  @Test
  void aTypedWriterGetsListsOfIdsThatMayHoldTheSeparator() {
    DecisionRecord d =
        DecisionRecord.builder()
            .decisionId("d1")
            .domain(Domain.of("budget"))
            .ownerRoleId("head")
            .style(Style.TELL)
            .raisedAt(T0)
            .addStakeholders("a;b", "c")
            .build();
    List<String> columns = LedgerTable.DECISIONS.columns();
    Object[] values = LedgerTable.DECISIONS.values(d);
    assertThat(values).hasSize(columns.size());
    assertThat(values[columns.indexOf("stakeholders")]).isEqualTo(List.of("a;b", "c"));
    assertThat(values[columns.indexOf("participants")]).isEqualTo(List.of());
    assertThat(values[columns.indexOf("decision_id")]).isEqualTo("d1");
    assertThat(values[columns.indexOf("raised_at")]).isEqualTo("2026-09-01T08:00:00Z");
    assertThat(values[columns.indexOf("urgency")]).isEqualTo("");
    // What a typed writer gets reads back to the record.
    assertThat(LedgerTable.DECISIONS.read(column -> values[column])).isEqualTo(d);
    for (int c = 0; c < columns.size(); c++) {
      assertThat(LedgerTable.DECISIONS.isList(c))
          .as(columns.get(c))
          .isEqualTo(
              List.of("participants", "accountable", "stakeholders").contains(columns.get(c)));
    }
    assertThat(LedgerTable.TIME.isList(0)).isFalse();
    TimeEntry t = time("ana", "JOINT_DECISION", "UPFRONT", T0, "PT1H");
    assertThat(LedgerTable.TIME.values(t)).containsExactly(LedgerTable.TIME.write(t));
    assertThatThrownBy(() -> LedgerTable.TIME.values(d))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a record of the decisions table is not a record of the time table");
  }
}
