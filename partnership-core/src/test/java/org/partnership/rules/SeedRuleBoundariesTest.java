package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
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
import org.partnership.model.Trait;

/**
 * Every threshold of the seed rule, exactly at its value: "at or above" is high, "below" is not, as
 * docs/rules.md states.
 */
class SeedRuleBoundariesTest {

  /** Every trait described, all at 0.5, time ample: a neutral decision to vary one thing in. */
  static DecisionTraits.Builder neutral() {
    DecisionTraits.Builder t = DecisionTraits.builder();
    for (Trait trait : Trait.values()) {
      t.value(trait, 0.5);
    }
    return t.urgency(0.1).timeAvailable(Duration.ofDays(30));
  }

  static Recommendation recommend(DecisionTraits.Builder t) {
    return PartnerOrManage.recommend(
        Decision.builder()
            .id("d")
            .domain(Domain.of("curriculum"))
            .ownerRoleId("owner")
            .traits(t.build())
            .build(),
        Policy.seed());
  }

  static boolean fired(Recommendation r, String ruleId) {
    return PartnerOrManageTest.reason(r, ruleId).fired();
  }

  @Test
  void aVroomYettonAnswerIsYesFromHalfUp() {
    // C: structure exactly 0.5 is structured, so the unstructured guard does not fire
    DecisionTraits.Builder blind = neutral().significance(0.8).leaderExpertise(0.2);
    assertThat(fired(recommend(blind.structure(0.5)), "guard.unstructured")).isFalse();
    assertThat(fired(recommend(blind.structure(0.49)), "guard.unstructured")).isTrue();
    // G: conflict exactly 0.5 is likely
    DecisionTraits.Builder atRisk = neutral().commitmentNeeded(0.9).commitmentIfImposed(0.2);
    assertThat(fired(recommend(atRisk.conflictLikelihood(0.5)), "guard.conflict")).isTrue();
    assertThat(fired(recommend(atRisk.conflictLikelihood(0.49)), "guard.conflict")).isFalse();
    // a guard that does not hold is reported as not fired
    Recommendation calm = recommend(neutral());
    for (String guard :
        new String[] {
          "guard.information",
          "guard.goalCongruence",
          "guard.unstructured",
          "guard.acceptance",
          "guard.conflict",
          "guard.fairness",
          "guard.acceptancePriority"
        }) {
      assertThat(fired(calm, guard)).as(guard).isFalse();
    }
  }

  @Test
  void aRoutineMatterIsOneBelowBothRoutineThresholds() {
    DecisionTraits.Builder low = neutral().commitmentNeeded(0.2).commitmentIfImposed(0.5);
    assertThat(fired(recommend(low.significance(0.29)), "should.routine")).isTrue();
    assertThat(fired(recommend(low.significance(0.3)), "should.routine")).isFalse();
    // commitment at risk exactly 0.3 (0.6 × 0.5) is not little
    DecisionTraits.Builder trivial = neutral().significance(0.1).commitmentIfImposed(0.5);
    assertThat(fired(recommend(trivial.commitmentNeeded(0.6)), "should.routine")).isFalse();
    assertThat(fired(recommend(trivial.commitmentNeeded(0.58)), "should.routine")).isTrue();
  }

  @Test
  void aRoutineMatterIsHandedOverFromInquireUp() {
    DecisionTraits.Builder routine =
        neutral().significance(0.1).commitmentNeeded(0.1).groupExpertise(0.7);
    assertThat(recommend(routine.teamCompetence(0.5).goalAlignment(0.5)).style())
        .isEqualTo(Style.INQUIRE);
    assertThat(recommend(routine.groupExpertise(0.69).teamCompetence(0.9)).style())
        .isEqualTo(Style.TELL); // ADVISE would convene: decide it instead
  }

  @Test
  void competentPeopleArePooledFromHalfUp() {
    DecisionTraits.Builder confidential =
        neutral().confidential(true).leaderExpertise(0.8).commitmentNeeded(0.2);
    assertThat(recommend(confidential.significance(0.5).groupExpertise(0.5)).style())
        .isEqualTo(Style.CONSULT);
    assertThat(recommend(confidential.significance(0.49).groupExpertise(0.5)).style())
        .isEqualTo(Style.TELL);
    assertThat(recommend(confidential.significance(0.5).groupExpertise(0.49)).style())
        .isEqualTo(Style.TELL);
    // commitment needed exactly at high is sold
    assertThat(
            recommend(
                    confidential.significance(0.49).commitmentNeeded(0.5).commitmentIfImposed(0.9))
                .style())
        .isEqualTo(Style.SELL);
  }

  @Test
  void aFactorAtHighFavoursPartneringAndTheScoreAtTheThresholdPartners() {
    Recommendation r = recommend(neutral().commitmentNeeded(1.0).commitmentIfImposed(0.5));
    assertThat(fired(r, "should.commitment")).isTrue(); // 1.0 × 0.5 = 0.5
    assertThat(fired(r, "should.groupCompetence")).isTrue();
    Recommendation below = recommend(neutral().groupExpertise(0.49).structure(0.51));
    assertThat(fired(below, "should.groupCompetence")).isFalse();
    assertThat(fired(below, "should.novelty")).isFalse();
    assertThat(fired(below, "should.commitment")).isFalse(); // 0.25
  }

  @Test
  void stakesBindOnlyAboveAdvise() {
    DecisionTraits.Builder team =
        neutral()
            .groupExpertise(0.9)
            .teamCompetence(0.9)
            .goalAlignment(0.9)
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.9)
            .developmentValue(0.9)
            .structure(0.1)
            .significance(0.9)
            .reversibility(0.1);
    assertThat(fired(recommend(team), "limit.stakes")).isTrue();
    // an ADVISE already: the stakes limit holds but does not bind
    Recommendation advise = recommend(team.teamCompetence(0.4));
    assertThat(advise.style()).isEqualTo(Style.ADVISE);
    assertThat(fired(advise, "limit.stakes")).isFalse();
    assertThat(advise.explanation().summary()).doesNotContain("limit.stakes");
  }

  static Organization withCeiling(Style level) {
    return Organization.builder()
        .addPerson(Person.of("leader", "Leader"))
        .addRole(
            Role.builder()
                .id("owner")
                .title("Owner")
                .putDelegationLevel(Domain.of("curriculum"), level)
                .build())
        .assign("leader", "owner")
        .build();
  }

  static Recommendation recommend(DecisionTraits.Builder t, Organization org) {
    return PartnerOrManage.recommend(
        Decision.builder()
            .id("d")
            .domain(Domain.of("curriculum"))
            .ownerRoleId("owner")
            .traits(t.build())
            .build(),
        org,
        Policy.seed());
  }

  @Test
  void aCeilingEqualToTheStyleDoesNotBind() {
    DecisionTraits.Builder advise =
        neutral().groupExpertise(0.6).goalAlignment(0.6).commitmentIfImposed(0.1);
    Recommendation free = recommend(advise);
    assertThat(free.style()).isEqualTo(Style.ADVISE);
    Recommendation equal = recommend(advise, withCeiling(Style.ADVISE));
    assertThat(equal.style()).isEqualTo(Style.ADVISE);
    assertThat(fired(equal, "limit.ceiling")).isFalse();
    assertThat(equal.explanation().summary()).doesNotContain("bounded by");
    // a ceiling exactly at what the guards require is not below it
    DecisionTraits.Builder priority =
        neutral().commitmentNeeded(0.9).commitmentIfImposed(0.1).goalAlignment(0.9);
    Recommendation atFloor = recommend(priority.groupExpertise(0.4), withCeiling(Style.AGREE));
    assertThat(atFloor.style()).isEqualTo(Style.AGREE);
    assertThat(PartnerOrManageTest.reason(atFloor, "limit.ceiling").observed())
        .doesNotContainKey("guardsRequireAtLeast");
    Recommendation belowFloor = recommend(priority, withCeiling(Style.CONSULT));
    assertThat(PartnerOrManageTest.reason(belowFloor, "limit.ceiling").observed())
        .containsEntry("guardsRequireAtLeast", "AGREE");
  }

  @Test
  void inACrisisTheLeaderLacksWhatTheTeamKnowsBelowHalfAgainstHalfUp() {
    DecisionTraits.Builder crisis =
        neutral().urgency(0.9).timeAvailable(Duration.ofMinutes(30)).groupExpertise(0.7);
    assertThat(recommend(crisis.leaderExpertise(0.49)).style()).isEqualTo(Style.DELEGATE);
    assertThat(recommend(crisis.leaderExpertise(0.5)).style().mode()).isEqualTo(Mode.MANAGE);
    // handing it to the expert needs expertise at the delegate threshold
    Recommendation half = recommend(crisis.leaderExpertise(0.2).groupExpertise(0.69));
    assertThat(half.style().mode()).isEqualTo(Mode.MANAGE);
    Recommendation expert = recommend(crisis.leaderExpertise(0.2).groupExpertise(0.7));
    assertThat(expert.style()).isEqualTo(Style.DELEGATE);
    assertThat(PartnerOrManageTest.reason(expert, "must.crisis").effect())
        .hasValueSatisfying(e -> assertThat(e).contains("hand it to the expert"));
    assertThat(PartnerOrManageTest.reason(half, "must.crisis").effect())
        .hasValueSatisfying(e -> assertThat(e).startsWith("MANAGE"));
    // time for a consultation but not for the process before: ask quickly
    assertThat(
            recommend(
                    crisis
                        .leaderExpertise(0.2)
                        .groupExpertise(0.9)
                        .structure(0.1)
                        .timeAvailable(Duration.ofDays(1)))
                .style())
        .isEqualTo(Style.CONSULT);
    // no real expert and no time to ask: as much participation as the time allows
    assertThat(
            recommend(
                    crisis
                        .leaderExpertise(0.2)
                        .groupExpertise(0.69)
                        .timeAvailable(Duration.ofHours(5)))
                .style())
        .isEqualTo(Style.SELL);
  }

  @Test
  void inACrisisAnAgreedLevelEqualToTheCrisisStyleDoesNotBind() {
    DecisionTraits.Builder crisis =
        neutral()
            .urgency(0.9)
            .timeAvailable(Duration.ofMinutes(30))
            .leaderExpertise(0.2)
            .groupExpertise(0.9);
    Recommendation equal = recommend(crisis, withCeiling(Style.DELEGATE));
    assertThat(equal.style()).isEqualTo(Style.DELEGATE);
    assertThat(equal.explanation().summary()).doesNotContain("limit.ceiling");
    Recommendation bound = recommend(crisis, withCeiling(Style.INQUIRE));
    assertThat(bound.style()).isEqualTo(Style.INQUIRE);
    assertThat(bound.explanation().summary())
        .contains("handed to the expert")
        .contains("bounded by limit.ceiling");
    Recommendation managed = recommend(crisis, withCeiling(Style.CONSULT));
    assertThat(managed.style()).isEqualTo(Style.CONSULT);
    assertThat(managed.explanation().summary()).doesNotContain("handed to the expert");
  }

  @Test
  void withNoTimeRecordedUrgencyKeepsAStyleItEquals() {
    // the crisis style equals the style before: urgency changes nothing
    DecisionTraits.Builder t =
        neutral()
            .timeAvailable(Optional.empty())
            .mandate(Mandate.LEGAL)
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.9)
            .leaderExpertise(0.9);
    Style calm = recommend(t.urgency(0.1)).style();
    Recommendation urgent = recommend(t.urgency(0.9));
    assertThat(urgent.style()).isEqualTo(calm).isEqualTo(Style.SELL);
    assertThat(fired(urgent, "must.crisis")).isTrue();
  }

  @Test
  void theSourcesOfCompetenceAreNamed() {
    Recommendation unknownLeader =
        PartnerOrManage.recommend(
            Decision.builder()
                .id("d")
                .domain(Domain.of("curriculum"))
                .ownerRoleId("owner")
                .traits(DecisionTraits.builder().groupExpertise(0.4).build())
                .build(),
            Policy.seed());
    assertThat(PartnerOrManageTest.reason(unknownLeader, "must.noCompetence").observed())
        .containsEntry("leaderExpertiseSource", "unknown: traits.leaderExpertise not described")
        .containsEntry("groupCompetenceSource", "traits.groupExpertise");
    Recommendation known = recommend(neutral());
    assertThat(PartnerOrManageTest.reason(known, "must.noCompetence").observed())
        .containsEntry("leaderExpertiseSource", "traits.leaderExpertise");
  }

  @Test
  void anUnknownThatMattersOnlyInANarrowWindowIsStillNamed() {
    // Described: a routine-significance decision a competent team could take. Unknown: how people
    // would take it imposed. With commitmentIfImposed in (0.6125, 0.625] the decision is neither
    // routine (commitment at risk 0.8 × (1 − x) ≥ 0.3) nor scored high enough to partner: CONSULT;
    // everywhere else, INQUIRE. No fixed threshold lies in that window.
    DecisionTraits.Builder t =
        DecisionTraits.builder()
            .significance(0.2)
            .urgency(0.1)
            .reversibility(0.5)
            .commitmentNeeded(0.8)
            .leaderExpertise(0.8)
            .groupExpertise(0.7)
            .teamCompetence(0.6)
            .goalAlignment(0.5467)
            .conflictLikelihood(0.3)
            .structure(0.5)
            .developmentValue(0.5)
            .timeAvailable(Duration.ofDays(30));
    Recommendation r = recommend(t);
    assertThat(r.style()).isEqualTo(Style.INQUIRE);
    assertThat(recommend(t.commitmentIfImposed(0.62)).style()).isEqualTo(Style.CONSULT);
    assertThat(recommend(t.commitmentIfImposed(0.7)).style()).isEqualTo(Style.INQUIRE);
    assertThat(recommend(t.commitmentIfImposed(0.3)).style()).isEqualTo(Style.INQUIRE);
    assertThat(r.unknowns()).containsExactly(Trait.COMMITMENT_IF_IMPOSED);
  }

  @Test
  void theSummaryNamesTheGuardsAndLimitsThatMovedTheStyle() {
    // one guard lowers: goals not shared keeps a competent group from deciding
    assertThat(
            recommend(
                    neutral()
                        .significance(0.7)
                        .goalAlignment(0.3)
                        .groupExpertise(0.9)
                        .teamCompetence(0.9)
                        .commitmentIfImposed(0.9)
                        .developmentValue(0.9)
                        .structure(0.1))
                .explanation()
                .summary())
        .endsWith("; bounded by guard.goalCongruence");
    // one guard raises: the leader lacks the information
    assertThat(
            recommend(neutral().significance(0.7).leaderExpertise(0.2).mandate(Mandate.LEGAL))
                .explanation()
                .summary())
        .isEqualTo("MANAGE (CONSULT): manage when I must — must.mandate");
    assertThat(
            recommend(
                    neutral()
                        .significance(0.7)
                        .leaderExpertise(0.2)
                        .confidential(true)
                        .groupExpertise(0.4)
                        .commitmentNeeded(0.2))
                .explanation()
                .summary())
        .isEqualTo("MANAGE (CONSULT): manage when I must — must.confidential");
    // several guards raise together: each is named
    assertThat(
            recommend(
                    neutral()
                        .mandate(Mandate.LEGAL)
                        .leaderExpertise(0.9)
                        .commitmentNeeded(0.9)
                        .commitmentIfImposed(0.1)
                        .conflictLikelihood(0.9)
                        .goalAlignment(0.9))
                .explanation()
                .summary())
        .isEqualTo(
            "MANAGE (CONSULT): manage when I must — must.mandate; bounded by guard.acceptance,"
                + " guard.conflict, guard.acceptancePriority");
    // a single guard among others that do not move it
    assertThat(
            recommend(
                    neutral()
                        .mandate(Mandate.LEGAL)
                        .leaderExpertise(0.9)
                        .commitmentNeeded(0.9)
                        .commitmentIfImposed(0.1)
                        .conflictLikelihood(0.1)
                        .goalAlignment(0.1))
                .explanation()
                .summary())
        .isEqualTo(
            "MANAGE (CONSULT): manage when I must — must.mandate; bounded by guard.acceptance");
    // a crisis names only what bounds the crisis style, not what bound the style before it
    Recommendation crisis =
        recommend(
            neutral()
                .significance(0.9)
                .reversibility(0.5)
                .urgency(0.95)
                .commitmentNeeded(0.6)
                .commitmentIfImposed(0.9)
                .leaderExpertise(0.8)
                .groupExpertise(0.8)
                .teamCompetence(0.9)
                .goalAlignment(0.9)
                .developmentValue(0.9)
                .structure(0.1)
                .timeAvailable(Duration.ofHours(20)));
    assertThat(fired(crisis, "limit.stakes")).isTrue();
    assertThat(crisis.explanation().summary())
        .isEqualTo("MANAGE (SELL): manage when I must — must.crisis");
  }

  @Test
  void competenceTheOrganizationRecordsIsNeverUnknown() {
    Organization org =
        Organization.builder()
            .addPerson(
                Person.builder()
                    .id("leader")
                    .displayName("Leader")
                    .putCompetence(Domain.of("curriculum"), 0.2)
                    .build())
            .addPerson(
                Person.builder()
                    .id("expert")
                    .displayName("Expert")
                    .putCompetence(Domain.of("curriculum"), 0.9)
                    .build())
            .addRole(Role.of("owner", "Owner"))
            .addRole(Role.of("member", "Member", "owner"))
            .assign("leader", "owner")
            .assign("expert", "member")
            .build();
    DecisionTraits.Builder t =
        neutral().unknown(Trait.LEADER_EXPERTISE).unknown(Trait.GROUP_EXPERTISE);
    Recommendation alone = recommend(t);
    assertThat(alone.unknowns()).contains(Trait.GROUP_EXPERTISE);
    Recommendation inOrg =
        PartnerOrManage.recommend(
            Decision.builder()
                .id("d")
                .domain(Domain.of("curriculum"))
                .ownerRoleId("owner")
                .addStakeholders("expert")
                .traits(t.build())
                .build(),
            org,
            Policy.seed());
    assertThat(inOrg.unknowns()).doesNotContain(Trait.LEADER_EXPERTISE, Trait.GROUP_EXPERTISE);
  }

  @Test
  void theLongestProcessTimeAcceptedIsTenYears() {
    assertThat(
            RecommendationParameters.builder()
                .minimumTime(withAgree(RecommendationParameters.MAXIMUM_TIME))
                .build()
                .minimumTime())
        .containsEntry(Style.AGREE, Duration.ofDays(3650));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                RecommendationParameters.builder()
                    .minimumTime(withAgree(Duration.ofDays(3650).plusSeconds(1)))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recommendation.minimumTime[AGREE] must be positive and at most");
  }

  private static java.util.Map<Style, Duration> withAgree(Duration agree) {
    java.util.Map<Style, Duration> times =
        new java.util.EnumMap<>(RecommendationParameters.defaults().minimumTime());
    times.put(Style.AGREE, agree);
    return times;
  }
}
