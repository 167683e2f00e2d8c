package org.partnership.metrics;

import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;

/**
 * 8. Trust in competence: recognitions per person, coverage, reciprocity, and the share of
 * decisions led by or delegated to people holding competence authority in the domain.
 */
final class TrustInCompetence extends BuiltIn<TrustInCompetence.Acc> {

  static final TrustInCompetence INSTANCE = new TrustInCompetence();

  private TrustInCompetence() {
    super(
        "trust-in-competence",
        "Whether competence is recognized and trusted: recognitions per person, the share of"
            + " people recognized, reciprocity, and the share of decisions taken by people with"
            + " competence authority in the domain.",
        "recognitions per person",
        Recognition.class,
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final long[] received;
    private final LongSet pairs = new LongSet();
    private long decided;
    private long competentDecider;
    private long unknownPerson;
    private long open;
    private long unknownDecider;

    Acc(MetricContext context) {
      super(context);
      this.received = new long[context.people().size()];
    }

    @Override
    void take(View view) {
      LedgerRecord record = view.record;
      if (record instanceof Recognition) {
        int from = view.person;
        int to = view.receiver;
        if (from < 0 || to < 0) {
          unknownPerson++;
          return;
        }
        received[to]++;
        pairs.add(((long) from << 32) | to);
        used++;
      } else if (record instanceof DecisionRecord) {
        DecisionRecord d = (DecisionRecord) record;
        if (!view.decided()) {
          open++;
          return;
        }
        int p = view.person;
        if (p < 0) {
          unknownDecider++;
          return;
        }
        decided++;
        if (context.holdsCompetence(p, d.domain())) {
          competentDecider++;
        }
        used++;
      }
    }

    @Override
    void add(Acc o) {
      for (int i = 0; i < received.length; i++) {
        received[i] = Stats.plus(received[i], o.received[i]);
      }
      pairs.addAll(o.pairs);
      decided = Stats.plus(decided, o.decided);
      competentDecider = Stats.plus(competentDecider, o.competentDecider);
      unknownPerson = Stats.plus(unknownPerson, o.unknownPerson);
      open = Stats.plus(open, o.open);
      unknownDecider = Stats.plus(unknownDecider, o.unknownDecider);
    }

    @Override
    void write(StateWriter out) {
      pairs.write(out);
      out.writeLongs(received);
      out.writeLong(decided);
      out.writeLong(competentDecider);
      out.writeLong(unknownPerson);
      out.writeLong(open);
      out.writeLong(unknownDecider);
    }

    @Override
    void read(StateReader in) {
      int people = received.length;
      pairs.read(in, v -> (v >>> 32) < people && (v & 0xFFFFFFFFL) < people);
      in.readCounters(received);
      decided = in.readCounter();
      competentDecider = in.readCounter();
      unknownPerson = in.readCounter();
      open = in.readCounter();
      unknownDecider = in.readCounter();
      if (competentDecider > decided) {
        throw in.invalid("more competent deciders than decisions");
      }
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      long total = 0;
      int recognized = 0;
      for (int i = 0; i < received.length; i++) {
        if (context.inPopulation(i)) {
          total += received[i];
          recognized += received[i] > 0 ? 1 : 0;
        }
      }
      int people = context.populationSize();
      if (context.reportsIndividuals() || people >= context.minimumGroupSize()) {
        v.put("recognitions-per-person", Stats.share(total, people));
        v.put("coverage", Stats.share(recognized, people));
      } else {
        why.absent(
            "recognition",
            "not reported: the subject has fewer people than the minimum group size");
      }
      long[] reciprocated = {0};
      pairs.forEach(
          pair -> {
            if (pairs.contains((pair << 32) | (pair >>> 32))) {
              reciprocated[0]++;
            }
          });
      v.put("reciprocity", Stats.share(reciprocated[0], pairs.size()));
      v.put("competent-decider-share", Stats.share(competentDecider, decided));
      why.step(
          "recognition",
          "recognitions received by the subject's people / people; coverage = people recognized"
              + " at least once / people; reciprocity = distinct giver-receiver pairs also given"
              + " the other way / distinct pairs",
          "recognitions",
          total,
          "people",
          people,
          "pairs",
          pairs.size());
      why.step(
          "competent-decider",
          "decided decisions whose decider (the leader, or the delegate) holds competence"
              + " authority in the decision's domain / decided decisions",
          "competenceThreshold",
          context.competenceThreshold(),
          "decided",
          decided);
      if (context.reportsIndividuals()) {
        for (int i = 0; i < received.length; i++) {
          if (context.inPopulation(i)) {
            v.put("person." + context.people().get(i).id(), received[i]);
          }
        }
      }
      v.skipped("recognition involving a person not in the organization", unknownPerson);
      v.skipped("open decision", open);
      v.skipped("decider not in the organization", unknownDecider);
      return v.explanation(why.summary("Competence is an authority everyone holds")).build();
    }
  }
}
