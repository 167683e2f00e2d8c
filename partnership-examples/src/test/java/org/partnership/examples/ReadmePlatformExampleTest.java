package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnership.jackson.DocumentType;
import org.partnership.jackson.VerdictJson;
import org.partnership.model.Decision;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Style;
import org.partnership.model.TimeAllocation;
import org.partnership.rules.BalanceOutcome;
import org.partnership.rules.BalanceRule;
import org.partnership.rules.BalanceVerdict;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.PolicyRegistry;
import org.partnership.rules.Reason;
import org.partnership.rules.Recommendation;

/** The README's example for platforms embedding the rules runs, and is the README's text. */
class ReadmePlatformExampleTest {

  @Test
  @SuppressWarnings("unused")
  void theEmbeddingExampleRunsAsShown() throws IOException {
    Path samples = Path.of("src/main/resources/org/partnership/examples");
    int reasons = 0;
    // README:begin
    // read(Path) throws IOException; a bad file, DocumentException: file:line:column path: problem
    Policy policy = Policy.seed(); // or DocumentType.POLICY.read(Path.of("policy.yaml"))
    Decision decision = DocumentType.DECISION.read(samples.resolve("decisions/budget-crisis.yaml"));
    Organization district = DocumentType.ORGANIZATION.read(samples.resolve("district.json"));

    Recommendation r = PartnerOrManage.recommend(decision, district, policy);
    Mode mode = r.mode(); // MANAGE: a crisis
    Style style = r.style(); // SELL: the leader knows, commitment is needed, there is time to sell
    String rules = r.policyId() + " v" + r.policyVersion(); // which rules were in force
    for (Reason reason : r.explanation().reasons()) {
      String id = reason.ruleId(); // must.mandate, must.crisis, …, should.commitment, …
      boolean fired = reason.fired(); // whether the condition held
      Map<String, Object> observed = reason.observed(); // e.g. {urgency=0.95, timeAvailable=PT20H}
      Map<String, Object> thresholds = reason.thresholds(); // what it compared them with
    }
    String text = r.explanation().toText(); // a text view
    String json = VerdictJson.of(r); // a JSON view, for storage or a UI

    TimeAllocation week =
        DocumentType.TIME_ALLOCATION.read(samples.resolve("allocations/principal.yaml"));
    BalanceVerdict balance = BalanceRule.evaluate(week, policy); // OVER_MANAGED, rework 50 %
    PolicyRegistry registry = PolicyRegistry.of(List.of(policy));
    Optional<Policy> inForce = registry.inEffect("tenant-42", Instant.now()); // per tenant
    // README:end

    assertThat(mode).isEqualTo(Mode.MANAGE);
    assertThat(style).isEqualTo(Style.SELL);
    assertThat(rules).isEqualTo("seed v3");
    assertThat(r.explanation().reasons())
        .filteredOn(Reason::fired)
        .extracting(Reason::ruleId)
        .contains("must.crisis");
    assertThat(r.explanation().reasons().get(1).observed())
        .containsEntry("urgency", 0.95)
        .containsEntry("timeAvailable", "PT20H");
    assertThat(text).contains("[x] must.crisis");
    assertThat(json).contains("\"style\" : \"SELL\"");
    assertThat(balance.outcome()).isEqualTo(BalanceOutcome.OVER_MANAGED);
    assertThat(inForce).hasValue(policy);
  }

  @Test
  void theReadmeShowsItsImports() {
    ReadmeBlocks.checkImports(
        "platform", "src/test/java/org/partnership/examples/ReadmePlatformExampleTest.java");
  }

  @Test
  void theReadmeShowsExactlyThisExample() {
    assertThat(ReadmeBlocks.fromReadme("platform"))
        .isEqualTo(
            ReadmeBlocks.fromTest(
                "src/test/java/org/partnership/examples/ReadmePlatformExampleTest.java"));
  }
}
