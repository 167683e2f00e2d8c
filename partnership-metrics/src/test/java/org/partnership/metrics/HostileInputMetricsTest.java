package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * The metrics' work grows with the input, not with its square ([1] of the hostile-input review).
 */
class HostileInputMetricsTest {

  @Test
  void aPersonHasABoundedNumberOfAttributes() {
    Person.Builder p = Person.builder().id("p").displayName("P");
    for (int i = 0; i <= Person.MAX_ATTRIBUTES; i++) {
      p.putAttribute("a" + i, "v");
    }
    assertThatThrownBy(p::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes must have at most 64 entries, had 65");
  }

  @Test
  void fairnessComparesOnlyTheDeclaredAttributesAtMostEightOfThem() {
    // 3,000 people, each with an attribute name of their own: nothing is compared on a guess, and
    // what is declared is compared in time linear in the people.
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      org.addPerson(
              Person.builder()
                  .id("p" + i)
                  .displayName("P" + i)
                  .putAttribute("own" + i, "x")
                  .putAttribute("site", i % 2 == 0 ? "north" : "south")
                  .build())
          .assign("p" + i, "head");
    }
    for (int i = 0; i < 100; i++) {
      ledger.add(
          DecisionRecord.builder()
              .decisionId("d" + i)
              .domain(Domain.of("budget"))
              .ownerRoleId("head")
              .style(Style.CONSULT)
              .raisedAt(TestLedgers.START)
              .decidedBy("p0")
              .decidedAt(TestLedgers.START.plus(Duration.ofHours(1)))
              .addStakeholders("p" + (2 * i), "p" + (2 * i + 1))
              .addParticipants("p" + (2 * i))
              .build());
    }
    Organization organization = org.build();
    MetricContext guessed = MetricContext.of(organization);
    assertThat(guessed.fairnessAttributes()).isEmpty();
    MetricValue none = fairness(guessed, ledger);
    assertThat(none.values()).containsEntry("declared-attributes", 0.0);
    assertThat(none.values().keySet()).noneMatch(k -> k.contains("="));
    MetricValue declared =
        fairness(
            MetricContext.builder(organization).fairnessAttributes(List.of("site")).build(),
            ledger);
    assertThat(declared.values()).containsKey("involvement.rate.site=north");
    assertThat(declared.values().size()).isLessThan(100);
    assertThatThrownBy(
            () ->
                MetricContext.builder(organization)
                    .fairnessAttributes(
                        java.util.stream.IntStream.range(0, 9).mapToObj(i -> "own" + i).toList()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fairnessAttributes must name at most 8 attributes (each and every pair is compared),"
                + " was 9");
    assertThatThrownBy(
            () -> MetricContext.builder(organization).fairnessAttributes(List.of("site", "site")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not name an attribute twice");
  }

  private static MetricValue fairness(MetricContext context, List<LedgerRecord> ledger) {
    return MetricRegistry.builder()
        .register(BuiltInMetrics.fairness())
        .build()
        .measure(context, ledger)
        .values()
        .get("fairness");
  }
}
