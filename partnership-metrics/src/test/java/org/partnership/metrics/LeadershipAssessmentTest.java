package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.LeadershipAssessment.Aspect;
import org.partnership.metrics.LeadershipAssessment.Status;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.model.Organization;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.Policy;

class LeadershipAssessmentTest {

  static final Organization ORG = TestLedgers.organization();
  static final Instant T0 = TestLedgers.START;
  static final List<String> DECLARED = List.of("site", "tenure");

  static final DecisionTraits LEGAL = DecisionTraits.builder().mandate(Mandate.LEGAL).build();

  /**
   * A small organization (groups of four are reported): the four leaders p0-p3 each spend partner
   * and manage hours; p0 decides n decisions of one situation in the TELL style (the first `late`
   * ones late), with stakeholders p0-p13 who all take part.
   */
  static final MetricContext SMALL =
      MetricContext.builder(ORG).minimumGroupSize(4).fairnessAttributes(DECLARED).build();

  static List<LedgerRecord> ledger(int partnerHours, int manageHours, int n, int late) {
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int leader = 0; leader < 4; leader++) {
      ledger.add(
          TimeEntry.of(
              "p" + leader,
              ActivityKind.JOINT_DECISION,
              Phase.UPFRONT,
              T0,
              Duration.ofHours(partnerHours)));
      ledger.add(
          TimeEntry.of(
              "p" + leader,
              ActivityKind.DIRECTING,
              Phase.IMPLEMENTATION,
              T0,
              Duration.ofHours(manageHours)));
    }
    for (int i = 0; i < n; i++) {
      DecisionRecord.Builder d =
          DecisionRecord.builder()
              .decisionId("d" + i)
              .domain(TestLedgers.DOMAINS.get(0))
              .ownerRoleId("head")
              .style(Style.TELL)
              .traits(LEGAL)
              .decidedBy("p0")
              .raisedAt(T0)
              .decidedAt(T0.plus(Duration.ofHours(i < late ? 48 : 1)))
              .dueAt(T0.plus(Duration.ofHours(24)));
      for (int s = 0; s <= 13; s++) {
        d.addStakeholders("p" + s).addParticipants("p" + s);
      }
      ledger.add(d.build());
    }
    return ledger;
  }

  static LeadershipAssessment assess(MetricContext context, List<LedgerRecord> ledger) {
    return LeadershipAssessment.of(MetricRegistry.builtIns().measure(context, ledger));
  }

  @Test
  void balancedTimelyConsistentAndFairLeadershipPasses() {
    LeadershipAssessment a = assess(SMALL, ledger(28, 12, 40, 2));
    assertThat(a.status()).isEqualTo(Status.PASS);
    assertThat(a.components().keySet()).containsExactly(Aspect.values());
    assertThat(a.components().get(Aspect.PARTNERSHIP).observed()).hasValue(0.7);
    LeadershipAssessment.Component timely = a.components().get(Aspect.TIMELY);
    assertThat(timely.observed()).hasValue(0.95);
    // Wilson 95 %: [0.835, 0.986], wholly above 0.80.
    assertThat(timely.lower().getAsDouble()).isCloseTo(0.83496, within(1e-5));
    assertThat(timely.upper().getAsDouble()).isCloseTo(0.98618, within(1e-5));
    assertThat(a.components().get(Aspect.CONSISTENT).observed()).hasValue(1.0);
    assertThat(a.components().get(Aspect.FAIR).observed()).hasValue(1.0);
    assertThat(a.policyId()).isEqualTo("seed");
    assertThat(a.explanation().summary()).contains("organization", "PASS", "seed v3");
    assertThat(a.explanation().reasons()).hasSize(4).allMatch(r -> r.fired());
  }

  @Test
  void overManagedAndLateLeadershipFailsNamingBothAspects() {
    LeadershipAssessment a = assess(SMALL, ledger(10, 30, 40, 20));
    assertThat(a.status()).isEqualTo(Status.FAIL);
    assertThat(a.components().get(Aspect.PARTNERSHIP).status()).isEqualTo(Status.FAIL);
    assertThat(a.components().get(Aspect.PARTNERSHIP).reason().effect())
        .hasValue("FAIL: over-managed");
    assertThat(a.components().get(Aspect.TIMELY).status()).isEqualTo(Status.FAIL);
    assertThat(a.components().get(Aspect.TIMELY).observed()).hasValue(0.5);
    assertThat(a.components().get(Aspect.TIMELY).upper().getAsDouble()).isLessThan(0.8);
    assertThat(assess(SMALL, ledger(36, 4, 40, 0)).components())
        .extractingByKey(Aspect.PARTNERSHIP)
        .satisfies(c -> assertThat(c.reason().effect()).hasValue("FAIL: over-partnered"));
  }

  @Test
  void nobodyFailsOnAHandfulOfDecisions() {
    // 7 of 10 on time is under 0.80, but the interval [0.40, 0.89] reaches above it.
    LeadershipAssessment few = assess(SMALL, ledger(28, 12, 10, 3));
    LeadershipAssessment.Component timely = few.components().get(Aspect.TIMELY);
    assertThat(timely.observed()).hasValue(0.7);
    assertThat(timely.status()).isEqualTo(Status.INCONCLUSIVE);
    assertThat(timely.reason().effect().orElseThrow()).startsWith("INCONCLUSIVE");
    assertThat(few.status()).isEqualTo(Status.INCONCLUSIVE);
    // 34 of 40 (0.85) is above 0.80 but not beyond chance: inconclusive too.
    assertThat(assess(SMALL, ledger(28, 12, 40, 6)).components().get(Aspect.TIMELY).status())
        .isEqualTo(Status.INCONCLUSIVE);
  }

  @Test
  void tooLittleDataGivesNoVerdictButStillShowsWhatWasObserved() {
    // p0 as a person: 4 hours (under the 8-hour minimum), 9 decisions (under 10).
    MetricContext p0 = MetricContext.builder(ORG).subject(Subject.person("p0")).build();
    LeadershipAssessment a = assess(p0, ledger(3, 1, 9, 0));
    assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    LeadershipAssessment.Component partnership = a.components().get(Aspect.PARTNERSHIP);
    assertThat(partnership.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(partnership.observed()).hasValue(0.75);
    LeadershipAssessment.Component timely = a.components().get(Aspect.TIMELY);
    assertThat(timely.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(timely.observed()).hasValue(1.0);
    assertThat(timely.lower()).isEmpty();
    assertThat(a.components().get(Aspect.CONSISTENT).reason().effect().orElseThrow())
        .startsWith("INSUFFICIENT_DATA");
  }

  @Test
  void groupsUnderTheMinimumSizeAreNeverComparedOrReported() {
    // With the default minimum of five, the four leaders are too few to report as a group.
    LeadershipAssessment defaults = assess(MetricContext.of(ORG), ledger(28, 12, 40, 0));
    LeadershipAssessment.Component partnership = defaults.components().get(Aspect.PARTNERSHIP);
    assertThat(partnership.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(partnership.observed()).isEmpty();
    assertThat(partnership.reason().effect().orElseThrow()).contains("as a person subject");
    MetricContext bigGroups =
        MetricContext.builder(ORG).minimumGroupSize(9).fairnessAttributes(DECLARED).build();
    LeadershipAssessment a = assess(bigGroups, ledger(28, 12, 40, 0));
    assertThat(a.components().get(Aspect.FAIR).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_DATA);
  }

  @Test
  void aGroupUnderTheRatioWithoutASignificantDifferenceIsNoFindingButIsNamed() {
    // Four decisions with stakeholders p4-p13: north (p4, p6, ...) takes 3 of 5 seats each time,
    // south (p5, p7, ...) 2 of 5: 12 of 20 against 8 of 20, a ratio of 2/3 that chance can make.
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      DecisionRecord.Builder d =
          DecisionRecord.builder()
              .decisionId("x" + i)
              .domain(TestLedgers.DOMAINS.get(1))
              .ownerRoleId("lead-1") // its unit, p4, p7, p10, p13, are all stakeholders
              .style(Style.AGREE)
              .decidedBy("p2")
              .raisedAt(T0)
              .decidedAt(T0.plus(Duration.ofHours(1)));
      for (int s = 4; s <= 13; s++) {
        d.addStakeholders("p" + s);
      }
      ledger.add(d.addParticipants("p4", "p6", "p8", "p5", "p7").build());
    }
    MetricReport report = MetricRegistry.builtIns().measure(SMALL, ledger);
    MetricValue fairness = report.value("fairness").orElseThrow();
    assertThat(fairness.value("involvement.impact-ratio.site=south").getAsDouble())
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(fairness.value("flagged-groups")).hasValue(0);
    assertThat(fairness.value("below-threshold-groups")).hasValue(1);
    LeadershipAssessment.Component fair =
        LeadershipAssessment.of(report).components().get(Aspect.FAIR);
    assertThat(fair.status()).isEqualTo(Status.PASS);
    assertThat(fair.observed().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(fair.reason().effect().orElseThrow())
        .contains("1 group(s) under it without a significant difference");
  }

  @Test
  void thresholdsComeFromThePolicy() {
    Policy strict =
        Policy.builder()
            .id("strict")
            .version(3)
            .assessment(
                AssessmentParameters.builder().minimumOnTimeRate(0.99).minimumGroupSize(4).build())
            .build();
    LeadershipAssessment a =
        assess(MetricContext.builder(ORG).policy(strict).build(), ledger(28, 12, 40, 10));
    assertThat(a.components().get(Aspect.TIMELY).status()).isEqualTo(Status.FAIL);
    assertThat(a.components().get(Aspect.TIMELY).reason().thresholds())
        .containsEntry("minimum", 0.99)
        .containsEntry("confidence", 0.95);
    assertThat(a.policyVersion()).isEqualTo(3);
  }

  @Test
  void aPersonIsAssessedOnTheirOwnRecords() {
    List<LedgerRecord> ledger = ledger(28, 12, 10, 0);
    ledger.add(TimeEntry.of("p5", ActivityKind.DIRECTING, Phase.UPFRONT, T0, Duration.ofHours(40)));
    MetricContext p5 = MetricContext.builder(ORG).subject(Subject.person("p5")).build();
    MetricReport report = MetricRegistry.builtIns().measure(p5, ledger);
    assertThat(report.recordsMeasured()).isEqualTo(1);
    assertThat(report.recordsOutsideSubject()).isEqualTo(18);
    LeadershipAssessment a = LeadershipAssessment.of(report);
    assertThat(a.subject()).isEqualTo(Subject.person("p5"));
    // The 70/30 of one person is that person's, whether or not they lead.
    assertThat(a.components().get(Aspect.PARTNERSHIP).status()).isEqualTo(Status.FAIL);
    assertThat(a.components().get(Aspect.PARTNERSHIP).observed()).hasValue(0.0);
    assertThat(a.components().get(Aspect.TIMELY).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    MetricContext unit = MetricContext.builder(ORG).subject(Subject.unit("lead-1")).build();
    assertThat(unit.populationSize()).isEqualTo(5); // p2 and members 4, 7, 10, 13
  }

  @Test
  void contextsRejectBadSettingsNamingThem() {
    assertThatThrownBy(() -> MetricContext.builder(ORG).subject(Subject.person("nobody")).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject person must be a person of the organization, was \"nobody\"");
    assertThatThrownBy(() -> MetricContext.builder(ORG).subject(Subject.unit("nowhere")).build())
        .hasMessageContaining("\"nowhere\"");
    assertThatThrownBy(() -> MetricContext.builder(ORG).from(T0).to(T0).build())
        .hasMessage("to must be after from " + T0 + ", was " + T0);
    assertThatThrownBy(() -> MetricContext.builder(ORG).minimumGroupSize(1).build())
        .hasMessage("minimumGroupSize must be at least 2, was 1");
    assertThatThrownBy(() -> MetricContext.builder(ORG).competenceThreshold(1.5).build())
        .hasMessage("competenceThreshold must be in [0, 1], was 1.5");
  }

  @Test
  void thePeriodIsHalfOpenAndRecordsOutsideItAreCounted() {
    MetricContext january =
        MetricContext.builder(ORG).from(T0).to(T0.plus(Duration.ofDays(1))).build();
    List<LedgerRecord> ledger = ledger(28, 12, 2, 0).subList(6, 10);
    ledger = new ArrayList<>(ledger);
    ledger.add(
        TimeEntry.of(
            "p0",
            ActivityKind.COACHING,
            Phase.UPFRONT,
            T0.plus(Duration.ofDays(1)),
            Duration.ofHours(1)));
    MetricReport report = MetricRegistry.builtIns().measure(january, ledger);
    assertThat(report.recordsRead()).isEqualTo(5);
    assertThat(report.recordsOutsidePeriod()).isEqualTo(1);
    assertThat(report.recordsMeasured()).isEqualTo(4);
    assertThat(january.asOf()).hasValue(T0.plus(Duration.ofDays(1)));
  }

  @Test
  void valueTypesRejectNullsAndCompareByValue() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(LeadershipAssessment.class);
    tester.testAllPublicStaticMethods(Subject.class);
    tester.testAllPublicStaticMethods(MetricContext.class);
    tester.testAllPublicInstanceMethods(MetricContext.builder(ORG));
    tester.testAllPublicInstanceMethods(MetricValue.builder("m", "u"));
    MetricReport report =
        MetricRegistry.builtIns().measure(MetricContext.of(ORG), ledger(28, 12, 10, 1));
    tester.testAllPublicInstanceMethods(report);
    tester.testAllPublicInstanceMethods(report.value("fairness").orElseThrow());
    new EqualsTester()
        .addEqualityGroup(Subject.person("p1"), Subject.person("p1"))
        .addEqualityGroup(Subject.unit("p1"))
        .addEqualityGroup(Subject.organization())
        .testEquals();
    LeadershipAssessment a = LeadershipAssessment.of(report);
    new EqualsTester()
        .addEqualityGroup(a, LeadershipAssessment.of(report))
        .addEqualityGroup(assess(MetricContext.of(ORG), ledger(10, 30, 40, 20)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(report.value("fairness").get(), report.value("fairness").get())
        .addEqualityGroup(report.value("timeliness").get())
        .testEquals();
  }

  @Test
  void metricValuesRefuseNonFiniteOrRepeatedValues() {
    MetricValue.Builder b = MetricValue.builder("m", "u").put("a", 1);
    assertThatThrownBy(() -> b.put("a", 2))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("value a is already present");
    assertThatThrownBy(() -> b.put("b", Double.NaN)).hasMessage("value b must be finite, was NaN");
    assertThatThrownBy(() -> b.recordsUsed(-1))
        .hasMessage("recordsUsed must be at least 0, was -1");
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }
}
