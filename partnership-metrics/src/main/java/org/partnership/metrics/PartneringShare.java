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

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final long[] partner;
    private final long[] total;
    private long partnerDecisions;
    private long manageDecisions;
    private long unknownPerson;
    private long open;

    Acc(MetricContext context) {
      super(context);
      this.partner = new long[context.people().size()];
      this.total = new long[context.people().size()];
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
        long nanos = t.duration().toNanos();
        total[p] += nanos;
        if (t.kind().category() == Mode.PARTNER) {
          partner[p] += nanos;
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
      for (int i = 0; i < partner.length; i++) {
        partner[i] += o.partner[i];
        total[i] += o.total[i];
      }
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
      long allPartner = 0;
      long allTotal = 0;
      int levels = context.organization().depth();
      long[] levelPartner = new long[levels];
      long[] levelTotal = new long[levels];
      int[] levelMembers = new int[levels];
      int teams = context.teams().size();
      long[] teamPartner = new long[teams];
      long[] teamTotal = new long[teams];
      int[] teamMembers = new int[teams];
      for (int i = 0; i < partner.length; i++) {
        if (!context.inPopulation(i)) {
          continue;
        }
        allPartner += partner[i];
        allTotal += total[i];
        int level = context.levelOfPerson(i);
        if (level >= 0) {
          levelPartner[level] += partner[i];
          levelTotal[level] += total[i];
          levelMembers[level]++;
        }
        int team = context.teamOfPerson(i);
        if (team >= 0) {
          teamPartner[team] += partner[i];
          teamTotal[team] += total[i];
          teamMembers[team]++;
        }
      }
      OptionalDouble overall = Stats.share(allPartner, allTotal);
      v.put("overall", overall);
      if (overall.isPresent()) {
        v.put("distance-from-target", overall.getAsDouble() - target);
        why.step(
            "overall",
            "partnering time / total time; distance = share - policy target",
            "partneringHours",
            Stats.hours(allPartner),
            "totalHours",
            Stats.hours(allTotal),
            "target",
            target);
      } else {
        why.absent("overall", "no time recorded for the subject's people");
      }
      v.put("total-hours", Stats.hours(allTotal));
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
          v.put("level." + l, Stats.share(levelPartner[l], levelTotal[l]));
        }
      }
      for (int t = 0; t < teams; t++) {
        if (teamMembers[t] == 0) {
          continue;
        }
        if (teamMembers[t] < context.minimumGroupSize()) {
          suppressed++;
        } else {
          v.put("team." + context.teams().get(t), Stats.share(teamPartner[t], teamTotal[t]));
        }
      }
      int belowMinimum = 0;
      for (int i = 0; i < partner.length; i++) {
        if (!context.inPopulation(i) || total[i] == 0) {
          continue;
        }
        if (total[i] < minimum) {
          belowMinimum++;
        } else {
          v.put("person." + context.people().get(i).id(), (double) partner[i] / total[i]);
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
