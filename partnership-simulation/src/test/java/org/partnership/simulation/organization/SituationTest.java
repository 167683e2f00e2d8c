package org.partnership.simulation.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.SplittableRandom;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;

/** A recurring situation: drawn from the parameters, described as decision traits. */
class SituationTest {

  private static Situation draw(OrganizationParameters p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Situation.draw(p, new RandomDataGenerator(seed), random, 4);
  }

  @Test
  void aSituationIsAFunctionOfItsSeed() {
    OrganizationParameters p = OrganizationParameters.defaults();
    assertThat(draw(p, 7)).isEqualTo(draw(p, 7)).isNotEqualTo(draw(p, 8));
  }

  @Test
  void gradedTraitsAreHundredthsAndTheTimeAvailableShrinksWithUrgency() {
    OrganizationParameters p =
        OrganizationParameters.defaults().with("time.max_days_available", 10);
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Situation s = draw(p, seed);
              for (double v :
                  new double[] {
                    s.significance(),
                    s.urgency(),
                    s.reversibility(),
                    s.commitmentNeeded(),
                    s.commitmentIfImposed(),
                    s.goalAlignment(),
                    s.conflictLikelihood(),
                    s.structure(),
                    s.developmentValue()
                  }) {
                assertThat(v).isBetween(0.0, 1.0);
                assertThat(Math.abs(v * 100 - Math.round(v * 100))).isLessThan(1e-9);
              }
              assertThat(s.availableDays()).isEqualTo(0.25 + 10 * (1 - s.urgency()));
              assertThat(s.domain()).isBetween(0, 3);
            });
  }

  @Test
  void binaryTraitsFollowTheirRates() {
    OrganizationParameters always =
        OrganizationParameters.defaults()
            .with("trait.mandate_rate", 1)
            .with("trait.confidential_rate", 0)
            .with("trait.consistency_critical_rate", 1);
    Situation s = draw(always, 3);
    assertThat(s.mandate()).isTrue();
    assertThat(s.confidential()).isFalse();
    assertThat(s.consistencyCritical()).isTrue();
  }

  @Test
  void itsDecisionsCarryItsTraitsAndTheCompetenceOfWhoDecides() {
    Situation s = draw(OrganizationParameters.defaults().with("trait.mandate_rate", 1), 11);
    DecisionTraits traits = s.traits(0.3, 0.8, 0.5);
    assertThat(traits.significance()).isEqualTo(s.significance());
    assertThat(traits.urgency()).isEqualTo(s.urgency());
    assertThat(traits.commitmentIfImposed()).isEqualTo(s.commitmentIfImposed());
    assertThat(traits.conflictLikelihood()).isEqualTo(s.conflictLikelihood());
    assertThat(traits.developmentValue()).isEqualTo(s.developmentValue());
    assertThat(traits.leaderExpertise()).isEqualTo(0.3);
    assertThat(traits.groupExpertise()).isEqualTo(0.8);
    assertThat(traits.teamCompetence()).isEqualTo(0.5);
    assertThat(traits.mandate()).isEqualTo(Mandate.COMPLIANCE);
    assertThat(traits.timeAvailable())
        .contains(Duration.ofSeconds(Math.round(s.availableDays() * 86_400)));
  }
}
