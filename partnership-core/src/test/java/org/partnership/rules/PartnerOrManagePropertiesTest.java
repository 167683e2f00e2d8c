package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.partnership.model.VroomYettonStyle;
import org.partnership.rules.classic.VroomYetton1973;

/**
 * Properties of the seed rule over random decisions: random traits (each known or unknown), flags,
 * mandates, times, policies and organizations, drawn from a seed QuickTheories chooses.
 */
class PartnerOrManagePropertiesTest {

  private static final Domain DOMAIN = Domain.of("curriculum");

  /**
   * The examples a property runs: {@code wanted}, or fewer when {@code QT_EXAMPLES} says so (the
   * mutation tests run each property with fewer examples).
   */
  static int examples(int wanted) {
    return Math.min(wanted, Integer.getInteger("QT_EXAMPLES", wanted));
  }

  private static final Trait[] TRAITS = Trait.values();

  /** A random decision: each trait known with probability 3/4, flags and mandates now and then. */
  static DecisionTraits.Builder randomTraits(SplittableRandom r) {
    DecisionTraits.Builder t = DecisionTraits.builder();
    for (Trait trait : TRAITS) {
      if (r.nextInt(4) != 0) {
        // values near the thresholds now and then
        double v = r.nextInt(5) == 0 ? r.nextInt(11) / 10.0 : r.nextDouble();
        t.value(trait, v);
      }
    }
    if (r.nextInt(6) == 0) {
      t.mandate(Mandate.values()[1 + r.nextInt(4)]);
    }
    t.confidential(r.nextInt(8) == 0).consistencyCritical(r.nextInt(8) == 0);
    if (r.nextInt(5) != 0) {
      long minutes = r.nextInt(3) == 0 ? 1 + r.nextInt(120) : 1 + r.nextInt(90 * 24 * 60);
      t.timeAvailable(Duration.ofMinutes(minutes));
    }
    return t;
  }

  static Decision decision(DecisionTraits traits) {
    return Decision.builder()
        .id("d")
        .domain(DOMAIN)
        .ownerRoleId("owner")
        .addStakeholders("s1", "s2", "s3")
        .traits(traits)
        .build();
  }

  /** A random policy: thresholds and weights anywhere in their ranges. */
  static Policy randomPolicy(SplittableRandom r) {
    if (r.nextBoolean()) {
      return Policy.seed();
    }
    return Policy.builder()
        .id("random")
        .version(1)
        .recommendation(
            RecommendationParameters.builder()
                .highThreshold(r.nextDouble())
                .partnerThreshold(r.nextDouble())
                .delegateThreshold(r.nextDouble())
                .lacksCompetenceBelow(r.nextDouble())
                .urgencyThreshold(r.nextDouble())
                .routineSignificanceBelow(r.nextDouble())
                .routineCommitmentAtRiskBelow(r.nextDouble())
                .highStakesThreshold(r.nextDouble())
                .commitmentWeight(r.nextDouble() * 3)
                .groupCompetenceWeight(0.01 + r.nextDouble())
                .build())
        .build();
  }

  /**
   * An organization with the owner role (agreed level {@code ceiling}, or none) and three people.
   */
  static Organization organization(SplittableRandom r, Style ceiling) {
    Role.Builder owner = Role.builder().id("owner").title("Owner");
    if (ceiling != null) {
      owner.putDelegationLevel(DOMAIN, ceiling);
    }
    Organization.Builder org = Organization.builder().addRole(owner.build());
    org.addRole(Role.of("member", "Member", "owner"));
    Person.Builder leader = Person.builder().id("leader").displayName("Leader");
    if (r.nextBoolean()) {
      leader.putCompetence(DOMAIN, r.nextDouble());
    }
    org.addPerson(leader.build()).assign("leader", "owner");
    for (String id : new String[] {"s1", "s2", "s3"}) {
      Person.Builder p = Person.builder().id(id).displayName(id);
      if (r.nextInt(3) != 0) {
        p.putCompetence(DOMAIN, r.nextDouble());
      }
      org.addPerson(p.build()).assign(id, "member");
    }
    return org.build();
  }

  /** Whether a continuum style lies in a Vroom–Yetton feasible set, by the documented mapping. */
  static boolean feasible(Style style, Set<VroomYettonStyle> set) {
    return switch (style) {
      case TELL, SELL -> set.contains(VroomYettonStyle.AI) || set.contains(VroomYettonStyle.AII);
      case CONSULT -> set.contains(VroomYettonStyle.CI) || set.contains(VroomYettonStyle.CII);
      default -> set.contains(VroomYettonStyle.GII);
    };
  }

  @Test
  void unlessAMustFiredTheStyleLiesInTheVroomYettonFeasibleSetOfTheSameTraits() {
    qt().withExamples(examples(5000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Policy policy = randomPolicy(r);
              Recommendation rec = PartnerOrManage.recommend(decision(traits), policy);
              if (!rec.mustManage()) {
                Set<VroomYettonStyle> set = VroomYetton1973.evaluate(traits).feasibleSet();
                assertThat(feasible(rec.style(), set))
                    .as("%s in %s: %s", rec.style(), set, rec.explanation().toText())
                    .isTrue();
              }
            });
  }

  @Test
  void withAnOrganizationTheGuardsReadTheRecordedLeaderCompetence() {
    qt().withExamples(examples(2000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Organization org = organization(r, null);
              Recommendation rec = PartnerOrManage.recommend(decision(traits), org, Policy.seed());
              if (!rec.mustManage()) {
                double leader =
                    (Double)
                        PartnerOrManageTest.reason(rec, "must.noCompetence")
                            .observed()
                            .get("leaderExpertise");
                DecisionTraits resolved =
                    DecisionTraits.builder().from(traits).leaderExpertise(leader).build();
                Set<VroomYettonStyle> set = VroomYetton1973.evaluate(resolved).feasibleSet();
                assertThat(feasible(rec.style(), set)).as(rec.explanation().toText()).isTrue();
              }
            });
  }

  @Test
  void moreUrgencyNeverMovesTowardMoreParticipation() {
    qt().withExamples(examples(3000))
        .forAll(longs().all(), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert(
            (seed, u1, u2) -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits.Builder t = randomTraits(r);
              Policy policy = randomPolicy(r);
              double low = Math.min(u1, u2);
              double high = Math.max(u1, u2);
              Style calm = PartnerOrManage.styleOf(decision(t.urgency(low).build()), policy);
              Style urgent = PartnerOrManage.styleOf(decision(t.urgency(high).build()), policy);
              assertThat(urgent.level()).isLessThanOrEqualTo(calm.level());
            });
  }

  @Test
  void aCeilingNeverRaisesAStyle() {
    qt().withExamples(examples(3000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Style ceiling = Style.values()[r.nextInt(7)];
              long orgSeed = r.nextLong();
              Organization free = organization(new SplittableRandom(orgSeed), null);
              Organization bound = organization(new SplittableRandom(orgSeed), ceiling);
              Decision d = decision(traits);
              Style without = PartnerOrManage.styleOf(d, free, Policy.seed());
              Style with = PartnerOrManage.styleOf(d, bound, Policy.seed());
              assertThat(with.level()).isLessThanOrEqualTo(ceiling.level());
              assertThat(with.level()).isLessThanOrEqualTo(without.level());
            });
  }

  private static final Pattern SCORE = Pattern.compile("score ([0-9.]+) (≥|<) ([0-9.]+)");

  /**
   * Found by the property below in a fresh clone: a policy threshold with more decimals than a
   * score is shown with (0.3691336166293352) read "score 0.3691 < 0.3691". The threshold, a given
   * value, is now written with all its digits.
   */
  @Test
  void aScoreJustBelowAThresholdWithManyDecimalsNeverReadsAsEqual() {
    SplittableRandom r = new SplittableRandom(-5695244911906729154L);
    DecisionTraits traits = randomTraits(r).build();
    Policy policy = randomPolicy(r);
    Organization org = organization(r, r.nextBoolean() ? null : Style.values()[r.nextInt(7)]);
    Recommendation rec = PartnerOrManage.recommend(decision(traits), org, policy);
    assertThat(policy.recommendation().partnerThreshold()).isEqualTo(0.3691336166293352);
    assertThat(rec.partnerScore()).isEqualTo(0.3691);
    assertThat(rec.explanation().summary())
        .contains("score 0.3691 < 0.3691336166293352")
        .doesNotContain("0.3691 < 0.3691;");
  }

  @Test
  void everyRecommendationIsConsistentWithItsExplanation() {
    qt().withExamples(examples(3000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Policy policy = randomPolicy(r);
              Decision d = decision(traits);
              Organization org =
                  organization(r, r.nextBoolean() ? null : Style.values()[r.nextInt(7)]);
              for (boolean withOrg : new boolean[] {false, true}) {
                Recommendation rec =
                    withOrg
                        ? PartnerOrManage.recommend(d, org, policy)
                        : PartnerOrManage.recommend(d, policy);
                Style style =
                    withOrg
                        ? PartnerOrManage.styleOf(d, org, policy)
                        : PartnerOrManage.styleOf(d, policy);
                assertThat(style).isEqualTo(rec.style());
                assertThat(rec.mode()).isEqualTo(rec.style().mode());
                assertThat(rec.partnerScore()).isBetween(0.0, 1.0);
                assertThat(rec.explanation().reasons()).hasSize(21);
                for (Reason reason : rec.explanation().reasons()) {
                  assertThat(PartnerOrManageTest.revalidated(reason)).isEqualTo(reason);
                }
                if (traits.mandate().obliges()
                    || traits.confidential()
                    || traits.consistencyCritical()) {
                  assertThat(rec.mustManage()).isTrue();
                }
                if (rec.mustManage() && rec.mode() == Mode.PARTNER) {
                  // the one exception: a crisis handed to the expert
                  assertThat(rec.style())
                      .isIn(Style.DELEGATE, Style.INQUIRE, Style.ADVISE, Style.AGREE);
                  assertThat(rec.explanation().summary()).contains("handed to the expert");
                }
                String summary = rec.explanation().summary();
                Matcher score = SCORE.matcher(summary);
                if (score.find()) {
                  double shown = Double.parseDouble(score.group(1));
                  double threshold = Double.parseDouble(score.group(3));
                  assertThat(shown).isEqualTo(rec.partnerScore());
                  assertThat(score.group(2).equals("≥")).isEqualTo(shown >= threshold);
                }
                Set<Trait> unknown = EnumSet.allOf(Trait.class);
                unknown.removeAll(traits.known());
                assertThat(unknown).containsAll(rec.unknowns());
                if (rec.unknowns().isEmpty()) {
                  assertThat(summary).doesNotContain("unknown and could change it");
                  assertThat(rec.tentative()).isFalse();
                } else {
                  assertThat(summary).contains("unknown and could change it: ");
                  assertThat(summary.contains("TENTATIVE")).isEqualTo(rec.tentative());
                }
              }
            });
  }

  @Test
  void aFullyDescribedDecisionHasNoUnknowns() {
    qt().withExamples(examples(1000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits.Builder t = randomTraits(r);
              for (Trait trait : TRAITS) {
                t.value(trait, r.nextDouble());
              }
              Recommendation rec = PartnerOrManage.recommend(decision(t.build()), Policy.seed());
              assertThat(rec.unknowns()).isEmpty();
              assertThat(rec.tentative()).isFalse();
            });
  }

  @Test
  void aTraitItDoesNotNameAsUnknownCouldNotHaveChangedTheStyle() {
    double[] probes = {0, 0.1, 0.29, 0.3, 0.49, 0.5, 0.59, 0.6, 0.69, 0.7, 0.8, 1};
    qt().withExamples(examples(1000))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Decision d = decision(traits);
              Recommendation rec = PartnerOrManage.recommend(d, Policy.seed());
              for (Trait trait : TRAITS) {
                if (traits.isKnown(trait) || rec.unknowns().contains(trait)) {
                  continue;
                }
                for (double v : probes) {
                  DecisionTraits described =
                      DecisionTraits.builder().from(traits).value(trait, v).build();
                  assertThat(PartnerOrManage.styleOf(decision(described), Policy.seed()))
                      .as(
                          "%s = %s changes %s: %s%n%s",
                          trait,
                          v,
                          rec.style(),
                          PartnerOrManage.recommend(decision(described), Policy.seed())
                              .explanation()
                              .summary(),
                          rec.explanation().toText())
                      .isEqualTo(rec.style());
                }
              }
            });
  }

  @Test
  void everyTraitItNamesAsUnknownCouldHaveChangedTheStyle() {
    qt().withExamples(examples(150))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              DecisionTraits traits = randomTraits(r).build();
              Recommendation rec = PartnerOrManage.recommend(decision(traits), Policy.seed());
              for (Trait trait : rec.unknowns()) {
                boolean changes = false;
                for (int i = 0; i <= 4000 && !changes; i++) {
                  DecisionTraits described =
                      DecisionTraits.builder().from(traits).value(trait, i / 4000.0).build();
                  changes =
                      PartnerOrManage.styleOf(decision(described), Policy.seed()) != rec.style();
                }
                assertThat(changes).as("%s: %s", trait, rec.explanation().summary()).isTrue();
              }
            });
  }
}
