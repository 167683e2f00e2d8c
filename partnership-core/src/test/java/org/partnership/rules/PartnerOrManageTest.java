package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.data.Offset;
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

/** "Partner when WE should & Manage when I must", the seed policy's recommendation. */
class PartnerOrManageTest {

  static final Domain CURRICULUM = Domain.of("curriculum");

  /** A decision that favours partnering: commitment at risk, a competent group, a novel problem. */
  static DecisionTraits.Builder partnerable() {
    return DecisionTraits.builder()
        .significance(0.5)
        .reversibility(0.5)
        .commitmentNeeded(0.9)
        .commitmentIfImposed(0.6)
        .groupExpertise(0.8)
        .teamCompetence(0.6)
        .goalAlignment(0.6)
        .conflictLikelihood(0.3)
        .structure(0.2)
        .developmentValue(0.7)
        .leaderExpertise(0.8)
        .urgency(0.3)
        .timeAvailable(Duration.ofDays(30));
  }

  static Recommendation recommend(UnaryOperator<DecisionTraits.Builder> traits) {
    return PartnerOrManage.recommend(decision(traits.apply(partnerable()).build()), Policy.seed());
  }

  static Decision decision(DecisionTraits traits) {
    return Decision.builder()
        .id("d1")
        .domain(CURRICULUM)
        .ownerRoleId("principal")
        .traits(traits)
        .build();
  }

  @Test
  void recommendsPartneringWhenCommitmentIsAtRiskAndTheGroupIsCompetent() {
    Recommendation r = recommend(t -> t);
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    assertThat(r.style()).isEqualTo(Style.INQUIRE);
    assertThat(r.mustManage()).isFalse();
    double atRisk = 0.9 * (1 - 0.6);
    assertThat(r.partnerScore())
        .isCloseTo(
            0.3 * atRisk + 0.25 * 0.8 + 0.15 * 0.8 + 0.15 * 0.7 + 0.15 * 0.6, Offset.offset(5e-5));
    assertThat(r.explanation().summary())
        .isEqualTo("PARTNER (INQUIRE): partner when WE should — score 0.623 ≥ 0.5");
    assertThat(r.policyId()).isEqualTo("seed");
    assertThat(r.policyVersion()).isEqualTo(3);
    assertThat(r.unknowns()).isEmpty();
    assertThat(r.tentative()).isFalse();
  }

  @Test
  void commitmentCountsOnlyAsFarAsItIsAtRisk() {
    Recommendation atRisk = recommend(t -> t.commitmentIfImposed(0.1));
    Recommendation safe = recommend(t -> t.commitmentIfImposed(1.0));
    assertThat(atRisk.partnerScore()).isGreaterThan(safe.partnerScore());
    Reason commitment = reason(safe, "should.commitment");
    assertThat(commitment.observed())
        .containsEntry("value", 0.0)
        .containsEntry("commitmentNeeded", 0.9)
        .containsEntry("commitmentIfImposed", 1.0);
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
  void aMandateFixesWhatIsDecidedNotWhetherPeopleAreHeard() {
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).leaderExpertise(0.2)).style())
        .isEqualTo(Style.CONSULT); // never decide blind
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).commitmentNeeded(0.1)).style())
        .isEqualTo(Style.TELL);
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).commitmentIfImposed(0.1)).style())
        .isEqualTo(Style.CONSULT); // commitment at risk: Vroom–Yetton R4
    // a competent group does not reopen what a mandate fixes
    assertThat(recommend(t -> t.mandate(Mandate.SAFETY).significance(0.9)).style())
        .isEqualTo(Style.SELL);
  }

  @Test
  void confidentialityLimitsTheCircleNotTheInput() {
    assertThat(recommend(t -> t.confidential(true).significance(0.8)).style())
        .isEqualTo(Style.CONSULT); // consult the competent stakeholders in confidence
    assertThat(recommend(t -> t.confidential(true).significance(0.8).groupExpertise(0.4)).style())
        .isEqualTo(Style.SELL);
    assertThat(recommend(t -> t.confidential(true).significance(0.8)).mode())
        .isEqualTo(Mode.MANAGE);
  }

  @Test
  void recommendsManageInACrisisWithAsMuchParticipationAsTheTimeAllows() {
    Recommendation r = recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofMinutes(30)));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.style()).isEqualTo(Style.TELL); // SELL needs an hour
    assertThat(r.explanation().fired()).extracting(Reason::ruleId).contains("must.crisis");
    assertThat(recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofHours(5))).style())
        .isEqualTo(Style.SELL);
    assertThat(recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofDays(1))).style())
        .isEqualTo(Style.CONSULT);
  }

  @Test
  void urgencyWithNoRecordedTimeIsACrisisNotPlentyOfTime() {
    Recommendation r = recommend(t -> t.urgency(1.0).timeAvailable(java.util.Optional.empty()));
    assertThat(r.mustManage()).isTrue();
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(reason(r, "must.crisis").observed()).containsEntry("timeAvailable", "unknown");
    // not urgent and no time recorded: no crisis, but urgency is named as unknown
    Recommendation calm =
        PartnerOrManage.recommend(
            decision(partnerable().timeAvailable(java.util.Optional.empty()).build()),
            Policy.seed());
    assertThat(calm.mustManage()).isFalse();
    Recommendation noUrgency =
        PartnerOrManage.recommend(
            decision(
                DecisionTraits.builder()
                    .from(partnerable().timeAvailable(java.util.Optional.empty()).build())
                    .unknown(Trait.URGENCY)
                    .build()),
            Policy.seed());
    assertThat(noUrgency.unknowns()).contains(Trait.URGENCY);
  }

  @Test
  void anUrgentDecisionWithEnoughTimeIsNoCrisis() {
    Recommendation r = recommend(t -> t.urgency(0.95).timeAvailable(Duration.ofDays(10)));
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    assertThat(r.mustManage()).isFalse();
  }

  @Test
  void inACrisisTheLeaderWhoLacksWhatTheTeamKnowsAsksOrHandsItToTheExpert() {
    UnaryOperator<DecisionTraits.Builder> lacking =
        t -> t.urgency(0.95).leaderExpertise(0.2).groupExpertise(0.9);
    Recommendation quick = recommend(t -> lacking.apply(t).timeAvailable(Duration.ofMinutes(20)));
    assertThat(quick.style()).isEqualTo(Style.DELEGATE);
    assertThat(quick.mustManage()).isTrue();
    assertThat(quick.mode()).isEqualTo(Mode.PARTNER);
    assertThat(quick.explanation().summary()).contains("handed to the expert");
    assertThat(recommend(t -> lacking.apply(t).timeAvailable(Duration.ofDays(1))).style())
        .isEqualTo(Style.CONSULT);
  }

  @Test
  void recommendsManageWhenNobodyHasTheCompetenceToPartnerWith() {
    Recommendation r =
        recommend(t -> t.groupExpertise(0.1).leaderExpertise(0.9).developmentValue(0.2));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.explanation().fired())
        .extracting(Reason::ruleId)
        .containsOnlyOnce("must.noCompetence");
    // the leader does not know either: partnering is the way to find out
    assertThat(
            recommend(t -> t.groupExpertise(0.1).leaderExpertise(0.2).developmentValue(0.2))
                .mustManage())
        .isFalse();
  }

  @Test
  void developmentCountsWhenTheGroupLacksCompetenceAndThereIsTime() {
    // Vroom (2000), development-driven: people gain competence by taking part
    Recommendation developing =
        recommend(t -> t.groupExpertise(0.1).leaderExpertise(0.9).developmentValue(0.8));
    assertThat(developing.mustManage()).isFalse();
    assertThat(developing.style()).isIn(Style.CONSULT, Style.AGREE);
    assertThat(reason(developing, "must.noCompetence").fired()).isFalse();
    // no time recorded, or too little to consult: nobody to partner with
    Recommendation hurried =
        recommend(
            t ->
                t.groupExpertise(0.1)
                    .leaderExpertise(0.9)
                    .developmentValue(0.8)
                    .timeAvailable(Duration.ofHours(20)));
    assertThat(reason(hurried, "must.noCompetence").fired()).isTrue();
  }

  @Test
  void aGroupNobodyDescribedMayOrMayNotBeCompetent() {
    DecisionTraits unknownGroup =
        DecisionTraits.builder()
            .from(partnerable().leaderExpertise(0.9).developmentValue(0.2).build())
            .unknown(Trait.GROUP_EXPERTISE)
            .build();
    Recommendation r = PartnerOrManage.recommend(decision(unknownGroup), Policy.seed());
    Reason competence = reason(r, "must.noCompetence");
    assertThat(competence.fired()).isFalse();
    assertThat(competence.undetermined()).isTrue();
    assertThat(competence.observed())
        .containsEntry("groupCompetence", "unknown")
        .containsEntry("groupCompetenceSource", "unknown: traits.groupExpertise not described");
    assertThat(r.tentative()).isTrue();
    assertThat(r.unknowns()).containsExactly(Trait.GROUP_EXPERTISE);
    assertThat(r.question()).map(Question::trait).contains(Trait.GROUP_EXPERTISE);
    assertThat(r.explanation().toText()).contains("[?] must.noCompetence");
  }

  @Test
  void routineMattersAreDecidedOrHandedOverNeverConvened() {
    Recommendation room =
        PartnerOrManage.recommend(
            decision(
                DecisionTraits.builder()
                    .significance(0.1)
                    .commitmentNeeded(0.1)
                    .leaderExpertise(0.8)
                    .groupExpertise(0.4)
                    .timeAvailable(Duration.ofDays(3))
                    .build()),
            Policy.seed());
    assertThat(room.style()).isEqualTo(Style.TELL);
    assertThat(room.explanation().summary()).startsWith("MANAGE (TELL): a routine matter");
    assertThat(room.tentative()).isFalse();
    Recommendation handedOver =
        recommend(
            t ->
                t.significance(0.2)
                    .commitmentNeeded(0.2)
                    .groupExpertise(0.9)
                    .teamCompetence(0.9)
                    .goalAlignment(0.9));
    assertThat(handedOver.style()).isEqualTo(Style.DELEGATE);
    assertThat(reason(handedOver, "should.routine").fired()).isTrue();
  }

  @Test
  void aRoutineMatterWithADayToSpareIsNoCrisis() {
    // handing a routine matter over convenes nobody: it needs the time of TELL, not of DELEGATE
    Recommendation r =
        recommend(
            t ->
                t.significance(0.2)
                    .commitmentNeeded(0.2)
                    .groupExpertise(0.9)
                    .teamCompetence(0.9)
                    .goalAlignment(0.9)
                    .timeAvailable(Duration.ofDays(1)));
    assertThat(r.style()).isEqualTo(Style.DELEGATE);
    assertThat(r.mustManage()).isFalse();
    assertThat(reason(r, "must.crisis").thresholds()).containsEntry("neededTime", "PT15M");
  }

  @Test
  void aMeetingRoomNobodyDescribedFurtherIsTentative() {
    Recommendation room =
        PartnerOrManage.recommend(
            decision(DecisionTraits.builder().significance(0.1).build()), Policy.seed());
    assertThat(room.tentative()).isTrue();
    assertThat(room.styles()).contains(Style.TELL).hasSizeGreaterThan(1);
    assertThat(room.unknowns()).contains(Trait.COMMITMENT_NEEDED, Trait.URGENCY);
    assertThat(room.explanation().summary()).contains("TENTATIVE", "ask first: ");
  }

  @Test
  void highStakesAreNotHandedOffWithoutTheLeader() {
    UnaryOperator<DecisionTraits.Builder> team =
        t -> t.groupExpertise(0.9).teamCompetence(0.9).goalAlignment(0.9);
    assertThat(recommend(t -> team.apply(t).significance(0.4)).style()).isEqualTo(Style.DELEGATE);
    Recommendation strategy = recommend(t -> team.apply(t).significance(1.0).reversibility(0.1));
    assertThat(strategy.style()).isEqualTo(Style.ADVISE);
    assertThat(reason(strategy, "limit.stakes").fired()).isTrue();
    assertThat(reason(strategy, "limit.stakes").observed()).containsEntry("stakes", 0.95);
    // significant but fully reversible: stakes halved
    assertThat(recommend(t -> team.apply(t).significance(0.8).reversibility(1.0)).style())
        .isEqualTo(Style.DELEGATE);
  }

  @Test
  void theGuardsKeepAGroupThatDoesNotShareTheGoalsFromDeciding() {
    Recommendation r =
        recommend(
            t ->
                t.significance(0.9)
                    .goalAlignment(0.2)
                    .conflictLikelihood(0.9)
                    .commitmentIfImposed(0.2));
    assertThat(r.style()).isEqualTo(Style.CONSULT);
    assertThat(r.explanation().fired())
        .extracting(Reason::ruleId)
        .contains("guard.goalCongruence", "guard.acceptance", "guard.conflict");
    assertThat(r.explanation().summary()).contains("bounded by guard.goalCongruence");
  }

  @Test
  void theGuardsLetTheGroupDecideWhenAcceptanceIsCriticalAndUncertain() {
    Recommendation r =
        recommend(
            t ->
                t.significance(0.2)
                    .commitmentIfImposed(0.1)
                    .groupExpertise(0.3)
                    .structure(0.9)
                    .developmentValue(0.1)
                    .goalAlignment(0.4));
    assertThat(r.style().mode()).isEqualTo(Mode.PARTNER);
    assertThat(reason(r, "guard.fairness").fired()).isTrue();
  }

  @Test
  void thePartneringStyleFollowsGroupCompetenceTeamCompetenceAndGoals() {
    assertThat(recommend(t -> t.teamCompetence(0.9).goalAlignment(0.9)).style())
        .isEqualTo(Style.DELEGATE);
    assertThat(recommend(t -> t.groupExpertise(0.6).goalAlignment(0.6)).style())
        .isEqualTo(Style.ADVISE);
    assertThat(recommend(t -> t.groupExpertise(0.6).goalAlignment(0.5).teamCompetence(0.4)).style())
        .isEqualTo(Style.ADVISE);
    assertThat(recommend(t -> t.groupExpertise(0.45).goalAlignment(0.9)).style())
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
                    .goalAlignment(0.3)
                    .significance(0.6));
    assertThat(r.mode()).isEqualTo(Mode.MANAGE);
    assertThat(r.style()).isEqualTo(Style.CONSULT);
    assertThat(r.mustManage()).isFalse();
    assertThat(r.explanation().summary())
        .startsWith("MANAGE (CONSULT): the factors do not favour partnering — score 0.187 < 0.5");
  }

  @Test
  void theExplanationListsEveryConditionGuardFactorAndLimitInOrder() {
    Recommendation r = recommend(t -> t);
    assertThat(r.explanation().reasons())
        .extracting(Reason::ruleId)
        .containsExactly(
            "must.mandate",
            "must.crisis",
            "must.confidential",
            "must.noCompetence",
            "must.consistency",
            "guard.information",
            "guard.goalCongruence",
            "guard.unstructured",
            "guard.acceptance",
            "guard.conflict",
            "guard.fairness",
            "guard.acceptancePriority",
            "should.routine",
            "should.commitment",
            "should.groupCompetence",
            "should.novelty",
            "should.development",
            "should.goalAlignment",
            "should.score",
            "limit.stakes",
            "limit.ceiling",
            "source.leaderExpertise",
            "source.groupExpertise");
    Reason commitment = reason(r, "should.commitment");
    assertThat(commitment.observed()).containsEntry("value", 0.36);
    assertThat(commitment.thresholds()).containsEntry("weight", 0.3);
    assertThat(reason(r, "limit.ceiling").observed())
        .containsEntry("agreedLevel", "no organization");
  }

  @Test
  void scoresAreRoundedSoTheTextShowsTheNumbersCompared() {
    // 0.3 · 0.45 + 0.25 · group + 0.15 · (0.5 + 0.5 + 0.5): 0.51, 0.505 and 0.495
    assertThat(scoreWithGroup(0.6).partnerScore()).isEqualTo(0.51);
    assertThat(scoreWithGroup(0.6).explanation().summary()).contains("score 0.51 ≥ 0.5");
    assertThat(scoreWithGroup(0.58).partnerScore()).isEqualTo(0.505);
    Recommendation below = scoreWithGroup(0.54);
    assertThat(below.partnerScore()).isEqualTo(0.495);
    assertThat(below.mode()).isEqualTo(Mode.MANAGE);
    assertThat(below.explanation().summary()).contains("score 0.495 < 0.5");
    assertThat(reason(below, "should.score").observed()).containsEntry("score", 0.495);
  }

  private static Recommendation scoreWithGroup(double group) {
    return PartnerOrManage.recommend(
        decision(
            DecisionTraits.builder()
                .significance(0.6)
                .commitmentNeeded(0.9)
                .commitmentIfImposed(0.5)
                .groupExpertise(group)
                .structure(0.5)
                .developmentValue(0.5)
                .goalAlignment(0.5)
                .leaderExpertise(0.7)
                .timeAvailable(Duration.ofDays(30))
                .build()),
        Policy.seed());
  }

  @Test
  void itSaysWhatItDoesNotKnow() {
    Recommendation nothing =
        PartnerOrManage.recommend(decision(DecisionTraits.unknown()), Policy.seed());
    assertThat(nothing.tentative()).isTrue();
    assertThat(nothing.unknowns()).contains(Trait.COMMITMENT_NEEDED, Trait.GROUP_EXPERTISE);
    assertThat(nothing.explanation().summary()).contains("TENTATIVE");
    DecisionTraits.Builder all = DecisionTraits.builder();
    for (Trait trait : Trait.values()) {
      all.value(trait, 0.5);
    }
    Recommendation described = PartnerOrManage.recommend(decision(all.build()), Policy.seed());
    assertThat(described.unknowns()).isEmpty();
    assertThat(described.tentative()).isFalse();
    assertThat(described.style()).isEqualTo(nothing.style());
    // one unknown that matters: people's commitment if the decision were imposed
    Recommendation one =
        PartnerOrManage.recommend(
            decision(
                DecisionTraits.builder()
                    .from(all.build())
                    .unknown(Trait.COMMITMENT_IF_IMPOSED)
                    .build()),
            Policy.seed());
    assertThat(one.unknowns()).containsExactly(Trait.COMMITMENT_IF_IMPOSED);
    assertThat(one.explanation().summary())
        .endsWith("; unknown and could change it: commitmentIfImposed");
  }

  // --- with an organization ---

  static Organization school() {
    return Organization.builder()
        .addPerson(
            Person.builder().id("pat").displayName("Pat").putCompetence(CURRICULUM, 0.4).build())
        .addPerson(
            Person.builder().id("tom").displayName("Tom").putCompetence(CURRICULUM, 0.9).build())
        .addPerson(
            Person.builder().id("ann").displayName("Ann").putCompetence(CURRICULUM, 0.5).build())
        .addPerson(Person.of("lee", "Lee"))
        .addRole(
            Role.builder()
                .id("principal")
                .title("Principal")
                .putDelegationLevel(CURRICULUM, Style.ADVISE)
                .build())
        .addRole(Role.of("teacher", "Teacher", "principal"))
        .assign("pat", "principal")
        .assign("tom", "teacher")
        .assign("ann", "teacher")
        .assign("lee", "teacher")
        .build();
  }

  @Test
  void recordedCompetenceStandsForTheGroupAndTheLeaderWithItsSource() {
    DecisionTraits undescribed =
        DecisionTraits.builder()
            .from(partnerable().build())
            .unknown(Trait.GROUP_EXPERTISE)
            .unknown(Trait.LEADER_EXPERTISE)
            .build();
    Decision d =
        Decision.builder()
            .id("d2")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .addStakeholders("tom", "ann", "lee")
            .traits(undescribed)
            .build();
    Recommendation r = PartnerOrManage.recommend(d, school(), Policy.seed());
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    Reason competence = reason(r, "must.noCompetence");
    // best 0.9; mean 1.4 / 3 with lee at 0, 2.4 / 3 with lee at 1
    assertThat(competence.observed())
        .containsEntry("groupCompetence", "[0.6833, 0.9]")
        .containsEntry(
            "groupCompetenceSource",
            "organization: midpoint of the best and the mean proficiency in curriculum of the"
                + " stakeholders, those without a record anywhere from 0 to 1")
        .containsEntry("stakeholdersWithRecord", 2)
        .containsEntry("stakeholdersWithoutRecord", 1)
        .containsEntry("competentStakeholders", 2)
        .containsEntry("bestStakeholder", 0.9)
        .containsEntry("meanStakeholder", 0.7)
        .containsEntry("leaderExpertise", 0.4)
        .containsEntry(
            "leaderExpertiseSource",
            "organization: best proficiency in curriculum of the holders of principal");
    assertThat(reason(r, "source.groupExpertise").fired()).isFalse();
    assertThat(reason(r, "source.groupExpertise").observed())
        .containsEntry("described", "not described")
        .containsEntry("recorded", "[0.6833, 0.9]")
        .containsEntry("used", "organization records");
    assertThat(PartnerOrManage.styleOf(d, school(), Policy.seed())).isEqualTo(r.style());
  }

  @Test
  void sourcesThatDisagreeAreAReasonAndTheQuestionNamesThem() {
    // the decision says the leader knows and the group does not; the records say the opposite
    Decision d =
        Decision.builder()
            .id("d2")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .addStakeholders("tom", "ann")
            .traits(
                partnerable()
                    .groupExpertise(0.1)
                    .leaderExpertise(0.9)
                    .significance(0.8)
                    .developmentValue(0.2)
                    .build())
            .build();
    Recommendation alone = PartnerOrManage.recommend(d, Policy.seed());
    assertThat(alone.mustManage()).isTrue(); // nobody to partner with, by the decision's account
    Recommendation r = PartnerOrManage.recommend(d, school(), Policy.seed());
    Reason leader = reason(r, "source.leaderExpertise");
    assertThat(leader.fired()).isTrue();
    assertThat(leader.observed())
        .containsEntry("described", 0.9)
        .containsEntry("recorded", 0.4)
        .containsEntry("used", "organization records");
    assertThat(leader.thresholds()).containsEntry("sourceTolerance", 0.2);
    Reason group = reason(r, "source.groupExpertise");
    assertThat(group.fired()).isTrue();
    assertThat(group.observed()).containsEntry("described", 0.1).containsEntry("recorded", 0.8);
    assertThat(reason(r, "must.noCompetence").observed())
        .containsEntry("groupCompetence", "0.8 or 0.1")
        .containsEntry("leaderExpertise", "0.4 or 0.9");
    // the other source would change the style: tentative, and the question names the source
    assertThat(r.tentative()).isTrue();
    assertThat(r.styles()).contains(alone.style());
    assertThat(r.unknowns()).containsAnyOf(Trait.GROUP_EXPERTISE, Trait.LEADER_EXPERTISE);
    assertThat(r.question()).isPresent();
    assertThat(r.question().get().text()).contains("the decision says", "the records");
    // within the tolerance, the sources agree and the records stand alone
    Decision close =
        Decision.builder()
            .from(d)
            .traits(partnerable().groupExpertise(0.6).leaderExpertise(0.5).build())
            .build();
    Recommendation agreed = PartnerOrManage.recommend(close, school(), Policy.seed());
    assertThat(reason(agreed, "source.groupExpertise").fired()).isFalse();
    assertThat(reason(agreed, "source.leaderExpertise").fired()).isFalse();
    assertThat(agreed.tentative()).isFalse();
  }

  @Test
  void aPersonWithoutARecordIsUnknownNotIncompetent() {
    Decision d =
        Decision.builder()
            .id("strategy")
            .domain(Domain.of("strategy"))
            .ownerRoleId("principal")
            .addStakeholders("tom", "ann")
            .traits(partnerable().leaderExpertise(0.9).build())
            .build();
    Recommendation r = PartnerOrManage.recommend(d, school(), Policy.seed());
    assertThat(r.style()).isEqualTo(PartnerOrManage.recommend(d, Policy.seed()).style());
    assertThat(reason(r, "must.noCompetence").fired()).isFalse();
    assertThat(reason(r, "must.noCompetence").observed())
        .containsEntry("groupCompetenceSource", "traits.groupExpertise")
        .containsEntry("stakeholdersWithoutRecord", 2);
  }

  @Test
  void theAgreedDelegationLevelIsACeilingAndTheReasonSaysWhenItBound() {
    Decision d =
        Decision.builder()
            .id("d3")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .addStakeholders("tom")
            .traits(partnerable().teamCompetence(0.9).goalAlignment(0.9).build())
            .build();
    assertThat(PartnerOrManage.recommend(d, Policy.seed()).style()).isEqualTo(Style.DELEGATE);
    Recommendation r = PartnerOrManage.recommend(d, school(), Policy.seed());
    assertThat(r.style()).isEqualTo(Style.ADVISE);
    assertThat(reason(r, "limit.ceiling").fired()).isTrue();
    assertThat(reason(r, "limit.ceiling").observed())
        .containsEntry("agreedLevel", "ADVISE")
        .containsEntry("styleBeforeCeiling", "DELEGATE");
    assertThat(r.explanation().summary()).contains("bounded by limit.ceiling");
  }

  @Test
  void aCeilingBelowWhatTheGuardsRequireIsNamed() {
    Organization org =
        Organization.builder()
            .addPerson(Person.of("pat", "Pat"))
            .addRole(
                Role.builder()
                    .id("principal")
                    .title("Principal")
                    .putDelegationLevel(CURRICULUM, Style.TELL)
                    .build())
            .assign("pat", "principal")
            .build();
    Decision d = decision(partnerable().commitmentIfImposed(0.1).significance(0.7).build());
    Recommendation r = PartnerOrManage.recommend(d, org, Policy.seed());
    assertThat(r.style()).isEqualTo(Style.TELL);
    Reason ceiling = reason(r, "limit.ceiling");
    assertThat(ceiling.observed()).containsEntry("guardsRequireAtLeast", "AGREE");
    assertThat(ceiling.effect())
        .hasValueSatisfying(e -> assertThat(e).contains("raise the agreed"));
  }

  @Test
  void anOwnerOrStakeholderOutsideTheOrganizationIsAnErrorNamingIt() {
    Decision noOwner = Decision.builder().id("d").domain(CURRICULUM).ownerRoleId("dean").build();
    assertThatThrownBy(() -> PartnerOrManage.recommend(noOwner, school(), Policy.seed()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("ownerRoleId \"dean\" is not a role of the organization");
    Decision visitor =
        Decision.builder()
            .id("d")
            .domain(CURRICULUM)
            .ownerRoleId("principal")
            .addStakeholders("tom", "visitor")
            .build();
    assertThatThrownBy(() -> PartnerOrManage.styleOf(visitor, school(), Policy.seed()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("stakeholders[1] \"visitor\" is not a person of the organization");
  }

  // --- parameters ---

  @Test
  void badParametersAreRejectedNamingTheField() {
    assertThatThrownBy(() -> RecommendationParameters.builder().commitmentWeight(-1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.commitmentWeight must be in [0, 1000], was -1.0");
    assertThatThrownBy(() -> RecommendationParameters.builder().noveltyWeight(1e308).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.noveltyWeight must be in [0, 1000], was 1.0E308");
    assertThatThrownBy(
            () -> RecommendationParameters.builder().developmentWeight(Double.NaN).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.developmentWeight must be in [0, 1000], was NaN");
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
        .hasMessage(
            "recommendation.minimumTime[TELL] must be positive and at most PT87600H, was PT0S");
    assertThatThrownBy(() -> RecommendationParameters.builder().partnerThreshold(2).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("recommendation.partnerThreshold must be in [0, 1], was 2.0");
  }

  @Test
  void fiveMaximalWeightsStillGiveAFiniteScoreAndTheSameVerdict() {
    Policy heavy =
        Policy.builder()
            .id("heavy")
            .version(1)
            .recommendation(
                RecommendationParameters.builder()
                    .commitmentWeight(1000)
                    .groupCompetenceWeight(1000)
                    .noveltyWeight(1000)
                    .developmentWeight(1000)
                    .goalAlignmentWeight(1000)
                    .build())
            .build();
    Policy even =
        Policy.builder()
            .id("even")
            .version(1)
            .recommendation(
                RecommendationParameters.builder()
                    .commitmentWeight(1)
                    .groupCompetenceWeight(1)
                    .noveltyWeight(1)
                    .developmentWeight(1)
                    .goalAlignmentWeight(1)
                    .build())
            .build();
    Decision d = decision(partnerable().build());
    Recommendation r = PartnerOrManage.recommend(d, heavy);
    assertThat(r.partnerScore()).isEqualTo(PartnerOrManage.recommend(d, even).partnerScore());
    assertThat(r.style()).isEqualTo(PartnerOrManage.recommend(d, even).style());
  }

  @Test
  void everyThresholdIsCheckedToBeInTheUnitInterval() {
    List<UnaryOperator<RecommendationParameters.Builder>> setters =
        List.of(
            b -> b.urgencyThreshold(1.5),
            b -> b.lacksCompetenceBelow(1.5),
            b -> b.highThreshold(1.5),
            b -> b.partnerThreshold(1.5),
            b -> b.delegateThreshold(1.5),
            b -> b.routineSignificanceBelow(1.5),
            b -> b.routineCommitmentAtRiskBelow(1.5),
            b -> b.highStakesThreshold(1.5),
            b -> b.sourceTolerance(1.5));
    List<String> names =
        List.of(
            "urgencyThreshold",
            "lacksCompetenceBelow",
            "highThreshold",
            "partnerThreshold",
            "delegateThreshold",
            "routineSignificanceBelow",
            "routineCommitmentAtRiskBelow",
            "highStakesThreshold",
            "sourceTolerance");
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
                d.delegateThreshold(),
                d.routineSignificanceBelow(),
                d.routineCommitmentAtRiskBelow(),
                d.highStakesThreshold(),
                d.sourceTolerance()))
        .containsExactly(0.8, 0.3, 0.5, 0.5, 0.7, 0.3, 0.3, 0.6, 0.2);
  }

  @Test
  void thresholdsAreInclusive() {
    assertThat(recommend(t -> t.groupExpertise(0.7).teamCompetence(0.7).goalAlignment(0.7)).style())
        .isEqualTo(Style.DELEGATE);
    assertThat(recommend(t -> t.groupExpertise(0.7).teamCompetence(0.5).goalAlignment(0.5)).style())
        .isEqualTo(Style.INQUIRE);
    // urgency exactly at the threshold with no time recorded is urgent
    assertThat(
            recommend(t -> t.urgency(0.8).timeAvailable(java.util.Optional.empty())).mustManage())
        .isTrue();
    assertThat(
            recommend(t -> t.urgency(0.79).timeAvailable(java.util.Optional.empty())).mustManage())
        .isFalse();
    // the time a style's process needs, exactly, is enough
    assertThat(recommend(t -> t.timeAvailable(Duration.ofDays(2))).mustManage()).isFalse();
    assertThat(recommend(t -> t.timeAvailable(Duration.ofHours(47))).mustManage()).isTrue();
    assertThat(recommend(t -> t.timeAvailable(Duration.ofHours(1))).style()).isEqualTo(Style.SELL);
    // stakes exactly at the threshold are high
    assertThat(
            recommend(
                    t ->
                        t.groupExpertise(0.9)
                            .teamCompetence(0.9)
                            .goalAlignment(0.9)
                            .significance(0.8)
                            .reversibility(0.5))
                .style())
        .isEqualTo(Style.ADVISE);
    // a group at exactly the "lacks competence" bound is not lacking
    assertThat(
            recommend(t -> t.groupExpertise(0.3).leaderExpertise(0.5).developmentValue(0.2))
                .mustManage())
        .isFalse();
    assertThat(
            recommend(t -> t.groupExpertise(0.29).leaderExpertise(0.5).developmentValue(0.2))
                .mustManage())
        .isTrue();
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
    Decision d = decision(partnerable().build());
    assertThat(PartnerOrManage.recommend(d, doubled).partnerScore())
        .isEqualTo(PartnerOrManage.recommend(d, Policy.seed()).partnerScore());
    assertThat(PartnerOrManage.recommend(d, doubled).policyId()).isEqualTo("doubled");
  }

  @Test
  void nullsAreRejectedByName() {
    new NullPointerTester()
        .setDefault(Policy.class, Policy.seed())
        .setDefault(
            Decision.class, Decision.builder().id("d").domain(CURRICULUM).ownerRoleId("x").build())
        .setDefault(Organization.class, Organization.builder().addRole(Role.of("x", "X")).build())
        .testAllPublicStaticMethods(PartnerOrManage.class);
  }

  @Test
  void evaluatorsAreSafeToCallFromManyThreadsAtOnce() throws Exception {
    List<Decision> decisions = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double v = i / 200.0;
      decisions.add(
          decision(partnerable().commitmentNeeded(v).groupExpertise(1 - v).urgency(v).build()));
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

  static Reason reason(Recommendation r, String ruleId) {
    return r.explanation().reasons().stream()
        .filter(reason -> reason.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reason " + ruleId));
  }

  /** The reason rebuilt through the validating builder: the evaluator's reasons are valid. */
  static Reason revalidated(Reason r) {
    Reason.Builder b =
        Reason.builder()
            .ruleId(r.ruleId())
            .condition(r.condition())
            .fired(r.fired())
            .undetermined(r.undetermined());
    r.observed().forEach(b::observe);
    r.thresholds().forEach(b::threshold);
    r.effect().ifPresent(b::effect);
    return b.build();
  }
}
