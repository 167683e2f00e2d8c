package org.partnership.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.partnership.examples.SampleOrganizations;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.LedgerTable;
import org.partnership.model.Domain;
import org.partnership.simulation.ledger.LedgerGenerator;
import org.partnership.text.CsvCells;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reading ledger CSV: the library's reader ({@link LedgerCsv}, FastCSV underneath) against the
 * reader it replaced — Jackson CSV's token stream into rows of strings — both building records
 * through the same column table ({@link LedgerTable}) and sharing one string per id, each noting
 * every field's column for messages as both did. 200,000 rows of the sample district's synthetic
 * ledger, held as text (no file, no UTF-8 decoding). The score is the time per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LedgerCsvBenchmark {

  /** Rows in the text. */
  public static final int ROWS = 200_000;

  /** The table: {@code DECISION} (28 columns) or {@code TIME} (5 columns). */
  @Param({"DECISION", "TIME"})
  public String table;

  String text;
  LedgerRecordType type;

  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    type = LedgerRecordType.valueOf(table);
    StringWriter out = new StringWriter();
    try (LedgerWriter w = LedgerCsv.writer(out, type)) {
      LedgerGenerator.of(SampleOrganizations.district(), 1)
          .records(20L * ROWS)
          .filter(r -> LedgerRecordType.of(r) == type)
          .limit(ROWS)
          .forEach(
              r -> {
                try {
                  w.write(r);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    text = out.toString();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long fastCsv(Blackhole bh) throws IOException {
    return LedgerCsv.read(new StringReader(text), "bench.csv", type, ReadMode.STRICT, bh::consume)
        .accepted();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long jacksonTokens(Blackhole bh) {
    LedgerTable<?> t = type.table();
    long rows = 0;
    try (JsonParser parser = MAPPER.createParser(new StringReader(text))) {
      int[] index = null;
      List<String> row = new ArrayList<>(32);
      Shared shared = new Shared();
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.START_ARRAY) {
          continue;
        }
        row.clear();
        int columns = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          // As the replaced reader did: each field's column, for messages.
          columns += parser.currentTokenLocation().getColumnNr();
          row.add(parser.getString());
        }
        bh.consume(columns);
        if (index == null) {
          index = new int[t.columns().size()];
          for (int c = 0; c < index.length; c++) {
            index[c] = row.indexOf(t.columns().get(c));
          }
          continue;
        }
        shared.row = row;
        shared.index = index;
        bh.consume(t.read(shared));
        rows++;
      }
    }
    return rows;
  }

  /** A row's fields by column, cells read as the library reads them, one string per id. */
  private static final class Shared implements LedgerTable.Fields {
    List<String> row;
    int[] index;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();

    @Override
    public Object get(int column) {
      int i = index[column];
      return i < 0 || i >= row.size() ? "" : CsvCells.read(row.get(i));
    }

    @Override
    public String id(String id) {
      return ids.computeIfAbsent(id, k -> k);
    }

    @Override
    public Domain domain(String name) {
      return domains.computeIfAbsent(name, Domain::of);
    }
  }
}
