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
import org.partnership.model.Person;
import org.partnership.model.Phase;
import org.partnership.model.Role;
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
  void partneringShareIsPartneringOverPartneringAndManagingWithReworkApartAndSmallGroupsHeldBack() {
    List<LedgerRecord> ledger =
        List.of(
            time("p4", ActivityKind.SHARED_INPUT, Phase.UPFRONT, 6 * 60),
            time("p4", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 2 * 60),
            time("p5", ActivityKind.COACHING, Phase.IMPLEMENTATION, 60),
            time("p6", ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, 60),
            time("p7", ActivityKind.PROBLEM_SOLVING, Phase.IMPLEMENTATION, 2 * 60),
            time("p8", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 60),
            time("p0", ActivityKind.COACHING, Phase.IMPLEMENTATION, 3 * 60),
            time("p0", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 60),
            time("stranger", ActivityKind.COACHING, Phase.IMPLEMENTATION, 60),
            decided("head", Style.AGREE, "p0", 1).build(),
            decided("head", Style.TELL, "p0", 1).build(),
            decided("head", Style.CONSULT, "p0", 1).build(),
            open("head").build());
    MetricValue v = measure(BuiltInMetrics.partneringShare(), ledger);
    // Partnering 6 + 1 + 3 = 10 h; rework 1 + 2 = 3 h; all time 17 h: 10 / (17 - 3).
    assertThat(v(v, "overall")).isCloseTo(10.0 / 14, within(EPS));
    assertThat(v(v, "rework-share")).isCloseTo(3.0 / 17, within(EPS));
    assertThat(v(v, "total-hours")).isCloseTo(17, within(EPS));
    assertThat(v(v, "decisions.partner")).isCloseTo(1.0 / 3, within(EPS));
    assertThat(v(v, "decisions.manage")).isCloseTo(2.0 / 3, within(EPS));
    // One leader (p0) recorded time: no leaders' share, so no distance from the target either.
    assertThat(v.value("leaders")).isEmpty();
    assertThat(v.value("distance-from-target")).isEmpty();
    // Level 2: five people with time (p4-p8), 7 h partnering over 13 - 3 h.
    assertThat(v(v, "level.2")).isCloseTo(7.0 / 10, within(EPS));
    assertThat(v.value("level.0")).isEmpty();
    assertThat(v.value("level.1")).isEmpty(); // nobody at level 1 recorded time
    assertThat(v.values().keySet())
        .noneMatch(k -> k.startsWith("team.") || k.startsWith("person."));
    // Suppressed: the leaders (1), level 0 (1) and four teams with one or two people with time.
    assertThat(v(v, "suppressed-groups")).isEqualTo(6);
    assertThat(v.recordsUsed()).isEqualTo(11);
    assertThat(v.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("time entry of a person not in the organization", 1L, "open decision", 1L));
    assertThat(v.explanation().toText())
        .contains("partneringHours=10.0", "reworkHours=3.0", "totalHours=17.0");
  }

  @Test
  void theSeventyThirtyIsJudgedOnTheTimeOfPeopleWhoLead() {
    MetricContext context = MetricContext.builder(ORG).minimumGroupSize(2).build();
    List<LedgerRecord> ledger =
        List.of(
            time("p0", ActivityKind.COACHING, Phase.IMPLEMENTATION, 6 * 60),
            time("p0", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 2 * 60),
            time("p1", ActivityKind.SHARED_INPUT, Phase.UPFRONT, 60),
            time("p1", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 60),
            time("p4", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, 10 * 60));
    MetricValue v = measure(BuiltInMetrics.partneringShare(), context, ledger);
    assertThat(v(v, "leaders")).isCloseTo(0.7, within(EPS));
    assertThat(v(v, "distance-from-target")).isCloseTo(0, within(EPS));
    assertThat(v(v, "judged-hours")).isCloseTo(10, within(EPS));
    assertThat(v(v, "overall")).isCloseTo(7.0 / 20, within(EPS)); // staff time included
    // For one person, that person's share, whether or not they lead.
    MetricValue p4 =
        measure(
            BuiltInMetrics.partneringShare(),
            MetricContext.builder(ORG).subject(Subject.person("p4")).build(),
            ledger);
    assertThat(v(p4, "overall")).isZero();
    assertThat(v(p4, "distance-from-target")).isCloseTo(-0.7, within(EPS));
    assertThat(v(p4, "judged-hours")).isCloseTo(10, within(EPS));
    assertThat(p4.value("leaders")).isEmpty();
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
  void teamsAreReportedWhenEnoughOfTheirPeopleRecordedTime() {
    MetricContext small = MetricContext.builder(ORG).minimumGroupSize(4).build();
    List<LedgerRecord> ledger = new ArrayList<>();
    // lead-1's team is p4, p7, p10, p13: all four record time.
    for (String p : List.of("p4", "p7", "p10")) {
      ledger.add(time(p, ActivityKind.SHARED_INPUT, Phase.UPFRONT, 60));
    }
    ledger.add(time("p13", ActivityKind.DIRECTING, Phase.UPFRONT, 60));
    // lead-2's team is p5, p8, p11, p14: three record time, so the team is not reported.
    for (String p : List.of("p5", "p8", "p11")) {
      ledger.add(time(p, ActivityKind.SHARED_INPUT, Phase.UPFRONT, 60));
    }
    MetricValue v = measure(BuiltInMetrics.partneringShare(), small, ledger);
    assertThat(v(v, "team.lead-1")).isCloseTo(0.75, within(EPS));
    assertThat(v.value("team.lead-2")).isEmpty();
    assertThat(v.value("team.head")).isEmpty(); // p0..p3 recorded no time
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
            open("ghost").build(),
            // an unknown decider still counts for its owner's level, an unknown owner for the
            // decider's level
            decided("lead-2", Style.TELL, "stranger", 1).build(),
            decided("ghost", Style.TELL, "p0", 1).build(),
            decided("ghost", Style.TELL, "stranger", 1).build());
    MetricValue v = measure(BuiltInMetrics.leadershipLevels(), ledger);
    // Owned: head, lead-1, member-4, lead-0, lead-2 = 1, 3, 1 of 5.
    assertThat(v(v, "owned.level.0")).isCloseTo(0.2, within(EPS));
    assertThat(v(v, "owned.level.1")).isCloseTo(0.6, within(EPS));
    assertThat(v(v, "owned.level.2")).isCloseTo(0.2, within(EPS));
    // Led: p0 twice (level 0), p5 and p4 (level 2).
    assertThat(v(v, "led.level.0")).isCloseTo(0.5, within(EPS));
    assertThat(v(v, "led.level.1")).isZero();
    assertThat(v(v, "led.level.2")).isCloseTo(0.5, within(EPS));
    assertThat(v(v, "entropy")).isCloseTo(Math.log(2) / Math.log(3), within(EPS));
    assertThat(v(v, "levels-leading")).isEqualTo(2);
    assertThat(v(v, "unknown-owner")).isEqualTo(3);
    assertThat(v(v, "unknown-decider")).isEqualTo(2);
    assertThat(v.skipped())
        .containsExactlyEntriesOf(Map.of("neither owner role nor decider in the organization", 2L));
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
    // Sixteen people: 11 with 0, four with 1, one with 2; G = 2*86/(16*6) - 17/16.
    assertThat(v(v, "involvement-gini")).isCloseTo(172.0 / 96 - 17.0 / 16, within(EPS));
    // No individual counts in an organization report ...
    assertThat(v.values().keySet()).noneMatch(k -> k.startsWith("person."));
    // ... only when the subject is the person.
    // p4 decided two decisions with themselves taking part; the one p0 decided is not about p4.
    List<LedgerRecord> own =
        List.of(
            decided("member-4", Style.AGREE, "p4", 1).addParticipants("p4", "p7").build(),
            decided("member-4", Style.AGREE, "p4", 1).addParticipants("p4").build(),
            decided("head", Style.AGREE, "p0", 1).addParticipants("p4").build());
    MetricValue p4 =
        measure(
            BuiltInMetrics.participation(),
            MetricContext.builder(ORG).subject(Subject.person("p4")).build(),
            own);
    assertThat(v(p4, "person.p4")).isEqualTo(2);
    assertThat(p4.values().keySet().stream().filter(k -> k.startsWith("person."))).hasSize(1);
    assertThat(p4.value("involvement-gini")).isEmpty();
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
    // Two of three decided on time, and the decision left open past its due time is late.
    assertThat(v(v, "on-time-rate")).isCloseTo(2.0 / 4, within(EPS));
    assertThat(v(v, "due-decisions")).isEqualTo(4);
    assertThat(v(v, "on-time")).isEqualTo(2);
    assertThat(v(v, "open")).isEqualTo(2);
    assertThat(v(v, "open-past-due")).isEqualTo(1);
    // Without an as-of instant "open past due" is not guessed.
    MetricValue unbounded = measure(BuiltInMetrics.timeliness(), ledger);
    assertThat(unbounded.value("open-past-due")).isEmpty();
    assertThat(v(unbounded, "on-time-rate")).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void leavingDecisionsOpenPastTheirDueTimeCannotRaiseTheOnTimeRate() {
    Instant asOf = T0.plus(Duration.ofDays(30));
    MetricContext context = MetricContext.builder(ORG).asOf(asOf).build();
    List<LedgerRecord> honest = new ArrayList<>();
    List<LedgerRecord> gamed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      DecisionRecord.Builder late =
          decided("head", Style.TELL, "p0", 48).dueAt(T0.plus(Duration.ofHours(24)));
      honest.add(late.build());
      // the same decision, never recorded as taken
      gamed.add(open("head").dueAt(T0.plus(Duration.ofHours(24))).build());
      DecisionRecord onTime =
          decided("head", Style.TELL, "p0", 1).dueAt(T0.plus(Duration.ofHours(24))).build();
      honest.add(onTime);
      gamed.add(onTime);
    }
    double honestRate = v(measure(BuiltInMetrics.timeliness(), context, honest), "on-time-rate");
    double gamedRate = v(measure(BuiltInMetrics.timeliness(), context, gamed), "on-time-rate");
    assertThat(gamedRate).isEqualTo(honestRate).isEqualTo(0.5);
  }

  @Test
  void consistencyIsTheSameStyleForTheSameSituationWithoutConsultingAnyRule() {
    DecisionTraits legal = DecisionTraits.builder().mandate(Mandate.LEGAL).build();
    DecisionTraits shared =
        DecisionTraits.builder().commitmentNeeded(0.9).groupExpertise(0.9).build();
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).traits(legal).build(),
            decided("head", Style.TELL, "p1", 1).traits(legal).build(),
            decided("head", Style.AGREE, "p0", 1).traits(legal).build(),
            decided("lead-0", Style.AGREE, "p0", 1).traits(shared).build(),
            decided("lead-0", Style.DELEGATE, "p0", 1).traits(shared).build(),
            // another domain, another owner: situations of their own, decided once
            decided("head", Style.DELEGATE, "p0", 1).traits(legal).domain(HIRING).build(),
            decided("lead-1", Style.TELL, "p0", 1).traits(shared).build(),
            decided("head", Style.DELEGATE, "p0", 1).build(),
            open("head").traits(legal).build());
    MetricValue v = measure(BuiltInMetrics.consistency(), ledger);
    // Legal at head: TELL, TELL, AGREE: 1 of 3 pairs agree, weight 2; shared at lead-0: AGREE,
    // DELEGATE: 0 of 1, weight 1.
    assertThat(v(v, "agreement")).isCloseTo((2 * (1.0 / 3) + 0) / 3, within(EPS));
    // In mode: TELL, TELL manage, AGREE partner (1 of 3); AGREE, DELEGATE both partner (1 of 1).
    assertThat(v(v, "mode-agreement")).isCloseTo((2 * (1.0 / 3) + 1) / 3, within(EPS));
    // Within a leader: p0's legal TELL, AGREE (0 of 1) and shared AGREE, DELEGATE (0 of 1).
    assertThat(v(v, "within-leader")).isZero();
    assertThat(v(v, "comparisons")).isEqualTo(3);
    assertThat(v(v, "repeated-situations")).isEqualTo(2);
    assertThat(v(v, "decisions-in-repeated-situations")).isEqualTo(5);
    assertThat(v.skipped())
        .containsExactlyInAnyOrderEntriesOf(Map.of("no traits recorded", 1L, "open decision", 1L));
  }

  @Test
  void consistencyIsTheSameToTheLastDigitWhateverTheOrderAndTheSplitOfTheRecords() {
    java.util.Random random = new java.util.Random(42);
    Style[] styles = Style.values();
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      // 300 situations, each decided a random number of times in random styles
      DecisionTraits traits =
          DecisionTraits.builder().significance(random.nextInt(300) / 300.0).build();
      ledger.add(
          decided("head", styles[random.nextInt(styles.length)], "p" + random.nextInt(4), 1)
              .traits(traits)
              .build());
    }
    MetricRegistry registry =
        MetricRegistry.builder().register(BuiltInMetrics.consistency()).build();
    MetricValue inOrder = registry.measure(CONTEXT, ledger).value("consistency").orElseThrow();
    for (int trial = 0; trial < 5; trial++) {
      List<LedgerRecord> shuffled = new ArrayList<>(ledger);
      java.util.Collections.shuffle(shuffled, random);
      Measurement[] parts = new Measurement[3];
      for (int k = 0; k < parts.length; k++) {
        parts[k] = registry.newMeasurement(CONTEXT);
      }
      for (int i = 0; i < shuffled.size(); i++) {
        parts[i % parts.length].accept(shuffled.get(i));
      }
      Measurement merged = parts[2].merge(parts[0]).merge(parts[1]);
      MetricValue split = merged.report().value("consistency").orElseThrow();
      for (String key : List.of("agreement", "mode-agreement", "within-leader")) {
        assertThat(v(split, key)).as(key).isEqualTo(v(inOrder, key));
      }
    }
  }

  @Test
  void aLeaderWhoAlwaysHandlesASituationOneWayIsConsistentWhateverThePolicyAdvises() {
    DecisionTraits legal = DecisionTraits.builder().mandate(Mandate.LEGAL).build();
    assertThat(recommended("head", legal)).isEqualTo(Mode.MANAGE);
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ledger.add(decided("head", Style.AGREE, "p0", 1).traits(legal).build());
    }
    assertThat(v(measure(BuiltInMetrics.consistency(), ledger), "agreement")).isEqualTo(1);
    assertThat(v(measure(BuiltInMetrics.policyAdherence(), ledger), "agreement-rate")).isZero();
  }

  @Test
  void policyAdherenceComparesTheModeUsedWithTheRecommendation() {
    DecisionTraits legal = DecisionTraits.builder().mandate(Mandate.LEGAL).build();
    // described enough that no unknown could change the recommendation
    DecisionTraits shared =
        DecisionTraits.builder()
            .significance(0.5)
            .urgency(0.2)
            .reversibility(0.6)
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.1)
            .leaderExpertise(0.8)
            .groupExpertise(0.9)
            .teamCompetence(0.6)
            .goalAlignment(0.9)
            .conflictLikelihood(0.2)
            .developmentValue(0.9)
            .structure(0.1)
            .timeAvailable(java.time.Duration.ofDays(30))
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
            decided("ghost", Style.TELL, "p0", 1).traits(legal).build(),
            decided("head", Style.DELEGATE, "p0", 1).build());
    MetricValue v = measure(BuiltInMetrics.policyAdherence(), ledger);
    assertThat(v(v, "agreement-rate")).isCloseTo(0.8, within(EPS));
    // po = 0.8; pe = 3/5 * 2/5 + 2/5 * 3/5 = 0.48; kappa = 0.32 / 0.52.
    assertThat(v(v, "kappa")).isCloseTo(0.32 / 0.52, within(EPS));
    assertThat(v(v, "compared")).isEqualTo(5);
    assertThat(v(v, "not-compared-outside-organization")).isEqualTo(1);
    assertThat(v.skipped()).containsEntry("no traits recorded", 1L);
  }

  static Mode recommended(String owner, DecisionTraits traits) {
    return PartnerOrManage.recommend(
            decided(owner, Style.TELL, "p0", 1).traits(traits).build().toDecision(),
            ORG,
            Policy.seed())
        .mode();
  }

  /** Fisher's exact test, one-sided (lower), from exact binomial coefficients. */
  static double fisherLower(int a, int n1, int b, int n2) {
    java.math.BigInteger hits = java.math.BigInteger.ZERO;
    int k = a + b;
    for (int x = 0; x <= a; x++) {
      hits = hits.add(choose(k, x).multiply(choose(n1 + n2 - k, n1 - x)));
    }
    return new java.math.BigDecimal(hits)
        .divide(new java.math.BigDecimal(choose(n1 + n2, n1)), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  static java.math.BigInteger choose(int n, int k) {
    if (k < 0 || k > n) {
      return java.math.BigInteger.ZERO;
    }
    java.math.BigInteger c = java.math.BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      c =
          c.multiply(java.math.BigInteger.valueOf(n - i))
              .divide(java.math.BigInteger.valueOf(i + 1));
    }
    return c;
  }

  /** Decisions with stakeholders p0..p13 and the participants given, decided by p0 in AGREE. */
  static List<LedgerRecord> involvementLedger(int decisions, String... participants) {
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int n = 0; n < decisions; n++) {
      DecisionRecord.Builder d = decided("head", Style.AGREE, "p0", 1);
      for (int i = 0; i <= 13; i++) {
        d.addStakeholders("p" + i);
      }
      ledger.add(d.addParticipants(participants).build());
    }
    return ledger;
  }

  /**
   * The test organization with p15's site and tenure described too (south, senior) and both
   * declared as protected attributes. (With p15 left undescribed, everyone with data minus north
   * minus south would be p15 alone, and one of the two groups would be suppressed.)
   */
  static final MetricContext FAIR =
      MetricContext.builder(described(ORG)).fairnessAttributes(List.of("site", "tenure")).build();

  static Organization described(Organization org) {
    Organization.Builder b = Organization.builder().addRoles(org.roles());
    for (Person p : org.people()) {
      b.addPerson(
          p.attributes().isEmpty()
              ? Person.builder()
                  .from(p)
                  .putAttribute("site", "south")
                  .putAttribute("tenure", "senior")
                  .build()
              : p);
    }
    org.assignments().forEach(b::addAssignment);
    return b.build();
  }

  @Test
  void involvementCountsEveryChanceOfTheUnitAndTestsAtTheLevelOfPeople() {
    List<LedgerRecord> ledger = new ArrayList<>(involvementLedger(4, "p0", "p2", "p4", "p6", "p1"));
    ledger.add(decided("head", Style.TELL, "p0", 1).build());
    MetricValue v = measure(BuiltInMetrics.fairness(), FAIR, ledger);
    // The five decisions of head concern its unit, p1-p3 (5 chances each); p0 and p4-p13 have a
    // seat at the four that list them (4 each). North p0, p2, ..., p12: 16 of 29 taken; south
    // p1, ..., p13: 4 of 30.
    assertThat(v(v, "involvement.chances.site=north")).isEqualTo(29);
    assertThat(v(v, "involvement.taken.site=north")).isEqualTo(16);
    assertThat(v(v, "involvement.chances.site=south")).isEqualTo(30);
    assertThat(v(v, "involvement.taken.site=south")).isEqualTo(4);
    assertThat(v(v, "involvement.members.site=south")).isEqualTo(7);
    assertThat(v(v, "involvement.impact-ratio.site=south"))
        .isCloseTo((4.0 / 30) / (16.0 / 29), within(EPS));
    // Five people took part at all: 148 of the 3,432 ways to pick seven of the fourteen have a
    // rate as low as south's (p = 0.043 before the correction). Eight tests (site and tenure in
    // involvement and authority): no finding, a group to look at again.
    assertThat(v(v, "groups-compared")).isEqualTo(8);
    assertThat(v(v, "involvement.p.site=south")).isBetween(0.2, 0.5);
    assertThat(v(v, "involvement.flagged.site=south")).isZero();
    assertThat(v(v, "flagged-groups")).isZero();
    assertThat(v(v, "below-threshold-groups")).isEqualTo(1);
    // Nobody was handed a decision: every authority rate is 0, no ratio under the threshold.
    assertThat(v(v, "authority.rate.site=north")).isZero();
    assertThat(v(v, "authority.impact-ratio.site=south")).isEqualTo(1);
    // Every site-and-tenure intersection has at most four people; nobody was recognized.
    assertThat(v.values().keySet()).noneMatch(k -> k.contains("&") && !k.startsWith("unknown"));
    assertThat(v(v, "unknown-attribute.site")).isZero();
    assertThat(v.explanation().toText()).contains("no-stakeholders", "seed");
  }

  @Test
  void aGroupNeverInvitedIsFlaggedThroughItsUnit() {
    // Forty people in head's unit; decisions list no stakeholders; the north half takes part in
    // every one, the south half is never invited.
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    org.addPerson(Person.builder().id("lead").displayName("Lead").build()).assign("lead", "head");
    List<String> north = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = "q" + i;
      org.addRole(Role.of("r" + i, "R" + i, "head"))
          .addPerson(
              Person.builder()
                  .id(id)
                  .displayName(id)
                  .putAttribute("site", i % 2 == 0 ? "north" : "south")
                  .build())
          .assign(id, "r" + i);
      if (i % 2 == 0) {
        north.add(id);
      }
    }
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int n = 0; n < 30; n++) {
      ledger.add(decided("head", Style.AGREE, "lead", 1).participants(north).build());
    }
    MetricContext context =
        MetricContext.builder(org.build()).fairnessAttributes(List.of("site")).build();
    MetricValue v = measure(BuiltInMetrics.fairness(), context, ledger);
    assertThat(v(v, "involvement.chances.site=south")).isEqualTo(600);
    assertThat(v(v, "involvement.taken.site=south")).isZero();
    assertThat(v(v, "involvement.flagged.site=south")).isEqualTo(1);
    assertThat(v(v, "involvement.p.site=south")).isLessThan(0.001);
  }

  @Test
  void fairnessAlsoComparesWhoIsHandedAuthorityAndWhoIsRecognized() {
    List<LedgerRecord> ledger = new ArrayList<>();
    String[] north = {"p4", "p6", "p8", "p10", "p12"};
    for (int n = 0; n < 30; n++) {
      DecisionRecord.Builder d = decided("head", Style.DELEGATE, north[n % 5], 1);
      for (int i = 4; i <= 13; i++) {
        d.addStakeholders("p" + i);
      }
      ledger.add(d.build());
    }
    for (int n = 0; n < 60; n++) {
      ledger.add(Recognition.of("p1", "p" + (2 + 2 * (n % 7)), HIRING, T0));
    }
    MetricValue v = measure(BuiltInMetrics.fairness(), FAIR, ledger);
    // North: 30 of 150 seats handed the decision; south: none of 150. One way in 252 to pick five
    // of the ten with nothing handed: significant alone, not after the correction.
    assertThat(v(v, "authority.rate.site=north")).isCloseTo(0.2, within(EPS));
    assertThat(v(v, "authority.rate.site=south")).isZero();
    assertThat(v(v, "authority.impact-ratio.site=south")).isZero();
    // 60 recognitions, all to north people (eight members); south (eight) got none: 9 ways in
    // 12,870 to pick eight of the sixteen with none.
    assertThat(v(v, "recognition.rate.site=north")).isCloseTo(60.0 / 8, within(EPS));
    assertThat(v(v, "recognition.received.site=south")).isZero();
    assertThat(v(v, "recognition.impact-ratio.site=south")).isZero();
    assertThat(v(v, "recognition.flagged.site=south")).isEqualTo(1);
    assertThat(v(v, "recognition.p.site=south")).isLessThan(0.05);
  }

  @Test
  void noGroupIsFlaggedWhenEveryoneTakesPartAlike() {
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      DecisionRecord.Builder d = decided("head", Style.AGREE, "p0", 1);
      for (int i = 0; i <= 13; i++) {
        d.addStakeholders("p" + i);
        if ((i + n) % 2 == 0) {
          d.addParticipants("p" + i);
        }
      }
      ledger.add(d.build());
    }
    MetricValue v = measure(BuiltInMetrics.fairness(), FAIR, ledger);
    assertThat(v(v, "groups-compared")).isPositive();
    assertThat(v(v, "flagged-groups")).isZero();
    assertThat(v(v, "involvement.rate.site=north")).isGreaterThan(0.4);
  }

  @Test
  void withNothingDeclaredFairnessComparesNothing() {
    MetricValue v = measure(BuiltInMetrics.fairness(), involvementLedger(12, "p0", "p2"));
    assertThat(v(v, "declared-attributes")).isZero();
    assertThat(v.values().keySet()).noneMatch(k -> k.contains("="));
    assertThat(v.explanation().toText()).contains("no protected attributes declared");
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
    assertThat(v.values().keySet()).noneMatch(k -> k.startsWith("person."));
    assertThat(v.skipped())
        .containsEntry("recognition involving a person not in the organization", 1L);
    MetricValue p2 =
        measure(
            BuiltInMetrics.trustInCompetence(),
            MetricContext.builder(ORG).subject(Subject.person("p2")).build(),
            ledger);
    assertThat(v(p2, "person.p2")).isEqualTo(3);
  }

  @Test
  void sharedAccountabilityIsTheNormalizedGiniAndTheUnaccountedShare() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.TELL, "p0", 1).addAccountable("p1").build(),
            decided("head", Style.TELL, "p0", 1).addAccountable("p1").build(),
            open("head").addAccountable("p1", "p2").build(),
            open("head").build());
    MetricValue v = measure(BuiltInMetrics.sharedAccountability(), ledger);
    // Fourteen people with 0, p2 with 1, p1 with 3: G = 2*63/(16*4) - 17/16, times 16/15.
    assertThat(v(v, "gini")).isCloseTo((126.0 / 64 - 17.0 / 16) * 16 / 15, within(EPS));
    assertThat(v(v, "accountable-per-decision")).isCloseTo(1, within(EPS));
    assertThat(v(v, "decisions-without-accountable")).isEqualTo(1);
    assertThat(v(v, "unaccounted-share")).isCloseTo(0.25, within(EPS));
    // Everyone equally accountable: 0; one person accountable for everything: 1, whatever n.
    List<LedgerRecord> even = new ArrayList<>();
    List<LedgerRecord> one = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      even.add(decided("head", Style.TELL, "p0", 1).addAccountable("p" + i).build());
      one.add(decided("head", Style.TELL, "p0", 1).addAccountable("p3").build());
    }
    assertThat(v(measure(BuiltInMetrics.sharedAccountability(), even), "gini"))
        .isCloseTo(0, within(EPS));
    assertThat(v(measure(BuiltInMetrics.sharedAccountability(), one), "gini"))
        .isCloseTo(1, within(EPS));
    // lead-0's unit: p1 and p6, p9, p12, p15; one of them accountable for all its decisions.
    MetricContext unit = MetricContext.builder(ORG).subject(Subject.unit("lead-0")).build();
    assertThat(unit.populationSize()).isEqualTo(5);
    List<LedgerRecord> unitOne = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      unitOne.add(decided("lead-0", Style.TELL, "p1", 1).addAccountable("p6").build());
    }
    assertThat(v(measure(BuiltInMetrics.sharedAccountability(), unit, unitOne), "gini"))
        .isCloseTo(1, within(EPS));
    // Fewer people than the minimum group size: not applicable, and said so.
    MetricValue person =
        measure(
            BuiltInMetrics.sharedAccountability(),
            MetricContext.builder(ORG).subject(Subject.person("p3")).build(),
            one);
    assertThat(person.value("gini")).isEmpty();
    assertThat(person.explanation().toText()).contains("not applicable");
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
  void centralizationWeighsTiesByHowOftenPeopleDecideTogether() {
    List<LedgerRecord> ledger =
        List.of(
            decided("head", Style.CONSULT, "p0", 1).addParticipants("p0", "p1", "p2").build(),
            decided("head", Style.CONSULT, "p0", 1).addParticipants("p3", "p1").build(),
            decided("head", Style.CONSULT, "p1", 1).addParticipants("p4", "stranger").build(),
            decided("head", Style.CONSULT, "stranger", 1).addParticipants("ghost").build());
    MetricValue v = measure(BuiltInMetrics.centralization(), ledger);
    // Ties p0-p1 (twice), p0-p2, p0-p3, p1-p4: weighted degrees p0 4, p1 3, p2-p4 1, eleven 0:
    // sum(4 - d) = 0 + 1 + 3 * 3 + 11 * 4 = 54 over (16 - 2) * 4.
    assertThat(v(v, "degree-centralization")).isCloseTo(54.0 / 56, within(EPS));
    assertThat(v(v, "ties")).isEqualTo(5);
    // Decided: p0 two, p1 one, fourteen none (sixteen people): normalized Gini.
    double g = (2.0 * (15 * 1 + 16 * 2) / (16 * 3) - 17.0 / 16) * 16 / 15;
    assertThat(v(v, "decision-concentration")).isCloseTo(g, within(EPS));
    // Unknown participants count in every decided decision, as participation counts them.
    assertThat(v(v, "unknown-participants")).isEqualTo(2);
    assertThat(v(measure(BuiltInMetrics.participation(), ledger), "unknown-participants"))
        .isEqualTo(2);
    List<LedgerRecord> star = new ArrayList<>();
    for (int i = 1; i < 16; i++) {
      star.add(decided("head", Style.CONSULT, "p0", 1).addParticipants("p" + i).build());
    }
    assertThat(v(measure(BuiltInMetrics.centralization(), star), "degree-centralization"))
        .isCloseTo(1, within(EPS));
    // A year of decisions among everyone does not saturate it: an even ring stays at 0.
    List<LedgerRecord> ring = new ArrayList<>();
    for (int n = 0; n < 365; n++) {
      for (int i = 0; i < 16; i++) {
        ring.add(
            decided("head", Style.CONSULT, "p" + i, 1)
                .addParticipants("p" + ((i + 1) % 16))
                .build());
      }
    }
    assertThat(v(measure(BuiltInMetrics.centralization(), ring), "degree-centralization"))
        .isCloseTo(0, within(EPS));
  }
}
