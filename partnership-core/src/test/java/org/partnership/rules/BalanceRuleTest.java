package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnership.model.ActivityKind;
import org.partnership.model.Phase;
import org.partnership.model.TimeAllocation;

/** The 70/30 balance: 70 % partnering, 30 % timely, fair and consistent management. */
class BalanceRuleTest {

  static TimeAllocation hours(long partnering, long managing) {
    TimeAllocation.Builder b = TimeAllocation.builder();
    if (partnering > 0) {
      b.add(ActivityKind.SHARED_UNDERSTANDING, Phase.UPFRONT, Duration.ofHours(partnering));
    }
    if (managing > 0) {
      b.add(ActivityKind.DIRECTING, Phase.IMPLEMENTATION, Duration.ofHours(managing));
    }
    return b.build();
  }

  static BalanceVerdict seed(TimeAllocation allocation) {
    return BalanceRule.evaluate(allocation, Policy.seed());
  }

  @Test
  void seventyThirtyIsBalanced() {
    BalanceVerdict v = seed(hours(28, 12));
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.BALANCED);
    assertThat(v.partneringShare()).hasValue(0.7);
    assertThat(v.distanceFromTarget().getAsDouble())
        .isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(v.upfrontShare()).hasValue(0.7);
    assertThat(v.looseEndsShare()).hasValue(0.0);
    assertThat(v.reworkShare()).hasValue(0.0);
    assertThat(v.policyId()).isEqualTo("seed");
    assertThat(v.policyVersion()).isEqualTo(Policy.SEED_VERSION);
    assertThat(v.explanation().summary())
        .isEqualTo("BALANCED: partnering 70.0 % of 40.0 h (target 70 % ± 10)");
    assertThat(v.explanation().fired()).isEmpty();
  }

  @Test
  void reworkIsNeitherSideOfTheSeventyThirtyButAFindingOfItsOwn() {
    // 21 h partnering, 9 h managing, 10 h tying up loose ends: 21 / 30 = 70 % of the 70/30,
    // and a quarter of all time spent on rework
    TimeAllocation week =
        TimeAllocation.builder()
            .add(ActivityKind.SHARED_UNDERSTANDING, Phase.UPFRONT, Duration.ofHours(21))
            .add(ActivityKind.DECIDING, Phase.IMPLEMENTATION, Duration.ofHours(9))
            .add(ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, Duration.ofHours(6))
            .add(ActivityKind.PROBLEM_SOLVING, Phase.IMPLEMENTATION, Duration.ofHours(4))
            .build();
    BalanceVerdict v = seed(week);
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.BALANCED);
    assertThat(v.partneringShare()).hasValue(0.7);
    assertThat(v.reworkShare()).hasValue(0.25);
    assertThat(v.explanation().fired())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ruleId()).isEqualTo("balance.rework");
              assertThat(r.observed()).containsEntry("reworkShare", 0.25);
              assertThat(r.thresholds()).containsEntry("maximumReworkShare", 0.2);
            });
    assertThat(v.explanation().summary())
        .isEqualTo(
            "BALANCED: partnering 70.0 % of 40.0 h (target 70 % ± 10); rework 25.0 % of all time");
    // at exactly the maximum share, no finding
    TimeAllocation fifth =
        TimeAllocation.builder()
            .add(ActivityKind.SHARED_UNDERSTANDING, Phase.UPFRONT, Duration.ofHours(28))
            .add(ActivityKind.DECIDING, Phase.IMPLEMENTATION, Duration.ofHours(12))
            .add(ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, Duration.ofHours(10))
            .build();
    assertThat(seed(fifth).explanation().fired()).isEmpty();
  }

  @Test
  void theBandIsInclusiveAtBothEnds() {
    assertThat(seed(hours(6, 4)).outcome()).isEqualTo(BalanceOutcome.BALANCED); // 0.60
    assertThat(seed(hours(8, 2)).outcome()).isEqualTo(BalanceOutcome.BALANCED); // 0.80
  }

  @Test
  void tooLittlePartneringIsOverManaged() {
    BalanceVerdict v = seed(hours(10, 30));
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.OVER_MANAGED);
    assertThat(v.distanceFromTarget().getAsDouble())
        .isCloseTo(-0.45, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(v.explanation().fired())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ruleId()).isEqualTo("balance.under");
              assertThat(r.observed()).containsEntry("partneringShare", 0.25);
              assertThat(r.thresholds()).containsEntry("low", 0.6);
            });
  }

  @Test
  void tooMuchPartneringIsAFindingToo_flatCanFallFlat() {
    BalanceVerdict v = seed(hours(39, 1));
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.OVER_PARTNERED);
    assertThat(v.explanation().fired()).extracting(Reason::ruleId).containsExactly("balance.over");
  }

  @Test
  void tooLittleTimeIsInsufficientData() {
    BalanceVerdict v = seed(hours(1, 6));
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.INSUFFICIENT_DATA);
    assertThat(v.explanation().fired()).extracting(Reason::ruleId).containsExactly("balance.data");
    BalanceVerdict empty = seed(TimeAllocation.empty());
    assertThat(empty.outcome()).isEqualTo(BalanceOutcome.INSUFFICIENT_DATA);
    assertThat(empty.partneringShare()).isEmpty();
    assertThat(empty.distanceFromTarget()).isEmpty();
    assertThat(empty.explanation().summary()).isEqualTo("INSUFFICIENT_DATA: no time recorded");
  }

  @Test
  void theVerdictFollowsTheShareForAnyAllocation() {
    qt().forAll(longs().between(0, 10_000), longs().between(0, 10_000))
        .assuming((p, m) -> p + m >= 8 * 60)
        .checkAssert(
            (p, m) -> {
              TimeAllocation.Builder b = TimeAllocation.builder();
              if (p > 0) {
                b.add(ActivityKind.COACHING, Phase.UPFRONT, Duration.ofMinutes(p));
              }
              if (m > 0) {
                b.add(ActivityKind.DIRECTING, Phase.UPFRONT, Duration.ofMinutes(m));
              }
              double share = (double) p / (p + m);
              BalanceOutcome expected =
                  share < 0.6 - 1e-12
                      ? BalanceOutcome.OVER_MANAGED
                      : share > 0.8 + 1e-12
                          ? BalanceOutcome.OVER_PARTNERED
                          : BalanceOutcome.BALANCED;
              assertThat(seed(b.build()).outcome()).isEqualTo(expected);
            });
  }

  @Test
  void thePolicyDecidesTheTargetTheBandAndTheMinimum() {
    Policy strict =
        Policy.builder()
            .id("strict")
            .version(3)
            .balance(
                BalanceParameters.builder()
                    .target(0.5)
                    .tolerance(0.05)
                    .minimumTotal(Duration.ofHours(1))
                    .build())
            .build();
    BalanceVerdict v = BalanceRule.evaluate(hours(6, 4), strict);
    assertThat(v.outcome()).isEqualTo(BalanceOutcome.OVER_PARTNERED);
    assertThat(v.policyId()).isEqualTo("strict");
    assertThat(v.policyVersion()).isEqualTo(3);
    assertThat(BalanceRule.evaluate(hours(1, 1), strict).outcome())
        .isEqualTo(BalanceOutcome.BALANCED);
  }

  @Test
  void badParametersAreRejectedNamingTheField() {
    assertThatThrownBy(() -> BalanceParameters.builder().target(1.5).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("balance.target must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> BalanceParameters.builder().tolerance(0.6).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("balance.tolerance must be in [0, 0.5], was 0.6");
    assertThatThrownBy(() -> BalanceParameters.builder().minimumTotal(Duration.ZERO).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("balance.minimumTotal must be positive and at most PT87600H, was PT0S");
    assertThatThrownBy(() -> Policy.builder().id("p").version(0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be at least 1, was 0");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(
            () -> Policy.builder().id("p").version(1).effectiveFrom(t).effectiveTo(t).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("effectiveTo must be after effectiveFrom " + t + ", was " + t);
  }

  @Test
  void nullsAreRejectedByNameAndEqualityIsByValue() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Policy.class, Policy.seed())
            .setDefault(TimeAllocation.class, TimeAllocation.empty());
    tester.testAllPublicStaticMethods(BalanceRule.class);
    tester.testAllPublicStaticMethods(PolicyRegistry.class);
    tester.testAllPublicInstanceMethods(Policy.seed());
    tester.testAllPublicInstanceMethods(Policy.builder());
    tester.testAllPublicInstanceMethods(BalanceParameters.builder());
    new EqualsTester()
        .addEqualityGroup(Policy.seed(), Policy.seed())
        .addEqualityGroup(Policy.builder().id("seed").version(1).build())
        .addEqualityGroup(Policy.builder().id("seed").version(2).scope("acme").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(seed(hours(28, 12)), seed(hours(28, 12)))
        .addEqualityGroup(seed(hours(10, 30)))
        .testEquals();
  }

  @Test
  void exactlyTheMinimumTimeIsEnoughToJudgeAndTheToleranceBoundsAreInclusive() {
    assertThat(seed(hours(6, 2)).outcome()).isEqualTo(BalanceOutcome.BALANCED); // 8 h, 0.75
    assertThat(BalanceParameters.builder().tolerance(0.5).build().tolerance()).isEqualTo(0.5);
    assertThat(BalanceParameters.builder().tolerance(0).build().tolerance()).isZero();
    assertThatThrownBy(() -> BalanceParameters.builder().tolerance(-0.01).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("balance.tolerance must be in [0, 0.5], was -0.01");
  }
}
