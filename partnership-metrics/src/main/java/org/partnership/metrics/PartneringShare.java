package org.partnership.metrics;

import java.util.OptionalDouble;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.Mode;

/**
 * 1. Partnering share of time per person, team, level and overall, its distance from the policy
 * target, and the share of decisions by mode.
 */
final class PartneringShare extends BuiltIn<PartneringShare.Acc> {

  static final PartneringShare INSTANCE = new PartneringShare();

  private PartneringShare() {
    super(
        "partnering-share",
        "Partnering time over total time (overall, per level, team and person), its distance from"
            + " the policy target, and the share of decided decisions by mode.",
        "share of time",
        TimeEntry.class,
        DecisionRecord.class);
  }

  private static TimeSums.Total[] totals(int n) {
    TimeSums.Total[] t = new TimeSums.Total[n];
    for (int i = 0; i < n; i++) {
      t[i] = new TimeSums.Total();
    }
    return t;
  }

  private static OptionalDouble share(TimeSums.Total part, TimeSums.Total whole) {
    return whole.isZero()
        ? OptionalDouble.empty()
        : OptionalDouble.of(part.inSeconds() / whole.inSeconds());
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final TimeSums partner;
    private final TimeSums total;
    private long partnerDecisions;
    private long manageDecisions;
    private long unknownPerson;
    private long open;

    Acc(MetricContext context) {
      super(context);
      this.partner = new TimeSums(context.people().size());
      this.total = new TimeSums(context.people().size());
    }

    @Override
    void take(View view) {
      LedgerRecord record = view.record;
      if (record instanceof TimeEntry) {
        TimeEntry t = (TimeEntry) record;
        int p = view.person;
        if (p < 0) {
          unknownPerson++;
          return;
        }
        total.add(p, t.duration());
        if (t.kind().category() == Mode.PARTNER) {
          partner.add(p, t.duration());
        }
        used++;
      } else if (record instanceof DecisionRecord) {
        DecisionRecord d = (DecisionRecord) record;
        if (!view.decided()) {
          open++;
          return;
        }
        if (d.mode() == Mode.PARTNER) {
          partnerDecisions++;
        } else {
          manageDecisions++;
        }
        used++;
      }
    }

    @Override
    void add(Acc o) {
      partner.add(o.partner);
      total.add(o.total);
      partnerDecisions += o.partnerDecisions;
      manageDecisions += o.manageDecisions;
      unknownPerson += o.unknownPerson;
      open += o.open;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      double target = context.policy().balance().target();
      long minimum = context.policy().balance().minimumTotal().toNanos();
      TimeSums.Total allPartner = new TimeSums.Total();
      TimeSums.Total allTotal = new TimeSums.Total();
      int levels = context.organization().depth();
      TimeSums.Total[] levelPartner = totals(levels);
      TimeSums.Total[] levelTotal = totals(levels);
      int[] levelMembers = new int[levels];
      int teams = context.teams().size();
      TimeSums.Total[] teamPartner = totals(teams);
      TimeSums.Total[] teamTotal = totals(teams);
      int[] teamMembers = new int[teams];
      int people = context.people().size();
      for (int i = 0; i < people; i++) {
        if (!context.inPopulation(i)) {
          continue;
        }
        allPartner.add(partner, i);
        allTotal.add(total, i);
        int level = context.levelOfPerson(i);
        if (level >= 0) {
          levelPartner[level].add(partner, i);
          levelTotal[level].add(total, i);
          levelMembers[level]++;
        }
        int team = context.teamOfPerson(i);
        if (team >= 0) {
          teamPartner[team].add(partner, i);
          teamTotal[team].add(total, i);
          teamMembers[team]++;
        }
      }
      OptionalDouble overall = share(allPartner, allTotal);
      v.put("overall", overall);
      if (overall.isPresent()) {
        v.put("distance-from-target", overall.getAsDouble() - target);
        why.step(
            "overall",
            "partnering time / total time; distance = share - policy target",
            "partneringHours",
            allPartner.inHours(),
            "totalHours",
            allTotal.inHours(),
            "target",
            target);
      } else {
        why.absent("overall", "no time recorded for the subject's people");
      }
      v.put("total-hours", allTotal.inHours());
      long decided = partnerDecisions + manageDecisions;
      v.put("decisions.partner", Stats.share(partnerDecisions, decided));
      v.put("decisions.manage", Stats.share(manageDecisions, decided));
      why.step(
          "decisions-by-mode",
          "decided decisions in each mode of the style used / decided decisions",
          "partner",
          partnerDecisions,
          "manage",
          manageDecisions);
      int suppressed = 0;
      for (int l = 0; l < levels; l++) {
        if (levelMembers[l] == 0) {
          continue;
        }
        if (levelMembers[l] < context.minimumGroupSize()) {
          suppressed++;
        } else {
          v.put("level." + l, share(levelPartner[l], levelTotal[l]));
        }
      }
      for (int t = 0; t < teams; t++) {
        if (teamMembers[t] == 0) {
          continue;
        }
        if (teamMembers[t] < context.minimumGroupSize()) {
          suppressed++;
        } else {
          v.put("team." + context.teams().get(t), share(teamPartner[t], teamTotal[t]));
        }
      }
      int belowMinimum = 0;
      for (int i = 0; i < people; i++) {
        if (!context.inPopulation(i) || total.isZero(i)) {
          continue;
        }
        if (total.inSeconds(i) * 1e9 < minimum) {
          belowMinimum++;
        } else {
          v.put(
              "person." + context.people().get(i).id(), partner.inSeconds(i) / total.inSeconds(i));
        }
      }
      v.put("suppressed-groups", suppressed);
      v.put("people-below-minimum-time", belowMinimum);
      why.step(
          "groups",
          "levels and teams (a team: the people whose first role reports to the same role) with"
              + " fewer members than the minimum group size are suppressed; a person's share needs"
              + " at least the policy's minimum total time",
          "minimumGroupSize",
          context.minimumGroupSize(),
          "suppressedGroups",
          suppressed,
          "minimumTotalHours",
          Stats.hours(minimum),
          "peopleBelowMinimumTime",
          belowMinimum);
      v.skipped("time entry of a person not in the organization", unknownPerson);
      v.skipped("open decision", open);
      return v.explanation(
              why.summary(
                  "Partnering share of time = time on partnering activities / all time recorded"))
          .build();
    }
  }
}
