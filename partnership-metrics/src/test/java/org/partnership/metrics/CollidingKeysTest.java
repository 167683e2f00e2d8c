package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * Keys chosen to collide cost no more than keys drawn at random: every table keyed by data a
 * stranger wrote (ids, situations, pairs of people) looks at a bounded number of slots per key, so
 * the metrics' work stays linear in the ledger (limits page: "every cost grows at most linearly
 * with the input").
 */
class CollidingKeysTest {

  /** The slots a lookup may look at, at most: a constant, whatever the number of keys. */
  private static final long WINDOW = 33;

  /**
   * {@code count} distinct strings that share one {@link String#hashCode()}: "Aa" and "BB" hash
   * alike, so any sequence of them does too; a random prefix makes each set a new one.
   */
  static List<String> colliding(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String prefix = "id" + random.nextInt(1000) + "-";
    int blocks = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
    List<String> ids = new ArrayList<>(count);
    int flip = random.nextInt(1 << blocks);
    for (int i = 0; i < count; i++) {
      StringBuilder s = new StringBuilder(prefix);
      int bits = i ^ flip;
      for (int b = 0; b < blocks; b++) {
        s.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(s.toString());
    }
    return ids;
  }

  @Test
  void theGeneratedStringsReallyCollide() {
    List<String> ids = colliding(4096, 7);
    assertThat(new HashSet<>(ids)).hasSize(4096);
    assertThat(ids.stream().mapToInt(String::hashCode).distinct()).hasSize(1);
  }

  /** An entry keyed by a string, for the situation table. */
  private static final class Named extends SlotTable.Slot {
    final String name;

    Named(String name) {
      super(SlotTable.mix(name.hashCode()));
      this.name = name;
    }
  }

  private static Named find(SlotTable<Named> table, String name) {
    int h = SlotTable.mix(name.hashCode());
    Named e;
    int i = table.first(h);
    for (int n = 0; n < SlotTable.MAX_PROBE && (e = table.at(i)) != null; n++) {
      if (e.hash == h && e.name.equals(name)) {
        return e;
      }
      i = table.next(i);
    }
    return table.addIfAbsent(new Named(name));
  }

  @Test
  void theSituationTableLooksAtBoundedSlotsPerKeyWhateverTheHashes() {
    qt().withExamples(20)
        .forAll(integers().between(1, 20_000), longs().all())
        .checkAssert(
            (count, seed) -> {
              List<String> ids = colliding(count, seed);
              SlotTable<Named> table =
                  new SlotTable<>(1 << 20, Comparator.comparing((Named e) -> e.name));
              for (String id : ids) {
                assertThat(find(table, id).name).isEqualTo(id);
              }
              for (String id : ids) {
                assertThat(find(table, id).name).isEqualTo(id); // found, not added again
              }
              assertThat(table.size()).isEqualTo(count);
              // each of 2 × count lookups and count insertions (with growth) looks at a bounded
              // number of slots; a chain would look at count² / 2
              assertThat(table.probes).isLessThanOrEqualTo(8L * WINDOW * count);
              List<String> order = new ArrayList<>();
              table.forEach(e -> order.add(e.name));
              assertThat(order).containsExactlyInAnyOrderElementsOf(ids);
              // the order depends on the keys only: a second table built alike lists them alike
              SlotTable<Named> again =
                  new SlotTable<>(1 << 20, Comparator.comparing((Named e) -> e.name));
              ids.forEach(id -> find(again, id));
              List<String> order2 = new ArrayList<>();
              again.forEach(e -> order2.add(e.name));
              assertThat(order2).isEqualTo(order);
            });
  }

  @Test
  void aCacheWithoutOrderKeepsWhatFitsAndNeverProbesFar() {
    List<String> ids = colliding(10_000, 3);
    SlotTable<Named> cache = new SlotTable<>(1 << 20, null);
    int kept = 0;
    for (String id : ids) {
      if (find(cache, id) != null) {
        kept++;
      }
    }
    assertThat(kept).isEqualTo(cache.size()).isLessThanOrEqualTo(SlotTable.MAX_PROBE);
    assertThat(cache.probes).isLessThanOrEqualTo(4L * WINDOW * ids.size());
  }

  @Test
  void theIdIndexFindsEveryIdAtBoundedCostWhateverTheHashes() {
    qt().withExamples(20)
        .forAll(integers().between(1, 20_000), longs().all())
        .checkAssert(
            (count, seed) -> {
              List<String> ids = colliding(count, seed);
              IdIndex index = new IdIndex(ids);
              assertThat(index.probes).isLessThanOrEqualTo(WINDOW * count);
              for (int i = 0; i < count; i++) {
                assertThat(index.get(ids.get(i))).isEqualTo(i);
              }
              assertThat(index.get(ids.get(0) + "x")).isEqualTo(-1);
            });
  }

  /**
   * Distinct longs whose hashes in {@link LongSet} are all equal: the set multiplies by an odd
   * constant (invertible modulo 2<sup>64</sup>) and folds the halves, so products whose halves
   * differ by one constant fold alike.
   */
  private static long[] collidingPairs(int count, long seed) {
    long inverse = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < 6; i++) {
      inverse *= 2 - 0x9E3779B97F4A7C15L * inverse; // Newton: the inverse modulo 2^64
    }
    long c = new SplittableRandom(seed).nextLong() & 0xFFFFFFFFL;
    long[] values = new long[count];
    for (int a = 0; a < count; a++) {
      long product = ((long) (a + 1) << 32) | ((a + 1) ^ c);
      values[a] = product * inverse;
    }
    return values;
  }

  @Test
  void theSetOfPairsLooksAtBoundedSlotsPerValueWhateverTheHashes() {
    qt().withExamples(10)
        .forAll(integers().between(1, 20_000), longs().all())
        .checkAssert(
            (count, seed) -> {
              long[] values = collidingPairs(count, seed);
              LongSet set = new LongSet();
              for (long v : values) {
                assertThat(set.add(v)).isTrue();
              }
              for (long v : values) {
                assertThat(set.contains(v)).isTrue();
                assertThat(set.add(v)).isFalse();
              }
              assertThat(set.size()).isEqualTo(count);
              assertThat(set.probes).isLessThanOrEqualTo(8L * WINDOW * count);
              Set<Long> seen = new HashSet<>();
              set.forEach(seen::add);
              assertThat(seen).hasSize(count);
            });
  }

  @Test
  @Timeout(120)
  void aLedgerOf65536ColludingOwnerIdsIsMeasuredInLinearTime() { // T1
    // the consistency and policy-adherence tables, keyed by situations whose owner ids collide
    List<String> owners = colliding(65_536, 11);
    Organization org = TestLedgers.organization();
    List<LedgerRecord> ledger = new ArrayList<>();
    DecisionTraits traits = DecisionTraits.builder().significance(0.5).urgency(0.5).build();
    for (int i = 0; i < owners.size(); i++) {
      for (int twice = 0; twice < 2; twice++) {
        ledger.add(
            DecisionRecord.builder()
                .decisionId("d" + i + "-" + twice)
                .domain(Domain.of("budget"))
                .ownerRoleId(owners.get(i))
                .style(twice == 0 ? Style.CONSULT : Style.TELL)
                .traits(traits)
                .raisedAt(TestLedgers.START)
                .decidedBy(org.people().get(0).id())
                .decidedAt(TestLedgers.START.plus(Duration.ofHours(1)))
                .build());
      }
    }
    MetricReport report =
        MetricRegistry.builder()
            .register(BuiltInMetrics.consistency())
            .register(BuiltInMetrics.policyAdherence())
            .build()
            .measure(MetricContext.of(org), ledger);
    MetricValue consistency = report.values().get("consistency");
    // every situation was decided twice, once each way: all counted, none lost to a limit
    assertThat(consistency.recordsUsed()).isEqualTo(ledger.size());
    assertThat(consistency.recordsSkipped()).isZero();
    assertThat(report.values().get("policy-adherence").recordsUsed()).isEqualTo(ledger.size());
  }

  @Test
  @Timeout(120)
  void domainsWhoseNamesCollideCostALogarithmEach() {
    // a role that agreed a level in 65,536 domains whose names share a hash code, and one decision
    // in each: the delegation-drift table and the role's map stay linear
    List<String> names = colliding(65_536, 5);
    Role.Builder role = Role.builder().id("owner").title("Owner");
    for (String name : names) {
      role.putDelegationLevel(Domain.of(name), Style.CONSULT);
    }
    Organization org =
        Organization.builder()
            .addRole(role.build())
            .addPerson(Person.builder().id("p").displayName("P").build())
            .assign("p", "owner")
            .build();
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ledger.add(
          DecisionRecord.builder()
              .decisionId("d" + i)
              .domain(Domain.of(names.get(i)))
              .ownerRoleId("owner")
              .style(Style.CONSULT)
              .raisedAt(TestLedgers.START)
              .decidedBy("p")
              .decidedAt(TestLedgers.START.plus(Duration.ofHours(1)))
              .build());
    }
    MetricValue drift =
        MetricRegistry.builder()
            .register(BuiltInMetrics.delegationDrift())
            .build()
            .measure(MetricContext.of(org), ledger)
            .values()
            .get("delegation-drift");
    assertThat(drift.recordsUsed()).isEqualTo(names.size());
  }
}
