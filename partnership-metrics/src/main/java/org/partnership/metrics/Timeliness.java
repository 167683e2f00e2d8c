package org.partnership.metrics;

import java.time.Instant;
import java.util.Locale;
import org.HdrHistogram.IntCountsHistogram;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.Mode;

/**
 * 5. Timeliness: latency (decided - raised) median and p90 per mode, the on-time rate against due
 * dates — decisions left open past their due time at the as-of instant count as late — and open
 * decisions past due.
 *
 * <p>Latencies are kept in HdrHistogram histograms with three significant digits (relative error at
 * most 0.1 %), so memory stays bounded whatever the ledger's size and parts merge exactly.
 */
final class Timeliness extends BuiltIn<Timeliness.Acc> {

  static final Timeliness INSTANCE = new Timeliness();

  private Timeliness() {
    super(
        "timeliness",
        "How timely decisions are: latency from raised to decided (median and 90th percentile per"
            + " mode), the share of due decisions decided by their due time (open past due = late),"
            + " and open decisions past due.",
        "hours",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final IntCountsHistogram[] latency = {
      new IntCountsHistogram(3), new IntCountsHistogram(3)
    };
    private final Instant asOf;
    private long due;
    private long onTime;
    private long open;
    private long openPastDue;
    private long withDue;

    Acc(MetricContext context) {
      super(context);
      this.asOf = context.asOf().orElse(null);
    }

    @Override
    void take(View view) {
      DecisionRecord d = view.decision;
      if (d == null) {
        return;
      }
      used++;
      Instant dueAt = view.dueAt;
      if (dueAt != null) {
        withDue++;
      }
      if (!view.decided()) {
        open++;
        if (asOf != null && dueAt != null && dueAt.isBefore(asOf)) {
          // Left open past its due time: late, so leaving decisions open cannot raise the rate.
          openPastDue++;
          due++;
        }
        return;
      }
      Instant decided = view.decidedAt;
      long seconds = decided.getEpochSecond() - d.raisedAt().getEpochSecond();
      if (decided.getNano() < d.raisedAt().getNano()) {
        seconds--;
      }
      latency[d.mode().ordinal()].recordValue(seconds);
      if (dueAt != null) {
        due++;
        if (!decided.isAfter(dueAt)) {
          onTime++;
        }
      }
    }

    @Override
    void add(Acc o) {
      latency[0].add(o.latency[0]);
      latency[1].add(o.latency[1]);
      due = Stats.plus(due, o.due);
      onTime = Stats.plus(onTime, o.onTime);
      open = Stats.plus(open, o.open);
      openPastDue = Stats.plus(openPastDue, o.openPastDue);
      withDue = Stats.plus(withDue, o.withDue);
    }

    @Override
    void write(StateWriter out) {
      for (IntCountsHistogram h : latency) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        h.encodeIntoByteBuffer(buffer);
        out.writeBytes(java.util.Arrays.copyOf(buffer.array(), buffer.position()));
      }
      out.writeLong(due);
      out.writeLong(onTime);
      out.writeLong(open);
      out.writeLong(openPastDue);
      out.writeLong(withDue);
    }

    @Override
    void read(StateReader in) {
      for (IntCountsHistogram h : latency) {
        byte[] bytes = in.readBytes();
        // A decoded histogram is only as sound as its bytes: its counts may be negative and its
        // range inconsistent, so it is never added as it is. Its recorded values are copied one by
        // one, each checked, into the histogram this accumulator owns.
        String problem = null;
        try {
          IntCountsHistogram saved =
              IntCountsHistogram.decodeFromByteBuffer(java.nio.ByteBuffer.wrap(bytes), 0);
          long copied = 0;
          for (org.HdrHistogram.HistogramIterationValue v : saved.recordedValues()) {
            long count = v.getCountAtValueIteratedTo();
            long value = v.getValueIteratedTo();
            if (count <= 0 || value < 0) {
              problem = "a latency histogram has negative counts or values";
              break;
            }
            h.recordValueWithCount(value, count);
            copied = Stats.plus(copied, count);
          }
          if (problem == null && copied != saved.getTotalCount()) {
            problem = "a latency histogram's total disagrees with its counts";
          }
        } catch (RuntimeException e) {
          problem = "a latency histogram cannot be read: " + e;
        }
        if (problem != null) {
          throw in.invalid(problem);
        }
      }
      due = in.readCounter();
      onTime = in.readCounter();
      open = in.readCounter();
      openPastDue = in.readCounter();
      withDue = in.readCounter();
      if (onTime > due || openPastDue > open || openPastDue > due || withDue < due) {
        throw in.invalid(
            "more decisions on time than due, open past due than open or due, or due than have a"
                + " due time");
      }
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      for (Mode mode : Mode.values()) {
        IntCountsHistogram h = latency[mode.ordinal()];
        String m = mode.name().toLowerCase(Locale.ROOT);
        if (h.getTotalCount() > 0) {
          v.put("latency-median-hours." + m, h.getValueAtPercentile(50) / 3600.0);
          v.put("latency-p90-hours." + m, h.getValueAtPercentile(90) / 3600.0);
        }
        v.put("decided." + m, h.getTotalCount());
      }
      why.step(
          "latency",
          "decidedAt - raisedAt per decided decision, in whole seconds; median and 90th percentile"
              + " per mode of the style used (HdrHistogram, relative error at most 0.1 %)",
          "decidedManage",
          latency[Mode.MANAGE.ordinal()].getTotalCount(),
          "decidedPartner",
          latency[Mode.PARTNER.ordinal()].getTotalCount());
      v.put("on-time-rate", Stats.share(onTime, due));
      v.put("due-decisions", due);
      v.put("on-time", onTime);
      why.step(
          "on-time",
          "decisions decided at or before their due time / decisions due: decided decisions with"
              + " a due time, and open decisions whose due time is before the as-of instant (late)",
          "due",
          due,
          "onTime",
          onTime,
          "openPastDue",
          openPastDue);
      if (used > 0) {
        v.put("due-coverage", (double) withDue / used);
        why.step(
            "due-coverage",
            "decisions with a due time / decisions: the share the on-time rate can describe",
            "decisions",
            used,
            "withDueTime",
            withDue);
      }
      v.put("open", open);
      if (asOf != null) {
        v.put("open-past-due", openPastDue);
        why.step(
            "open-past-due",
            "open decisions whose due time is before the as-of instant",
            "asOf",
            asOf.toString(),
            "open",
            open);
      } else {
        why.absent("open-past-due", "no as-of instant: give the period an end or an as-of time");
      }
      return v.explanation(why.summary("Management is timely when decisions are taken in time"))
          .build();
    }
  }
}
