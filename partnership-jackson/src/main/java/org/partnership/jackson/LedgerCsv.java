package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.partnership.jackson.internal.CsvRecords;
import org.partnership.jackson.internal.LedgerRows;
import org.partnership.ledger.LedgerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Ledgers as CSV: one file per record type ({@link LedgerRecordType#fileName()}), UTF-8, a header
 * row naming the columns (any order; the required ones must be there), one record per row. Lists of
 * ids are separated by {@code ;}; instants and durations are ISO-8601 ({@code
 * 2026-09-01T08:00:00Z}, {@code PT1H30M}); enums by their constant names; an empty field is an
 * absent value.
 *
 * <p>Reading streams: memory does not grow with the file. In {@link ReadMode#STRICT} the first bad
 * row stops the read with a {@link DocumentException} ({@code file:line:column column: problem});
 * in {@link ReadMode#LENIENT} bad rows are skipped, counted and the first ones listed. Either way
 * {@code read = accepted + rejected}. A bad header stops the read in both modes.
 *
 * <p>Thread-safe: every call works on its own parser or writer.
 */
public final class LedgerCsv {

  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

  private LedgerCsv() {}

  /**
   * Reads a CSV file of one record type, handing each accepted record to {@code sink}.
   *
   * @throws NullPointerException if an argument is null
   * @throws DocumentException for a bad header, a malformed file, or (strict) the first bad row
   * @throws IOException if the file cannot be read
   */
  public static LedgerReadReport read(
      Path file, LedgerRecordType type, ReadMode mode, Consumer<? super LedgerRecord> sink)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(type, "type");
    requireNonNull(mode, "mode");
    requireNonNull(sink, "sink");
    try (Reader reader = Ledgers.utf8(file)) {
      return read(reader, file.toString(), type, mode, sink);
    }
  }

  /**
   * Reads CSV text of one record type, handing each accepted record to {@code sink}; the reader is
   * not closed.
   *
   * @param source the name errors give for the text, e.g. its file name
   * @throws NullPointerException if an argument is null
   * @throws DocumentException for a bad header, malformed CSV, or (strict) the first bad row
   */
  public static LedgerReadReport read(
      Reader reader,
      String source,
      LedgerRecordType type,
      ReadMode mode,
      Consumer<? super LedgerRecord> sink) {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    requireNonNull(type, "type");
    requireNonNull(mode, "mode");
    requireNonNull(sink, "sink");
    long accepted = 0;
    long rejected = 0;
    List<DocumentException> problems = new ArrayList<>();
    try (CsvRecords rows = new CsvRecords(reader)) {
      LedgerRows.Columns columns = null;
      int width = 0;
      while (true) {
        try {
          if (!rows.next()) {
            break;
          }
          int count = rows.count();
          String[] row = rows.fields();
          if (count > LedgerRows.MAX_FIELDS) {
            throw new LedgerRows.FieldProblem(
                "$", "more than " + LedgerRows.MAX_FIELDS + " fields in a row");
          }
          if (columns == null) {
            if (count > 0 && row[0].startsWith("\uFEFF")) {
              row[0] = row[0].substring(1); // a byte order mark
            }
            columns = LedgerRows.Columns.of(type, Arrays.asList(row).subList(0, count));
            width = count;
            continue;
          }
          if (count > width) {
            throw new LedgerRows.FieldProblem(
                "$", "the row has " + count + " fields, the header " + width);
          }
          LedgerRecord record = LedgerRows.read(row, count, columns);
          accepted++;
          sink.accept(record);
        } catch (LedgerRows.FieldProblem p) {
          if (columns == null) {
            throw new DocumentException(
                source, lineOf(rows.line()), 1, p.column(), p.getMessage(), null);
          }
          int col = columnOf(p.column(), columns, type, rows);
          DocumentException e =
              new DocumentException(
                  source, lineOf(rows.line()), col, p.column(), p.getMessage(), null);
          if (mode == ReadMode.STRICT) {
            throw e;
          }
          rejected++;
          if (problems.size() < LedgerReadReport.MAX_PROBLEMS) {
            problems.add(e);
          }
        } catch (CsvRecords.Malformed e) {
          // Malformed CSV (a quote left open swallows the rest of the text): the row where it
          // starts is rejected; what was read before it is kept.
          DocumentException problem =
              new DocumentException(
                  source, lineOf(e.line()), 1, "$", "malformed CSV: " + e.getMessage(), e);
          if (mode == ReadMode.STRICT || columns == null) {
            throw problem;
          }
          rejected++;
          if (problems.size() < LedgerReadReport.MAX_PROBLEMS) {
            problems.add(problem);
          }
          break;
        }
      }
      if (columns == null) {
        throw new DocumentException(source, 1, 1, "$", "the header row is missing", null);
      }
    }
    return new LedgerReadReport(source, accepted, rejected, problems);
  }

  private static int lineOf(long line) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, line));
  }

  private static int columnOf(
      String name, LedgerRows.Columns columns, LedgerRecordType type, CsvRecords rows) {
    int k = type.columns().indexOf(name);
    if (k < 0) {
      return 1;
    }
    int position = columns.position(k);
    return position >= 0 && position < rows.count() ? rows.column(position) : 1;
  }

  /**
   * A writer of one record type's CSV, header first; closing it closes {@code writer}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the header cannot be written
   */
  public static LedgerWriter writer(Writer writer, LedgerRecordType type) throws IOException {
    requireNonNull(writer, "writer");
    requireNonNull(type, "type");
    CsvSchema.Builder schema = CsvSchema.builder();
    type.columns().forEach(schema::addColumn);
    SequenceWriter rows;
    try {
      rows = MAPPER.writer(schema.build().withHeader()).writeValues(writer);
    } catch (JacksonException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new LedgerWriter() {
      private long count;

      @Override
      public void write(LedgerRecord record) throws IOException {
        requireNonNull(record, "record");
        if (LedgerRecordType.of(record) != type) {
          throw new IllegalArgumentException(
              "this writer writes " + type + " records, was a " + LedgerRecordType.of(record));
        }
        try {
          rows.write(LedgerRows.format(record));
        } catch (JacksonException e) {
          throw new IOException(e.getMessage(), e);
        }
        count++;
      }

      @Override
      public long count() {
        return count;
      }

      @Override
      public void close() throws IOException {
        try {
          rows.close();
        } catch (JacksonException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
    };
  }
}
