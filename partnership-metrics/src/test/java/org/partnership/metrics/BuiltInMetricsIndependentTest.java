package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Style;
import org.partnership.model.TimeAllocation;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;

/**
 * The built-in values on random ledgers against a second, naive computation written from the
 * formulas in docs/metrics.md (lists, sorting, quadratic loops, the core's TimeAllocation).
 */
class BuiltInMetricsIndependentTest {

  static final Organization ORG = TestLedgers.organization();
  static final MetricContext CONTEXT = MetricContext.of(ORG);
  static final double EPS = 1e-9;

  /**
   * A situation as docs/metrics.md defines it, recomputed: each described trait's answer at the
   * seed policy's thresholds (urgency 0.8, the others 0.5), the mandate, the flags, and how many of
   * the policy's distinct process times the time available reaches.
   */
  static List<Object> answers(org.partnership.model.DecisionTraits t) {
    List<Object> key = new ArrayList<>();
    for (org.partnership.model.Trait trait : org.partnership.model.Trait.values()) {
      double threshold = trait == org.partnership.model.Trait.URGENCY ? 0.8 : 0.5;
      key.add(t.isKnown(trait) ? (t.value(trait) >= threshold ? "yes" : "no") : "unknown");
    }
    key.add(t.mandate());
    key.add(t.confidential());
    key.add(t.consistencyCritical());
    key.add(
        t.timeAvailable()
            .map(
                time ->
                    (Object)
                        new java.util.TreeSet<>(
                                Policy.seed().recommendation().minimumTime().values())
                            .headSet(time, true)
                            .size())
            .orElse("unknown"));
    return key;
  }

  static MetricReport measure(List<LedgerRecord> ledger) {
    return MetricRegistry.builtIns().measure(CONTEXT, ledger);
  }

  static double value(MetricReport report, String metric, String key) {
    return report
        .value(metric)
        .orElseThrow()
        .value(key)
        .orElseThrow(() -> new AssertionError(metric + " has no " + key));
  }

  static boolean known(String person) {
    return ORG.person(person).isPresent();
  }

  static List<DecisionRecord> decisions(List<LedgerRecord> ledger) {
    List<DecisionRecord> result = new ArrayList<>();
    for (LedgerRecord r : ledger) {
      if (r instanceof DecisionRecord) {
        result.add((DecisionRecord) r);
      }
    }
    return result;
  }

  /** Mean absolute difference over all ordered pairs / (2 mean): the Gini coefficient. */
  static double gini(List<Long> x) {
    double sum = 0;
    double diff = 0;
    for (long a : x) {
      sum += a;
      for (long b : x) {
        diff += Math.abs(a - b);
      }
    }
    return diff / (2.0 * x.size() * sum);
  }

  @Test
  void timeSharesAgreeWithTheCoresTimeAllocation() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 600);
              TimeAllocation.Builder all = TimeAllocation.builder();
              for (LedgerRecord r : ledger) {
                if (r instanceof TimeEntry && known(((TimeEntry) r).personId())) {
                  all.addEntry(((TimeEntry) r).toAllocationEntry());
                }
              }
              TimeAllocation t = all.build();
              MetricReport report = measure(ledger);
              assertThat(value(report, "partnering-share", "overall"))
                  .isCloseTo(t.partneringShare().getAsDouble(), within(EPS));
              assertThat(value(report, "upfront-share", "upfront"))
                  .isCloseTo(t.upfrontShare().getAsDouble(), within(EPS));
              assertThat(value(report, "upfront-share", "loose-ends"))
                  .isCloseTo(t.looseEndsShare().getAsDouble(), within(EPS));
            });
  }

  @Test
  void giniCoefficientsAgreeWithTheMeanAbsoluteDifference() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 600);
              Map<String, Long> involvement = new HashMap<>();
              Map<String, Long> accountability = new HashMap<>();
              for (DecisionRecord d : decisions(ledger)) {
                if (d.isDecided()) {
                  d.participants().forEach(p -> involvement.merge(p, 1L, Long::sum));
                }
                d.accountable().forEach(p -> accountability.merge(p, 1L, Long::sum));
              }
              List<Long> inv = new ArrayList<>();
              List<Long> acc = new ArrayList<>();
              for (Person p : ORG.people()) {
                inv.add(involvement.getOrDefault(p.id(), 0L));
                acc.add(accountability.getOrDefault(p.id(), 0L));
              }
              MetricReport report = measure(ledger);
              assertThat(value(report, "participation", "involvement-gini"))
                  .isCloseTo(gini(inv), within(EPS));
              int n = acc.size();
              assertThat(value(report, "shared-accountability", "gini"))
                  .isCloseTo(gini(acc) * n / (n - 1), within(EPS));
            });
  }

  @Test
  void latencyQuantilesAreTheNearestRankQuantilesWithinATenthOfAPercent() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 800);
              MetricReport report = measure(ledger);
              for (Mode mode : Mode.values()) {
                List<Long> latencies = new ArrayList<>();
                for (DecisionRecord d : decisions(ledger)) {
                  if (d.isDecided() && d.mode() == mode) {
                    latencies.add(
                        d.decidedAt().get().getEpochSecond() - d.raisedAt().getEpochSecond());
                  }
                }
                latencies.sort(null);
                String m = mode.name().toLowerCase(java.util.Locale.ROOT);
                for (double q : new double[] {0.5, 0.9}) {
                  long exact = latencies.get((int) Math.ceil(q * latencies.size()) - 1);
                  String key = (q == 0.5 ? "latency-median-hours." : "latency-p90-hours.") + m;
                  assertThat(value(report, "timeliness", key) * 3600)
                      .isCloseTo(exact, within(exact * 0.001 + 1));
                }
              }
            });
  }

  @Test
  void agreementAndDriftAgreeWithAPerDecisionRecomputation() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 600);
              long compared = 0;
              long agree = 0;
              long drifted = 0;
              long driftSum = 0;
              Map<List<Object>, List<Style>> situations = new HashMap<>();
              for (DecisionRecord d : decisions(ledger)) {
                if (!d.isDecided()) {
                  continue;
                }
                boolean visible =
                    ORG.role(d.ownerRoleId()).isPresent()
                        && d.stakeholders().stream().allMatch(s -> ORG.person(s).isPresent());
                if (d.traits().isPresent() && visible) {
                  compared++;
                  Mode advice =
                      PartnerOrManage.recommend(d.toDecision(), ORG, Policy.seed()).mode();
                  agree += advice == d.mode() ? 1 : 0;
                }
                if (d.traits().isPresent()) {
                  situations
                      .computeIfAbsent(
                          List.of(d.domain(), d.ownerRoleId(), answers(d.traits().get())),
                          k -> new ArrayList<>())
                      .add(d.style());
                }
                Style agreed =
                    ORG.role(d.ownerRoleId())
                        .map(r -> r.delegationLevels().get(d.domain()))
                        .orElse(null);
                if (agreed != null) {
                  drifted++;
                  driftSum += d.style().ordinal() - agreed.ordinal();
                }
              }
              // Every pair of decisions of a situation, compared one by one.
              double weighted = 0;
              long weights = 0;
              for (List<Style> styles : situations.values()) {
                int n = styles.size();
                if (n < 2) {
                  continue;
                }
                int same = 0;
                int pairs = 0;
                for (int i = 0; i < n; i++) {
                  for (int j = i + 1; j < n; j++) {
                    pairs++;
                    same += styles.get(i) == styles.get(j) ? 1 : 0;
                  }
                }
                weighted += (n - 1) * (double) same / pairs;
                weights += n - 1;
              }
              MetricReport report = measure(ledger);
              assertThat(value(report, "policy-adherence", "agreement-rate"))
                  .isCloseTo((double) agree / compared, within(EPS));
              if (weights > 0) {
                assertThat(value(report, "consistency", "agreement"))
                    .isCloseTo(weighted / weights, within(EPS));
              }
              assertThat(value(report, "consistency", "comparisons")).isEqualTo(weights);
              assertThat(value(report, "delegation-drift", "mean-drift"))
                  .isCloseTo((double) driftSum / drifted, within(EPS));
            });
  }

  @Test
  void networkAndRecognitionValuesAgreeWithNaiveSetsAndMatrices() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 600);
              int n = ORG.people().size();
              long[][] ties = new long[n][n];
              long[] decided = new long[n];
              Set<List<String>> pairs = new HashSet<>();
              Set<String> recognized = new HashSet<>();
              for (LedgerRecord r : ledger) {
                if (r instanceof DecisionRecord && ((DecisionRecord) r).isDecided()) {
                  DecisionRecord d = (DecisionRecord) r;
                  int a = CONTEXT.personIndex(d.decidedBy().get());
                  if (a >= 0) {
                    decided[a]++;
                  }
                  for (String p : d.participants()) {
                    int b = CONTEXT.personIndex(p);
                    if (a >= 0 && b >= 0 && a != b) {
                      ties[a][b]++;
                      ties[b][a]++;
                    }
                  }
                } else if (r instanceof Recognition) {
                  Recognition g = (Recognition) r;
                  if (known(g.fromPersonId()) && known(g.toPersonId())) {
                    pairs.add(List.of(g.fromPersonId(), g.toPersonId()));
                    recognized.add(g.toPersonId());
                  }
                }
              }
              long[] degree = new long[n];
              long max = 0;
              for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                  degree[a] += ties[a][b];
                }
                max = Math.max(max, degree[a]);
              }
              double sum = 0;
              for (long d : degree) {
                sum += max - d;
              }
              List<Long> deciding = new ArrayList<>();
              for (long d : decided) {
                deciding.add(d);
              }
              long reciprocated =
                  pairs.stream().filter(p -> pairs.contains(List.of(p.get(1), p.get(0)))).count();
              MetricReport report = measure(ledger);
              assertThat(value(report, "centralization", "degree-centralization"))
                  .isCloseTo(sum / ((n - 2) * (double) max), within(EPS));
              assertThat(value(report, "centralization", "decision-concentration"))
                  .isCloseTo(gini(deciding) * n / (n - 1), within(EPS));
              assertThat(value(report, "trust-in-competence", "reciprocity"))
                  .isCloseTo((double) reciprocated / pairs.size(), within(EPS));
              assertThat(value(report, "trust-in-competence", "coverage"))
                  .isCloseTo((double) recognized.size() / n, within(EPS));
            });
  }

  @Test
  void groupRatesAgreeWithANaiveCountPerGroup() {
    Organization described = BuiltInMetricsTest.described(ORG);
    MetricContext context =
        MetricContext.builder(described).fairnessAttributes(List.of("site")).build();
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(described, seed, 1200);
              Map<String, long[]> bySite = new HashMap<>();
              for (DecisionRecord d : decisions(ledger)) {
                if (!d.isDecided()) {
                  continue;
                }
                // A person's chance: the decision's owner role is the role theirs reports to,
                // or the decision lists them as a stakeholder.
                for (Person p : described.people()) {
                  boolean inUnit =
                      described.rolesOf(p.id()).stream()
                          .anyMatch(r -> r.reportsTo().orElse("").equals(d.ownerRoleId()));
                  if (!inUnit && !d.stakeholders().contains(p.id())) {
                    continue;
                  }
                  long[] c = bySite.computeIfAbsent(p.attribute("site").get(), k -> new long[2]);
                  c[0]++;
                  boolean took =
                      d.participants().contains(p.id()) || d.decidedBy().get().equals(p.id());
                  c[1] += took ? 1 : 0;
                }
              }
              MetricValue fairness =
                  MetricRegistry.builtIns()
                      .measure(context, ledger)
                      .value("fairness")
                      .orElseThrow();
              assertThat(bySite).hasSize(2);
              bySite.forEach(
                  (site, c) -> {
                    assertThat(value(fairness, "involvement.rate.site=" + site))
                        .isCloseTo((double) c[1] / c[0], within(EPS));
                    assertThat(value(fairness, "involvement.chances.site=" + site)).isEqualTo(c[0]);
                  });
              double highest = 0;
              for (long[] c : bySite.values()) {
                highest = Math.max(highest, (double) c[1] / c[0]);
              }
              for (Map.Entry<String, long[]> e : bySite.entrySet()) {
                double rate = (double) e.getValue()[1] / e.getValue()[0];
                assertThat(fairness.value("involvement.impact-ratio.site=" + e.getKey()))
                    .hasValueCloseTo(rate / highest, within(EPS));
              }
            });
  }

  static double value(MetricValue v, String key) {
    return v.value(key).orElseThrow(() -> new AssertionError("no value " + key));
  }

  @Test
  void levelSharesAndTheirEntropyAgreeWithCountsFromTheOrganization() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<LedgerRecord> ledger = TestLedgers.random(ORG, seed, 600);
              long[] owned = new long[ORG.depth()];
              long[] led = new long[ORG.depth()];
              for (DecisionRecord d : decisions(ledger)) {
                if (ORG.role(d.ownerRoleId()).isPresent()) {
                  owned[ORG.levelOf(d.ownerRoleId())]++;
                }
                if (d.decidedBy().isPresent() && ORG.person(d.decidedBy().get()).isPresent()) {
                  led[ORG.levelOfPerson(d.decidedBy().get()).getAsInt()]++;
                }
              }
              long ownedTotal = java.util.Arrays.stream(owned).sum();
              long ledTotal = java.util.Arrays.stream(led).sum();
              double h = 0;
              MetricReport report = measure(ledger);
              for (int l = 0; l < ORG.depth(); l++) {
                assertThat(value(report, "leadership-levels", "owned.level." + l))
                    .isCloseTo((double) owned[l] / ownedTotal, within(EPS));
                double p = (double) led[l] / ledTotal;
                assertThat(value(report, "leadership-levels", "led.level." + l))
                    .isCloseTo(p, within(EPS));
                h -= p > 0 ? p * Math.log(p) : 0;
              }
              assertThat(value(report, "leadership-levels", "entropy"))
                  .isCloseTo(h / Math.log(ORG.depth()), within(EPS));
              long received = 0;
              for (LedgerRecord r : ledger) {
                if (r instanceof Recognition
                    && known(((Recognition) r).fromPersonId())
                    && known(((Recognition) r).toPersonId())) {
                  received++;
                }
              }
              assertThat(value(report, "trust-in-competence", "recognitions-per-person"))
                  .isCloseTo((double) received / ORG.people().size(), within(EPS));
            });
  }

  @Test
  void aParallelStreamGivesTheSameReportAsOnePass() {
    List<LedgerRecord> ledger = TestLedgers.random(ORG, 42, 20_000);
    MetricReport sequential = measure(ledger);
    MetricReport parallel = MetricRegistry.builtIns().measure(CONTEXT, ledger.parallelStream());
    assertThat(parallel.values()).isEqualTo(sequential.values());
    assertThat(parallel.recordsRead()).isEqualTo(20_000);
  }
}
