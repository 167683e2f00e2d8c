package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * The seed rule with unknowns, at the edges: where an answer's range begins and ends, what each
 * hard limit leaves, how questions are ranked and written, and how disagreeing sources are told
 * apart from agreeing ones.
 */
class SeedRuleUnknownsTest {

  private static final Domain CURRICULUM = Domain.of("curriculum");

  /** A decision a competent, aligned team could take, every trait described. */
  static DecisionTraits.Builder described() {
    return DecisionTraits.builder()
        .significance(0.8)
        .urgency(0.2)
        .reversibility(0.9)
        .commitmentNeeded(0.8)
        .commitmentIfImposed(0.3)
        .leaderExpertise(0.8)
        .groupExpertise(0.9)
        .teamCompetence(0.9)
        .goalAlignment(0.9)
        .conflictLikelihood(0.2)
        .structure(0.3)
        .developmentValue(0.8)
        .timeAvailable(Duration.ofDays(60));
  }

  static Decision decision(DecisionTraits traits) {
    return Decision.builder()
        .id("d")
        .domain(CURRICULUM)
        .ownerRoleId("leader")
        .traits(traits)
        .build();
  }

  static Recommendation recommend(DecisionTraits traits) {
    return PartnerOrManage.recommend(decision(traits), Policy.seed());
  }

  static Style styleWith(DecisionTraits traits, Trait trait, double value) {
    return PartnerOrManage.styleOf(
        decision(DecisionTraits.builder().from(traits).value(trait, value).build()), Policy.seed());
  }

  static DecisionTraits without(UnaryOperator<DecisionTraits.Builder> change, Trait... unknown) {
    DecisionTraits.Builder b = DecisionTraits.builder().from(change.apply(described()).build());
    for (Trait t : unknown) {
      b.unknown(t);
    }
    return b.build();
  }

  /**
   * Every boundary between two answers is exact: the answer above it starts at the least value that
   * reaches its styles, and the value just below it reaches the answer below.
   */
  static void assertBoundariesExact(DecisionTraits traits, Recommendation r) {
    Question q = r.question().orElseThrow();
    List<Answer> answers = q.answers();
    for (int i = 1; i < answers.size(); i++) {
      Answer above = answers.get(i);
      Answer below = answers.get(i - 1);
      assertThat(styleWith(traits, q.trait(), above.low())).isIn(above.styles());
      double justBelow = Math.nextDown(above.low());
      if (!below.highIncluded()) {
        assertThat(below.high()).isEqualTo(above.low());
        assertThat(styleWith(traits, q.trait(), justBelow)).isIn(below.styles());
      }
    }
  }

  /** Runs a check with boundaries found by halving alone, then as the rule finds them. */
  static void bothWays(Runnable check) {
    Completions.solveCrossings = false;
    try {
      check.run();
    } finally {
      Completions.solveCrossings = true;
    }
    check.run();
  }

  @Test
  void reversibilityDecidesWhetherHighStakesKeepTheLeaderInTheRoom() {
    bothWays(this::reversibility);
  }

  private void reversibility() {
    // stakes = 0.8 × (2 − reversibility) / 2, rounded, reach 0.6 below reversibility 0.500125
    DecisionTraits traits = without(t -> t, Trait.REVERSIBILITY);
    Recommendation r = recommend(traits);
    assertThat(r.styles()).containsExactly(Style.ADVISE, Style.DELEGATE);
    assertThat(r.style()).isEqualTo(Style.ADVISE);
    Question q = r.question().orElseThrow();
    assertThat(q.trait()).isEqualTo(Trait.REVERSIBILITY);
    assertThat(q.answers()).hasSize(2);
    Answer high = q.answers().get(0);
    Answer low = q.answers().get(1);
    assertThat(high.low()).isEqualTo(0.0);
    assertThat(high.highIncluded()).isFalse();
    assertThat(high.range()).isEqualTo("below 0.500125");
    assertThat(high.style()).isEqualTo(Style.ADVISE);
    assertThat(low.range()).isEqualTo("0.500125 or more");
    assertThat(low.styles()).containsExactly(Style.DELEGATE);
    assertBoundariesExact(traits, r);
  }

  @Test
  void commitmentIfImposedIsAskedWithTheExactValuesWhereTheStyleTurns() {
    bothWays(this::commitmentIfImposed);
  }

  private void commitmentIfImposed() {
    // commitment at risk 0.8 × (1 − ci): the score reaches 0.5 below one value; R4 and R7 stop
    // at 0.5
    DecisionTraits traits =
        without(
            t ->
                t.groupExpertise(0.5)
                    .teamCompetence(0.5)
                    .goalAlignment(0.6)
                    .structure(0.7)
                    .developmentValue(0.2)
                    .significance(0.6),
            Trait.COMMITMENT_IF_IMPOSED);
    Recommendation r = recommend(traits);
    Question q = r.question().orElseThrow();
    assertThat(q.trait()).isEqualTo(Trait.COMMITMENT_IF_IMPOSED);
    assertThat(q.answers()).extracting(Answer::style).endsWith(Style.CONSULT);
    assertThat(q.answers().get(q.answers().size() - 1).low()).isEqualTo(0.5);
    assertBoundariesExact(traits, r);
  }

  @Test
  void aFactorTheScoreAloneReadsIsCutWhereTheScoreCrosses() {
    bothWays(this::developmentCrossing);
  }

  private void developmentCrossing() {
    // development value moves the score across 0.5 at one value; nothing else reads it here
    DecisionTraits traits =
        without(
            t -> t.commitmentIfImposed(0.8).groupExpertise(0.6).goalAlignment(0.6).structure(0.5),
            Trait.DEVELOPMENT_VALUE);
    Recommendation r = recommend(traits);
    assertThat(r.tentative()).isTrue();
    Question q = r.question().orElseThrow();
    assertThat(q.trait()).isEqualTo(Trait.DEVELOPMENT_VALUE);
    assertBoundariesExact(traits, r);
    // between the cuts, the same style for every value
    for (Answer a : q.answers()) {
      double mid = a.highIncluded() ? a.high() : (a.low() + a.high()) / 2;
      assertThat(styleWith(traits, Trait.DEVELOPMENT_VALUE, mid)).isIn(a.styles());
    }
  }

  @Test
  void answerRangesReadAsPeopleSayThem() {
    assertThat(answer(0, 0.5, false).range()).isEqualTo("below 0.5");
    assertThat(answer(0, 0.5, true).range()).isEqualTo("up to 0.5");
    assertThat(answer(0.5, 1, true).range()).isEqualTo("0.5 or more");
    assertThat(answer(0.5, 1, false).range()).isEqualTo("0.5 to below 1");
    assertThat(answer(0.3, 0.7, false).range()).isEqualTo("0.3 to below 0.7");
    assertThat(answer(0.3, 0.7, true).range()).isEqualTo("0.3 to 0.7");
    assertThat(answer(0, 1, true).range()).isEqualTo("any value");
    assertThat(answer(0.875, 0.875, true).range()).isEqualTo("0.875");
    // computed crossings lose the noise of binary arithmetic, policy thresholds keep their digits
    assertThat(answer(0, 0.8001000000000001, false).range()).isEqualTo("below 0.8001");
    assertThat(answer(0.3691336166293352, 1, true).range()).isEqualTo("0.3691336166 or more");
    assertThat(answer(0, 0.5, false).toString()).isEqualTo("below 0.5 → CONSULT");
    assertThat(
            ImmutableAnswer.builder()
                .low(0)
                .high(0.5)
                .highIncluded(false)
                .styleBits(1 << Style.CONSULT.ordinal() | 1 << Style.AGREE.ordinal())
                .style(Style.CONSULT)
                .build()
                .toString())
        .isEqualTo("below 0.5 → CONSULT (could be CONSULT, AGREE)");
  }

  private static Answer answer(double low, double high, boolean included) {
    return ImmutableAnswer.builder()
        .low(low)
        .high(high)
        .highIncluded(included)
        .styleBits(1 << Style.CONSULT.ordinal())
        .style(Style.CONSULT)
        .build();
  }

  @Test
  void eachUnknownTraitIsAskedInItsOwnWords() {
    String[] expected = {
      "How much does the quality of this decision matter?",
      "How soon is the decision needed?",
      "How easily could the decision be undone?",
      "How much does carrying it out depend on the commitment of the people involved?",
      "If the leader decided alone, how likely are people to commit to it?",
      "Does the leader have the information and expertise to decide well?",
      "How much does the group know about the matter?",
      "How well does the group work together on problems like this?",
      "Does the group share the goals this decision serves?",
      "Is the group likely to disagree about the preferred solution?",
      "Is the problem well structured, of a kind solved before?",
      "How much would the people involved learn from taking part?"
    };
    for (Trait trait : Trait.values()) {
      SeedVerdict v = SeedVerdict.of(decision(without(t -> t, trait)), null, Policy.seed(), false);
      assertThat(PartnerOrManage.questionText(v, trait.ordinal()))
          .isEqualTo(expected[trait.ordinal()]);
    }
  }

  /** An organization whose group has six stakeholders without a record. */
  static Organization staff() {
    Organization.Builder org =
        Organization.builder()
            .addRole(Role.of("leader", "Leader"))
            .addRole(Role.of("member", "Member", "leader"))
            .addPerson(
                Person.builder()
                    .id("lead")
                    .displayName("Lead")
                    .putCompetence(CURRICULUM, 0.8)
                    .build())
            .assign("lead", "leader");
    for (String id : new String[] {"ann", "bob", "cat", "dan", "eve", "fay", "gus"}) {
      Person.Builder p = Person.builder().id(id).displayName(id);
      if (id.equals("ann")) {
        p.putCompetence(CURRICULUM, 0.9);
      }
      org.addPerson(p.build()).assign(id, "member");
    }
    return org.build();
  }

  @Test
  void aQuestionAboutTheGroupNamesWhoHasNoRecordAndADisputeNamesBothSources() {
    Decision d =
        Decision.builder()
            .id("d")
            .domain(CURRICULUM)
            .ownerRoleId("leader")
            .addStakeholders("ann", "bob", "cat", "dan", "eve", "fay", "gus")
            .traits(without(t -> t, Trait.GROUP_EXPERTISE))
            .build();
    SeedVerdict v = SeedVerdict.of(d, staff(), Policy.seed(), false);
    assertThat(PartnerOrManage.questionText(v, Trait.GROUP_EXPERTISE.ordinal()))
        .isEqualTo(
            "How competent in curriculum are bob, cat, dan, eve, fay and 1 more (no record)?");
    Decision disputed =
        Decision.builder().from(d).traits(described().leaderExpertise(0.2).build()).build();
    SeedVerdict w = SeedVerdict.of(disputed, staff(), Policy.seed(), false);
    assertThat(w.leaderDisagrees).isTrue();
    assertThat(PartnerOrManage.questionText(w, Trait.LEADER_EXPERTISE.ordinal()))
        .isEqualTo(
            "Does the leader have the information and expertise to decide well? (the decision"
                + " says 0.2, the records 0.8)");
  }

  @Test
  void sourcesDisagreeOnlyBeyondTheTolerance() {
    // the leader's record is 0.8; the tolerance 0.2
    for (double described : new double[] {0.6, 0.8, 1.0}) {
      assertThat(disagrees(described)).as("%s", described).isFalse();
    }
    for (double described : new double[] {0.5999, 0.0}) {
      assertThat(disagrees(described)).as("%s", described).isTrue();
    }
  }

  private static boolean disagrees(double leaderExpertise) {
    Decision d =
        Decision.builder()
            .id("d")
            .domain(CURRICULUM)
            .ownerRoleId("leader")
            .addStakeholders("ann")
            .traits(described().leaderExpertise(leaderExpertise).build())
            .build();
    return SeedVerdict.of(d, staff(), Policy.seed(), false).leaderDisagrees;
  }

  @Test
  void aRoleWhoseHolderHasNoRecordLeavesTheLeaderAnywhereUpToOne() {
    Organization org =
        Organization.builder()
            .addRole(Role.of("leader", "Leader"))
            .addPerson(
                Person.builder().id("a").displayName("A").putCompetence(CURRICULUM, 0.3).build())
            .addPerson(Person.of("b", "B"))
            .assign("a", "leader")
            .assign("b", "leader")
            .build();
    Decision d =
        Decision.builder()
            .id("d")
            .domain(CURRICULUM)
            .ownerRoleId("leader")
            .traits(without(t -> t, Trait.LEADER_EXPERTISE))
            .build();
    Recommendation r = PartnerOrManage.recommend(d, org, Policy.seed());
    assertThat(PartnerOrManageTest.reason(r, "must.noCompetence").observed())
        .containsEntry("leaderExpertise", "[0.3, 1]")
        .containsEntry(
            "leaderExpertiseSource",
            "organization: best proficiency in curriculum of the holders of leader, those without"
                + " a record anywhere from 0 to 1");
    assertThat(PartnerOrManageTest.reason(r, "source.leaderExpertise").observed())
        .containsEntry("recorded", "[0.3, 1]");
  }

  @Test
  void thePartnerEffectNamesTheStylesTheGroupMightBeGiven() {
    Recommendation r = recommend(without(t -> t, Trait.TEAM_COMPETENCE));
    assertThat(PartnerOrManageTest.reason(r, "should.score").effect())
        .hasValue(
            "PARTNER in ADVISE to DELEGATE by the group's competence, the team's and the goals,"
                + " unless a must, a guard or a limit decides");
  }

  @Test
  void theCrisisReasonSaysWhatDependsOnTheUnknowns() {
    // urgency unknown, no time: a crisis in some completions only
    DecisionTraits traits =
        without(t -> t.timeAvailable(java.util.Optional.empty()), Trait.URGENCY);
    Recommendation r = recommend(traits);
    Reason crisis = PartnerOrManageTest.reason(r, "must.crisis");
    assertThat(crisis.undetermined()).isTrue();
    assertThat(crisis.fired()).isFalse();
    assertThat(crisis.observed())
        .containsEntry("urgency", "unknown")
        .containsEntry("timeAvailable", "unknown");
    assertThat(r.mustManage()).isFalse();
    assertThat(r.question()).map(Question::trait).contains(Trait.URGENCY);
    // with the urgency known to be high, the crisis fires for every completion
    assertThat(
            PartnerOrManageTest.reason(
                    recommend(
                        without(
                            t -> t.urgency(0.9).timeAvailable(java.util.Optional.empty()),
                            Trait.GOAL_ALIGNMENT)),
                    "must.crisis")
                .fired())
        .isTrue();
  }

  // The hard limits of one completion, each on its own.

  static SeedCore core(boolean mandate, Duration time, Style agreed) {
    return new SeedCore(RecommendationParameters.defaults(), mandate, false, false, time, agreed);
  }

  static double[] at(UnaryOperator<DecisionTraits.Builder> change) {
    DecisionTraits t = change.apply(described()).build();
    double[] x = new double[SeedCore.VARIABLES];
    for (Trait trait : Trait.values()) {
      x[trait.ordinal()] = t.value(trait);
    }
    return x;
  }

  static Style cap(SeedCore c, double[] x) {
    c.run(x);
    Style cap = c.cap();
    assertThat(cap.compareTo(c.style)).isGreaterThanOrEqualTo(0);
    return cap;
  }

  @Test
  void eachHardLimitCapsTheStylesACompletionAllows() {
    Duration days = Duration.ofDays(60);
    // none binds: the partnering style the group supports
    assertThat(cap(core(false, days, null), at(t -> t))).isEqualTo(Style.DELEGATE);
    assertThat(cap(core(false, days, null), at(t -> t.teamCompetence(0.6))))
        .isEqualTo(Style.INQUIRE);
    // a must: CONSULT
    assertThat(cap(core(true, days, null), at(t -> t))).isEqualTo(Style.CONSULT);
    // goals not shared where quality matters (R2): CONSULT
    assertThat(cap(core(false, days, null), at(t -> t.goalAlignment(0.4))))
        .isEqualTo(Style.CONSULT);
    // conflict with commitment at risk (R5): ADVISE
    assertThat(cap(core(false, days, null), at(t -> t.conflictLikelihood(0.5))))
        .isEqualTo(Style.ADVISE);
    // high stakes: ADVISE
    assertThat(cap(core(false, days, null), at(t -> t.reversibility(0.2)))).isEqualTo(Style.ADVISE);
    // the agreed level
    assertThat(cap(core(false, days, Style.AGREE), at(t -> t))).isEqualTo(Style.AGREE);
    // the time: AGREE needs three days, the others two; with 2.5 days DELEGATE still fits
    assertThat(cap(core(false, Duration.ofHours(60), null), at(t -> t))).isEqualTo(Style.DELEGATE);
    assertThat(cap(core(false, Duration.ofHours(60), Style.AGREE), at(t -> t)))
        .isEqualTo(Style.CONSULT);
    assertThat(cap(core(false, Duration.ofHours(2), null), at(t -> t))).isEqualTo(Style.SELL);
    assertThat(cap(core(false, Duration.ofMinutes(5), null), at(t -> t))).isEqualTo(Style.TELL);
    // a routine matter handed over convenes nobody: it needs TELL's time, not DELEGATE's
    UnaryOperator<DecisionTraits.Builder> routine = t -> t.significance(0.2).commitmentNeeded(0.2);
    assertThat(cap(core(false, Duration.ofHours(2), null), at(routine))).isEqualTo(Style.DELEGATE);
    assertThat(cap(core(false, Duration.ofMinutes(5), null), at(routine))).isEqualTo(Style.TELL);
    // no time recorded: CONSULT at most when urgent, no limit when calm
    assertThat(cap(core(false, null, null), at(t -> t.urgency(0.8)))).isEqualTo(Style.CONSULT);
    assertThat(cap(core(false, null, null), at(t -> t.urgency(0.7)))).isEqualTo(Style.DELEGATE);
    // the expert's crisis: its own style, whatever the time
    SeedCore expert = core(false, Duration.ofMinutes(30), null);
    assertThat(cap(expert, at(t -> t.leaderExpertise(0.2).urgency(0.9)))).isEqualTo(Style.DELEGATE);
    SeedCore expertAgreed = core(false, Duration.ofMinutes(30), Style.CONSULT);
    assertThat(cap(expertAgreed, at(t -> t.leaderExpertise(0.2).urgency(0.9))))
        .isEqualTo(Style.CONSULT);
  }

  @Test
  void theAnswersAtExactlyOneHalfAreYes() {
    double[] x = new double[SeedCore.VARIABLES];
    java.util.Arrays.fill(x, 0.5);
    assertThat(SeedVerdict.answers(x)).isEqualTo(127);
    java.util.Arrays.fill(x, Math.nextDown(0.5));
    assertThat(SeedVerdict.answers(x)).isZero();
    int[] variables = {
      SeedCore.SIG,
      SeedCore.LEADER,
      SeedCore.STRUCT,
      SeedCore.CN,
      SeedCore.CI,
      SeedCore.GOAL,
      SeedCore.CONFLICT
    };
    for (int i = 0; i < variables.length; i++) {
      double[] y = x.clone();
      y[variables[i]] = 0.5;
      assertThat(SeedVerdict.answers(y)).as("answer %s", i).isEqualTo(1 << i);
    }
  }

  @Test
  void theQuestionWhoseWorstAnswerLeavesFewestStylesComesFirstThenTheAverageThenThePolicy() {
    // goals and conflict both unknown: goals narrow to one style either way, conflict does not
    DecisionTraits traits =
        without(
            t -> t.groupExpertise(0.4).teamCompetence(0.4).commitmentIfImposed(0.2),
            Trait.GOAL_ALIGNMENT,
            Trait.CONFLICT_LIKELIHOOD);
    Recommendation r = recommend(traits);
    assertThat(r.question()).map(Question::trait).contains(Trait.GOAL_ALIGNMENT);
    // the same, with conflict first in the policy's order: the answers still decide
    Policy conflictFirst =
        Policy.builder()
            .id("p")
            .version(1)
            .recommendation(
                RecommendationParameters.builder()
                    .questionOrder(List.of(Trait.CONFLICT_LIKELIHOOD, Trait.GOAL_ALIGNMENT))
                    .build())
            .build();
    assertThat(PartnerOrManage.recommend(decision(traits), conflictFirst).question())
        .map(Question::trait)
        .contains(Trait.GOAL_ALIGNMENT);
    // two questions that narrow alike (either answered high leaves ADVISE; low leaves ADVISE or
    // DELEGATE): the policy's order decides
    DecisionTraits tie = without(t -> t, Trait.CONFLICT_LIKELIHOOD, Trait.REVERSIBILITY);
    Recommendation byDefault = recommend(tie);
    Recommendation byPolicy =
        PartnerOrManage.recommend(
            decision(tie),
            Policy.builder()
                .id("p")
                .version(1)
                .recommendation(
                    RecommendationParameters.builder()
                        .questionOrder(List.of(Trait.REVERSIBILITY))
                        .build())
                .build());
    assertThat(byDefault.unknowns())
        .containsExactly(Trait.REVERSIBILITY, Trait.CONFLICT_LIKELIHOOD);
    assertThat(byDefault.question()).map(Question::trait).contains(Trait.CONFLICT_LIKELIHOOD);
    assertThat(byPolicy.question()).map(Question::trait).contains(Trait.REVERSIBILITY);
  }

  @Test
  void aQuestionsRanksFollowThePolicyThenDeclarationOrder() {
    int[] ranks =
        RecommendationParameters.builder()
            .questionOrder(List.of(Trait.DEVELOPMENT_VALUE, Trait.URGENCY))
            .build()
            .questionRanks();
    assertThat(ranks[Trait.DEVELOPMENT_VALUE.ordinal()]).isZero();
    assertThat(ranks[Trait.URGENCY.ordinal()]).isEqualTo(1);
    assertThat(ranks[Trait.SIGNIFICANCE.ordinal()]).isEqualTo(2);
    assertThat(ranks[Trait.REVERSIBILITY.ordinal()]).isEqualTo(3);
    assertThat(ranks[Trait.STRUCTURE.ordinal()]).isEqualTo(11);
  }

  @Test
  void theRoundedThresholdsAreTheLeastRoundedValuesAtOrAboveThem() {
    assertThat(Completions.firstRoundedAtLeast(0.3)).isEqualTo(0.3);
    assertThat(Completions.firstRoundedAtLeast(0.30001)).isEqualTo(0.3001);
    assertThat(Completions.firstRoundedAtLeast(0.29999)).isEqualTo(0.3);
    assertThat(Completions.firstRoundedAtLeast(0)).isEqualTo(0.0);
    assertThat(Completions.firstRoundedAtLeast(1)).isEqualTo(1.0);
    assertThat(Completions.firstRoundedAtLeast(0.3691336166293352)).isEqualTo(0.3692);
    // values a product of binary arithmetic lands just beside a four-decimal number
    for (int k = 0; k <= 10_000; k += 7) {
      double t = k / 10_000.0;
      assertThat(Completions.firstRoundedAtLeast(t)).as("%s", t).isEqualTo(t);
      assertThat(Completions.firstRoundedAtLeast(Math.nextUp(t)))
          .as("just above %s", t)
          .isEqualTo(Math.min((k + 1) / 10_000.0, 1.0001));
    }
    assertThat(Completions.firstRoundedAtLeast(0.1 * 3)).isEqualTo(0.3001);
    assertThat(Completions.firstRoundedAtLeast(0.7 * 0.1)).isEqualTo(0.07);
  }

  @Test
  void boundsAreWrittenWithTheDigitsTheyHave() {
    assertThat(answer(0, 1e-5, false).range()).isEqualTo("below 0.00001");
    assertThat(answer(0, 0.12345678901234, false).range()).isEqualTo("below 0.123456789");
    assertThat(answer(0, 0.999999999999, false).range()).isEqualTo("below 1");
    assertThat(answer(0.25, 0.75, false).range()).isEqualTo("0.25 to below 0.75");
    assertThat(answer(0, 0.1 + 0.2, false).range()).isEqualTo("below 0.3");
    assertThat(answer(0, 1e-7, false).range()).isEqualTo("below 0.0000001");
    assertThat(answer(0, 0.10000000000000002, false).range()).isEqualTo("below 0.1");
    assertThat(answer(0.5, 1.0000000000000002, false).range()).isEqualTo("0.5 to below 1");
    assertThat(answer(0.2, 0.2, true).range()).isEqualTo("0.2");
  }

  @Test
  void aTentativeExplanationSaysWhatDependsOnTheUnknowns() {
    // conflict unknown: ADVISE (the leader chairs) or DELEGATE
    Recommendation r = recommend(without(t -> t, Trait.CONFLICT_LIKELIHOOD));
    assertThat(r.styles()).containsExactly(Style.ADVISE, Style.DELEGATE);
    Reason crisis = PartnerOrManageTest.reason(r, "must.crisis");
    assertThat(crisis.fired()).isFalse();
    assertThat(crisis.undetermined()).isFalse();
    assertThat(crisis.observed()).containsEntry("styleBeforeCrisis", "depends on the unknowns");
    // ADVISE and DELEGATE need the same time
    assertThat(crisis.thresholds()).containsEntry("neededTime", "PT48H");
    Reason ceiling = PartnerOrManageTest.reason(r, "limit.ceiling");
    assertThat(ceiling.observed())
        .containsEntry("agreedLevel", "no organization")
        .containsEntry("styleBeforeCeiling", "depends on the unknowns");
    assertThat(PartnerOrManageTest.reason(r, "guard.conflict").undetermined()).isTrue();
    assertThat(r.explanation().summary())
        .isEqualTo(
            "PARTNER (ADVISE): TENTATIVE — the unknowns allow ADVISE, DELEGATE; ask first: Is the"
                + " group likely to disagree about the preferred solution? (conflictLikelihood:"
                + " below 0.5 → DELEGATE; 0.5 or more → ADVISE); unknown and could change it:"
                + " conflictLikelihood");
    // significance unknown with a team that could take it: CONSULT (R2 might fire) or AGREE, whose
    // processes need different times
    Recommendation s =
        recommend(without(t -> t.goalAlignment(0.4).groupExpertise(0.4), Trait.SIGNIFICANCE));
    assertThat(s.tentative()).isTrue();
    assertThat(PartnerOrManageTest.reason(s, "must.crisis").thresholds())
        .containsEntry("neededTime", "depends on the unknowns");
  }

  @Test
  void aFirmVerdictWithAnUnknownThatChangesNothingStillSaysWhatBoundIt() {
    // the goals are not shared (R2 keeps the group from deciding); urgency does not matter with
    // two months recorded
    DecisionTraits traits = without(t -> t.goalAlignment(0.2), Trait.URGENCY);
    Recommendation r = recommend(traits);
    assertThat(r.tentative()).isFalse();
    assertThat(r.style()).isEqualTo(Style.CONSULT);
    assertThat(r.explanation().summary())
        .startsWith("MANAGE (CONSULT): the factors favour partnering — score")
        .endsWith("; bounded by guard.goalCongruence");
    assertThat(PartnerOrManageTest.reason(r, "must.crisis").observed())
        .containsEntry("styleBeforeCrisis", "CONSULT")
        .containsEntry("urgency", "unknown");
    // and the leaves' flags agree: no crisis, no routine, nothing bound by the stakes
    assertThat(PartnerOrManageTest.reason(r, "must.crisis").fired()).isFalse();
    assertThat(PartnerOrManageTest.reason(r, "should.routine").fired()).isFalse();
    assertThat(PartnerOrManageTest.reason(r, "limit.stakes").fired()).isFalse();
    // a firm crisis with an unknown that changes nothing: manage, with the must named
    Recommendation crisis =
        recommend(
            without(
                t -> t.urgency(0.9).timeAvailable(Duration.ofMinutes(30)),
                Trait.DEVELOPMENT_VALUE));
    assertThat(crisis.tentative()).isFalse();
    assertThat(crisis.mustManage()).isTrue();
    assertThat(crisis.explanation().summary()).startsWith("MANAGE (TELL): manage when I must");
  }

  /** The traits commitment at risk and the stakes multiply. */
  private static final java.util.Set<Trait> PRODUCTS =
      EnumSet.of(
          Trait.COMMITMENT_NEEDED,
          Trait.COMMITMENT_IF_IMPOSED,
          Trait.SIGNIFICANCE,
          Trait.REVERSIBILITY);

  /**
   * With two unknowns, whether each changes the verdict is checked against a search of both: for
   * every value of the other (its answers' bounds and values between them), the style is followed
   * along this one.
   */
  @Test
  void aTraitIsNamedExactlyWhenMovingItAloneCanChangeTheStyle() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(2026);
    Trait[] traits = Trait.values();
    int checked = 0;
    for (int example = 0; example < 50; example++) {
      DecisionTraits.Builder b = DecisionTraits.builder();
      for (Trait t : traits) {
        b.value(t, r.nextInt(4) == 0 ? r.nextInt(11) / 10.0 : r.nextDouble());
      }
      b.timeAvailable(Duration.ofHours(1 + r.nextInt(2000)));
      Trait u = traits[r.nextInt(traits.length)];
      Trait w = traits[r.nextInt(traits.length)];
      if (u == w) {
        continue;
      }
      DecisionTraits d = b.unknown(u).unknown(w).build();
      Recommendation rec = recommend(d);
      for (Trait moved : new Trait[] {u, w}) {
        Trait other = moved == u ? w : u;
        boolean changes = false;
        for (int i = 0; i <= 50 && !changes; i++) {
          DecisionTraits fixed = DecisionTraits.builder().from(d).value(other, i / 50.0).build();
          Style first = styleWith(fixed, moved, 0);
          for (int k = 1; k <= 200 && !changes; k++) {
            changes = styleWith(fixed, moved, k / 200.0) != first;
          }
        }
        if (changes) {
          assertThat(rec.unknowns()).as("%s moves the style of %s", moved, d).contains(moved);
        } else if (!PRODUCTS.contains(moved) && !PRODUCTS.contains(other)) {
          // where no product of two traits is involved the list is exact
          assertThat(rec.unknowns())
              .as("%s does not move the style of %s", moved, d)
              .doesNotContain(moved);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(70);
  }
}
