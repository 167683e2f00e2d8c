package org.partnership.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Organization;
import org.partnership.text.SafeText;
import scala.Tuple2;

/**
 * The built-in metrics of a ledger on Spark, per key (a tenant, a business unit …): each partition
 * measures its rows with the library's own accumulators, one measurement per key, and hands on
 * their saved states ({@link Measurement#save()}: counts and sums, never the organization); the
 * states of a key are merged on the executors; the driver restores one state per key against the
 * key's organization and reports. The values are those {@link MetricRegistry#measure} gives for the
 * same records in one JVM, to the last digit, on any number of partitions and executors (tested).
 *
 * <p>Every key of the ledger needs an organization; every organization gets a report, an empty one
 * when its key has no records. The contexts use the seed policy and, when given, a period.
 *
 * <p>Thread-safe: stateless.
 */
public final class LedgerMetrics {

  private LedgerMetrics() {}

  /** The built-ins (all portable). */
  private static final MetricRegistry BUILT_INS = MetricRegistry.builtIns();

  /** The built-ins and the calculators discovered on this JVM, once found. */
  private static volatile MetricRegistry discovered;

  /**
   * What the contexts share: the period (half-open; either end may be open), and whether to add the
   * calculators found by {@link java.util.ServiceLoader} (plug-ins on the job's class path) to the
   * built-ins — each must be a {@link org.partnership.metrics.PortableMetricCalculator}, or the job
   * is refused before it starts. Serializable: it travels to the executors.
   *
   * @param from the start of the period, or null
   * @param to the end of the period (and the as-of instant), or null
   * @param discover whether to measure with discovered plug-ins too
   */
  public record Settings(
      @Nullable Instant from,
      @Nullable Instant to,
      boolean discover,
      List<String> fairnessAttributes)
      implements Serializable {

    /**
     * The settings; {@code fairnessAttributes} are the protected attributes fairness compares
     * (empty: none declared, fairness not applicable), copied.
     *
     * @throws NullPointerException if {@code fairnessAttributes} or an element is null
     */
    public Settings {
      fairnessAttributes = List.copyOf(fairnessAttributes);
    }

    /** Settings with no protected attributes declared. */
    public Settings(@Nullable Instant from, @Nullable Instant to, boolean discover) {
      this(from, to, discover, List.of());
    }

    /** No period, the built-ins only: every record counts. */
    public static Settings all() {
      return new Settings(null, null, false);
    }

    /** The registry of these settings on this JVM. */
    MetricRegistry registry() {
      if (!discover) {
        return BUILT_INS;
      }
      MetricRegistry r = discovered;
      if (r == null) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        r =
            MetricRegistry.builder()
                .registerBuiltIns()
                .discover(loader == null ? LedgerMetrics.class.getClassLoader() : loader)
                .build();
        discovered = r;
      }
      return r;
    }

    MetricContext context(Organization organization) {
      MetricContext.Builder b =
          MetricContext.builder(organization).fairnessAttributes(fairnessAttributes);
      if (from != null) {
        b.from(from);
      }
      if (to != null) {
        b.to(to);
      }
      return b.build();
    }
  }

  /**
   * Measures a ledger per key.
   *
   * @param keyColumn the column that names each row's key; null when the whole ledger belongs to
   *     one organization, which must then be given under the key {@code ""}
   * @param organizations the organization of each key
   * @return a report per key, in key order
   * @throws NullPointerException if an argument but keyColumn is null
   * @throws IllegalArgumentException if a table lacks a column or has an unknown one (before any
   *     job runs); a row is bad or its key has no organization (the job fails with a message naming
   *     the table, key, record and field)
   */
  public static Map<String, MetricReport> measure(
      SparkSession spark,
      SparkLedger ledger,
      @Nullable String keyColumn,
      Map<String, Organization> organizations,
      Settings settings) {
    requireNonNull(spark, "spark");
    requireNonNull(ledger, "ledger");
    requireNonNull(organizations, "organizations");
    requireNonNull(settings, "settings");
    List<String> notPortable = settings.registry().notPortable();
    if (!notPortable.isEmpty()) {
      throw new IllegalArgumentException(
          "these metrics cannot be measured on Spark, their calculators do not implement"
              + " PortableMetricCalculator (their state cannot leave the JVM): "
              + notPortable);
    }
    HashMap<String, PortableOrganization> portable = new HashMap<>();
    organizations.forEach((k, o) -> portable.put(k, PortableOrganization.of(o)));
    Broadcast<HashMap<String, PortableOrganization>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(portable);
    Dataset<Tuple2<String, byte[]>> states = null;
    for (LedgerRows.Table table : LedgerRows.Table.values()) {
      Dataset<Row> rows = ledger.table(table);
      if (rows == null) {
        continue;
      }
      Dataset<Tuple2<String, byte[]>> part =
          measured(rows, LedgerRows.of(table, rows.schema(), keyColumn), shared, settings);
      states = states == null ? part : states.union(part);
    }
    Dataset<Row> lines = ledger.lines();
    if (lines != null) {
      Dataset<Tuple2<String, byte[]>> part =
          measured(lines, JsonLineRows.of(lines.schema(), keyColumn), shared, settings);
      states = states == null ? part : states.union(part);
    }
    List<Tuple2<String, Tuple2<String, byte[]>>> merged =
        states
            .groupByKey((MapFunction<Tuple2<String, byte[]>, String>) Tuple2::_1, Encoders.STRING())
            .reduceGroups(
                (ReduceFunction<Tuple2<String, byte[]>>)
                    (a, b) -> new Tuple2<>(a._1(), merge(a._1(), a._2(), b._2(), shared, settings)))
            .collectAsList();
    Map<String, MetricReport> reports = new TreeMap<>();
    Map<String, MetricContext> contexts = new HashMap<>();
    for (Tuple2<String, Tuple2<String, byte[]>> m : merged) {
      MetricContext context =
          contexts.computeIfAbsent(m._1(), k -> settings.context(organizations.get(k)));
      reports.put(m._1(), settings.registry().restore(context, m._2()._2()).report());
    }
    for (Map.Entry<String, Organization> e : organizations.entrySet()) {
      if (!reports.containsKey(e.getKey())) {
        reports.put(
            e.getKey(),
            settings.registry().newMeasurement(settings.context(e.getValue())).report());
      }
    }
    shared.destroy();
    return reports;
  }

  /** The saved states of each partition of these rows, a state per key. */
  private static Dataset<Tuple2<String, byte[]>> measured(
      Dataset<Row> rows,
      RowReader reader,
      Broadcast<HashMap<String, PortableOrganization>> organizations,
      Settings settings) {
    return rows.mapPartitions(
        (MapPartitionsFunction<Row, Tuple2<String, byte[]>>)
            it -> measurePartition(it, reader, organizations, settings),
        Encoders.tuple(Encoders.STRING(), Encoders.BINARY()));
  }

  /** Measures one partition's rows: a measurement per key, handed on as saved states. */
  private static Iterator<Tuple2<String, byte[]>> measurePartition(
      Iterator<Row> rows,
      RowReader reader,
      Broadcast<HashMap<String, PortableOrganization>> organizations,
      Settings settings) {
    Map<String, Measurement> measurements = new LinkedHashMap<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      LedgerRecord record = reader.record(row);
      if (record == null) {
        continue;
      }
      String key = reader.key(row);
      Measurement m = measurements.get(key);
      if (m == null) {
        m = settings.registry().newMeasurement(context(key, organizations, settings));
        measurements.put(key, m);
      }
      m.accept(record);
    }
    List<Tuple2<String, byte[]>> out = new ArrayList<>(measurements.size());
    measurements.forEach((k, m) -> out.add(new Tuple2<>(k, m.save())));
    return out.iterator();
  }

  /** Two saved states of a key, merged and saved again. */
  private static byte[] merge(
      String key,
      byte[] a,
      byte[] b,
      Broadcast<HashMap<String, PortableOrganization>> organizations,
      Settings settings) {
    MetricContext context = context(key, organizations, settings);
    MetricRegistry registry = settings.registry();
    return registry.restore(context, a).merge(registry.restore(context, b)).save();
  }

  /**
   * The context of a key on this JVM: built once per broadcast and key, kept while few (a context
   * holds the organization's indexes).
   */
  private static MetricContext context(
      String key,
      Broadcast<HashMap<String, PortableOrganization>> organizations,
      Settings settings) {
    String cacheKey = organizations.id() + "\u0000" + key;
    synchronized (CONTEXTS) {
      MetricContext c = CONTEXTS.get(cacheKey);
      if (c != null) {
        return c;
      }
    }
    PortableOrganization o = organizations.value().get(key);
    if (o == null) {
      throw new IllegalArgumentException(
          "no organization for the key \""
              + SafeText.escape(key.length() > 80 ? key.substring(0, 80) + "…" : key)
              + "\" ("
              + organizations.value().size()
              + " keys have one)");
    }
    MetricContext c = settings.context(o.organization());
    synchronized (CONTEXTS) {
      CONTEXTS.put(cacheKey, c);
    }
    return c;
  }

  /** The contexts built on this JVM, the most recently used 64. */
  private static final Map<String, MetricContext> CONTEXTS =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MetricContext> eldest) {
          return size() > 64;
        }
      };
}
