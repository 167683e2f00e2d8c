package org.partnership.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;

/**
 * Reads ledger files and measures their records on separate threads: one reader per file parses and
 * validates, handing batches of records through a bounded queue to measuring threads, each with its
 * own {@link Measurement}; the measurements are merged at the end. Memory stays bounded by the
 * queue; the work spreads over every core even when one file dominates.
 */
final class Pipeline {

  /** Reads one file, handing every accepted record to the sink. */
  interface Reader {
    LedgerReadReport read(Consumer<LedgerRecord> sink) throws IOException;
  }

  private static final int BATCH = 2048;
  private static final List<LedgerRecord> END = List.of();

  private final MetricRegistry registry;
  private final MetricContext context;
  private final int measurers;
  private final BlockingQueue<List<LedgerRecord>> queue = new ArrayBlockingQueue<>(16);
  private Measurement measurement;

  Pipeline(MetricRegistry registry, MetricContext context, int cores) {
    this.registry = registry;
    this.context = context;
    this.measurers = Math.max(1, cores);
  }

  /** The merged measurement, once {@link #run(List)} returned. */
  Measurement measurement() {
    return measurement;
  }

  /** Reads every file and measures every record; the reports in the order of the readers. */
  List<LedgerReadReport> run(List<Reader> readers) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(readers.size() + measurers);
    try {
      List<Future<Measurement>> measuring = new ArrayList<>();
      for (int i = 0; i < measurers; i++) {
        measuring.add(pool.submit(this::measure));
      }
      List<Future<LedgerReadReport>> reading = new ArrayList<>();
      for (Reader reader : readers) {
        reading.add(pool.submit(() -> read(reader)));
      }
      List<LedgerReadReport> reports = new ArrayList<>();
      Exception failure = null;
      for (Future<LedgerReadReport> f : reading) {
        try {
          reports.add(f.get());
        } catch (ExecutionException e) {
          failure = failure == null ? unwrap(e) : failure;
        }
      }
      for (int i = 0; i < measurers; i++) {
        queue.put(END);
      }
      for (Future<Measurement> f : measuring) {
        Measurement m;
        try {
          m = f.get();
        } catch (ExecutionException e) {
          failure = failure == null ? unwrap(e) : failure;
          continue;
        }
        measurement = measurement == null ? m : measurement.merge(m);
      }
      if (failure instanceof IOException) {
        throw (IOException) failure;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  private LedgerReadReport read(Reader reader) throws IOException {
    Batcher batcher = new Batcher();
    LedgerReadReport report = reader.read(batcher);
    hand(batcher.batch);
    return report;
  }

  /** Collects records into batches and hands each full batch to the queue. */
  private final class Batcher implements Consumer<LedgerRecord> {
    List<LedgerRecord> batch = new ArrayList<>(BATCH);

    @Override
    public void accept(LedgerRecord record) {
      batch.add(record);
      if (batch.size() == BATCH) {
        hand(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
  }

  private void hand(List<LedgerRecord> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  private Measurement measure() throws InterruptedException {
    Measurement m = registry.newMeasurement(context);
    List<LedgerRecord> batch;
    while ((batch = queue.take()) != END) {
      for (LedgerRecord r : batch) {
        m.accept(r);
      }
    }
    return m;
  }

  private static Exception unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Exception) {
      return (Exception) cause;
    }
    throw new IllegalStateException(cause);
  }
}
