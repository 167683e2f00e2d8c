package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/**
 * 9. Shared accountability: how evenly the decisions people are accountable for are spread (the
 * normalized Gini, comparable across unit sizes), and the share of decisions nobody is accountable
 * for — spreading accountability thinly over few decisions is not sharing it.
 */
final class SharedAccountability extends BuiltIn<SharedAccountability.Acc> {

  static final SharedAccountability INSTANCE = new SharedAccountability();

  private SharedAccountability() {
    super(
        "shared-accountability",
        "How accountability is spread: the normalized Gini coefficient of the number of decisions"
            + " each person is accountable for (0 = shared evenly, 1 = one person accountable for"
            + " everything), and the share of decisions nobody is accountable for.",
        "normalized Gini coefficient",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final long[] accountable;
    private long decisions;
    private long seats;
    private long withoutAccountable;
    private long unknownPeople;

    Acc(MetricContext context) {
      super(context);
      this.accountable = new long[context.people().size()];
    }

    @Override
    void take(View view) {
      DecisionRecord d = view.decision;
      if (d == null) {
        return;
      }
      decisions++;
      if (d.accountable().isEmpty()) {
        withoutAccountable++;
      }
      for (String id : d.accountable()) {
        int p = context.personIndex(id);
        if (p < 0) {
          unknownPeople++;
        } else {
          accountable[p]++;
          seats++;
        }
      }
      used++;
    }

    @Override
    void add(Acc o) {
      for (int i = 0; i < accountable.length; i++) {
        accountable[i] = Stats.plus(accountable[i], o.accountable[i]);
      }
      decisions = Stats.plus(decisions, o.decisions);
      seats = Stats.plus(seats, o.seats);
      withoutAccountable = Stats.plus(withoutAccountable, o.withoutAccountable);
      unknownPeople = Stats.plus(unknownPeople, o.unknownPeople);
    }

    @Override
    void write(StateWriter out) {
      out.writeLongs(accountable);
      out.writeLong(decisions);
      out.writeLong(seats);
      out.writeLong(withoutAccountable);
      out.writeLong(unknownPeople);
    }

    @Override
    void read(StateReader in) {
      in.readCounters(accountable);
      decisions = in.readCounter();
      seats = in.readCounter();
      withoutAccountable = in.readCounter();
      unknownPeople = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      int people = context.populationSize();
      if (people >= context.minimumGroupSize()) {
        v.put("gini", Stats.normalizedGini(accountable, context));
        why.step(
            "gini",
            "G = (2 sum(i x(i)) / (n sum(x)) - (n + 1) / n) * n / (n - 1) over the number of"
                + " decisions (open or decided) each of the subject's n people is accountable for,"
                + " sorted ascending: 0 = everyone accountable for as many, 1 = one person for all,"
                + " whatever n",
            "people",
            people,
            "decisions",
            decisions);
      } else {
        why.absent(
            "gini",
            "not applicable: the subject has fewer people ("
                + people
                + ") than the minimum group size ("
                + context.minimumGroupSize()
                + ")");
      }
      v.put("unaccounted-share", Stats.share(withoutAccountable, decisions));
      v.put("accountable-per-decision", Stats.share(seats, decisions));
      v.put("decisions-without-accountable", withoutAccountable);
      v.put("unknown-accountable", unknownPeople);
      why.step(
          "unaccounted",
          "decisions nobody is accountable for / decisions; accountable-per-decision = seats of"
              + " accountable people in the organization / decisions",
          "decisions",
          decisions,
          "withoutAccountable",
          withoutAccountable,
          "seats",
          seats);
      return v.explanation(
              why.summary("Shared accountability, not pockets of success: the whole-system look"))
          .build();
    }
  }
}
