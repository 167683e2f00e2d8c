package org.partnership.metrics;

import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Phase;

/** 2. Upfront share (UPFRONT against IMPLEMENTATION) and loose-ends share of time. */
final class UpfrontShare extends BuiltIn<UpfrontShare.Acc> {

  static final UpfrontShare INSTANCE = new UpfrontShare();

  private UpfrontShare() {
    super(
        "upfront-share",
        "Time spent upfront (building shared understanding before the work) and on loose ends"
            + " during implementation, each over all time recorded.",
        "share of time",
        TimeEntry.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final TimeSums sums = new TimeSums(3); // 0 upfront, 1 loose ends, 2 total
    private long unknownPerson;

    Acc(MetricContext context) {
      super(context);
    }

    @Override
    void take(View view) {
      if (!(view.record instanceof TimeEntry)) {
        return;
      }
      TimeEntry t = (TimeEntry) view.record;
      if (view.person < 0) {
        unknownPerson++;
        return;
      }
      sums.add(2, t.duration());
      if (t.phase() == Phase.UPFRONT) {
        sums.add(0, t.duration());
      }
      if (t.kind() == ActivityKind.LOOSE_ENDS) {
        sums.add(1, t.duration());
      }
      used++;
    }

    @Override
    void add(Acc o) {
      sums.add(o.sums);
      unknownPerson = Stats.plus(unknownPerson, o.unknownPerson);
    }

    @Override
    void write(StateWriter out) {
      sums.write(out);
      out.writeLong(unknownPerson);
    }

    @Override
    void read(StateReader in) {
      sums.read(in);
      unknownPerson = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      double total = sums.inSeconds(2);
      if (total > 0) {
        v.put("upfront", sums.inSeconds(0) / total);
        v.put("loose-ends", sums.inSeconds(1) / total);
      }
      v.put("total-hours", total / 3600);
      if (total > 0) {
        why.step(
            "shares",
            "upfront = time in phase UPFRONT / all time; loose ends = time on LOOSE_ENDS / all time",
            "upfrontHours",
            sums.inSeconds(0) / 3600,
            "looseEndsHours",
            sums.inSeconds(1) / 3600,
            "totalHours",
            total / 3600);
      } else {
        why.absent("shares", "no time recorded");
      }
      v.skipped("time entry of a person not in the organization", unknownPerson);
      return v.explanation(
              why.summary(
                  "Upfront time builds shared understanding so that fewer loose ends follow"))
          .build();
    }
  }
}
