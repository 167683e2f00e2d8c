package org.partnership.metrics;

import java.util.Set;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.rules.PartnerOrManage;

/**
 * 12. Policy adherence: agreement of the mode used with the policy's recommendation for the same
 * decision (rate, and Cohen's kappa). Reported, never assessed: a leader who handles the same
 * situation the same way with another well-founded rule is consistent ({@link Consistency}), not
 * wrong.
 */
final class PolicyAdherence extends BuiltIn<PolicyAdherence.Acc> {

  static final PolicyAdherence INSTANCE = new PolicyAdherence();

  /** Recommendations remembered per accumulator; beyond this they are computed each time. */
  private static final int CACHE_LIMIT = 65_536;

  private PolicyAdherence() {
    super(
        "policy-adherence",
        "How often the mode used agrees with the policy's recommendation for the same decision"
            + " (rate and Cohen's kappa): a description of practice against one policy, not a"
            + " judgement of it.",
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
   * with the same recommendation, so matching stays cheap and exact) and the recommended mode.
   */
  private static final class Entry extends SlotTable.Slot {
    final DecisionTraits traits;
    final Domain domain;
    final String owner;
    final String[] stakeholders;
    final Mode mode;

    Entry(int hash, DecisionRecord d, DecisionTraits traits, Mode mode) {
      super(hash);
      this.traits = traits;
      this.domain = d.domain();
      this.owner = d.ownerRoleId();
      this.stakeholders = d.stakeholders().toArray(new String[0]);
      this.mode = mode;
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

  static int hash(DecisionTraits t, DecisionRecord d) {
    return SlotTable.mix(
        ((t.hashCode() * 31 + d.domain().hashCode()) * 31 + d.ownerRoleId().hashCode()) * 31
            + d.stakeholders().hashCode());
  }

  /** The remembered recommendation for a situation, or null. */
  private static Entry find(SlotTable<Entry> cache, int h, DecisionTraits t, DecisionRecord d) {
    Entry e;
    int i = cache.first(h);
    for (int n = 0; n < SlotTable.MAX_PROBE && (e = cache.at(i)) != null; n++) {
      if (e.matches(h, t, d)) {
        return e;
      }
      i = cache.next(i);
    }
    return null;
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    /** [recommended mode][used mode]. */
    private final long[][] table = new long[2][2];

    private final SlotTable<Entry> recommended = new SlotTable<>(CACHE_LIMIT, null);
    private long noTraits;
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
      int h = hash(traits, d);
      Entry advice = find(recommended, h, traits, d);
      if (advice == null) {
        // The rule is asked only about decisions whose owner and stakeholders it can see.
        Mode mode =
            inOrganization(d)
                ? PartnerOrManage.styleOf(d.toDecision(), context.organization(), context.policy())
                    .mode()
                : null;
        advice = new Entry(h, d, traits, mode);
        recommended.addIfAbsent(advice);
      }
      if (advice.mode == null) {
        notInOrganization++;
      } else {
        table[advice.mode.ordinal()][d.mode().ordinal()]++;
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

    @Override
    void combine(Acc o) {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          table[i][j] = Stats.plus(table[i][j], o.table[i][j]);
        }
      }
      noTraits = Stats.plus(noTraits, o.noTraits);
      notInOrganization = Stats.plus(notInOrganization, o.notInOrganization);
    }

    @Override
    void writeRest(StateWriter out) {
      out.writeLongs(table[0]);
      out.writeLongs(table[1]);
      out.writeLong(noTraits);
      out.writeLong(notInOrganization);
    }

    @Override
    void readRest(StateReader in) {
      in.readCounters(table[0]);
      in.readCounters(table[1]);
      noTraits = in.readCounter();
      notInOrganization = in.readCounter();
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
      v.skipped("open decision", open);
      v.skipped("no traits recorded", noTraits);
      return v.explanation(
              why.summary(
                  "How often practice agrees with the policy's advice (described, not assessed)"))
          .build();
    }
  }
}
