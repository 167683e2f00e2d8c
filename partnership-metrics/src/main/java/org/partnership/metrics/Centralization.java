package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/** 11. Centralization: Freeman degree centralization of who decides with whom. */
final class Centralization extends BuiltIn<Centralization.Acc> {

  static final Centralization INSTANCE = new Centralization();

  private Centralization() {
    super(
        "centralization",
        "How centralized decision-making is: Freeman degree centralization of the network linking"
            + " each decider with the participants of their decisions (0 = evenly connected, 1 ="
            + " a star around one person).",
        "Freeman degree centralization",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    private final LongSet edges = new LongSet();
    private long unknownDecider;
    private long unknownParticipants;

    Acc(MetricContext context) {
      super(context);
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      int decider = view.person;
      if (decider < 0) {
        unknownDecider++;
        return;
      }
      for (int i = 0, n = view.participantCount(); i < n; i++) {
        int p = view.participant(i);
        if (p < 0) {
          unknownParticipants++;
        } else if (p != decider) {
          int lo = Math.min(p, decider);
          int hi = Math.max(p, decider);
          edges.add(((long) lo << 32) | hi);
        }
      }
      used++;
    }

    @Override
    void combine(Acc o) {
      edges.addAll(o.edges);
      unknownDecider += o.unknownDecider;
      unknownParticipants += o.unknownParticipants;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      long[] degree = new long[context.people().size()];
      long[] links = {0};
      edges.forEach(
          e -> {
            int a = (int) (e >>> 32);
            int b = (int) e;
            if (context.inPopulation(a) && context.inPopulation(b)) {
              degree[a]++;
              degree[b]++;
              links[0]++;
            }
          });
      long counted = links[0];
      int n = context.populationSize();
      long max = 0;
      for (int i = 0; i < degree.length; i++) {
        if (context.inPopulation(i)) {
          max = Math.max(max, degree[i]);
        }
      }
      if (n >= 3) {
        long sum = 0;
        for (int i = 0; i < degree.length; i++) {
          if (context.inPopulation(i)) {
            sum += max - degree[i];
          }
        }
        v.put("degree-centralization", (double) sum / ((long) (n - 1) * (n - 2)));
        why.step(
            "freeman",
            "sum over people of (highest degree - degree) / ((n - 1)(n - 2)); a person's degree:"
                + " the distinct people they decided with (as decider or participant)",
            "people",
            n,
            "links",
            counted,
            "highestDegree",
            max);
      } else {
        why.absent("freeman", "degree centralization needs at least three people");
      }
      v.put("links", counted);
      v.put("highest-degree", max);
      v.put("unknown-participants", unknownParticipants);
      v.skipped("open decision", open);
      v.skipped("decider not in the organization", unknownDecider);
      return v.explanation(why.summary("Partnering spreads decision-making beyond one hub"))
          .build();
    }
  }
}
