package org.partnership.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A ledger as three Spark tables — decisions, time entries, recognitions — with the columns of the
 * CSV ledger files (docs/metrics.md), plus a key column (a tenant, say) when the ledger holds
 * several organizations. Read one from a directory with {@link #read}, or wrap tables of your own
 * with {@link #of}; measure it with {@link LedgerMetrics}.
 *
 * <p>Immutable; the tables are Spark's lazy datasets.
 */
public final class SparkLedger {

  /** How the files of a ledger are written. */
  public enum Format {
    /** {@code decisions.csv}, {@code time.csv}, {@code recognitions.csv}, each with a header. */
    CSV("csv"),
    /**
     * {@code decisions.jsonl} …: one flat JSON object per line, keys as the CSV columns; or the
     * CLI's JSON Lines, {@code ledger.jsonl}, every record type in one file told apart by {@code
     * "type"} ({@code org.partnership.jackson.LedgerJsonLines}).
     */
    JSON("jsonl"),
    /** {@code decisions.parquet} …: Parquet datasets with the CSV columns. */
    PARQUET("parquet");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /**
     * A format by name, any case: csv, json (or jsonl) or parquet.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Format of(String name) {
      String n = requireNonNull(name, "name").toLowerCase(Locale.ROOT);
      if (n.equals("jsonl")) {
        return JSON;
      }
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "a ledger format is csv, json or parquet, was \"" + name + "\"");
    }
  }

  private final @Nullable Dataset<Row> decisions;
  private final @Nullable Dataset<Row> time;
  private final @Nullable Dataset<Row> recognitions;
  private final @Nullable Dataset<Row> lines;

  private SparkLedger(
      @Nullable Dataset<Row> decisions,
      @Nullable Dataset<Row> time,
      @Nullable Dataset<Row> recognitions,
      @Nullable Dataset<Row> lines) {
    this.decisions = decisions;
    this.time = time;
    this.recognitions = recognitions;
    this.lines = lines;
  }

  /**
   * A ledger of these tables; a null table is a table with no rows.
   *
   * @throws IllegalArgumentException if every table is null
   */
  public static SparkLedger of(
      @Nullable Dataset<Row> decisions,
      @Nullable Dataset<Row> time,
      @Nullable Dataset<Row> recognitions) {
    if (decisions == null && time == null && recognitions == null) {
      throw new IllegalArgumentException("a ledger needs at least one table");
    }
    return new SparkLedger(decisions, time, recognitions, null);
  }

  /**
   * The ledger in a directory: {@code decisions}, {@code time} and {@code recognitions} with the
   * format's extension (a file, or a directory of part files as Spark writes them); a table that is
   * not there has no rows. CSV and JSON fields are read as text and checked by the library's rules
   * when measured; a CSV byte-order mark is dropped from the header, and the leading {@code '} that
   * neutralizes a spreadsheet formula ({@link org.partnership.text.CsvCells}) from a cell.
   *
   * @param keyColumn the column of the key, read as text with the rest (JSON needs it named to read
   *     it); null when there is none
   * @throws NullPointerException if spark, dir or format is null
   * @throws IllegalArgumentException if the directory holds none of the three tables
   */
  public static SparkLedger read(
      SparkSession spark, String dir, Format format, @Nullable String keyColumn) {
    requireNonNull(spark, "spark");
    requireNonNull(dir, "dir");
    requireNonNull(format, "format");
    List<Dataset<Row>> tables = new ArrayList<>();
    for (LedgerRows.Table table : LedgerRows.Table.values()) {
      String path = dir + "/" + table.file + "." + format.extension;
      tables.add(exists(spark, path) ? table(spark, path, format, table, keyColumn) : null);
    }
    String jsonLines = dir + "/" + JsonLineRows.NAME;
    if (format == Format.JSON && exists(spark, jsonLines)) {
      if (tables.stream().anyMatch(t -> t != null)) {
        throw new IllegalArgumentException(
            dir
                + " holds both "
                + JsonLineRows.NAME
                + " (records of every type) and tables of one type (decisions.jsonl …): keep one"
                + " of the two");
      }
      return new SparkLedger(null, null, null, lines(spark, jsonLines));
    }
    if (tables.stream().allMatch(t -> t == null)) {
      throw new IllegalArgumentException(
          dir
              + " holds no ledger table (decisions."
              + format.extension
              + ", time."
              + format.extension
              + " or recognitions."
              + format.extension
              + ")");
    }
    return new SparkLedger(tables.get(0), tables.get(1), tables.get(2), null);
  }

  /**
   * The lines of the CLI's JSON Lines: Spark's text rows, split at {@code \n} only (a lone {@code
   * \r} is no line end to the CLI), with the file of each line and the partition directories as
   * text.
   */
  private static Dataset<Row> lines(SparkSession spark, String path) {
    return withoutPartitionTypeInference(
            spark, () -> spark.read().option("lineSep", "\n").text(path))
        .withColumn(JsonLineRows.FILE, functions.col("_metadata.file_path"));
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Dataset<Row> table(
      SparkSession spark,
      String path,
      Format format,
      LedgerRows.Table table,
      @Nullable String keyColumn) {
    switch (format) {
      case CSV:
        Dataset<Row> csv = csv(spark).option("mode", "FAILFAST").csv(path);
        if (csv.columns().length == 0) {
          throw new IllegalArgumentException(
              path + ": an empty table: a CSV table starts with a header row");
        }
        // Read again with the header's columns as text and one more column for a row with more
        // fields than the header: Spark would refuse it naming only the file; the row reader
        // refuses it as the CLI does, naming the row. A row with fewer fields has the rest empty,
        // as to the CLI.
        List<StructField> columns = new ArrayList<>();
        for (String c : csv.columns()) {
          columns.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        // The header's number of fields, from its own line (partition directories add columns
        // the files do not have).
        String header = spark.read().option("lineSep", "\n").text(path).first().getString(0);
        columns.add(
            DataTypes.createStructField(
                LedgerRows.MALFORMED,
                DataTypes.StringType,
                true,
                new org.apache.spark.sql.types.MetadataBuilder()
                    .putLong(LedgerRows.WIDTH, LedgerRows.fieldsOf(header))
                    .build()));
        csv =
            csv(spark)
                .schema(DataTypes.createStructType(columns))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", LedgerRows.MALFORMED)
                .csv(path);
        String first = csv.columns()[0];
        if (first.startsWith("\uFEFF")) {
          csv = csv.withColumnRenamed(first, first.substring(1));
        }
        // Cells written with a leading ' so that a spreadsheet cannot run them (CsvCells): the
        // quote is removed again, as the library's CSV reader does.
        for (String c : csv.columns()) {
          if (c.equals(LedgerRows.MALFORMED)) {
            continue;
          }
          org.apache.spark.sql.Column v = functions.col(c);
          csv =
              csv.withColumn(
                  c,
                  functions
                      .when(v.startsWith("'"), functions.substring(v, 2, Integer.MAX_VALUE))
                      .otherwise(v));
        }
        return csv;
      case JSON:
        // The keys the lines hold, read before the job: a key that is not a column is refused
        // (with a fixed schema Spark would drop it without a word), and a list written as a JSON
        // array is read as a list of ids, not as the text of the array.
        StructType inferred = spark.read().option("mode", "FAILFAST").json(path).schema();
        java.util.Set<String> known = new java.util.LinkedHashSet<>(table.columns);
        if (keyColumn != null) {
          known.add(keyColumn);
        }
        java.util.TreeSet<String> unknown = new java.util.TreeSet<>(List.of(inferred.fieldNames()));
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
          throw new IllegalArgumentException(
              path
                  + ": unknown columns "
                  + org.partnership.text.SafeText.escape(unknown.toString())
                  + " (known: "
                  + table.columns
                  + (keyColumn == null ? "" : " and the key " + keyColumn)
                  + ")");
        }
        List<StructField> fields = new ArrayList<>();
        if (keyColumn != null) {
          fields.add(DataTypes.createStructField(keyColumn, DataTypes.StringType, true));
        }
        for (String c : table.columns) {
          boolean array =
              inferred.getFieldIndex(c).isDefined()
                  && inferred.apply(c).dataType() instanceof org.apache.spark.sql.types.ArrayType;
          fields.add(
              DataTypes.createStructField(
                  c,
                  array
                      ? DataTypes.createArrayType(DataTypes.StringType, true)
                      : DataTypes.StringType,
                  true));
        }
        StructType schema = DataTypes.createStructType(fields);
        return spark.read().schema(schema).option("mode", "FAILFAST").json(path);
      default:
        return withoutPartitionTypeInference(spark, () -> spark.read().parquet(path));
    }
  }

  /** A CSV reader with the CLI's options. */
  private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark) {
    return spark
        .read()
        .option("header", true)
        .option("encoding", "UTF-8")
        // RFC 4180, as the CLI reads it: a quote inside a quoted cell is doubled (Spark's default
        // escape is a backslash), and a quoted cell may hold a line break.
        .option("escape", "\"")
        .option("multiLine", true)
        // Every part's header is checked against the table's, so parts whose columns are in
        // another order are refused, not read by position.
        .option("enforceSchema", false);
  }

  /**
   * Reads with partition values as text: a directory {@code tenant=0042} is the key "0042", not the
   * number 42. Spark infers the types when the table is loaded, so the session's setting is changed
   * for the load only and restored.
   */
  private static Dataset<Row> withoutPartitionTypeInference(
      SparkSession spark, java.util.function.Supplier<Dataset<Row>> load) {
    String setting = "spark.sql.sources.partitionColumnTypeInference.enabled";
    String before = spark.conf().get(setting, "true");
    spark.conf().set(setting, "false");
    try {
      return load.get();
    } finally {
      spark.conf().set(setting, before);
    }
  }

  /**
   * The lines of the CLI's JSON Lines ({@code ledger.jsonl}), when the ledger was read from them:
   * then {@link #decisions()}, {@link #time()} and {@link #recognitions()} are null, and the
   * records of every type are in these lines.
   */
  public @Nullable Dataset<Row> lines() {
    return lines;
  }

  /** The decisions, or null when the ledger has none. */
  public @Nullable Dataset<Row> decisions() {
    return decisions;
  }

  /** The time entries, or null when the ledger has none. */
  public @Nullable Dataset<Row> time() {
    return time;
  }

  /** The recognitions, or null when the ledger has none. */
  public @Nullable Dataset<Row> recognitions() {
    return recognitions;
  }

  /** The table of one type, by the order of {@link LedgerRows.Table}. */
  @Nullable Dataset<Row> table(LedgerRows.Table table) {
    switch (table) {
      case DECISIONS:
        return decisions;
      case TIME:
        return time;
      default:
        return recognitions;
    }
  }

  /**
   * The records of one table in JSON Lines of every type, as rows of that table's columns (text,
   * lists as arrays of ids) after the partition columns: what {@code convert} writes.
   */
  private static Dataset<Row> rowsOf(Dataset<Row> lines, LedgerRows.Table table) {
    List<String> partitions = new ArrayList<>(List.of(lines.schema().fieldNames()));
    partitions.remove(JsonLineRows.LINE);
    partitions.remove(JsonLineRows.FILE);
    JsonLineRows reader = JsonLineRows.of(lines.schema(), null, partitions);
    List<StructField> fields = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (String p : partitions) {
      fields.add(DataTypes.createStructField(p, DataTypes.StringType, true));
      at.add(lines.schema().fieldIndex(p));
    }
    for (int k = 0; k < table.columns.size(); k++) {
      fields.add(
          DataTypes.createStructField(
              table.columns.get(k),
              table.ledgerTable.isList(k)
                  ? DataTypes.createArrayType(DataTypes.StringType, false)
                  : DataTypes.StringType,
              true));
    }
    return lines.flatMap(
        (org.apache.spark.api.java.function.FlatMapFunction<Row, Row>)
            row -> {
              org.partnership.ledger.LedgerRecord r = reader.record(row);
              if (r == null || !table.ledgerTable.recordType().isInstance(r)) {
                return java.util.Collections.emptyIterator();
              }
              Object[] values = new Object[at.size() + table.columns.size()];
              for (int i = 0; i < at.size(); i++) {
                Object v = row.get(at.get(i));
                values[i] = v == null ? null : v.toString();
              }
              Object[] cells = table.ledgerTable.values(r);
              for (int k = 0; k < cells.length; k++) {
                Object v = cells[k];
                // a list of ids as an array (Spark's external type of an array column)
                values[at.size() + k] =
                    v instanceof List ? ((List<?>) v).toArray(new String[0]) : v;
              }
              return java.util.List.of(org.apache.spark.sql.RowFactory.create(values)).iterator();
            },
        org.apache.spark.sql.Encoders.row(DataTypes.createStructType(fields)));
  }

  /**
   * Writes the ledger as Parquet or JSON Lines into a directory, one dataset per table, every
   * column as it was read: {@code convert} turns CSV ledgers into Parquet so. (CSV is not written:
   * a field from a stranger could be a spreadsheet formula.)
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the format is CSV
   */
  public void write(String dir, Format format) {
    requireNonNull(dir, "dir");
    requireNonNull(format, "format");
    if (format == Format.CSV) {
      throw new IllegalArgumentException("a ledger is written as parquet or json, not csv");
    }
    for (LedgerRows.Table t : LedgerRows.Table.values()) {
      Dataset<Row> d = lines == null ? table(t) : rowsOf(lines, t);
      if (d == null) {
        continue;
      }
      d = LedgerRows.checked(d, t);
      String path = dir + "/" + t.file + "." + format.extension;
      if (format == Format.JSON) {
        d.write().json(path);
      } else {
        d.write().parquet(path);
      }
    }
  }
}
