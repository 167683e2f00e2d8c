package org.partnership.metrics;

import java.time.Duration;
import java.util.TreeSet;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Trait;
import org.partnership.rules.RecommendationParameters;

/**
 * The grain at which two decisions are the same situation for the consistency metric: the answers a
 * decision rule asks of the traits, not the traits' exact values.
 *
 * <p>Each described graded trait is read as yes or no at the policy's threshold — urgency at {@link
 * RecommendationParameters#urgencyThreshold()}, every other trait at {@link
 * RecommendationParameters#highThreshold()} — which is how the Vroom–Yetton questions and the seed
 * rule's guards read them; an undescribed trait stays unknown. The mandate and the two flags are
 * kept. The time available is read as the band of the policy's process times it falls in (which
 * styles' processes fit in it), each band represented by its lower end. Decisions rated 0.500,
 * 0.501 and 0.502 are thus one situation, and a situation is what any rule of this family would
 * treat alike.
 *
 * <p>Coarse traits are cached per instance (a direct-mapped table of 1,024 entries), so the reading
 * allocates nothing once the situations repeat. Not thread-safe: one per accumulator.
 */
final class Situations {

  private static final int CACHE = 1024;
  private static final Trait[] TRAITS = Trait.values();

  private final double high;
  private final double urgent;
  private final long[] bounds;
  private final long[] keys = new long[CACHE];
  private final DecisionTraits[] cached = new DecisionTraits[CACHE];

  Situations(RecommendationParameters parameters) {
    this.high = parameters.highThreshold();
    this.urgent = parameters.urgencyThreshold();
    TreeSet<Long> times = new TreeSet<>();
    parameters.minimumTime().values().forEach(d -> times.add(d.toNanos()));
    this.bounds = times.stream().mapToLong(Long::longValue).toArray();
  }

  /** The traits as the situation reads them; equal for decisions of one situation. */
  DecisionTraits coarse(DecisionTraits traits) {
    long key = key(traits);
    int slot = SlotTable.mix(Long.hashCode(key) ^ (int) (key >>> 29)) & (CACHE - 1);
    DecisionTraits c = cached[slot];
    if (c != null && keys[slot] == key) {
      return c;
    }
    c = build(traits, key);
    keys[slot] = key;
    cached[slot] = c;
    return c;
  }

  /** Two bits per graded trait (0 unknown, 1 no, 2 yes), then mandate, flags and time band. */
  private long key(DecisionTraits t) {
    long key = 0;
    int known = t.knownBits();
    for (int i = 0; i < TRAITS.length; i++) {
      if ((known >>> i & 1) != 0) {
        key |= (yes(t, TRAITS[i]) ? 2L : 1L) << (2 * i);
      }
    }
    key |= (long) t.mandate().ordinal() << 24;
    key |= (t.confidential() ? 1L : 0L) << 28;
    key |= (t.consistencyCritical() ? 1L : 0L) << 29;
    key |= (long) band(t) << 30;
    return key;
  }

  private boolean yes(DecisionTraits t, Trait trait) {
    return t.value(trait) >= (trait == Trait.URGENCY ? urgent : high);
  }

  /** 0 when the time available is unknown, else 1 + the number of process times it reaches. */
  private int band(DecisionTraits t) {
    if (t.timeAvailable().isEmpty()) {
      return 0;
    }
    long nanos = nanos(t.timeAvailable().get());
    int b = 0;
    while (b < bounds.length && nanos >= bounds[b]) {
      b++;
    }
    return b + 1;
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private DecisionTraits build(DecisionTraits t, long key) {
    DecisionTraits.Builder b = DecisionTraits.builder();
    for (int i = 0; i < TRAITS.length; i++) {
      long answer = key >>> (2 * i) & 3;
      if (answer != 0) {
        b.value(TRAITS[i], answer == 2 ? 1.0 : 0.0);
      }
    }
    b.mandate(t.mandate())
        .confidential(t.confidential())
        .consistencyCritical(t.consistencyCritical());
    int band = (int) (key >>> 30);
    if (band > 0) {
      b.timeAvailable(band == 1 ? Duration.ZERO : Duration.ofNanos(bounds[band - 2]));
    }
    return b.build();
  }
}
