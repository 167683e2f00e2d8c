package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/** The common parts of the built-in calculators and their accumulators. */
abstract class BuiltIn<A extends BuiltIn.Accumulator<A>> implements PortableMetricCalculator<A> {

  private final String id;
  private final String description;
  private final String unit;

  private final Set<Class<? extends LedgerRecord>> reads;

  @SafeVarargs
  BuiltIn(String id, String description, String unit, Class<? extends LedgerRecord>... reads) {
    this.id = id;
    this.description = description;
    this.unit = unit;
    Set<Class<? extends LedgerRecord>> types = new java.util.HashSet<>();
    for (Class<? extends LedgerRecord> type : reads) {
      types.add(type);
    }
    this.reads = Set.copyOf(types);
  }

  @Override
  public final boolean reads(Class<? extends LedgerRecord> type) {
    return reads.contains(requireNonNull(type, "type"));
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final String unit() {
    return unit;
  }

  @Override
  public final A newAccumulator(MetricContext context) {
    return create(requireNonNull(context, "context"));
  }

  abstract A create(MetricContext context);

  @Override
  public final void save(A accumulator, StateWriter out) {
    requireNonNull(accumulator, "accumulator");
    requireNonNull(out, "out");
    out.writeLong(accumulator.used);
    accumulator.write(out);
  }

  @Override
  public final A restore(MetricContext context, StateReader in) {
    A a = create(requireNonNull(context, "context"));
    requireNonNull(in, "in");
    a.used = in.readCounter();
    a.read(in);
    return a;
  }

  @Override
  public String toString() {
    return id;
  }

  MetricValue.Builder value() {
    return MetricValue.builder(id, unit);
  }

  /** The state shared by every built-in accumulator: its context and the count of records used. */
  abstract static class Accumulator<A extends Accumulator<A>> implements MetricAccumulator<A> {
    final MetricContext context;
    long used;

    Accumulator(MetricContext context) {
      this.context = context;
    }

    @Override
    public final void accept(LedgerRecord record) {
      take(new View(context).of(requireNonNull(record, "record")));
    }

    /** Takes one record, read through a view shared by the built-ins. */
    abstract void take(View view);

    @Override
    public final void merge(A other) {
      requireNonNull(other, "other");
      checkArgument(other != this, "an accumulator cannot be merged with itself");
      checkArgument(other.getClass() == getClass(), "only accumulators of the same metric merge");
      context.checkSameAs(other.context);
      used = Stats.plus(used, other.used);
      add(other);
    }

    abstract void add(A other);

    /** Writes the state beyond {@link #used}. */
    abstract void write(StateWriter out);

    /** Reads what {@link #write} wrote into this fresh accumulator. */
    abstract void read(StateReader in);
  }

  /**
   * An accumulator of decided decisions: other records are ignored and open decisions counted in
   * {@link #open} (each reports them as skipped, "open decision").
   */
  abstract static class DecisionAccumulator<A extends DecisionAccumulator<A>>
      extends Accumulator<A> {
    long open;

    DecisionAccumulator(MetricContext context) {
      super(context);
    }

    @Override
    final void take(View view) {
      DecisionRecord d = view.decision;
      if (d == null) {
        return;
      }
      if (!view.decided()) {
        open++;
        return;
      }
      takeDecided(view, d);
    }

    /** Takes one decided decision. */
    abstract void takeDecided(View view, DecisionRecord d);

    @Override
    final void add(A other) {
      open = Stats.plus(open, other.open);
      combine(other);
    }

    /** Adds the rest of another accumulator's state. */
    abstract void combine(A other);

    @Override
    final void write(StateWriter out) {
      out.writeLong(open);
      writeRest(out);
    }

    @Override
    final void read(StateReader in) {
      open = in.readCounter();
      readRest(in);
    }

    /** Writes the state beyond {@link #used} and {@link #open}. */
    abstract void writeRest(StateWriter out);

    /** Reads what {@link #writeRest} wrote. */
    abstract void readRest(StateReader in);
  }

  /**
   * One record as the built-in accumulators read it: optional parts unwrapped and people resolved
   * to their indexes once, for all of them. A measurement reuses one view for every record.
   */
  static final class View {
    private final MetricContext context;
    LedgerRecord record;

    /** The record as a decision, or null. */
    DecisionRecord decision;

    /** The decider's id, or null while open. */
    String decidedBy;

    /** When decided, or null while open. */
    java.time.Instant decidedAt;

    /** When due, or null. */
    java.time.Instant dueAt;

    /** The traits, or null. */
    org.partnership.model.DecisionTraits traits;

    /** The decider's index, the time entry's person, or the recognition's giver; -1 if unknown. */
    int person;

    /** The recognition's receiver; -1 if unknown. */
    int receiver;

    private int[] participants = new int[8];
    private int participantCount = -1;
    private int[] stakeholders = new int[8];
    private int stakeholderCount = -1;

    /** Per person, the serial of the last decision they took part in: O(1) membership. */
    private final int[] participatedIn;

    private int serial;

    View(MetricContext context) {
      this.context = context;
      this.participatedIn = new int[context.people().size()];
    }

    View of(LedgerRecord r) {
      record = r;
      participantCount = -1;
      stakeholderCount = -1;
      if (r instanceof DecisionRecord) {
        DecisionRecord d = (DecisionRecord) r;
        decision = d;
        decidedBy = d.decidedBy().orElse(null);
        decidedAt = d.decidedAt().orElse(null);
        dueAt = d.dueAt().orElse(null);
        traits = d.traits().orElse(null);
        person = decidedBy == null ? -1 : context.personIndex(decidedBy);
        receiver = -1;
      } else {
        decision = null;
        decidedBy = null;
        decidedAt = null;
        dueAt = null;
        traits = null;
        if (r instanceof TimeEntry) {
          person = context.personIndex(((TimeEntry) r).personId());
          receiver = -1;
        } else {
          Recognition g = (Recognition) r;
          person = context.personIndex(g.fromPersonId());
          receiver = context.personIndex(g.toPersonId());
        }
      }
      return this;
    }

    boolean decided() {
      return decidedAt != null;
    }

    /** How many participants the decision has; their indexes via {@link #participant(int)}. */
    int participantCount() {
      if (participantCount < 0) {
        java.util.Set<String> ids = decision.participants();
        if (participants.length < ids.size()) {
          participants = new int[ids.size()];
        }
        if (++serial == Integer.MAX_VALUE) {
          java.util.Arrays.fill(participatedIn, 0);
          serial = 1;
        }
        int n = 0;
        for (String id : ids) {
          int p = context.personIndex(id);
          participants[n++] = p;
          if (p >= 0) {
            participatedIn[p] = serial;
          }
        }
        participantCount = n;
      }
      return participantCount;
    }

    /** Whether the person with this index took part in the decision. */
    boolean tookPart(int person) {
      participantCount();
      return participatedIn[person] == serial;
    }

    /** How many stakeholders the decision has; their indexes via {@link #stakeholder(int)}. */
    int stakeholderCount() {
      if (stakeholderCount < 0) {
        java.util.Set<String> ids = decision.stakeholders();
        if (stakeholders.length < ids.size()) {
          stakeholders = new int[ids.size()];
        }
        int n = 0;
        for (String id : ids) {
          stakeholders[n++] = context.personIndex(id);
        }
        stakeholderCount = n;
      }
      return stakeholderCount;
    }

    /** The index of the i-th stakeholder, -1 if not in the organization. */
    int stakeholder(int i) {
      return stakeholders[i];
    }

    /** The index of the i-th participant, -1 if not in the organization. */
    int participant(int i) {
      return participants[i];
    }
  }

  /** Builds an explanation: a summary and one reason per step of the computation. */
  static final class Explain {
    private final List<Reason> steps = new ArrayList<>();

    Explain step(String ruleId, String condition, Object... observed) {
      Reason.Builder r = Reason.builder().ruleId(ruleId).condition(condition).fired(true);
      for (int i = 0; i < observed.length; i += 2) {
        r.observe((String) observed[i], observed[i + 1]);
      }
      steps.add(r.build());
      return this;
    }

    /** A step that could not be computed, and why. */
    Explain absent(String ruleId, String why) {
      steps.add(Reason.builder().ruleId(ruleId).condition(why).fired(false).build());
      return this;
    }

    Explanation summary(String summary) {
      return Explanation.of(summary, steps);
    }
  }
}
