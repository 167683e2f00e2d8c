package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/**
 * 3. Leadership across levels: share of decisions owned and led at each level, normalized entropy
 * of the levels decisions are led at, and the number of levels at which leadership happens.
 */
final class LeadershipLevels extends BuiltIn<LeadershipLevels.Acc> {

  static final LeadershipLevels INSTANCE = new LeadershipLevels();

  private LeadershipLevels() {
    super(
        "leadership-levels",
        "Where in the hierarchy decisions are owned and led: the share per level, the normalized"
            + " entropy of the levels decisions are led at, and how many levels lead.",
        "share of decisions",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final long[] owned;
    private final long[] led;
    private long unknownOwner;
    private long unknownDecider;
    private long neither;

    Acc(MetricContext context) {
      super(context);
      this.owned = new long[context.organization().depth()];
      this.led = new long[context.organization().depth()];
    }

    @Override
    void take(View view) {
      DecisionRecord d = view.decision;
      if (d == null) {
        return;
      }
      // Owned and led are counted each on its own: an unknown decider does not hide the owner.
      int ownerLevel = context.levelOfRole(d.ownerRoleId());
      if (ownerLevel >= 0) {
        owned[ownerLevel]++;
      } else {
        unknownOwner++;
      }
      int deciderLevel = -1;
      if (view.decidedBy != null) {
        int p = view.person;
        deciderLevel = p < 0 ? -1 : context.levelOfPerson(p);
        if (deciderLevel >= 0) {
          led[deciderLevel]++;
        } else {
          unknownDecider++;
        }
      }
      if (ownerLevel >= 0 || deciderLevel >= 0) {
        used++;
      } else {
        neither++;
      }
    }

    @Override
    void add(Acc o) {
      for (int i = 0; i < owned.length; i++) {
        owned[i] = Stats.plus(owned[i], o.owned[i]);
        led[i] = Stats.plus(led[i], o.led[i]);
      }
      unknownOwner = Stats.plus(unknownOwner, o.unknownOwner);
      unknownDecider = Stats.plus(unknownDecider, o.unknownDecider);
      neither = Stats.plus(neither, o.neither);
    }

    @Override
    void write(StateWriter out) {
      out.writeLongs(owned);
      out.writeLongs(led);
      out.writeLong(unknownOwner);
      out.writeLong(unknownDecider);
      out.writeLong(neither);
    }

    @Override
    void read(StateReader in) {
      in.readCounters(owned);
      in.readCounters(led);
      unknownOwner = in.readCounter();
      unknownDecider = in.readCounter();
      neither = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      long ownedTotal = 0;
      long ledTotal = 0;
      int leading = 0;
      for (int l = 0; l < owned.length; l++) {
        ownedTotal += owned[l];
        ledTotal += led[l];
        leading += led[l] > 0 ? 1 : 0;
      }
      for (int l = 0; l < owned.length; l++) {
        v.put("owned.level." + l, Stats.share(owned[l], ownedTotal));
      }
      for (int l = 0; l < led.length; l++) {
        v.put("led.level." + l, Stats.share(led[l], ledTotal));
      }
      v.put("entropy", Stats.normalizedEntropy(led, led.length));
      v.put("levels-leading", leading);
      v.put("levels", led.length);
      why.step(
          "shares",
          "decisions owned by a role at the level / decisions; decided decisions led by a person"
              + " at the level (their highest role) / decided decisions",
          "decisions",
          ownedTotal,
          "decided",
          ledTotal);
      why.step(
          "entropy",
          "-sum(p ln p) / ln(levels) over the levels decisions are led at: 0 = all at one level,"
              + " 1 = evenly spread",
          "levels",
          led.length,
          "levelsLeading",
          leading);
      v.put("unknown-owner", unknownOwner);
      v.put("unknown-decider", unknownDecider);
      why.step(
          "unknown",
          "a decision whose owner role is not in the organization still counts for the level of"
              + " its decider, and one whose decider is unknown (or holds no role) still counts"
              + " for the level of its owner",
          "unknownOwner",
          unknownOwner,
          "unknownDecider",
          unknownDecider);
      v.skipped("neither owner role nor decider in the organization", neither);
      return v.explanation(why.summary("Leadership happens at every level of the hierarchy"))
          .build();
    }
  }
}
