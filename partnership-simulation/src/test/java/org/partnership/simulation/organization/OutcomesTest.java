package org.partnership.simulation.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.partnership.model.Mode;
import org.partnership.model.Style;

/** The outcome mechanisms, each a pure function of its inputs and the parameters. */
class OutcomesTest {

  private static final double EPS = 1e-12;

  private static Outcomes with(String key, double value) {
    return new Outcomes(OrganizationParameters.defaults().with(key, value));
  }

  @Test
  void aConsultTakesUpPartOfWhatTheBestPersonAskedKnowsBeyondTheLeader() {
    Outcomes outcomes = with("quality.consult_uptake", 0.5);
    assertThat(outcomes.consulted(0.4, 0.9)).isCloseTo(0.65, within(EPS));
    assertThat(outcomes.consulted(0.8, 0.3)).as("worse advice is not taken").isEqualTo(0.8);
  }

  @Test
  void aGroupDecidesBetweenItsMeanAndItsBestLessProcessLosses() {
    Outcomes outcomes =
        new Outcomes(
            OrganizationParameters.defaults()
                .with("quality.best_member_weight", 0.25)
                .with("quality.process_loss", 0.2));
    // best 0.9, mean (0.9 + 0.5 + 0.1) / 3 = 0.5: 0.25 × 0.9 + 0.75 × 0.5 = 0.6
    assertThat(outcomes.pooled(0.9, 1.5, 3, 0, 0.3)).isCloseTo(0.6, within(EPS));
    // no loss when goals are shared, the most when conflict is sure and goals are not
    assertThat(outcomes.pooled(0.9, 1.5, 3, 1, 1)).isCloseTo(0.6, within(EPS));
    assertThat(outcomes.pooled(0.9, 1.5, 3, 1, 0)).isCloseTo(0.6 * 0.8, within(EPS));
  }

  @Test
  void participantsAcceptUnlessInDoubtImposedDecisionsNeedTrustOrSelling() {
    Outcomes outcomes =
        new Outcomes(
            OrganizationParameters.defaults()
                .with("commitment.participant_doubt", 0.4)
                .with("commitment.trust_weight", 0.5)
                .with("commitment.sell_bonus", 0.1));
    assertThat(outcomes.acceptance(true, 1, 0, false)).isEqualTo(1);
    assertThat(outcomes.acceptance(true, 0, 0, false)).isCloseTo(0.6, within(EPS));
    // imposed: 0.6 × (1 − 0.5 + 0.5 × 0.2) = 0.36, sold: + 0.1
    assertThat(outcomes.acceptance(false, 0.2, 0.6, false)).isCloseTo(0.36, within(EPS));
    assertThat(outcomes.acceptance(false, 0.2, 0.6, true)).isCloseTo(0.46, within(EPS));
    assertThat(outcomes.acceptance(false, 1, 1, true)).as("at most 1").isEqualTo(1);
  }

  @Test
  void commitmentMovesTowardsAcceptance() {
    Outcomes outcomes = with("commitment.rate", 0.25);
    assertThat(outcomes.commitment(0.2, 1)).isCloseTo(0.4, within(EPS));
    assertThat(outcomes.commitment(0.8, 0)).isCloseTo(0.6, within(EPS));
  }

  @Test
  void trustGrowsWithInvolvementAndTimelyConsistentManagementAndIsLostOnBreaches() {
    Outcomes outcomes =
        new Outcomes(
            OrganizationParameters.defaults()
                .with("trust.involvement_gain", 0.1)
                .with("trust.management_gain", 0.05)
                .with("trust.breach_loss", 0.2)
                .with("trust.exclusion_loss", 0.5));
    assertThat(outcomes.trust(0.5, true, Mode.PARTNER, true, true, true))
        .isCloseTo(0.55, within(EPS));
    assertThat(outcomes.trust(0.5, false, Mode.MANAGE, true, true, false))
        .isCloseTo(0.525, within(EPS));
    assertThat(outcomes.trust(0.5, false, Mode.MANAGE, false, true, false))
        .as("late")
        .isCloseTo(0.4, within(EPS));
    assertThat(outcomes.trust(0.5, false, Mode.MANAGE, true, false, false))
        .as("inconsistent")
        .isCloseTo(0.4, within(EPS));
    assertThat(outcomes.trust(0.5, false, Mode.MANAGE, false, false, false))
        .as("late and inconsistent")
        .isCloseTo(0.32, within(EPS));
    assertThat(outcomes.trust(0.5, false, Mode.PARTNER, true, true, true))
        .as("left out while others were asked")
        .isCloseTo(0.25, within(EPS));
  }

  @Test
  void trustStaysAProbabilityWhateverHappens() {
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1), integers().between(0, 15))
        .checkAssert(
            (gain, trust, flags) -> {
              Outcomes outcomes =
                  new Outcomes(
                      OrganizationParameters.defaults()
                          .with("trust.involvement_gain", gain)
                          .with("trust.management_gain", gain)
                          .with("trust.breach_loss", gain)
                          .with("trust.exclusion_loss", gain));
              boolean took = (flags & 1) != 0;
              Mode mode = (flags & 2) != 0 ? Mode.PARTNER : Mode.MANAGE;
              boolean onTime = (flags & 4) != 0;
              boolean consistent = (flags & 8) != 0;
              assertThat(outcomes.trust(trust, took, mode, onTime, consistent, !took))
                  .isBetween(0.0, 1.0);
            });
  }

  @Test
  void effectivenessIsQualityDiscountedByLowAcceptanceWhereCommitmentMattersAndByLateness() {
    Outcomes outcomes =
        new Outcomes(
            OrganizationParameters.defaults()
                .with("performance.acceptance_weight", 0.5)
                .with("performance.late_penalty", 0.4));
    assertThat(outcomes.effectiveness(0.8, 1, 1, true, 1)).isCloseTo(0.8, within(EPS));
    assertThat(outcomes.effectiveness(0.8, 0.2, 0, true, 1))
        .as("acceptance does not matter when commitment is not needed")
        .isCloseTo(0.8, within(EPS));
    // 0.8 × (1 − 0.5 × 1 × 0.8) = 0.48; late at urgency 0.5: × (1 − 0.2)
    assertThat(outcomes.effectiveness(0.8, 0.2, 1, true, 0.5)).isCloseTo(0.48, within(EPS));
    assertThat(outcomes.effectiveness(0.8, 0.2, 1, false, 0.5)).isCloseTo(0.384, within(EPS));
    assertThat(outcomes.effectiveness(1.5, 1, 1, true, 0)).as("at most 1").isEqualTo(1);
  }

  @Test
  void looseEndsGrowWithSignificanceAndShrinkWithAcceptanceAndQuality() {
    Outcomes outcomes = with("time.loose_ends", 4);
    assertThat(outcomes.looseEnds(0.5, 0.4, 0.6)).isCloseTo(1.0, within(EPS));
    assertThat(outcomes.looseEnds(0.5, 1, 1)).isZero();
    assertThat(outcomes.learning(0.5)).isGreaterThanOrEqualTo(0);
  }

  @Test
  void everyStyleHasItsOwnTimeParameters() {
    for (Style style : Style.values()) {
      String name = style.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(OrganizationParameter.upfront(style).key()).isEqualTo("time.upfront." + name);
      assertThat(OrganizationParameter.elapsed(style).key()).isEqualTo("time.elapsed." + name);
    }
  }
}
