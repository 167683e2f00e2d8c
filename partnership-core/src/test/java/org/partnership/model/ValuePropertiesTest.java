package org.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property tests: random valid input builds a value that reports what it was given; random invalid
 * input fails with {@link IllegalArgumentException} naming the field and the value — never another
 * exception type.
 */
class ValuePropertiesTest {

  static Gen<String> ids() {
    return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20);
  }

  static Gen<Double> unit() {
    return doubles().between(0.0, 1.0);
  }

  static Gen<Double> outsideUnit() {
    return doubles().any().assuming(d -> !(d >= 0.0 && d <= 1.0));
  }

  /** Ids that break a rule: blank, padded with whitespace, or holding a control character. */
  static Gen<String> badIds() {
    Gen<String> blank = strings().betweenCodePoints(' ', ' ').ofLengthBetween(0, 5);
    Gen<String> padded = ids().map(s -> " " + s);
    Gen<String> trailing = ids().map(s -> s + "\t");
    Gen<String> control =
        ids().zip(integers().between(0, 31), (s, c) -> s + (char) c.intValue() + s);
    return Generate.oneOf(blank, padded, trailing, control);
  }

  @Test
  void validPeopleBuildAndReportTheirCompetences() {
    qt().forAll(ids(), ids(), lists().of(unit()).ofSizeBetween(0, 5))
        .checkAssert(
            (id, name, proficiencies) -> {
              Person.Builder builder = Person.builder().id(id).displayName(name);
              for (int i = 0; i < proficiencies.size(); i++) {
                builder.putCompetence(Domain.of("d" + i), proficiencies.get(i));
              }
              Person person = builder.build();
              assertThat(person.id()).isEqualTo(id);
              for (int i = 0; i < proficiencies.size(); i++) {
                assertThat(person.proficiencyIn(Domain.of("d" + i))).hasValue(proficiencies.get(i));
              }
              assertThat(person.proficiencyIn(Domain.of("none"))).isEmpty();
            });
  }

  @Test
  void proficiencyOutsideTheUnitIntervalIsRejectedNamingTheDomainAndTheValue() {
    qt().forAll(outsideUnit())
        .checkAssert(
            p ->
                assertThatThrownBy(
                        () ->
                            Person.builder()
                                .id("ann")
                                .displayName("Ann")
                                .putCompetence(Domain.of("budget"), p)
                                .build())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("competences[budget] must be in [0, 1], was " + p));
  }

  @Test
  void badIdentifiersAreRejectedNamingTheFieldAndTheValue() {
    qt().forAll(badIds())
        .checkAssert(
            bad -> {
              assertThatThrownBy(() -> Person.of(bad, "Ann"))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("id must")
                  .hasMessageContaining('"' + org.partnership.text.SafeText.escape(bad) + '"');
              assertThatThrownBy(() -> Role.of("r", "Head", bad))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("reportsTo must")
                  .hasMessageContaining('"' + org.partnership.text.SafeText.escape(bad) + '"');
              assertThatThrownBy(() -> Domain.of(bad))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("domain name must");
              assertThatThrownBy(() -> Assignment.of("p", bad))
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("roleId must");
            });
  }

  @Test
  void tooLongIdentifiersAreRejected() {
    String longId = "x".repeat(201);
    assertThatThrownBy(() -> Person.of(longId, "Ann"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id must be at most 200 characters, was 201 characters");
    assertThat(Person.of("x".repeat(200), "Ann").id()).hasSize(200);
  }

  @Test
  void validTraitsBuildAndReportEveryGradedTrait() {
    qt().forAll(Generate.enumValues(Trait.class), unit())
        .checkAssert(
            (trait, value) -> {
              DecisionTraits traits = withTrait(trait, value);
              assertThat(traits.value(trait)).isEqualTo(value);
              assertThat(traits.isHigh(trait)).isEqualTo(value >= DecisionTraits.HIGH_THRESHOLD);
              for (Trait other : Trait.values()) {
                if (other != trait) {
                  assertThat(traits.value(other)).isEqualTo(DecisionTraits.UNKNOWN);
                }
              }
            });
  }

  @Test
  void gradedTraitsOutsideTheUnitIntervalAreRejectedNamingTheTraitAndTheValue() {
    qt().forAll(Generate.enumValues(Trait.class), outsideUnit())
        .checkAssert(
            (trait, value) ->
                assertThatThrownBy(() -> withTrait(trait, value))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(camel(trait) + " must be in [0, 1], was " + value));
  }

  @Test
  void timeAvailableMustBePositive() {
    qt().forAll(longs().between(-1_000_000, 0))
        .checkAssert(
            seconds ->
                assertThatThrownBy(
                        () ->
                            DecisionTraits.builder()
                                .timeAvailable(Duration.ofSeconds(seconds))
                                .build())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "timeAvailable must be positive, was " + Duration.ofSeconds(seconds)));
  }

  @Test
  void timeAllocationTotalsAreExactAndSharesAddUp() {
    Gen<TimeAllocation.Entry> entries =
        Generate.enumValues(ActivityKind.class)
            .zip(
                Generate.enumValues(Phase.class),
                longs().between(1, 1_000_000_000_000L),
                (k, p, n) -> TimeAllocation.Entry.of(k, p, Duration.ofNanos(n)));
    qt().forAll(lists().of(entries).ofSizeBetween(0, 200))
        .checkAssert(
            list -> {
              TimeAllocation allocation = TimeAllocation.of(list);
              long total = 0;
              long partnering = 0;
              long upfront = 0;
              long looseEnds = 0;
              long rework = 0;
              for (TimeAllocation.Entry e : list) {
                long n = e.duration().toNanos();
                total += n;
                partnering += e.kind().category() == Mode.PARTNER ? n : 0;
                upfront += e.phase() == Phase.UPFRONT ? n : 0;
                looseEnds += e.kind() == ActivityKind.LOOSE_ENDS ? n : 0;
                rework +=
                    e.kind() == ActivityKind.LOOSE_ENDS || e.kind() == ActivityKind.PROBLEM_SOLVING
                        ? n
                        : 0;
              }
              assertThat(allocation.total()).isEqualTo(Duration.ofNanos(total));
              assertThat(allocation.timeIn(Mode.PARTNER).plus(allocation.timeIn(Mode.MANAGE)))
                  .isEqualTo(allocation.total());
              assertThat(
                      allocation
                          .timeIn(Phase.UPFRONT)
                          .plus(allocation.timeIn(Phase.IMPLEMENTATION)))
                  .isEqualTo(allocation.total());
              assertThat(allocation.timeOn(ActivityKind.LOOSE_ENDS))
                  .isEqualTo(Duration.ofNanos(looseEnds));
              if (total == 0) {
                assertThat(allocation.partneringShare()).isEmpty();
                assertThat(allocation.upfrontShare()).isEmpty();
                assertThat(allocation.looseEndsShare()).isEmpty();
              } else {
                if (total == rework) {
                  assertThat(allocation.partneringShare()).isEmpty();
                } else {
                  assertThat(allocation.partneringShare())
                      .hasValue((double) partnering / (total - rework));
                }
                assertThat(allocation.reworkShare()).hasValue((double) rework / total);
                assertThat(allocation.upfrontShare()).hasValue((double) upfront / total);
                assertThat(allocation.looseEndsShare()).hasValue((double) looseEnds / total);
              }
              assertThat(allocation.plus(allocation).total())
                  .isEqualTo(Duration.ofNanos(2 * total));
            });
  }

  @Test
  void nonPositiveDurationsAreRejected() {
    qt().forAll(longs().between(-1_000_000_000L, 0))
        .checkAssert(
            n ->
                assertThatThrownBy(
                        () ->
                            TimeAllocation.builder()
                                .add(ActivityKind.COACHING, Phase.UPFRONT, Duration.ofNanos(n))
                                .build())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duration must be positive, was " + Duration.ofNanos(n)));
  }

  @Test
  void totalsThatOverflowAreRejectedNotWrapped() {
    Duration huge = Duration.ofNanos(Long.MAX_VALUE / 2 + 1);
    List<TimeAllocation.Entry> entries = new ArrayList<>();
    entries.add(TimeAllocation.Entry.of(ActivityKind.DECIDING, Phase.UPFRONT, huge));
    entries.add(TimeAllocation.Entry.of(ActivityKind.DECIDING, Phase.UPFRONT, huge));
    assertThatThrownBy(() -> TimeAllocation.of(entries))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entries[1]: total time must fit in");
    assertThatThrownBy(
            () ->
                TimeAllocation.Entry.of(
                    ActivityKind.DECIDING, Phase.UPFRONT, Duration.ofDays(365L * 1000)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("duration must be at most");
  }

  static DecisionTraits withTrait(Trait trait, double value) {
    DecisionTraits.Builder b = DecisionTraits.builder();
    switch (trait) {
      case SIGNIFICANCE -> b.significance(value);
      case URGENCY -> b.urgency(value);
      case REVERSIBILITY -> b.reversibility(value);
      case COMMITMENT_NEEDED -> b.commitmentNeeded(value);
      case COMMITMENT_IF_IMPOSED -> b.commitmentIfImposed(value);
      case LEADER_EXPERTISE -> b.leaderExpertise(value);
      case GROUP_EXPERTISE -> b.groupExpertise(value);
      case TEAM_COMPETENCE -> b.teamCompetence(value);
      case GOAL_ALIGNMENT -> b.goalAlignment(value);
      case CONFLICT_LIKELIHOOD -> b.conflictLikelihood(value);
      case STRUCTURE -> b.structure(value);
      case DEVELOPMENT_VALUE -> b.developmentValue(value);
    }
    return b.build();
  }

  static String camel(Trait trait) {
    String[] words = trait.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder s = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return s.toString();
  }
}
