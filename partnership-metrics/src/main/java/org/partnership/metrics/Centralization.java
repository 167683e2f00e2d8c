package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/**
 * 11. Centralization: the weighted degree centralization of who decides with whom — each link
 * weighted by how often the two decided together, so a year of decisions does not saturate it — and
 * the concentration of deciding itself (the normalized Gini of decisions decided per person).
 */
final class Centralization extends BuiltIn<Centralization.Acc> {

  static final Centralization INSTANCE = new Centralization();

  private Centralization() {
    super(
        "centralization",
        "How centralized decision-making is: the weighted degree centralization of the network"
            + " linking each decider with the participants of their decisions (0 = everyone as"
            + " connected, 1 = every tie through one person) and the concentration of deciding"
            + " (normalized Gini of decisions decided per person).",
        "weighted degree centralization",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    private final long[] degree;
    private final long[] decided;
    private long ties;
    private long unknownDecider;
    private long unknownParticipants;

    Acc(MetricContext context) {
      super(context);
      this.degree = new long[context.people().size()];
      this.decided = new long[context.people().size()];
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      int decider = view.person;
      int n = view.participantCount();
      for (int i = 0; i < n; i++) {
        if (view.participant(i) < 0) {
          unknownParticipants++;
        }
      }
      if (decider < 0) {
        unknownDecider++;
        return;
      }
      if (context.inPopulation(decider)) {
        decided[decider]++;
        for (int i = 0; i < n; i++) {
          int p = view.participant(i);
          if (p >= 0 && p != decider && context.inPopulation(p)) {
            degree[decider]++;
            degree[p]++;
            ties++;
          }
        }
      }
      used++;
    }

    @Override
    void combine(Acc o) {
      for (int i = 0; i < degree.length; i++) {
        degree[i] = Stats.plus(degree[i], o.degree[i]);
        decided[i] = Stats.plus(decided[i], o.decided[i]);
      }
      ties = Stats.plus(ties, o.ties);
      unknownDecider = Stats.plus(unknownDecider, o.unknownDecider);
      unknownParticipants = Stats.plus(unknownParticipants, o.unknownParticipants);
    }

    @Override
    void writeRest(StateWriter out) {
      out.writeLongs(degree);
      out.writeLongs(decided);
      out.writeLong(ties);
      out.writeLong(unknownDecider);
      out.writeLong(unknownParticipants);
    }

    @Override
    void readRest(StateReader in) {
      in.readCounters(degree);
      in.readCounters(decided);
      ties = in.readCounter();
      unknownDecider = in.readCounter();
      unknownParticipants = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      int n = context.populationSize();
      int minimum = Math.max(3, context.minimumGroupSize());
      long max = 0;
      long sum = 0;
      for (int i = 0; i < degree.length; i++) {
        if (context.inPopulation(i)) {
          max = Math.max(max, degree[i]);
        }
      }
      if (n < minimum) {
        why.absent(
            "centralization",
            "not applicable: the subject has fewer people ("
                + n
                + ") than the minimum group size (and at least 3)");
      } else {
        if (max > 0) {
          for (int i = 0; i < degree.length; i++) {
            if (context.inPopulation(i)) {
              sum += max - degree[i];
            }
          }
          v.put("degree-centralization", (double) sum / ((double) (n - 2) * max));
          why.step(
              "weighted-degree",
              "sum over people of (highest weighted degree - weighted degree) / ((n - 2) *"
                  + " highest); a person's weighted degree: how many times they decided with"
                  + " someone (as decider or participant, one tie per decider-participant pair"
                  + " of a decided decision)",
              "people",
              n,
              "ties",
              ties,
              "highestDegree",
              max);
        } else {
          why.absent("weighted-degree", "no decider decided with a participant of the subject");
        }
        v.put("decision-concentration", Stats.normalizedGini(decided, context));
        why.step(
            "decision-concentration",
            "normalized Gini of decided decisions per person of the subject (0 = everyone decided"
                + " as many, 1 = one person decided all)",
            "people",
            n);
      }
      v.put("ties", ties);
      v.put("unknown-participants", unknownParticipants);
      v.skipped("open decision", open);
      v.skipped("decider not in the organization", unknownDecider);
      return v.explanation(why.summary("Partnering spreads decision-making beyond one hub"))
          .build();
    }
  }
}
