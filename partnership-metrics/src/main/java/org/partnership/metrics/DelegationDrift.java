package org.partnership.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.Domain;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * 10. Delegation drift: the delegation level agreed per domain (the owner role's positional
 * authority) against the style actually used, per domain and overall.
 */
final class DelegationDrift extends BuiltIn<DelegationDrift.Acc> {

  static final DelegationDrift INSTANCE = new DelegationDrift();

  private DelegationDrift() {
    super(
        "delegation-drift",
        "How far decisions drift from the delegation level agreed for their domain: the share"
            + " taken at the agreed level and the mean drift in steps of the seven-step continuum"
            + " (positive: more delegated than agreed).",
        "steps",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    /**
     * Per domain name: decisions, at the agreed level, sum of signed drift, sum of absolute drift.
     * Keyed by the name, a string, so that names chosen to collide cost a search tree's logarithm,
     * not a list's length.
     */
    private final Map<String, long[]> byDomain = new HashMap<>();

    private long unknownOwner;
    private long noAgreement;

    Acc(MetricContext context) {
      super(context);
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      Role owner = context.roleOrNull(d.ownerRoleId());
      if (owner == null) {
        unknownOwner++;
        return;
      }
      Style agreed = owner.delegationLevels().get(d.domain());
      if (agreed == null) {
        noAgreement++;
        return;
      }
      int drift = d.style().ordinal() - agreed.ordinal();
      long[] s = byDomain.computeIfAbsent(d.domain().name(), k -> new long[4]);
      s[0]++;
      s[1] += drift == 0 ? 1 : 0;
      s[2] += drift;
      s[3] += Math.abs(drift);
      used++;
    }

    @Override
    void combine(Acc o) {
      o.byDomain.forEach(
          (domain, counts) -> {
            long[] mine = byDomain.computeIfAbsent(domain, k -> new long[4]);
            for (int i = 0; i < 4; i++) {
              mine[i] = Stats.plus(mine[i], counts[i]);
            }
          });
      unknownOwner = Stats.plus(unknownOwner, o.unknownOwner);
      noAgreement = Stats.plus(noAgreement, o.noAgreement);
    }

    @Override
    void writeRest(StateWriter out) {
      out.writeInt(byDomain.size());
      for (Map.Entry<String, long[]> e : byDomain.entrySet()) {
        out.writeString(e.getKey());
        out.writeLongs(e.getValue());
      }
      out.writeLong(unknownOwner);
      out.writeLong(noAgreement);
    }

    @Override
    void readRest(StateReader in) {
      int domains = in.readCount(Integer.MAX_VALUE);
      for (int i = 0; i < domains; i++) {
        Domain domain;
        try {
          domain = Domain.of(in.readString());
        } catch (IllegalArgumentException e) {
          throw in.invalid("a domain: " + e.getMessage());
        }
        long[] counts = new long[4];
        in.readLongs(counts);
        if (byDomain.putIfAbsent(domain.name(), counts) != null) {
          throw in.invalid("the domain " + domain + " is listed twice");
        }
      }
      unknownOwner = in.readCounter();
      noAgreement = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      long[] all = new long[4];
      for (long[] s : byDomain.values()) {
        for (int i = 0; i < 4; i++) {
          all[i] += s[i];
        }
      }
      put(v, "", all);
      Map<String, long[]> sorted = new TreeMap<>(byDomain);
      sorted.forEach((domain, s) -> put(v, "." + domain, s));
      why.step(
          "drift",
          "per decided decision: ordinal of the style used - ordinal of the owner role's agreed"
              + " delegation level for the domain, on TELL, SELL, CONSULT, AGREE, ADVISE, INQUIRE,"
              + " DELEGATE; agreed share = decisions at the agreed level / decisions",
          "decisions",
          all[0],
          "domains",
          byDomain.size());
      v.skipped("open decision", open);
      v.skipped("owner role not in the organization", unknownOwner);
      v.skipped("no delegation level agreed for the domain", noAgreement);
      return v.explanation(
              why.summary("Delegation agreed in advance is kept, neither taken back nor stretched"))
          .build();
    }

    private void put(MetricValue.Builder v, String suffix, long[] s) {
      v.put("agreed-share" + suffix, Stats.share(s[1], s[0]));
      v.put("mean-drift" + suffix, Stats.share(s[2], s[0]));
      v.put("mean-absolute-drift" + suffix, Stats.share(s[3], s[0]));
    }
  }
}
