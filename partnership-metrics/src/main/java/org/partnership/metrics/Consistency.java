package org.partnership.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.rules.PartnerOrManage;

/**
 * 6. Consistency: agreement of the style used with the policy's recommendation for the same
 * decision (rate, and Cohen's kappa on mode); the spread of styles among decisions with identical
 * traits.
 */
final class Consistency extends BuiltIn<Consistency.Acc> {

  static final Consistency INSTANCE = new Consistency();

  /** Recommendations remembered per accumulator; beyond this they are computed each time. */
  private static final int CACHE_LIMIT = 65_536;

  /**
   * Distinct trait sets whose styles are counted; decisions in further situations are counted as
   * untracked, so memory stays bounded (the spread is exact while a ledger has fewer).
   */
  static final int SITUATION_LIMIT = 65_536;

  private Consistency() {
    super(
        "consistency",
        "Whether the same situation gets the same handling: agreement of the mode used with the"
            + " policy's recommendation (rate and Cohen's kappa), and the spread of styles among"
            + " decisions with identical traits.",
        "share of decisions",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  /**
   * A recommendation remembered for a situation: what it depends on (traits, domain, owner and
   * stakeholders, the latter in iteration order — the same set in another order is another entry
   * with the same recommendation, so matching stays cheap and exact), the recommended mode and the
   * style counts of the traits.
   */
  private static final class Entry {
    final int hash;
    final DecisionTraits traits;
    final Domain domain;
    final String owner;
    final String[] stakeholders;
    final Mode mode;
    final long[] styles;

    Entry(int hash, DecisionRecord d, DecisionTraits traits, Mode mode, long[] styles) {
      this.hash = hash;
      this.traits = traits;
      this.domain = d.domain();
      this.owner = d.ownerRoleId();
      this.stakeholders = d.stakeholders().toArray(new String[0]);
      this.mode = mode;
      this.styles = styles;
    }

    boolean matches(int h, DecisionTraits t, DecisionRecord d) {
      if (hash != h
          || (traits != t && !traits.equals(t))
          || !owner.equals(d.ownerRoleId())
          || !domain.equals(d.domain())) {
        return false;
      }
      Set<String> others = d.stakeholders();
      if (others.size() != stakeholders.length) {
        return false;
      }
      int k = 0;
      for (String s : others) {
        if (!stakeholders[k++].equals(s)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Open addressing over entries; grows up to {@link #CACHE_LIMIT} entries, then stays. */
  private static final class Cache {
    private Entry[] slots = new Entry[64];
    private int size;

    static int hash(DecisionTraits t, DecisionRecord d) {
      int h =
          ((t.hashCode() * 31 + d.domain().hashCode()) * 31 + d.ownerRoleId().hashCode()) * 31
              + d.stakeholders().hashCode();
      return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    Entry find(int h, DecisionTraits t, DecisionRecord d) {
      int mask = slots.length - 1;
      int i = h & mask;
      Entry e;
      while ((e = slots[i]) != null) {
        if (e.matches(h, t, d)) {
          return e;
        }
        i = (i + 1) & mask;
      }
      return null;
    }

    void put(Entry e) {
      if (size >= CACHE_LIMIT) {
        return;
      }
      if (++size * 2 > slots.length) {
        Entry[] old = slots;
        slots = new Entry[old.length * 2];
        for (Entry o : old) {
          if (o != null) {
            insert(o);
          }
        }
      }
      insert(e);
    }

    private void insert(Entry e) {
      int mask = slots.length - 1;
      int i = e.hash & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = e;
    }
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    /** [recommended mode][used mode]. */
    private final long[][] table = new long[2][2];

    private final Map<DecisionTraits, long[]> stylesByTraits = new HashMap<>();
    private final Cache recommended = new Cache();
    private long noTraits;
    private long untracked;
    private long notInOrganization;

    Acc(MetricContext context) {
      super(context);
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      if (view.traits == null) {
        noTraits++;
        return;
      }
      DecisionTraits traits = view.traits;
      int h = Cache.hash(traits, d);
      Entry advice = recommended.find(h, traits, d);
      if (advice == null) {
        // The rule is asked only about decisions whose owner and stakeholders it can see.
        Mode mode =
            inOrganization(d)
                ? PartnerOrManage.styleOf(d.toDecision(), context.organization(), context.policy())
                    .mode()
                : null;
        advice = new Entry(h, d, traits, mode, styles(traits));
        recommended.put(advice);
      }
      if (advice.mode == null) {
        notInOrganization++;
      } else {
        table[advice.mode.ordinal()][d.mode().ordinal()]++;
      }
      if (advice.styles == null) {
        untracked++;
      } else {
        advice.styles[d.style().ordinal()]++;
      }
      used++;
    }

    private boolean inOrganization(DecisionRecord d) {
      org.partnership.model.Organization org = context.organization();
      if (org.role(d.ownerRoleId()).isEmpty()) {
        return false;
      }
      for (String s : d.stakeholders()) {
        if (org.person(s).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** The style counts of a trait set, created if there is room; null beyond the limit. */
    private long[] styles(DecisionTraits traits) {
      long[] styles = stylesByTraits.get(traits);
      if (styles == null && stylesByTraits.size() < SITUATION_LIMIT) {
        styles = new long[Style.values().length];
        stylesByTraits.put(traits, styles);
      }
      return styles;
    }

    @Override
    void combine(Acc o) {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          table[i][j] += o.table[i][j];
        }
      }
      for (Map.Entry<DecisionTraits, long[]> e : o.stylesByTraits.entrySet()) {
        long[] counts = e.getValue();
        long[] mine = stylesByTraits.get(e.getKey());
        if (mine == null && stylesByTraits.size() < SITUATION_LIMIT) {
          mine = new long[counts.length];
          stylesByTraits.put(e.getKey(), mine);
        }
        for (int i = 0; i < counts.length; i++) {
          if (mine == null) {
            untracked += counts[i];
          } else {
            mine[i] += counts[i];
          }
        }
      }
      untracked += o.untracked;
      noTraits += o.noTraits;
      notInOrganization += o.notInOrganization;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      long n = table[0][0] + table[0][1] + table[1][0] + table[1][1];
      long agree = table[0][0] + table[1][1];
      v.put("agreement-rate", Stats.share(agree, n));
      v.put("compared", n);
      v.put("not-compared-outside-organization", notInOrganization);
      if (n > 0) {
        double po = (double) agree / n;
        double pe = 0;
        for (int k = 0; k < 2; k++) {
          double row = table[k][0] + table[k][1];
          double col = table[0][k] + table[1][k];
          pe += (row / n) * (col / n);
        }
        if (pe < 1) {
          v.put("kappa", (po - pe) / (1 - pe));
        } else {
          why.absent("kappa", "every decision falls in one mode on both sides: kappa is undefined");
        }
      }
      why.step(
          "agreement",
          "decided decisions whose mode agrees with the policy's recommendation for the same"
              + " traits, domain, owner and stakeholders / compared decisions; kappa = (po - pe) /"
              + " (1 - pe) on the 2x2 table of recommended and used mode",
          "recommendManageUsedManage",
          table[0][0],
          "recommendManageUsedPartner",
          table[0][1],
          "recommendPartnerUsedManage",
          table[1][0],
          "recommendPartnerUsedPartner",
          table[1][1],
          "policy",
          context.policy().id() + " v" + context.policy().version());
      long inRepeated = 0;
      long offModal = 0;
      long situations = 0;
      for (long[] counts : stylesByTraits.values()) {
        long total = 0;
        long modal = 0;
        for (long c : counts) {
          total += c;
          modal = Math.max(modal, c);
        }
        if (total >= 2) {
          situations++;
          inRepeated += total;
          offModal += total - modal;
        }
      }
      v.put("style-spread", Stats.share(offModal, inRepeated));
      v.put("repeated-situations", situations);
      v.put("untracked-decisions", untracked);
      why.step(
          "style-spread",
          "among decisions whose traits are identical to another's: those not in their group's"
              + " most used style / all such decisions (0 = identical situations always get the"
              + " same style)",
          "repeatedSituations",
          situations,
          "decisions",
          inRepeated);
      v.skipped("open decision", open);
      v.skipped("no traits recorded", noTraits);
      return v.explanation(
              why.summary(
                  "Management is consistent when the same situation gets the same handling"))
          .build();
    }
  }
}
