package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;

/** 9. Shared accountability: Gini of accountability across people. */
final class SharedAccountability extends BuiltIn<SharedAccountability.Acc> {

  static final SharedAccountability INSTANCE = new SharedAccountability();

  private SharedAccountability() {
    super(
        "shared-accountability",
        "How accountability is spread: the Gini coefficient of the number of decisions each person"
            + " is accountable for (0 = shared, towards 1 = pockets of success).",
        "Gini coefficient",
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
        accountable[i] += o.accountable[i];
      }
      decisions += o.decisions;
      seats += o.seats;
      withoutAccountable += o.withoutAccountable;
      unknownPeople += o.unknownPeople;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      v.put("gini", Stats.gini(accountable, context));
      v.put("accountable-per-decision", Stats.share(seats, decisions));
      v.put("decisions-without-accountable", withoutAccountable);
      v.put("unknown-accountable", unknownPeople);
      why.step(
          "gini",
          "G = 2 sum(i x(i)) / (n sum(x)) - (n + 1) / n over the number of decisions (open or"
              + " decided) each of the subject's n people is accountable for, sorted ascending",
          "people",
          context.populationSize(),
          "decisions",
          decisions,
          "withoutAccountable",
          withoutAccountable);
      return v.explanation(
              why.summary("Shared accountability, not pockets of success: the whole-system look"))
          .build();
    }
  }
}
