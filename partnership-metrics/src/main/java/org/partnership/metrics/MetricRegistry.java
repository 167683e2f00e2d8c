package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.partnership.ledger.LedgerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calculators a host measures with, in registration order.
 *
 * <p>Explicit registration always works. Discovery through {@link ServiceLoader} ({@code
 * META-INF/services/org.partnership.metrics.MetricCalculator}) is opt-in: a provider that fails to
 * load or to answer its id is skipped, logged through SLF4J at WARN and listed in {@link
 * #problems()}, and the others still load. Two calculators with the same id, however they arrived,
 * are refused at {@link Builder#build()} with an error naming both classes.
 *
 * <p>Immutable and thread-safe; measurements it creates are not.
 */
public final class MetricRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(MetricRegistry.class);
  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");
  private static final int MAX_DISCOVERY_ERRORS = 100;

  private final ImmutableList<MetricCalculator<?>> calculators;
  private final ImmutableList<String> problems;

  private MetricRegistry(List<MetricCalculator<?>> calculators, List<String> problems) {
    this.calculators = ImmutableList.copyOf(calculators);
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A registry of the eleven built-in calculators, in the order of {@link BuiltInMetrics#all()}.
   */
  public static MetricRegistry builtIns() {
    return builder().registerBuiltIns().build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The calculators, in registration order. */
  public List<MetricCalculator<?>> calculators() {
    return calculators;
  }

  /**
   * The calculator with an id.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<MetricCalculator<?>> calculator(String id) {
    requireNonNull(id, "id");
    return calculators.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** What went wrong during discovery, one line per skipped provider; empty when nothing did. */
  public List<String> problems() {
    return problems;
  }

  /** The ids of the calculators, in order. */
  public List<String> ids() {
    List<String> ids = new java.util.ArrayList<>();
    for (MetricCalculator<?> c : calculators()) {
      ids.add(c.id());
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  /**
   * The ids of the calculators that cannot save and restore their accumulators' state (not {@link
   * PortableMetricCalculator}s), in order; empty when every measurement of this registry can be
   * {@link Measurement#save() saved}. Every built-in is portable.
   */
  public List<String> notPortable() {
    List<String> ids = new java.util.ArrayList<>();
    for (MetricCalculator<?> c : calculators()) {
      if (!(c instanceof PortableMetricCalculator)) {
        ids.add(c.id());
      }
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  /**
   * A measurement with the state {@link Measurement#save()} wrote, against a context: it goes on
   * and merges like the measurement that was saved. The state is read fully and checked before
   * anything is returned.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the state is not a measurement state, was measured against
   *     a context with another {@link MetricContext#fingerprint() fingerprint} (the message names
   *     what differs), holds other metrics than this registry, does not fit the context (the
   *     message names the metric and the byte), or holds counts no ledger could give (more records
   *     filtered than read, a metric using more records than were measured, values that cannot be
   *     reported)
   * @throws UnsupportedOperationException if a calculator is not portable
   */
  public Measurement restore(MetricContext context, byte[] state) {
    requireNonNull(context, "context");
    requireNonNull(state, "state");
    return Measurement.restore(this, context, state);
  }

  /**
   * A new, empty measurement by every calculator.
   *
   * @throws NullPointerException if {@code context} is null
   */
  public Measurement newMeasurement(MetricContext context) {
    return new Measurement(this, requireNonNull(context, "context"));
  }

  /**
   * Measures a ledger in one pass on the calling thread.
   *
   * @throws NullPointerException if an argument or a record is null
   */
  public MetricReport measure(MetricContext context, Iterable<? extends LedgerRecord> ledger) {
    requireNonNull(ledger, "ledger");
    Measurement m = newMeasurement(context);
    for (LedgerRecord r : ledger) {
      m.accept(r);
    }
    return m.report();
  }

  /**
   * Measures a stream of records; a parallel stream is split across threads and the parts merged,
   * with the same result as a sequential one.
   *
   * @throws NullPointerException if an argument or a record is null
   */
  public MetricReport measure(MetricContext context, Stream<? extends LedgerRecord> ledger) {
    requireNonNull(ledger, "ledger");
    return ledger.collect(collector(context));
  }

  /**
   * A collector measuring the records of a stream (parallel streams included).
   *
   * @throws NullPointerException if {@code context} is null
   */
  public Collector<LedgerRecord, Measurement, MetricReport> collector(MetricContext context) {
    requireNonNull(context, "context");
    return Collector.of(
        () -> newMeasurement(context),
        Measurement::accept,
        Measurement::merge,
        Measurement::report);
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    calculators.forEach(c -> ids.add(c.id()));
    return "MetricRegistry" + ids;
  }

  /** Builds {@link MetricRegistry}s. Not thread-safe. */
  public static final class Builder {
    private final List<MetricCalculator<?>> calculators = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a calculator.
     *
     * @throws NullPointerException if {@code calculator} is null
     * @throws IllegalArgumentException if its id is not a valid id
     */
    public Builder register(MetricCalculator<?> calculator) {
      return add(calculator, "registered");
    }

    private Builder add(MetricCalculator<?> calculator, String origin) {
      requireNonNull(calculator, "calculator");
      String id = calculator.id();
      checkArgument(
          id != null && ID.matcher(id).matches(),
          "metric id must be lowercase words joined by '-' or '.', was \"%s\" (%s)",
          id,
          calculator.getClass().getName());
      calculators.add(calculator);
      origins.add(origin);
      return this;
    }

    /** Registers the twelve built-in calculators. */
    public Builder registerBuiltIns() {
      BuiltInMetrics.all().forEach(c -> add(c, "built in"));
      return this;
    }

    /**
     * Registers every calculator found by {@link ServiceLoader} in a class loader, skipping (and
     * reporting) providers that fail.
     *
     * @throws NullPointerException if {@code loader} is null
     */
    @SuppressWarnings("rawtypes")
    public Builder discover(ClassLoader loader) {
      requireNonNull(loader, "loader");
      Iterator<MetricCalculator> it = ServiceLoader.load(MetricCalculator.class, loader).iterator();
      int errors = 0;
      while (errors < MAX_DISCOVERY_ERRORS) {
        MetricCalculator<?> found;
        try {
          if (!it.hasNext()) {
            break;
          }
          found = it.next();
        } catch (ServiceConfigurationError e) {
          errors++;
          problem("a metric calculator provider failed to load: " + e.getMessage(), e);
          continue;
        }
        try {
          add(found, "discovered by ServiceLoader");
        } catch (RuntimeException e) {
          errors++;
          problem(
              "metric calculator " + found.getClass().getName() + " was skipped: " + e.getMessage(),
              e);
        }
      }
      return this;
    }

    private void problem(String message, Throwable cause) {
      problems.add(message);
      LOG.warn("{}", message, cause);
    }

    /**
     * The registry.
     *
     * @throws IllegalArgumentException if two calculators have the same id, naming both classes and
     *     where each came from (registered, built in, discovered by ServiceLoader)
     */
    public MetricRegistry build() {
      Map<String, Integer> byId = new LinkedHashMap<>();
      for (int i = 0; i < calculators.size(); i++) {
        MetricCalculator<?> c = calculators.get(i);
        Integer previous = byId.putIfAbsent(c.id(), i);
        if (previous != null) {
          MetricCalculator<?> first = calculators.get(previous);
          boolean sameClass = first.getClass() == c.getClass();
          throw new IllegalArgumentException(
              "two metric calculators have the id \""
                  + c.id()
                  + "\": "
                  + first.getClass().getName()
                  + " ("
                  + origins.get(previous)
                  + ") and "
                  + c.getClass().getName()
                  + " ("
                  + origins.get(i)
                  + ")"
                  + (sameClass ? "; add each calculator once: register it or discover it" : ""));
        }
      }
      return new MetricRegistry(calculators, problems);
    }
  }
}
