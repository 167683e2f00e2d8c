package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.quicktheories.generators.Generate;

/** "Partner when WE should & Manage when I must", the seed policy's recommendation. */
class PartnerOrManageTest {

  static final Domain CURRICULUM = Domain.of("curriculum");

  private static final Organization SCHOOL = school();

  /** A decision that favours partnering: commitment needed, a competent group, a novel problem. */
  static DecisionTraits.Builder partnerable() {
    return DecisionTraits.builder()
        .commitmentNeeded(0.9)
        .groupExpertise(0.8)
        .teamCompetence(0.6)
        .goalAlignment(0.6)
        .structure(0.2)
        .developmentValue(0.7)
        .leaderExpertise(0.8);
  }

  static Recommendation recommend(UnaryOperator<DecisionTraits.Builder> traits) {
    Decision d =
        Decision.builder()
            .id("d1")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .traits(traits.apply(partnerable()).build())
            .build();
    return PartnerOrManage.recommend(d, Policy.seed());
  }

  @Test
  void recommendsPartneringWhenCommitmentIsNeededAndTheGroupIsCompetent() {
    Recommendation r = recommend(t -> t);
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    assertThat(r.style()).isEqualTo(Style.INQUIRE);
    assertThat(r.mustManage()).isFalse();
    assertThat(r.partnerScore())
        .isCloseTo(
            0.3 * 0.9 + 0.25 * 0.8 + 0.15 * 0.8 + 0.15 * 0.7 + 0.15 * 0.6,
            org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.explanation().summary())
        .startsWith("PARTNER (INQUIRE): partner when WE should — score 0.79");
    assertThat(r.policyId()).isEqualTo("seed");
  }

  @Test
  void recommendsManageWhenLegalMandateEvenIfCommitmentIsNeeded() {
    Recommendation r = recommend(t -> t.mandate(Mandate.LEGAL));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.style()).isEqualTo(Style.SELL); // leader knows, commitment needed: sell it
    assertThat(r.mustManage()).isTrue();
    assertThat(r.explanation().fired().get(0).ruleId()).isEqualTo("must.mandate");
    assertThat(r.explanation().summary())
        .isEqualTo("MANAGE (SELL): manage when I must — must.mandate");
  }

  @Test
  void recommendsManageInACrisisChoosingAStyleThatFitsTheTime() {
    Recommendation r = recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofMinutes(30)));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.style()).isEqualTo(Style.TELL); // SELL needs an hour
    assertThat(r.explanation().fired()).extracting(Reason::ruleId).contains("must.crisis");
    Recommendation hours = recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofHours(5)));
    assertThat(hours.style()).isEqualTo(Style.SELL);
  }

  @Test
  void anUrgentDecisionWithEnoughTimeIsNoCrisis() {
    Recommendation r = recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofDays(10)));
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    Recommendation unknownTime = recommend(t -> t.urgency(0.95));
    assertThat(unknownTime.mode()).isEqualTo(Mode.PARTNER);
  }

  @Test
  void recommendsManageForConfidentialAndConsistencyCriticalMatters() {
    assertThat(recommend(t -> t.confidential(true)).mode()).isEqualTo(Mode.MANAGE);
    assertThat(recommend(t -> t.consistencyCritical(true)).mode()).isEqualTo(Mode.MANAGE);
  }

  @Test
  void recommendsManageWhenNobodyHasTheCompetenceToPartnerWith() {
    Recommendation r = recommend(t -> t.groupExpertise(0.1).leaderExpertise(0.9));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.explanation().fired())
        .extracting(Reason::ruleId)
        .containsOnlyOnce("must.noCompetence");
    // the leader does not know either: partnering is the way to find out
    assertThat(recommend(t -> t.groupExpertise(0.1).leaderExpertise(0.2)).mustManage()).isFalse();
  }

  @Test
  void theLeaderWhoLacksExpertiseConsultsWhenManaging() {
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).leaderExpertise(0.2)).style())
        .isEqualTo(Style.CONSULT);
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).commitmentNeeded(0.1)).style())
        .isEqualTo(Style.TELL);
  }

  @Test
  void thePartneringStyleFollowsGroupCompetenceTeamCompetenceAndGoals() {
    assertThat(recommend(t -> t.teamCompetence(0.9).goalAlignment(0.9)).style())
        .isEqualTo(Style.DELEGATE);
    assertThat(recommend(t -> t.groupExpertise(0.6).goalAlignment(0.6)).style())
        .isEqualTo(Style.ADVISE);
    assertThat(recommend(t -> t.groupExpertise(0.6).goalAlignment(0.4).commitmentNeeded(1)).style())
        .isEqualTo(Style.AGREE);
  }

  @Test
  void whenTheFactorsDoNotFavourPartneringTheLeaderConsults() {
    Recommendation r =
        recommend(
            t ->
                t.commitmentNeeded(0.1)
                    .groupExpertise(0.4)
                    .structure(0.9)
                    .developmentValue(0.1)
                    .goalAlignment(0.3));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.style()).isEqualTo(Style.CONSULT);
    assertThat(r.mustManage()).isFalse();
    assertThat(r.explanation().summary())
        .startsWith("MANAGE (CONSULT): the factors do not favour partnering");
  }

  @Test
  void theExplanationListsEveryMustConditionAndEveryWeightedFactor() {
    Recommendation r = recommend(t -> t);
    assertThat(r.explanation().reasons())
        .extracting(Reason::ruleId)
        .containsExactly(
            "must.mandate",
            "must.crisis",
            "must.confidential",
            "must.noCompetence",
            "must.consistency",
            "should.commitment",
            "should.groupCompetence",
            "should.novelty",
            "should.development",
            "should.goalAlignment",
            "should.score");
    Reason commitment = r.explanation().reasons().get(5);
    assertThat(commitment.observed()).containsEntry("value", 0.9);
    assertThat(commitment.thresholds()).containsEntry("weight", 0.3);
  }

  @Test
  void competenceAuthorityInTheOrganizationCountsForTheGroup() {
    Organization school = school();
    Decision d =
        Decision.builder()
            .id("d2")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .addStakeholders("tom", "visitor")
            .traits(partnerable().groupExpertise(0.1).leaderExpertise(0.9).build())
            .build();
    assertThat(PartnerOrManage.styleOf(d, school, Policy.seed()))
        .isEqualTo(PartnerOrManage.recommend(d, school, Policy.seed()).style());
    assertThat(PartnerOrManage.styleOf(d, Policy.seed()))
        .isEqualTo(PartnerOrManage.recommend(d, Policy.seed()).style())
        .isNotEqualTo(PartnerOrManage.styleOf(d, school, Policy.seed()));
    competenceAuthorityIn(school, d);
  }

  static Organization school() {
    return Organization.builder()
        .addPerson(
            Person.builder().id("pat").displayName("Pat").putCompetence(CURRICULUM, 0.4).build())
        .addPerson(
            Person.builder().id("tom").displayName("Tom").putCompetence(CURRICULUM, 0.9).build())
        .addRole(Role.of("principal", "Principal"))
        .addRole(Role.of("teacher", "Teacher", "principal"))
        .assign("pat", "principal")
        .assign("tom", "teacher")
        .build();
  }

  private static void competenceAuthorityIn(Organization school, Decision d) {
    assertThat(PartnerOrManage.recommend(d, Policy.seed()).mode()).isEqualTo(Mode.MANAGE);
    Recommendation r = PartnerOrManage.recommend(d, school, Policy.seed());
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    Reason competence = r.explanation().reasons().get(3);
    assertThat(competence.observed())
        .containsEntry("groupCompetence", 0.9)
        .containsEntry("leaderExpertise", 0.4)
        .containsEntry("stakeholdersNotInOrganization", 1);
  }

  @Test
  void anyValidDecisionGetsARecommendationConsistentWithItsConditions() {
    qt().forAll(
            lists().of(doubles().between(0, 1)).ofSize(12),
            Generate.enumValues(Mandate.class),
            booleans().all(),
            booleans().all())
        .checkAssert(
            (v, mandate, confidential, consistency) -> {
              DecisionTraits traits =
                  DecisionTraits.builder()
                      .significance(v.get(0))
                      .urgency(v.get(1))
                      .reversibility(v.get(2))
                      .commitmentNeeded(v.get(3))
                      .commitmentIfImposed(v.get(4))
                      .leaderExpertise(v.get(5))
                      .groupExpertise(v.get(6))
                      .teamCompetence(v.get(7))
                      .goalAlignment(v.get(8))
                      .conflictLikelihood(v.get(9))
                      .structure(v.get(10))
                      .developmentValue(v.get(11))
                      .mandate(mandate)
                      .confidential(confidential)
                      .consistencyCritical(consistency)
                      .timeAvailable(Duration.ofHours(1 + Math.round(v.get(1) * 100)))
                      .build();
              Decision decision =
                  Decision.builder()
                      .id("d")
                      .domain(CURRICULUM)
                      .ownerRoleId("x")
                      .traits(traits)
                      .build();
              Recommendation r = PartnerOrManage.recommend(decision, Policy.seed());
              assertThat(PartnerOrManage.styleOf(decision, Policy.seed())).isEqualTo(r.style());
              Decision inSchool =
                  Decision.builder()
                      .from(decision)
                      .ownerRoleId(v.get(0) < 0.5 ? "principal" : "nobody")
                      .addStakeholders(v.get(2) < 0.5 ? "tom" : "pat", "visitor")
                      .build();
              assertThat(PartnerOrManage.styleOf(inSchool, SCHOOL, Policy.seed()))
                  .isEqualTo(PartnerOrManage.recommend(inSchool, SCHOOL, Policy.seed()).style());
              assertThat(r.style().mode()).isEqualTo(r.mode());
              assertThat(r.partnerScore()).isBetween(0.0, 1.0);
              if (mandate.obliges() || confidential || consistency) {
                assertThat(r.mode()).isEqualTo(Mode.MANAGE);
                assertThat(r.mustManage()).isTrue();
              }
              if (!r.mustManage()) {
                assertThat(r.mode() == Mode.PARTNER).isEqualTo(r.partnerScore() >= 0.5);
              }
              assertThat(r.explanation().reasons()).hasSize(11);
              for (Reason reason : r.explanation().reasons()) {
                assertThat(revalidated(reason)).isEqualTo(reason);
              }
            });
  }

  @Test
  void badParametersAreRejectedNamingTheField() {
    assertThatThrownBy(() -> RecommendationParameters.builder().commitmentWeight(-1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.commitmentWeight must be finite and at least 0, was -1.0");
    assertThatThrownBy(
            () ->
                RecommendationParameters.builder()
                    .commitmentWeight(0)
                    .groupCompetenceWeight(0)
                    .noveltyWeight(0)
                    .developmentWeight(0)
                    .goalAlignmentWeight(0)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation weights must have a positive sum, was 0.0");
    assertThatThrownBy(
            () ->
                RecommendationParameters.builder()
                    .putMinimumTime(Style.TELL, Duration.ZERO)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.minimumTime[TELL] must be positive, was PT0S");
    assertThatThrownBy(() -> RecommendationParameters.builder().partnerThreshold(2).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.partnerThreshold must be in [0, 1], was 2.0");
  }

  @Test
  void nullsAreRejectedByName() {
    new NullPointerTester()
        .setDefault(Policy.class, Policy.seed())
        .setDefault(
            Decision.class, Decision.builder().id("d").domain(CURRICULUM).ownerRoleId("x").build())
        .setDefault(Organization.class, Organization.builder().build())
        .testAllPublicStaticMethods(PartnerOrManage.class);
    assertThat(List.of(Policy.seed().recommendation()))
        .containsExactly(RecommendationParameters.defaults());
  }

  @Test
  void thresholdsAreInclusive() {
    // delegate threshold reached exactly by group, team and goals
    assertThat(recommend(t -> t.groupExpertise(0.7).teamCompetence(0.7).goalAlignment(0.7)).style())
        .isEqualTo(Style.DELEGATE);
    assertThat(recommend(t -> t.groupExpertise(0.7).teamCompetence(0.5).goalAlignment(0.4)).style())
        .isEqualTo(Style.INQUIRE);
    assertThat(recommend(t -> t.groupExpertise(0.5).teamCompetence(0.9).goalAlignment(0.5)).style())
        .isEqualTo(Style.ADVISE);
    assertThat(
            recommend(t -> t.groupExpertise(0.69).teamCompetence(0.49).goalAlignment(0.49)).style())
        .isEqualTo(Style.AGREE);
    // urgency exactly at the threshold is urgent; time exactly what partnering needs is enough
    assertThat(recommend(t -> t.urgency(0.8).timeAvailable(Duration.ofHours(47))).mustManage())
        .isTrue();
    assertThat(recommend(t -> t.urgency(0.79).timeAvailable(Duration.ofHours(47))).mustManage())
        .isFalse();
    assertThat(recommend(t -> t.urgency(0.8).timeAvailable(Duration.ofDays(2))).mustManage())
        .isFalse();
    // in a crisis, a style whose process needs exactly the time available fits
    assertThat(recommend(t -> t.urgency(0.9).timeAvailable(Duration.ofHours(1))).style())
        .isEqualTo(Style.SELL);
    assertThat(
            recommend(t -> t.urgency(0.9).leaderExpertise(0.2).timeAvailable(Duration.ofDays(1)))
                .style())
        .isEqualTo(Style.CONSULT);
    // a group at exactly the "lacks competence" bound is not lacking; a leader at "high" has it
    assertThat(recommend(t -> t.groupExpertise(0.3).leaderExpertise(0.5)).mustManage()).isFalse();
    assertThat(recommend(t -> t.groupExpertise(0.29).leaderExpertise(0.5)).mustManage()).isTrue();
    // managing: a leader at exactly "high" does not need to consult; commitment at "high" sells
    assertThat(
            recommend(t -> t.mandate(Mandate.LEGAL).leaderExpertise(0.5).commitmentNeeded(0.5))
                .style())
        .isEqualTo(Style.SELL);
    assertThat(recommend(t -> t.mandate(Mandate.LEGAL).leaderExpertise(0.49)).style())
        .isEqualTo(Style.CONSULT);
    assertThat(recommend(t -> t.mandate(Mandate.LEGAL).commitmentNeeded(0.49)).style())
        .isEqualTo(Style.TELL);
  }

  @Test
  void aScoreExactlyAtThePartnerThresholdPartnersAndFactorsAtHighFavourIt() {
    Recommendation r =
        recommend(
            t ->
                t.commitmentNeeded(0.5)
                    .groupExpertise(0.5)
                    .structure(0.5)
                    .developmentValue(0.5)
                    .goalAlignment(0.5));
    assertThat(r.partnerScore()).isEqualTo(0.5);
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    assertThat(r.explanation().fired())
        .extracting(Reason::ruleId)
        .contains("should.commitment", "should.groupCompetence", "should.novelty", "should.score");
  }

  @Test
  void weightsAreNormalizedByTheirSum() {
    Policy doubled =
        Policy.builder()
            .id("doubled")
            .version(1)
            .recommendation(
                RecommendationParameters.builder()
                    .commitmentWeight(0.6)
                    .groupCompetenceWeight(0.5)
                    .noveltyWeight(0.3)
                    .developmentWeight(0.3)
                    .goalAlignmentWeight(0.3)
                    .build())
            .build();
    Decision d =
        Decision.builder()
            .id("d")
            .domain(CURRICULUM)
            .ownerRoleId("x")
            .traits(partnerable().build())
            .build();
    assertThat(PartnerOrManage.recommend(d, doubled).partnerScore())
        .isCloseTo(
            PartnerOrManage.recommend(d, Policy.seed()).partnerScore(),
            org.assertj.core.data.Offset.offset(1e-12));
    assertThat(PartnerOrManage.recommend(d, doubled).policyId()).isEqualTo("doubled");
  }

  @Test
  void everyThresholdIsCheckedToBeInTheUnitInterval() {
    List<UnaryOperator<RecommendationParameters.Builder>> setters =
        List.of(
            b -> b.urgencyThreshold(1.5),
            b -> b.lacksCompetenceBelow(1.5),
            b -> b.highThreshold(1.5),
            b -> b.partnerThreshold(1.5),
            b -> b.delegateThreshold(1.5));
    List<String> names =
        List.of(
            "urgencyThreshold",
            "lacksCompetenceBelow",
            "highThreshold",
            "partnerThreshold",
            "delegateThreshold");
    for (int i = 0; i < setters.size(); i++) {
      UnaryOperator<RecommendationParameters.Builder> setter = setters.get(i);
      assertThatThrownBy(() -> setter.apply(RecommendationParameters.builder()).build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("recommendation." + names.get(i) + " must be in [0, 1], was 1.5");
    }
    RecommendationParameters d = RecommendationParameters.defaults();
    assertThat(
            List.of(
                d.urgencyThreshold(),
                d.lacksCompetenceBelow(),
                d.highThreshold(),
                d.partnerThreshold(),
                d.delegateThreshold()))
        .containsExactly(0.8, 0.3, 0.5, 0.5, 0.7);
  }

  /** The reason rebuilt through the validating builder: the evaluator's reasons are valid. */
  static Reason revalidated(Reason r) {
    Reason.Builder b =
        Reason.builder().ruleId(r.ruleId()).condition(r.condition()).fired(r.fired());
    r.observed().forEach(b::observe);
    r.thresholds().forEach(b::threshold);
    r.effect().ifPresent(b::effect);
    return b.build();
  }

  @Test
  void evaluatorsAreSafeToCallFromManyThreadsAtOnce() throws Exception {
    List<Decision> decisions = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double v = i / 200.0;
      decisions.add(
          Decision.builder()
              .id("d" + i)
              .domain(CURRICULUM)
              .ownerRoleId("principal")
              .traits(partnerable().commitmentNeeded(v).groupExpertise(1 - v).urgency(v).build())
              .build());
    }
    List<Recommendation> expected =
        decisions.stream().map(d -> PartnerOrManage.recommend(d, Policy.seed())).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Recommendation>>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () ->
                    decisions.stream()
                        .map(d -> PartnerOrManage.recommend(d, Policy.seed()))
                        .toList()));
      }
      for (java.util.concurrent.Future<List<Recommendation>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
