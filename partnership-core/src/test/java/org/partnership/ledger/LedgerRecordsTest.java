package org.partnership.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnership.model.ActivityKind;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.model.Phase;
import org.partnership.model.Style;

class LedgerRecordsTest {

  static final Domain BUDGET = Domain.of("budget");
  static final Instant RAISED = Instant.parse("2026-09-01T08:00:00Z");

  static DecisionRecord.Builder decided() {
    return DecisionRecord.builder()
        .decisionId("d1")
        .domain(BUDGET)
        .ownerRoleId("principal")
        .style(Style.AGREE)
        .decidedBy("pat")
        .addParticipants("pat", "tom", "ann")
        .addAccountable("pat")
        .raisedAt(RAISED)
        .decidedAt(RAISED.plus(Duration.ofDays(3)))
        .dueAt(RAISED.plus(Duration.ofDays(7)));
  }

  @Test
  void aDecidedRecordReportsItsModeAndTimes() {
    DecisionRecord record = decided().outcome(0.8).build();
    assertThat(record.mode()).isEqualTo(Mode.PARTNER);
    assertThat(record.isDecided()).isTrue();
    assertThat(record.timestamp()).isEqualTo(RAISED);
    assertThat(record.participants()).containsExactly("pat", "tom", "ann");
    assertThat(record.outcome()).hasValue(0.8);
  }

  @Test
  void aRecordWithStakeholdersAndTraitsIsTheDecisionTheRulesSee() {
    DecisionTraits traits = DecisionTraits.builder().urgency(0.9).significance(0.8).build();
    DecisionRecord record =
        decided().addStakeholders("pat", "tom", "ann", "joe").traits(traits).build();
    Decision decision = record.toDecision();
    assertThat(decision.id()).isEqualTo("d1");
    assertThat(decision.domain()).isEqualTo(BUDGET);
    assertThat(decision.ownerRoleId()).isEqualTo("principal");
    assertThat(decision.stakeholders()).containsExactly("pat", "tom", "ann", "joe");
    assertThat(decision.traits()).isEqualTo(traits);
    assertThat(decided().build().toDecision().traits()).isEqualTo(DecisionTraits.unknown());
    assertThat(decided().build().stakeholders()).isEmpty();
    assertThatThrownBy(() -> decided().addStakeholders(" ").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stakeholders");
  }

  @Test
  void anOpenRecordHasNeitherDecidedAtNorDecidedBy() {
    DecisionRecord open =
        DecisionRecord.builder()
            .decisionId("d2")
            .domain(BUDGET)
            .ownerRoleId("principal")
            .style(Style.CONSULT)
            .raisedAt(RAISED)
            .build();
    assertThat(open.isDecided()).isFalse();
    assertThat(open.mode()).isEqualTo(Mode.MANAGE);
    assertThatThrownBy(() -> DecisionRecord.builder().from(open).decidedBy("pat").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("decidedAt and decidedBy must both be present");
  }

  @Test
  void decidedAtBeforeRaisedAtIsRejectedWithBothInstants() {
    qt().forAll(longs().between(1, 10_000_000))
        .checkAssert(
            seconds -> {
              Instant early = RAISED.minusSeconds(seconds);
              assertThatThrownBy(() -> decided().decidedAt(early).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("decidedAt must not be before raisedAt " + RAISED + ", was " + early);
              assertThatThrownBy(() -> decided().dueAt(early).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("dueAt must not be before raisedAt " + RAISED + ", was " + early);
            });
  }

  @Test
  void blankPeopleAreRejectedNamingTheField() {
    qt().forAll(strings().betweenCodePoints(' ', ' ').ofLengthBetween(0, 4))
        .checkAssert(
            blank -> {
              assertThatThrownBy(() -> decided().addParticipant(blank).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("participants[3] must not be blank, was \"" + blank + "\"");
              assertThatThrownBy(() -> decided().decidedBy(blank).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("decidedBy must not be blank, was \"" + blank + "\"");
              assertThatThrownBy(
                      () ->
                          TimeEntry.of(
                              blank,
                              ActivityKind.COACHING,
                              Phase.UPFRONT,
                              RAISED,
                              Duration.ofHours(1)))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("personId must not be blank, was \"" + blank + "\"");
              assertThatThrownBy(() -> Recognition.of("ann", blank, BUDGET, RAISED))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage("toPersonId must not be blank, was \"" + blank + "\"");
            });
  }

  @Test
  void outcomeMustBeInTheUnitInterval() {
    assertThatThrownBy(() -> decided().outcome(1.5).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("outcome must be in [0, 1], was 1.5");
  }

  @Test
  void timeEntriesNeedAPositiveDuration() {
    TimeEntry entry =
        TimeEntry.of(
            "ann", ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, RAISED, Duration.ofMinutes(45));
    assertThat(entry.timestamp()).isEqualTo(RAISED);
    assertThat(entry.toAllocationEntry().kind()).isEqualTo(ActivityKind.LOOSE_ENDS);
    assertThatThrownBy(
            () -> TimeEntry.of("ann", ActivityKind.COACHING, Phase.UPFRONT, RAISED, Duration.ZERO))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be positive, was PT0S");
  }

  @Test
  void nobodyRecognizesThemselves() {
    assertThat(Recognition.of("ann", "tom", BUDGET, RAISED).timestamp()).isEqualTo(RAISED);
    assertThatThrownBy(() -> Recognition.of("ann", "ann", BUDGET, RAISED))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("toPersonId must differ from fromPersonId (no self-recognition), was \"ann\"");
  }

  @Test
  void nullsAreRejectedByNameAndEqualityIsByValue() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Domain.class, BUDGET)
            .setDefault(Instant.class, RAISED)
            .setDefault(Duration.class, Duration.ofMinutes(5))
            .setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(DecisionRecord.class);
    tester.testAllPublicStaticMethods(TimeEntry.class);
    tester.testAllPublicStaticMethods(Recognition.class);
    tester.testAllPublicInstanceMethods(decided());
    tester.testAllPublicInstanceMethods(decided().build());

    new EqualsTester()
        .addEqualityGroup(decided().build(), decided().build())
        .addEqualityGroup(decided().style(Style.TELL).build())
        .addEqualityGroup(decided().outcome(0.5).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TimeEntry.of("a", ActivityKind.COACHING, Phase.UPFRONT, RAISED, Duration.ofMinutes(5)),
            TimeEntry.of("a", ActivityKind.COACHING, Phase.UPFRONT, RAISED, Duration.ofMinutes(5)))
        .addEqualityGroup(
            TimeEntry.of("a", ActivityKind.COACHING, Phase.UPFRONT, RAISED, Duration.ofMinutes(6)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Recognition.of("a", "b", BUDGET, RAISED), Recognition.of("a", "b", BUDGET, RAISED))
        .addEqualityGroup(Recognition.of("b", "a", BUDGET, RAISED))
        .testEquals();
  }

  @Test
  void timeEntriesAndRecognitionsAlsoBuildWithEveryFieldNamed() {
    Recognition byName =
        Recognition.builder()
            .fromPersonId("ann")
            .toPersonId("sue")
            .domain(BUDGET)
            .at(RAISED)
            .build();
    assertThat(byName).isEqualTo(Recognition.of("ann", "sue", BUDGET, RAISED));
    assertThat(byName.fromPersonId()).isEqualTo("ann");
    TimeEntry entry =
        TimeEntry.builder()
            .personId("ann")
            .kind(ActivityKind.COACHING)
            .phase(Phase.UPFRONT)
            .start(RAISED)
            .duration(Duration.ofHours(1))
            .build();
    assertThat(entry)
        .isEqualTo(
            TimeEntry.of("ann", ActivityKind.COACHING, Phase.UPFRONT, RAISED, Duration.ofHours(1)));
    assertThatThrownBy(
            () ->
                Recognition.builder()
                    .fromPersonId("ann")
                    .toPersonId("ann")
                    .domain(BUDGET)
                    .at(RAISED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recognition.builder().fromPersonId("ann").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toPersonId");
  }
}
