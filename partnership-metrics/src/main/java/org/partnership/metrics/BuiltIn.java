package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnership.ledger.LedgerRecord;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/** The common parts of the built-in calculators and their accumulators. */
abstract class BuiltIn<A extends BuiltIn.Accumulator<A>> implements MetricCalculator<A> {

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
      requireNonNull(record, "record");
      take(record);
    }

    abstract void take(LedgerRecord record);

    @Override
    public final void merge(A other) {
      requireNonNull(other, "other");
      checkArgument(other != this, "an accumulator cannot be merged with itself");
      checkArgument(
          other.context == context && other.getClass() == getClass(),
          "only accumulators of the same metric and context merge");
      used += other.used;
      add(other);
    }

    abstract void add(A other);
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
