package org.partnership.simulation.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seed's own mechanisms: each is off at 0 (the model as it was) and, switched on, moves the
 * outcomes the way the seed text says it should — and leaves untouched what it does not concern.
 */
class SeedMechanismsTest {

  private static final int RUNS = 6;

  private static OrganizationParameters base() {
    return OrganizationParameters.defaults();
  }

  /** The mean of an observation over a few seeds. */
  private static double mean(StylePolicy policy, OrganizationParameters p, String observation) {
    double sum = 0;
    for (int seed = 1; seed <= RUNS; seed++) {
      sum +=
          OrganizationSimulation.run(new OrganizationScenario(policy, 80, 40, p), seed)
              .value(observation);
    }
    return sum / RUNS;
  }

  private static double[] values(StylePolicy policy, OrganizationParameters p) {
    return OrganizationSimulation.run(new OrganizationScenario(policy, 80, 40, p), 7).values();
  }

  @Test
  void everyMechanismIsOffAtZero() {
    OrganizationParameters zeros = base();
    for (String key :
        new String[] {
          "trust.partnering_return",
          "time.leader_budget",
          "time.member_budget",
          "quality.group_size_loss",
          "time.coordination_hours",
          "attention.reports",
          "participation.fatigue",
          "must.compliance_failure",
          "must.leak_loss",
          "must.inconsistency_loss",
          "policy.style_noise"
        }) {
      assertThat(OrganizationParameter.of(key).orElseThrow().defaultValue()).as(key).isZero();
      zeros = zeros.with(key, 0);
    }
    assertThat(values(StylePolicy.seed(), zeros))
        .containsExactly(values(StylePolicy.seed(), base()));
  }

  @Test
  void partneringPaysOnlyWhereTheTeamTrustsItsLeader() {
    OrganizationParameters distrust = base().with("trust.initial", 0.1);
    OrganizationParameters returns = distrust.with("trust.partnering_return", 1);
    assertThat(mean(StylePolicy.alwaysPartner(), returns, "quality"))
        .isLessThan(mean(StylePolicy.alwaysPartner(), distrust, "quality") - 0.1);
    // managing alone involves nobody: untouched
    assertThat(values(StylePolicy.alwaysManage(), returns))
        .containsExactly(values(StylePolicy.alwaysManage(), distrust));
  }

  @Test
  void largeGroupsLoseMoreThanSmallOnes() {
    double loss3 = qualityLoss(3);
    double loss20 = qualityLoss(20);
    assertThat(loss3).isPositive();
    assertThat(loss20).isGreaterThan(2 * loss3);
  }

  private static double qualityLoss(int span) {
    OrganizationParameters p = base().with("span", span);
    return mean(StylePolicy.alwaysPartner(), p, "quality")
        - mean(StylePolicy.alwaysPartner(), p.with("quality.group_size_loss", 0.07), "quality");
  }

  @Test
  void aFullWeekMakesDecisionsWaitAndLate() {
    OrganizationParameters busy =
        base().with("decisions_per_leader", 3).with("time.leader_budget", 4);
    assertThat(mean(StylePolicy.alwaysPartner(), busy, "on_time_rate"))
        .isLessThan(
            mean(
                    StylePolicy.alwaysPartner(),
                    base().with("decisions_per_leader", 3),
                    "on_time_rate")
                - 0.1);
    OrganizationParameters members =
        base().with("decisions_per_leader", 3).with("time.member_budget", 1);
    assertThat(mean(StylePolicy.alwaysPartner(), members, "on_time_rate"))
        .isLessThan(
            mean(
                    StylePolicy.alwaysPartner(),
                    base().with("decisions_per_leader", 3),
                    "on_time_rate")
                - 0.1);
  }

  @Test
  void coordinationCostsTheLeaderTimeOnlyWhenOthersTakePart() {
    OrganizationParameters coordination = base().with("time.coordination_hours", 0.5);
    assertThat(mean(StylePolicy.alwaysPartner(), coordination, "leader_hours_per_decision"))
        .isGreaterThan(mean(StylePolicy.alwaysPartner(), base(), "leader_hours_per_decision") + 1);
    assertThat(values(StylePolicy.alwaysManage(), coordination))
        .containsExactly(values(StylePolicy.alwaysManage(), base()));
  }

  @Test
  void aLeaderWithMoreReportsThanAttentionRecognizesLess() {
    OrganizationParameters wide = base().with("span", 20);
    assertThat(
            mean(
                StylePolicy.alwaysPartner(),
                wide.with("attention.reports", 5),
                "recognitions_per_person"))
        .isLessThan(0.5 * mean(StylePolicy.alwaysPartner(), wide, "recognitions_per_person"));
    // a span within the attention changes nothing
    assertThat(values(StylePolicy.seed(), base().with("attention.reports", 6)))
        .containsExactly(values(StylePolicy.seed(), base()));
  }

  @Test
  void everyDecisionAMeetingWearsVoiceThin() {
    OrganizationParameters often = base().with("decisions_per_leader", 4);
    assertThat(
            mean(
                StylePolicy.alwaysPartner(),
                often.with("participation.fatigue", 0.5),
                "acceptance"))
        .isLessThan(mean(StylePolicy.alwaysPartner(), often, "acceptance") - 0.05);
  }

  @Test
  void partneringWhatMustBeManagedHasConsequences() {
    OrganizationParameters mandated =
        base().with("trait.mandate_rate", 1).with("must.compliance_failure", 1);
    assertThat(mean(StylePolicy.alwaysPartner(), mandated, "performance")).isZero();
    assertThat(values(StylePolicy.alwaysManage(), mandated))
        .containsExactly(values(StylePolicy.alwaysManage(), base().with("trait.mandate_rate", 1)));

    OrganizationParameters confidential = base().with("trait.confidential_rate", 1);
    assertThat(mean(StylePolicy.alwaysPartner(), confidential.with("must.leak_loss", 0.2), "trust"))
        .isLessThan(mean(StylePolicy.alwaysPartner(), confidential, "trust") - 0.1);
    assertThat(values(StylePolicy.alwaysManage(), confidential.with("must.leak_loss", 0.2)))
        .containsExactly(values(StylePolicy.alwaysManage(), confidential));

    OrganizationParameters critical =
        base().with("trait.consistency_critical_rate", 1).with("policy.fixed_per_decision", 1);
    StylePolicy coin = StylePolicy.fixedShare(0.5);
    assertThat(mean(coin, critical.with("must.inconsistency_loss", 0.2), "trust"))
        .isLessThan(mean(coin, critical, "trust") - 0.05);
    assertThat(values(StylePolicy.alwaysManage(), critical.with("must.inconsistency_loss", 0.2)))
        .containsExactly(values(StylePolicy.alwaysManage(), critical));
  }

  @Test
  void aLeaderWhoPicksStylesAtRandomIsInconsistentAndLosesTrust() {
    OrganizationParameters noisy = base().with("policy.style_noise", 0.5);
    assertThat(mean(StylePolicy.seed(), noisy, "consistency"))
        .isLessThan(mean(StylePolicy.seed(), base(), "consistency") - 0.2);
    assertThat(mean(StylePolicy.seed(), noisy, "trust"))
        .isLessThan(mean(StylePolicy.seed(), base(), "trust"));
    // fixed shares are not rule-following leaders: untouched
    assertThat(values(StylePolicy.fixedShare(0.5), noisy))
        .containsExactly(values(StylePolicy.fixedShare(0.5), base()));
  }

  @Test
  void aWorldSlowerThanThePoliciesAssumeMakesDecisionsLate() {
    assertThat(values(StylePolicy.seed(), base().with("time.elapsed_scale", 1)))
        .containsExactly(values(StylePolicy.seed(), base()));
    assertThat(mean(StylePolicy.seed(), base().with("time.elapsed_scale", 3), "on_time_rate"))
        .isLessThan(mean(StylePolicy.seed(), base(), "on_time_rate") - 0.1);
  }
}
