package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.simulation.Seeds;
import org.partnership.simulation.march.March1991;
import org.partnership.simulation.march.MarchParameters;
import org.partnership.simulation.march.MarchResult;
import org.partnership.simulation.organization.OrganizationParameters;
import org.partnership.simulation.organization.OrganizationResult;
import org.partnership.simulation.organization.OrganizationScenario;
import org.partnership.simulation.organization.OrganizationSimulation;
import org.partnership.simulation.organization.StylePolicy;

/** The README's organization-model example runs, and is the README's text. */
class ReadmeSimulationExampleTest {

  @Test
  void theSimulationExampleRunsAsShown() {
    // README:begin
    // March (1991): one run of the exploration-exploitation model at equilibrium
    MarchResult march = March1991.run(MarchParameters.of(0.1, 0.9, 0, 0), Seeds.of(1991, 0, 0));
    double codeKnowledge = march.codeKnowledge(); // (#correct − #wrong) / m of the code

    // The partnership organization model: one run, its ledger kept by the host
    List<LedgerRecord> ledger = new ArrayList<>();
    OrganizationScenario scenario =
        new OrganizationScenario(
            StylePolicy.seed(), // or named("vroom-time"), fixedShare(0.7), rules(policyFromFile)
            200, // people
            52, // periods (weeks)
            OrganizationParameters.defaults().with("trust.decay", 0.02)); // any assumption
    OrganizationResult result =
        OrganizationSimulation.run(scenario, Seeds.of(1, 0, 0), ledger::add);
    double performance = result.value("performance"); // significance-weighted effectiveness
    double trust = result.value("trust"); // mean trust in one's leader at the end
    double partnering = result.value("partnering_time_share"); // measured from the ledger
    LeadershipAssessment assessment = LeadershipAssessment.of(result.report());
    // README:end
    assertThat(codeKnowledge).isBetween(-1.0, 1.0);
    assertThat(march.periods()).isPositive();
    assertThat(performance).isBetween(0.0, 1.0);
    assertThat(trust).isBetween(0.0, 1.0);
    assertThat(partnering).isBetween(0.2, 0.9);
    assertThat(ledger).hasSize((int) result.records());
    assertThat(assessment.components()).hasSize(4);
  }

  @Test
  void theReadmeShowsItsImports() {
    ReadmeBlocks.checkImports(
        "simulation", "src/test/java/org/partnership/examples/ReadmeSimulationExampleTest.java");
  }

  @Test
  void theReadmeShowsExactlyThisExample() {
    assertThat(ReadmeBlocks.fromReadme("simulation"))
        .isEqualTo(
            ReadmeBlocks.fromTest(
                "src/test/java/org/partnership/examples/ReadmeSimulationExampleTest.java"));
  }
}
