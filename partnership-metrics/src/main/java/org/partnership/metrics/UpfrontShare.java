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
    private long upfront;
    private long looseEnds;
    private long total;
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
      long nanos = t.duration().toNanos();
      total += nanos;
      if (t.phase() == Phase.UPFRONT) {
        upfront += nanos;
      }
      if (t.kind() == ActivityKind.LOOSE_ENDS) {
        looseEnds += nanos;
      }
      used++;
    }

    @Override
    void add(Acc o) {
      upfront += o.upfront;
      looseEnds += o.looseEnds;
      total += o.total;
      unknownPerson += o.unknownPerson;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      v.put("upfront", Stats.share(upfront, total));
      v.put("loose-ends", Stats.share(looseEnds, total));
      v.put("total-hours", Stats.hours(total));
      if (total > 0) {
        why.step(
            "shares",
            "upfront = time in phase UPFRONT / all time; loose ends = time on LOOSE_ENDS / all time",
            "upfrontHours",
            Stats.hours(upfront),
            "looseEndsHours",
            Stats.hours(looseEnds),
            "totalHours",
            Stats.hours(total));
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
