package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;

/**
 * Every built-in formula on a small ledger computed by hand. The organization is {@link
 * TestLedgers#organization()}: p0 heads, p1-p3 lead, p4-p15 are members (level 2); person i is at
 * site north when i is even, south when odd, junior when (i / 2) is even; p15 has no attributes;
 * person i's competence in domain i % 3 is 0.5 + 0.03 i.
 */
class BuiltInMetricsTest {

  static final Organization ORG = TestLedgers.organization();
  static final MetricContext CONTEXT = MetricContext.of(ORG);
  static final Instant T0 = TestLedgers.START;
  static final Domain BUDGET = TestLedgers.DOMAINS.get(0);
  static final Domain HIRING = TestLedgers.DOMAINS.get(1);
  static final Domain CURRICULUM = TestLedgers.DOMAINS.get(2);
  static final double EPS = 1e-12;

  static TimeEntry time(String person, ActivityKind kind, Phase phase, int minutes) {
    return TimeEntry.of(person, kind, phase, T0, Duration.ofMinutes(minutes));
  }

  static int counter;

  /** A decided decision; the caller adds what the example needs. */
  static DecisionRecord.Builder decided(String owner, Style style, String decider, int hours) {
    return DecisionRecord.builder()
        .decisionId("d" + counter++)
        .domain(BUDGET)
        .ownerRoleId(owner)
        .style(style)
        .raisedAt(T0)
        .decidedBy(decider)
        .decidedAt(T0.plus(Duration.ofHours(hours)));
  }

  static DecisionRecord.Builder open(String owner) {
    return DecisionRecord.builder()
        .decisionId("d" + counter++)
        .domain(BUDGET)
        .ownerRoleId(owner)
        .style(Style.CONSULT)
        .raisedAt(T0);
  }

  static MetricValue measure(MetricCalculator<?> calculator, List<LedgerRecord> ledger) {
    return measure(calculator, CONTEXT, ledger);
  }

  static MetricValue measure(
      MetricCalculator<?> calculator, MetricContext context, List<LedgerRecord> ledger) {
    MetricRegistry registry = MetricRegistry.builder().register(calculator).build();
    return registry.measure(context, ledger).value(calculator.id()).orElseThrow();
  }

  static double v(MetricValue value, String key) {
    return value.value(key).orElseThrow(() -> new AssertionError("no value " + key));
  }

  @Test
  void partneringShareIsPartneringTimeOverAllTimeWithSmallGroupsAndThinRecordsHeldBack() {
    List<LedgerRecord> ledger =
        List.of(
            time("p4", ActivityKind.SHARED_INPUT, Phase.UPFRONT, 6 * 60),
            time("p4", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 2 * 60),
            time("p5", ActivityKind.COACHING, Phase.IMPLEMENTATION, 60),
            time("stranger", ActivityKind.COACHING, Phase.IMPLEMENTATION, 60),
            decided("head", Style.AGREE, "p0", 1).build(),
            decided("head", Style.TELL, "p0", 1).build(),
            decided("head", Style.CONSULT, "p0", 1).build(),
            open("head").build());
    MetricValue v = measure(BuiltInMetrics.partneringShare(), ledger);
    assertThat(v(v, "overall")).isCloseTo(7.0 / 9, within(EPS));
    assertThat(v(v, "distance-from-target")).isCloseTo(7.0 / 9 - 0.7, within(EPS));
    assertThat(v(v, "total-hours")).isCloseTo(9, within(EPS));
    assertThat(v(v, "decisions.partner")).isCloseTo(1.0 / 3, within(EPS));
    assertThat(v(v, "decisions.manage")).isCloseTo(2.0 / 3, within(EPS));
    // Level 2 has twelve people; level 0 (one), level 1 (three) and the four teams are too small.
    assertThat(v(v, "level.2")).isCloseTo(7.0 / 9, within(EPS));
    assertThat(v.value("level.0")).isEmpty();
    assertThat(v.value("level.1")).isEmpty();
    assertThat(v.values().keySet()).noneMatch(k -> k.startsWith("team."));
    assertThat(v(v, "suppressed-groups")).isEqualTo(6);
    // p4 recorded the policy's 8 hours; p5 only one, so p5 gets no share of their own.
    assertThat(v(v, "person.p4")).isCloseTo(0.75, within(EPS));
    assertThat(v.value("person.p5")).isEmpty();
    assertThat(v(v, "people-below-minimum-time")).isEqualTo(1);
    assertThat(v.recordsUsed()).isEqualTo(6);
    assertThat(v.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("time entry of a person not in the organization", 1L, "open decision", 1L));
    assertThat(v.explanation().toText()).contains("partneringHours=7.0", "totalHours=9.0");
  }

  @Test
  void timeSumsDoNotOverflowOnAHugeLedger() {
    // 30,000 entries of 1,000 days: 2.6e21 ns, far beyond a long of nanoseconds (9.2e18).
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      ActivityKind kind = i % 10 < 7 ? ActivityKind.COACHING : ActivityKind.DIRECTING;
      ledger.add(
          TimeEntry.of(
              "p" + (i % 16), kind, Phase.UPFRONT, T0, Duration.ofDays(1000).plusNanos(1)));
    }
    MetricValue v = measure(BuiltInMetrics.partneringShare(), ledger);
    assertThat(v(v, "overall")).isCloseTo(0.7, within(1e-9));
    assertThat(v(v, "total-hours")).isCloseTo(30_000 * 24_000.0, within(1.0));
    assertThat(v(measure(BuiltInMetrics.upfrontShare(), ledger), "upfront")).isEqualTo(1.0);
  }

  @Test
  void teamsOfAtLeastTheMinimumSizeAreReported() {
    MetricContext small = MetricContext.builder(ORG).minimumGroupSize(4).build();
    List<LedgerRecord> ledger =
        List.of(
            time("p4", ActivityKind.SHARED_INPUT, Phase.UPFRONT, 60),
            time("p7", ActivityKind.DIRECTING, Phase.UPFRONT, 180));
    MetricValue v = measure(BuiltInMetrics.partneringShare(), small, ledger);
    // p4 and p7 are both in lead-1's team (members 4, 7, 10, 13).
    assertThat(v(v, "team.lead-1")).isCloseTo(0.25, within(EPS));
    assertThat(v.value("team.head")).isEmpty(); // p0..p3 recorded no time: 0 of 0 is no share
  }

  @Test
  void upfrontAndLooseEndsAreSharesOfAllTime() {
    List<LedgerRecord> ledger =
        List.of(
            time("p4", ActivityKind.SHARED_INPUT, Phase.UPFRONT, 6 * 60),
            time("p4", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 3 * 60),
            time("p6", ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, 60));
    MetricValue v = measure(BuiltInMetrics.upfrontShare(), ledger);
    assertThat(v(v, "upfront")).isCloseTo(0.6, within(EPS));
    assertThat(v(v, "loose-ends")).isCloseTo(0.1, within(EPS));
    assertThat(v(v, "total-hours")).isCloseTo(10, within(EPS));
    assertThat(measure(BuiltInMetrics.upfrontShare(), List.of()).value("upfront")).isEmpty();
  }

  @Test
  void leadershipLevelsCountOwnersAndDecidersPerLevelAndTheirSpread() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).build(),
            decided("lead-1", Style.AGREE, "p5", 1).build(),
            decided("member-4", Style.DELEGATE, "p4", 1).build(),
            open("lead-0").build(),
            open("ghost").build());
    MetricValue v = measure(BuiltInMetrics.leadershipLevels(), ledger);
    assertThat(v(v, "owned.level.0")).isCloseTo(0.25, within(EPS));
    assertThat(v(v, "owned.level.1")).isCloseTo(0.5, within(EPS));
    assertThat(v(v, "owned.level.2")).isCloseTo(0.25, within(EPS));
    assertThat(v(v, "led.level.0")).isCloseTo(1.0 / 3, within(EPS));
    assertThat(v(v, "led.level.1")).isZero();
    assertThat(v(v, "led.level.2")).isCloseTo(2.0 / 3, within(EPS));
    double h = -(1.0 / 3 * Math.log(1.0 / 3) + 2.0 / 3 * Math.log(2.0 / 3));
    assertThat(v(v, "entropy")).isCloseTo(h / Math.log(3), within(EPS));
    assertThat(v(v, "levels-leading")).isEqualTo(2);
    assertThat(v.skipped()).containsEntry("owner role not in the organization", 1L);
  }

  @Test
  void participationIsPooledOverStakeholdersAndInvolvementHasAGini() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.AGREE, "p0", 1)
                .addStakeholders("p4", "p5", "p6", "p7")
                .addParticipants("p4", "p5")
                .build(),
            decided("head", Style.AGREE, "p0", 1)
                .addStakeholders("p8", "p9")
                .addParticipants("p8", "p9", "p10")
                .build(),
            decided("head", Style.TELL, "p0", 1).addParticipants("p4").build(),
            open("head").addParticipants("p1").build());
    MetricValue v = measure(BuiltInMetrics.participation(), ledger);
    assertThat(v(v, "overall")).isCloseTo(4.0 / 6, within(EPS));
    assertThat(v(v, "participants-per-decision")).isCloseTo(2, within(EPS));
    assertThat(v(v, "person.p4")).isEqualTo(2);
    assertThat(v(v, "person.p10")).isEqualTo(1);
    assertThat(v(v, "person.p1")).isZero(); // the open decision does not count
    // Sixteen people: 11 with 0, four with 1, one with 2; G = 2*86/(16*6) - 17/16.
    assertThat(v(v, "involvement-gini")).isCloseTo(172.0 / 96 - 17.0 / 16, within(EPS));
  }

  @Test
  void timelinessReportsLatencyQuantilesPerModeOnTimeRateAndOpenPastDue() {
    Instant asOf = T0.plus(Duration.ofDays(10));
    MetricContext context = MetricContext.builder(ORG).asOf(asOf).build();
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).dueAt(T0.plus(Duration.ofHours(2))).build(),
            decided("head", Style.TELL, "p0", 2).dueAt(T0.plus(Duration.ofHours(2))).build(),
            decided("head", Style.CONSULT, "p0", 3).dueAt(T0.plus(Duration.ofHours(2))).build(),
            decided("head", Style.SELL, "p0", 10).build(),
            decided("head", Style.AGREE, "p0", 5).build(),
            open("head").dueAt(T0.plus(Duration.ofDays(9))).build(),
            open("head").dueAt(T0.plus(Duration.ofDays(11))).build());
    MetricValue v = measure(BuiltInMetrics.timeliness(), context, ledger);
    // Manage latencies 1, 2, 3, 10 h: nearest-rank median 2 h, p90 10 h (HdrHistogram, 0.1 %).
    assertThat(v(v, "latency-median-hours.manage")).isCloseTo(2, within(2 * 0.001));
    assertThat(v(v, "latency-p90-hours.manage")).isCloseTo(10, within(10 * 0.001));
    assertThat(v(v, "latency-median-hours.partner")).isCloseTo(5, within(5 * 0.001));
    assertThat(v(v, "on-time-rate")).isCloseTo(2.0 / 3, within(EPS));
    assertThat(v(v, "due-decisions")).isEqualTo(3);
    assertThat(v(v, "open")).isEqualTo(2);
    assertThat(v(v, "open-past-due")).isEqualTo(1);
    // Without an as-of instant "open past due" is not guessed.
    assertThat(measure(BuiltInMetrics.timeliness(), ledger).value("open-past-due")).isEmpty();
  }

  @Test
  void consistencyComparesTheModeUsedWithTheRecommendationAndTheSpreadOfStyles() {
    DecisionTraits legal = DecisionTraits.builder().mandate(Mandate.LEGAL).build();
    DecisionTraits shared =
        DecisionTraits.builder()
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.1)
            .groupExpertise(0.9)
            .goalAlignment(0.9)
            .developmentValue(0.9)
            .structure(0.1)
            .build();
    assertThat(recommended("head", legal)).isEqualTo(Mode.MANAGE);
    // the head agreed CONSULT for budget decisions, a lead agreed nothing: no ceiling
    assertThat(recommended("head", shared)).isEqualTo(Mode.MANAGE);
    assertThat(recommended("lead-0", shared)).isEqualTo(Mode.PARTNER);
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).traits(legal).build(),
            decided("head", Style.TELL, "p0", 1).traits(legal).build(),
            decided("head", Style.AGREE, "p0", 1).traits(legal).build(),
            decided("lead-0", Style.AGREE, "p0", 1).traits(shared).build(),
            decided("lead-0", Style.DELEGATE, "p0", 1).traits(shared).build(),
            decided("head", Style.DELEGATE, "p0", 1).build());
    MetricValue v = measure(BuiltInMetrics.consistency(), ledger);
    assertThat(v(v, "agreement-rate")).isCloseTo(0.8, within(EPS));
    // po = 0.8; pe = 3/5 * 2/5 + 2/5 * 3/5 = 0.48; kappa = 0.32 / 0.52.
    assertThat(v(v, "kappa")).isCloseTo(0.32 / 0.52, within(EPS));
    // Legal: TELL, TELL, AGREE (one off the modal style); shared: AGREE, DELEGATE (one off).
    assertThat(v(v, "style-spread")).isCloseTo(2.0 / 5, within(EPS));
    assertThat(v(v, "repeated-situations")).isEqualTo(2);
    assertThat(v.skipped()).containsEntry("no traits recorded", 1L);
  }

  static Mode recommended(String owner, DecisionTraits traits) {
    return PartnerOrManage.recommend(
            decided(owner, Style.TELL, "p0", 1).traits(traits).build().toDecision(),
            ORG,
            Policy.seed())
        .mode();
  }

  @Test
  void fairnessComparesInvolvementRatesOfGroupsAndFlagsBelowFourFifths() {
    DecisionRecord.Builder d = decided("head", Style.AGREE, "p0", 1);
    for (int i = 0; i <= 13; i++) {
      d.addStakeholders("p" + i);
    }
    List<LedgerRecord> ledger =
        List.of(
            d.addParticipants("p0", "p2", "p4", "p6", "p1").build(),
            decided("head", Style.TELL, "p0", 1).build());
    MetricValue v = measure(BuiltInMetrics.fairness(), ledger);
    // North stakeholders p0, p2, ..., p12: 4 of 7 took part; south p1, ..., p13: 1 of 7.
    assertThat(v(v, "rate.site=north")).isCloseTo(4.0 / 7, within(EPS));
    assertThat(v(v, "rate.site=south")).isCloseTo(1.0 / 7, within(EPS));
    assertThat(v(v, "impact-ratio.site=south")).isCloseTo(0.25, within(EPS));
    assertThat(v(v, "flagged.site=south")).isEqualTo(1);
    assertThat(v(v, "flagged.site=north")).isZero();
    // Junior p0, p1, p4, p5, p8, p9, p12, p13: 3 of 8; senior p2, p3, p6, p7, p10, p11: 2 of 6.
    assertThat(v(v, "rate.tenure=junior")).isCloseTo(3.0 / 8, within(EPS));
    assertThat(v(v, "impact-ratio.tenure=senior")).isCloseTo(8.0 / 9, within(EPS));
    assertThat(v(v, "flagged.tenure=senior")).isZero();
    assertThat(v(v, "lowest-impact-ratio")).isCloseTo(0.25, within(EPS));
    assertThat(v(v, "flagged-groups")).isEqualTo(1);
    assertThat(v(v, "groups-compared")).isEqualTo(4);
    // Every site-and-tenure intersection has at most four people: all four are suppressed.
    assertThat(v(v, "suppressed-groups")).isEqualTo(4);
    assertThat(v.values().keySet()).noneMatch(k -> k.contains("&") && !k.startsWith("unknown"));
    assertThat(v(v, "unknown-attribute.site")).isEqualTo(1);
    assertThat(v(v, "unknown-attribute.site&tenure")).isEqualTo(1);
    assertThat(v.skipped()).containsEntry("no stakeholders recorded", 1L);
  }

  @Test
  void trustInCompetenceCountsRecognitionCoverageReciprocityAndCompetentDeciders() {
    List<LedgerRecord> ledger =
        List.of(
            Recognition.of("p1", "p2", HIRING, T0),
            Recognition.of("p2", "p1", HIRING, T0),
            Recognition.of("p3", "p2", HIRING, T0),
            Recognition.of("p3", "p2", BUDGET, T0),
            Recognition.of("p4", "stranger", HIRING, T0),
            decided("head", Style.DELEGATE, "p7", 1).domain(HIRING).build(), // p7 hiring 0.71
            decided("head", Style.TELL, "p4", 1).domain(HIRING).build()); // p4 hiring 0.62
    MetricValue v = measure(BuiltInMetrics.trustInCompetence(), ledger);
    assertThat(v(v, "recognitions-per-person")).isCloseTo(4.0 / 16, within(EPS));
    assertThat(v(v, "coverage")).isCloseTo(2.0 / 16, within(EPS));
    assertThat(v(v, "reciprocity")).isCloseTo(2.0 / 3, within(EPS));
    assertThat(v(v, "competent-decider-share")).isCloseTo(0.5, within(EPS));
    assertThat(v(v, "person.p2")).isEqualTo(3);
    assertThat(v.skipped())
        .containsEntry("recognition involving a person not in the organization", 1L);
  }

  @Test
  void sharedAccountabilityIsTheGiniOfDecisionsPerAccountablePerson() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).addAccountable("p1").build(),
            decided("head", Style.TELL, "p0", 1).addAccountable("p1").build(),
            open("head").addAccountable("p1", "p2").build(),
            open("head").build());
    MetricValue v = measure(BuiltInMetrics.sharedAccountability(), ledger);
    // Fourteen people with 0, p2 with 1, p1 with 3: G = 2*63/(16*4) - 17/16.
    assertThat(v(v, "gini")).isCloseTo(126.0 / 64 - 17.0 / 16, within(EPS));
    assertThat(v(v, "accountable-per-decision")).isCloseTo(1, within(EPS));
    assertThat(v(v, "decisions-without-accountable")).isEqualTo(1);
    // Everyone equally accountable: Gini 0.
    List<LedgerRecord> even = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      even.add(decided("head", Style.TELL, "p0", 1).addAccountable("p" + i).build());
    }
    assertThat(v(measure(BuiltInMetrics.sharedAccountability(), even), "gini"))
        .isCloseTo(0, within(EPS));
  }

  @Test
  void delegationDriftComparesTheStyleUsedWithTheAgreedLevelPerDomain() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).domain(BUDGET).build(), // agreed CONSULT: -2
            decided("head", Style.CONSULT, "p0", 1).domain(BUDGET).build(), // 0
            decided("lead-0", Style.DELEGATE, "p1", 1).domain(HIRING).build(), // agreed AGREE: +3
            decided("lead-1", Style.DELEGATE, "p2", 1).domain(CURRICULUM).build(), // 0
            decided("head", Style.TELL, "p0", 1).domain(HIRING).build(), // nothing agreed
            decided("ghost", Style.TELL, "p0", 1).build());
    MetricValue v = measure(BuiltInMetrics.delegationDrift(), ledger);
    assertThat(v(v, "agreed-share")).isCloseTo(0.5, within(EPS));
    assertThat(v(v, "mean-drift")).isCloseTo(0.25, within(EPS));
    assertThat(v(v, "mean-absolute-drift")).isCloseTo(1.25, within(EPS));
    assertThat(v(v, "mean-drift.budget")).isCloseTo(-1, within(EPS));
    assertThat(v(v, "agreed-share.hiring")).isZero();
    assertThat(v(v, "mean-drift.hiring")).isCloseTo(3, within(EPS));
    assertThat(v(v, "agreed-share.curriculum")).isCloseTo(1, within(EPS));
    assertThat(v.skipped())
        .containsEntry("no delegation level agreed for the domain", 1L)
        .containsEntry("owner role not in the organization", 1L);
  }

  @Test
  void centralizationIsFreemanDegreeCentralization() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.CONSULT, "p0", 1).addParticipants("p0", "p1", "p2").build(),
            decided("head", Style.CONSULT, "p0", 1).addParticipants("p3", "p1").build(),
            decided("head", Style.CONSULT, "p1", 1).addParticipants("p4").build());
    MetricValue v = measure(BuiltInMetrics.centralization(), ledger);
    // Degrees p0 3, p1 2, p2-p4 1, eleven people 0: sum(3 - d) = 40 over 15 * 14.
    assertThat(v(v, "degree-centralization")).isCloseTo(40.0 / 210, within(EPS));
    assertThat(v(v, "links")).isEqualTo(4);
    assertThat(v(v, "highest-degree")).isEqualTo(3);
    List<LedgerRecord> star = new ArrayList<>();
    for (int i = 1; i < 16; i++) {
      star.add(decided("head", Style.CONSULT, "p0", 1).addParticipants("p" + i).build());
    }
    assertThat(v(measure(BuiltInMetrics.centralization(), star), "degree-centralization"))
        .isCloseTo(1, within(EPS));
  }
}
