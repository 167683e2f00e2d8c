package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/**
 * 4. Participation: participants over eligible stakeholders, participants per decision, involvement
 * per person and its Gini coefficient.
 */
final class Participation extends BuiltIn<Participation.Acc> {

  static final Participation INSTANCE = new Participation();

  private Participation() {
    super(
        "participation",
        "Who takes part in decisions: the share of eligible stakeholders who took part, the"
            + " participants per decision, each person's involvement and its Gini coefficient.",
        "share of stakeholders",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    private final long[] involvement;
    private long decisions;
    private long participants;
    private long withStakeholders;
    private long stakeholders;
    private long stakeholdersTakingPart;
    private long unknownParticipants;

    Acc(MetricContext context) {
      super(context);
      this.involvement = new long[context.people().size()];
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      decisions++;
      participants += d.participants().size();
      for (int i = 0, n = view.participantCount(); i < n; i++) {
        int p = view.participant(i);
        if (p < 0) {
          unknownParticipants++;
        } else {
          involvement[p]++;
        }
      }
      int n = view.stakeholderCount();
      if (n > 0) {
        withStakeholders++;
        stakeholders += n;
        boolean unknown = false;
        for (int i = 0; i < n; i++) {
          int p = view.stakeholder(i);
          if (p < 0) {
            unknown = true;
          } else if (view.tookPart(p)) {
            stakeholdersTakingPart++;
          }
        }
        if (unknown) {
          // Stakeholders outside the organization are matched by id.
          for (String id : d.stakeholders()) {
            if (context.personIndex(id) < 0 && d.participants().contains(id)) {
              stakeholdersTakingPart++;
            }
          }
        }
      }
      used++;
    }

    @Override
    void combine(Acc o) {
      for (int i = 0; i < involvement.length; i++) {
        involvement[i] = Stats.plus(involvement[i], o.involvement[i]);
      }
      decisions = Stats.plus(decisions, o.decisions);
      participants = Stats.plus(participants, o.participants);
      withStakeholders = Stats.plus(withStakeholders, o.withStakeholders);
      stakeholders = Stats.plus(stakeholders, o.stakeholders);
      stakeholdersTakingPart = Stats.plus(stakeholdersTakingPart, o.stakeholdersTakingPart);
      unknownParticipants = Stats.plus(unknownParticipants, o.unknownParticipants);
    }

    @Override
    void writeRest(StateWriter out) {
      out.writeLongs(involvement);
      out.writeLong(decisions);
      out.writeLong(participants);
      out.writeLong(withStakeholders);
      out.writeLong(stakeholders);
      out.writeLong(stakeholdersTakingPart);
      out.writeLong(unknownParticipants);
    }

    @Override
    void readRest(StateReader in) {
      in.readCounters(involvement);
      decisions = in.readCounter();
      participants = in.readCounter();
      withStakeholders = in.readCounter();
      stakeholders = in.readCounter();
      stakeholdersTakingPart = in.readCounter();
      unknownParticipants = in.readCounter();
      if (stakeholdersTakingPart > stakeholders || withStakeholders > decisions) {
        throw in.invalid("more stakeholders took part than there were, or more decisions had them");
      }
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      v.put("overall", Stats.share(stakeholdersTakingPart, stakeholders));
      v.put("participants-per-decision", Stats.share(participants, decisions));
      if (context.populationSize() >= context.minimumGroupSize()) {
        v.put("involvement-gini", Stats.gini(involvement, context));
      } else {
        why.absent(
            "involvement-gini",
            "not applicable: the subject has fewer people than the minimum group size");
      }
      v.put("unknown-participants", unknownParticipants);
      why.step(
          "participation",
          "stakeholders who took part / stakeholders, pooled over decided decisions that list"
              + " their stakeholders",
          "decisionsWithStakeholders",
          withStakeholders,
          "stakeholders",
          stakeholders,
          "tookPart",
          stakeholdersTakingPart);
      why.step(
          "involvement",
          "decided decisions each person took part in; Gini over the subject's people"
              + " (0 = everyone equally involved, towards 1 = a few do it all)",
          "people",
          context.populationSize(),
          "participations",
          participants - unknownParticipants);
      if (context.reportsIndividuals()) {
        for (int i = 0; i < involvement.length; i++) {
          if (context.inPopulation(i)) {
            v.put("person." + context.people().get(i).id(), involvement[i]);
          }
        }
      }
      v.skipped("open decision", open);
      return v.explanation(why.summary("Partnering pools the competence of those concerned"))
          .build();
    }
  }
}
