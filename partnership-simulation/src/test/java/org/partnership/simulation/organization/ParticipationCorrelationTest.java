package org.partnership.simulation.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.Mode;

/**
 * The correlations of participation with acceptance and effectiveness, the numbers the model is set
 * against the meta-analyses of participation with (docs/simulation-model.md, "Grounding in
 * evidence").
 */
class ParticipationCorrelationTest {

  private static OrganizationScenario scenario(StylePolicy policy, OrganizationParameters p) {
    return new OrganizationScenario(policy, 120, 60, p);
  }

  @Test
  void theEffectivenessCorrelationIsPearsonsOverTheLedgersDecisions() {
    List<DecisionRecord> decisions = new ArrayList<>();
    OrganizationResult result =
        OrganizationSimulation.run(
            scenario(StylePolicy.fixedShare(0.5), OrganizationParameters.defaults()),
            11,
            r -> {
              if (r instanceof DecisionRecord d) {
                decisions.add(d);
              }
            });
    double[] partnered = new double[decisions.size()];
    double[] outcome = new double[decisions.size()];
    for (int i = 0; i < decisions.size(); i++) {
      DecisionRecord d = decisions.get(i);
      partnered[i] = d.style().mode() == Mode.PARTNER ? 1 : 0;
      outcome[i] = d.outcome().orElseThrow();
    }
    assertThat(decisions).hasSizeGreaterThan(500);
    assertThat(result.value("participation_effectiveness_r"))
        .isCloseTo(new PearsonsCorrelation().correlation(partnered, outcome), within(1e-9));
  }

  @Test
  void atTheDefaultsParticipationPersuadesFarMoreThanTheFieldFound() {
    OrganizationResult result =
        OrganizationSimulation.run(
            scenario(StylePolicy.fixedShare(0.5), OrganizationParameters.defaults()), 3);
    // Wagner & Gooding (1987): about .10; the defaults give about .84.
    assertThat(result.value("participation_acceptance_r")).isGreaterThan(0.7);
  }

  @Test
  void theEvidenceSizedSettingBringsTheAcceptanceCorrelationNearTheFields() {
    OrganizationParameters evidence =
        OrganizationParameters.defaults()
            .with("commitment.participant_doubt", 0.9)
            .with("trait.commitment_if_imposed", 0.7)
            .with("quality.best_member_weight", 0.8);
    double sum = 0;
    for (int seed = 1; seed <= 4; seed++) {
      sum +=
          OrganizationSimulation.run(scenario(StylePolicy.fixedShare(0.5), evidence), seed)
              .value("participation_acceptance_r");
    }
    assertThat(sum / 4).isBetween(0.0, 0.3);
  }

  @Test
  void withoutVariationInParticipationThereIsNoCorrelation() {
    OrganizationResult managed =
        OrganizationSimulation.run(
            scenario(StylePolicy.alwaysManage(), OrganizationParameters.defaults()), 5);
    assertThat(managed.value("participation_acceptance_r")).isNaN();
    assertThat(managed.value("participation_effectiveness_r")).isNaN();
  }
}
