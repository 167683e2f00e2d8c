package org.partnership.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.MetricValue;

/**
 * Reports per key as three tables: {@code values} (key, metric, name, value, records used and
 * skipped), {@code assessment} (key, aspect, status, observed, lower, upper, the check in words)
 * and {@code summary} (key, records read, outside the period, measured, overall status). CSV keys
 * that a spreadsheet would read as a formula are written with a leading apostrophe.
 */
final class ReportTables {

  private ReportTables() {}

  /** The formats reports are written in. */
  enum Format {
    PARQUET,
    JSON,
    CSV;

    static Format of(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "an output format is parquet, json or csv, was \"" + name + "\"");
    }
  }

  private static final StructType VALUES =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("key", DataTypes.StringType, false),
              DataTypes.createStructField("metric", DataTypes.StringType, false),
              DataTypes.createStructField("name", DataTypes.StringType, false),
              DataTypes.createStructField("value", DataTypes.DoubleType, false),
              DataTypes.createStructField("records_used", DataTypes.LongType, false),
              DataTypes.createStructField("records_skipped", DataTypes.LongType, false)));

  private static final StructType ASSESSMENT =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("key", DataTypes.StringType, false),
              DataTypes.createStructField("aspect", DataTypes.StringType, false),
              DataTypes.createStructField("status", DataTypes.StringType, false),
              DataTypes.createStructField("observed", DataTypes.DoubleType, true),
              DataTypes.createStructField("lower", DataTypes.DoubleType, true),
              DataTypes.createStructField("upper", DataTypes.DoubleType, true),
              DataTypes.createStructField("check", DataTypes.StringType, false)));

  private static final StructType SUMMARY =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("key", DataTypes.StringType, false),
              DataTypes.createStructField("records_read", DataTypes.LongType, false),
              DataTypes.createStructField("records_outside_period", DataTypes.LongType, false),
              DataTypes.createStructField("records_measured", DataTypes.LongType, false),
              DataTypes.createStructField("status", DataTypes.StringType, false)));

  static void write(
      SparkSession spark, Map<String, MetricReport> reports, String out, Format format) {
    List<Row> values = new ArrayList<>();
    List<Row> assessment = new ArrayList<>();
    List<Row> summary = new ArrayList<>();
    for (Map.Entry<String, MetricReport> e : reports.entrySet()) {
      String key = format == Format.CSV ? cell(e.getKey()) : e.getKey();
      MetricReport r = e.getValue();
      for (MetricValue v : r.values().values()) {
        for (Map.Entry<String, Double> x : v.values().entrySet()) {
          values.add(
              RowFactory.create(
                  key,
                  v.metricId(),
                  x.getKey(),
                  x.getValue(),
                  v.recordsUsed(),
                  v.recordsSkipped()));
        }
      }
      LeadershipAssessment a = LeadershipAssessment.of(r);
      for (LeadershipAssessment.Component c : a.components().values()) {
        assessment.add(
            RowFactory.create(
                key,
                c.aspect().name(),
                c.status().name(),
                c.observed().isPresent() ? c.observed().getAsDouble() : null,
                c.lower().isPresent() ? c.lower().getAsDouble() : null,
                c.upper().isPresent() ? c.upper().getAsDouble() : null,
                c.reason().condition()));
      }
      summary.add(
          RowFactory.create(
              key,
              r.recordsRead(),
              r.recordsOutsidePeriod(),
              r.recordsMeasured(),
              a.status().name()));
    }
    write(spark, values, VALUES, out + "/values", format);
    write(spark, assessment, ASSESSMENT, out + "/assessment", format);
    write(spark, summary, SUMMARY, out + "/summary", format);
  }

  private static void write(
      SparkSession spark, List<Row> rows, StructType schema, String path, Format format) {
    var writer = spark.createDataFrame(rows, schema).coalesce(1).write();
    switch (format) {
      case CSV:
        writer.option("header", true).csv(path);
        break;
      case JSON:
        writer.json(path);
        break;
      default:
        writer.parquet(path);
    }
  }

  /** A text a spreadsheet would take for a formula, with a leading apostrophe. */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
