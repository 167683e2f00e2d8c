package org.partnership.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.partnership.examples.SampleOrganizations;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Organization;
import org.partnership.simulation.ledger.LedgerGenerator;

/**
 * All twelve built-in metrics over 10,000,000 in-memory records of the sample district's synthetic
 * ledger (about 60 % time entries, 30 % decisions, 10 % recognitions), on one thread and split in
 * two halves on two threads. The score is the time per record; records per second = 1 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmark {

  /** Records in the ledger. */
  public static final int RECORDS = 10_000_000;

  List<LedgerRecord> ledger;
  MetricContext context;
  MetricRegistry registry;
  ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    Organization district = SampleOrganizations.district();
    ledger = LedgerGenerator.of(district, 1).records(RECORDS).toList();
    context = MetricContext.of(district);
    registry = MetricRegistry.builtIns();
    pool = Executors.newFixedThreadPool(2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public MetricReport oneThread() {
    return registry.measure(context, ledger);
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public MetricReport twoThreads() throws Exception {
    int half = RECORDS / 2;
    Future<Measurement> first = pool.submit(() -> part(0, half));
    Future<Measurement> second = pool.submit(() -> part(half, RECORDS));
    return first.get().merge(second.get()).report();
  }

  private Measurement part(int from, int to) {
    Measurement m = registry.newMeasurement(context);
    for (int i = from; i < to; i++) {
      m.accept(ledger.get(i));
    }
    return m;
  }
}
