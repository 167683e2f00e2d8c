package org.partnership.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Mode;

/**
 * 1. Partnering share of time — partnering over partnering and managing without rework — for the
 * subject, for its leaders, per level and team (groups of at least the minimum size only), its
 * distance from the policy target, the rework share, and the share of decisions by mode.
 */
final class PartneringShare extends BuiltIn<PartneringShare.Acc> {

  static final PartneringShare INSTANCE = new PartneringShare();

  private PartneringShare() {
    super(
        "partnering-share",
        "Partnering time over partnering and managing time without rework (overall, for the"
            + " people who lead, per level and team), its distance from the policy target, the"
            + " share of time in rework, and the share of decided decisions by mode.",
        "share of time",
        TimeEntry.class,
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final TimeSums partner;
    private final TimeSums rework;
    private final TimeSums total;
    private long partnerDecisions;
    private long manageDecisions;
    private long unknownPerson;
    private long open;

    Acc(MetricContext context) {
      super(context);
      this.partner = new TimeSums(context.people().size());
      this.rework = new TimeSums(context.people().size());
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
        ActivityKind kind = t.kind();
        if (kind.category() == Mode.PARTNER) {
          partner.add(p, t.duration());
        } else if (kind.isRework()) {
          rework.add(p, t.duration());
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
      rework.add(o.rework);
      total.add(o.total);
      partnerDecisions = Stats.plus(partnerDecisions, o.partnerDecisions);
      manageDecisions = Stats.plus(manageDecisions, o.manageDecisions);
      unknownPerson = Stats.plus(unknownPerson, o.unknownPerson);
      open = Stats.plus(open, o.open);
    }

    @Override
    void write(StateWriter out) {
      partner.write(out);
      rework.write(out);
      total.write(out);
      out.writeLong(partnerDecisions);
      out.writeLong(manageDecisions);
      out.writeLong(unknownPerson);
      out.writeLong(open);
    }

    @Override
    void read(StateReader in) {
      partner.read(in);
      rework.read(in);
      total.read(in);
      partnerDecisions = in.readCounter();
      manageDecisions = in.readCounter();
      unknownPerson = in.readCounter();
      open = in.readCounter();
    }

    /** Partnering, rework and all time of a group of people, and how many of them have time. */
    private final class Group {
      final TimeSums.Total partnerTime = new TimeSums.Total();
      final TimeSums.Total reworkTime = new TimeSums.Total();
      final TimeSums.Total allTime = new TimeSums.Total();
      int withData;

      void add(int i) {
        if (total.isZero(i)) {
          return;
        }
        partnerTime.add(partner, i);
        reworkTime.add(rework, i);
        allTime.add(total, i);
        withData++;
      }

      /** Partnering over partnering and managing without rework; empty without such time. */
      OptionalDouble share() {
        double balanced = allTime.inSeconds() - reworkTime.inSeconds();
        return balanced <= 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(Math.min(1, partnerTime.inSeconds() / balanced));
      }

      OptionalDouble reworkShare() {
        return allTime.isZero()
            ? OptionalDouble.empty()
            : OptionalDouble.of(reworkTime.inSeconds() / allTime.inSeconds());
      }

      /** Whether the group may be reported: enough people with time, or the one person asked. */
      boolean reportable() {
        return withData > 0
            && (context.reportsIndividuals() || withData >= context.minimumGroupSize());
      }
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      double target = context.policy().balance().target();
      int minimum = context.minimumGroupSize();
      Group all = new Group();
      Group leaders = new Group();
      int levels = context.organization().depth();
      List<Group> byLevel = new ArrayList<>(levels);
      for (int l = 0; l < levels; l++) {
        byLevel.add(new Group());
      }
      int teams = context.teams().size();
      List<Group> byTeam = new ArrayList<>(teams);
      for (int t = 0; t < teams; t++) {
        byTeam.add(new Group());
      }
      int people = context.people().size();
      for (int i = 0; i < people; i++) {
        if (!context.inPopulation(i)) {
          continue;
        }
        all.add(i);
        if (context.leads(i)) {
          leaders.add(i);
        }
        int level = context.levelOfPerson(i);
        if (level >= 0) {
          byLevel.get(level).add(i);
        }
        int team = context.teamOfPerson(i);
        if (team >= 0) {
          byTeam.get(team).add(i);
        }
      }
      int suppressed = 0;
      if (all.reportable()) {
        v.put("overall", all.share());
        v.put("rework-share", all.reworkShare());
        why.step(
            "overall",
            "partnering time / (all time - rework) over the subject's people with time recorded;"
                + " rework (problem solving, loose ends) is neither side of the 70/30 and is"
                + " reported as its own share of all time",
            "partneringHours",
            all.partnerTime.inHours(),
            "reworkHours",
            all.reworkTime.inHours(),
            "totalHours",
            all.allTime.inHours(),
            "peopleWithTime",
            all.withData);
      } else if (all.withData > 0) {
        suppressed++;
        why.absent(
            "overall",
            "fewer people with time recorded than the minimum group size (" + minimum + ")");
      } else {
        why.absent("overall", "no time recorded for the subject's people");
      }
      // The 70/30 is about leaders' time; for one person, that person's.
      Group judged = context.reportsIndividuals() ? all : leaders;
      if (!context.reportsIndividuals()) {
        if (leaders.reportable()) {
          v.put("leaders", leaders.share());
          why.step(
              "leaders",
              "the same share over the people who lead (hold a role with direct reports): the"
                  + " 70/30 is about how leaders spend their time",
              "partneringHours",
              leaders.partnerTime.inHours(),
              "reworkHours",
              leaders.reworkTime.inHours(),
              "totalHours",
              leaders.allTime.inHours(),
              "leadersWithTime",
              leaders.withData);
        } else {
          if (leaders.withData > 0) {
            suppressed++;
          }
          why.absent(
              "leaders",
              "fewer leaders with time recorded than the minimum group size ("
                  + minimum
                  + "): assess each leader as a person subject");
        }
      }
      if (judged.reportable() && judged.share().isPresent()) {
        v.put("distance-from-target", judged.share().getAsDouble() - target);
        v.put("judged-hours", judged.allTime.inHours());
      }
      v.put("total-hours", all.reportable() ? all.allTime.inHours() : 0);
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
      if (!context.reportsIndividuals()) {
        for (int l = 0; l < levels; l++) {
          Group g = byLevel.get(l);
          if (g.reportable()) {
            v.put("level." + l, g.share());
          } else if (g.withData > 0) {
            suppressed++;
          }
        }
        for (int t = 0; t < teams; t++) {
          Group g = byTeam.get(t);
          if (g.reportable()) {
            v.put("team." + context.teams().get(t), g.share());
          } else if (g.withData > 0) {
            suppressed++;
          }
        }
      }
      v.put("suppressed-groups", suppressed);
      why.step(
          "groups",
          "levels (0 = the top) and teams (a team: the people whose first role reports to the same"
              + " role, named after that role) are reported only with at least the minimum group"
              + " size of people with time recorded; no individual share is reported unless the"
              + " subject is that person",
          "minimumGroupSize",
          minimum,
          "suppressedGroups",
          suppressed);
      v.skipped("time entry of a person not in the organization", unknownPerson);
      v.skipped("open decision", open);
      return v.explanation(
              why.summary(
                  "Partnering share of time = partnering time / (all time - rework), for the"
                      + " people who lead"))
          .build();
    }
  }
}
