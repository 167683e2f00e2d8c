package org.partnership.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Organization;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.text.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main class for {@code spark-submit}: {@code metrics} (a ledger's metrics per key), {@code
 * sweep} (an experiment's runs as a job) and {@code convert} (CSV ledgers to Parquet). User errors
 * are one line and exit code 2; a failed job's cause is unwrapped to the library's message.
 */
@Command(
    name = "partnership-spark",
    mixinStandardHelpOptions = true,
    versionProvider = PartnershipSpark.Version.class,
    description = "The partnership library on Apache Spark (docs/spark.md).",
    subcommands = {
      PartnershipSpark.Metrics.class,
      PartnershipSpark.SweepCommand.class,
      PartnershipSpark.Convert.class,
      CommandLine.HelpCommand.class
    })
public final class PartnershipSpark implements Callable<Integer> {

  /** Exit code for bad usage or bad input. */
  public static final int USER_ERROR = 2;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a command: metrics, sweep or convert");
  }

  /** Runs a command line and exits with its code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(args));
  }

  /** Runs a command line as {@link #main} does, returning the exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for embedding and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PartnershipSpark());
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler(
        (e, line, parse) -> {
          PrintWriter err = line.getErr();
          err.println("partnership-spark: " + SafeText.escape(message(e)));
          err.flush();
          return USER_ERROR;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("partnership-spark: " + SafeText.escape(e.getMessage()));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return USER_ERROR;
        });
    return cli;
  }

  /** The library's message in a chain of causes (Spark wraps a task's exception in its own). */
  static String message(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof IllegalArgumentException
          && !t.getClass().getName().startsWith("org.apache")) {
        return t.getMessage();
      }
    }
    String m = e.getMessage();
    return m == null ? e.toString() : m.lines().findFirst().orElse(m);
  }

  /** The system property naming Log4j 2's configuration (Spark logs through Log4j 2). */
  private static final String LOG_CONFIGURATION = "log4j2.configurationFile";

  /** The session: the cluster's under spark-submit, else a local one with --master. */
  static SparkSession session(String master, String name) {
    return session(master, name, false);
  }

  /**
   * The session; unless {@code sparkLogs}, Spark's own logging is turned down to errors once the
   * session is up, so that the job's one-line error is the last line on stderr.
   */
  static SparkSession session(String master, String name, boolean sparkLogs) {
    if (!sparkLogs && System.getProperty(LOG_CONFIGURATION) == null) {
      // Before Spark's logging starts (a local run): quiet from the first line. Under
      // spark-submit the cluster's logging is set up already and this changes nothing.
      System.setProperty(
          LOG_CONFIGURATION, "classpath:org/partnership/spark/log4j2-quiet.properties");
    }
    SparkSession.Builder b = SparkSession.builder().appName(name);
    if (master != null) {
      b.master(master).config("spark.ui.enabled", "false");
    }
    SparkSession spark = b.getOrCreate();
    if (!sparkLogs) {
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  /**
   * Refuses an output directory that exists, before any job: a report is never written beside the
   * tables of an earlier one.
   */
  static void requireAbsent(SparkSession spark, String out, String option) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
      if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
        throw new IllegalArgumentException(
            option + " " + out + " exists; give a directory that does not exist yet");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The options every command shares. */
  static final class Common {
    @Option(
        names = "--master",
        paramLabel = "URL",
        description =
            "Spark master for a run without spark-submit, e.g. local[2] (default: the one"
                + " spark-submit gives).")
    String master;

    @Option(
        names = "--spark-logs",
        description =
            "Show Spark's own log lines (by default only errors, so that the job's one-line error"
                + " is the last line on stderr).")
    boolean sparkLogs;
  }

  /** A date (2026-01-01, midnight UTC) or an instant, as the CLI's --from and --to take them. */
  static Instant instant(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          option
              + " must be a date (2026-01-01) or an instant (2026-01-01T00:00:00Z), was \""
              + text
              + "\"");
    }
  }

  /** {@code metrics}. */
  @Command(
      name = "metrics",
      mixinStandardHelpOptions = true,
      description =
          "Measures a ledger's built-in metrics per key (a tenant column, say) and writes the"
              + " values, the leadership assessment and a summary per key to --out.")
  static final class Metrics implements Callable<Integer> {
    @Spec CommandSpec spec;

    @CommandLine.Mixin Common common;

    @Option(
        names = "--ledger",
        required = true,
        paramLabel = "DIR",
        description = "The ledger: decisions, time and recognitions with the --format's extension.")
    String ledger;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "csv, json (JSON Lines) or parquet (default: ${DEFAULT-VALUE}).")
    String format = "parquet";

    @Option(
        names = "--key",
        paramLabel = "COLUMN",
        description = "The column naming each record's organization, e.g. tenant (default: none).")
    String key;

    @Option(
        names = "--organization",
        paramLabel = "FILE",
        description = "The organization (JSON) of a ledger without --key.")
    String organization;

    @Option(
        names = "--organizations",
        paramLabel = "PATH",
        description =
            "With --key: organization documents (JSON, one per file), each with the key field.")
    String organizations;

    @Option(
        names = "--from",
        paramLabel = "WHEN",
        description = "Start of the period: a date (2026-01-01, UTC) or an instant.")
    String from;

    @Option(
        names = "--discover",
        description =
            "Also measure the metric plug-ins on the job's class path (ServiceLoader); each must"
                + " implement PortableMetricCalculator.")
    boolean discover;

    @Option(
        names = "--fairness-attributes",
        paramLabel = "NAMES",
        split = ",",
        description =
            "The protected attributes fairness compares, each alone and in pairs (at most 8;"
                + " default: none, and fairness is not applicable).")
    List<String> fairnessAttributes = new ArrayList<>();

    @Option(
        names = "--to",
        paramLabel = "WHEN",
        description = "End of the period (exclusive): a date (2027-01-01, UTC) or an instant.")
    String to;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Where to write values, assessment and summary (must not exist).")
    String out;

    @Option(
        names = "--output-format",
        paramLabel = "FORMAT",
        description = "parquet, json or csv (default: ${DEFAULT-VALUE}).")
    String outputFormat = "parquet";

    @Override
    public Integer call() {
      SparkLedger.Format in = SparkLedger.Format.of(format);
      ReportTables.Format outFormat = ReportTables.Format.of(outputFormat);
      try {
        // Refused here, before any job, by the rule the policy's declaration follows.
        org.partnership.rules.AssessmentParameters.builder()
            .fairnessAttributes(fairnessAttributes)
            .build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().replace("assessment.fairnessAttributes", "--fairness-attributes"), e);
      }
      LedgerMetrics.Settings settings =
          new LedgerMetrics.Settings(
              instant("--from", from), instant("--to", to), discover, fairnessAttributes);
      if ((key == null) == (organizations != null) || (key == null) != (organization != null)) {
        throw new IllegalArgumentException(
            "give --organization FILE for a ledger without --key, or --key COLUMN with"
                + " --organizations PATH");
      }
      SparkSession spark = session(common.master, "partnership metrics", common.sparkLogs);
      requireAbsent(spark, out, "--out");
      Map<String, Organization> orgs = organizations(spark);
      SparkLedger l = SparkLedger.read(spark, ledger, in, key);
      long start = System.nanoTime();
      Map<String, MetricReport> reports = LedgerMetrics.measure(spark, l, key, orgs, settings);
      ReportTables.write(spark, reports, out, outFormat);
      PrintWriter text = spec.commandLine().getOut();
      long records = 0;
      for (MetricReport r : reports.values()) {
        records += r.recordsRead();
      }
      text.printf(
          Locale.ROOT,
          "measured %d records of %d organizations in %.1f s; wrote values, assessment and"
              + " summary to %s%n",
          records,
          reports.size(),
          (System.nanoTime() - start) / 1e9,
          out);
      text.flush();
      return 0;
    }

    private Map<String, Organization> organizations(SparkSession spark) {
      String path = key == null ? organization : organizations;
      // The fields the documents hold, read before the job: one the schema does not know (a
      // misspelt "asignments") is refused, as the CLI refuses it, not dropped.
      StructType known = OrganizationRows.schema(key);
      List<String> unknown =
          OrganizationRows.unknownFields(
              known,
              spark.read().option("multiLine", true).option("mode", "FAILFAST").json(path).schema(),
              "");
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            path
                + ": unknown field "
                + org.partnership.text.SafeText.escape(unknown.get(0))
                + (unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "")
                + " in an organization document");
      }
      List<Row> rows =
          spark
              .read()
              .schema(known)
              .option("multiLine", true)
              .option("mode", "FAILFAST")
              .json(path)
              .collectAsList();
      Map<String, Organization> byKey = new LinkedHashMap<>();
      for (Row row : rows) {
        String k = key == null ? "" : row.isNullAt(0) ? null : row.getString(0);
        if (k == null) {
          throw new IllegalArgumentException(path + ": an organization has no " + key + " field");
        }
        Organization o =
            OrganizationRows.organization(
                row, key == null ? 0 : 1, path + (key == null ? "" : " " + k));
        if (byKey.put(k, o) != null) {
          throw new IllegalArgumentException(
              path + ": two organizations for the key \"" + k + "\"");
        }
      }
      if (byKey.isEmpty()) {
        throw new IllegalArgumentException(path + ": no organization");
      }
      if (key == null && byKey.size() > 1) {
        throw new IllegalArgumentException(path + ": one organization expected without --key");
      }
      return byKey;
    }
  }

  /** {@code sweep}. */
  @Command(
      name = "sweep",
      mixinStandardHelpOptions = true,
      description =
          "Runs an experiment's cells x runs as a Spark job and writes runs.csv, summary.csv and"
              + " metadata.json, identical to a local run of the same experiment.")
  static final class SweepCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @CommandLine.Mixin Common common;

    @Option(
        names = "--model",
        required = true,
        paramLabel = "ID",
        description = "march1991, organization, or a model on the class path.")
    String model;

    @Option(
        names = "--set",
        paramLabel = "NAME=VALUE",
        description = "Set a parameter of the model's table for every cell (repeatable).")
    Map<String, Double> set = new LinkedHashMap<>();

    @Option(
        names = "--vary",
        paramLabel = "NAME=LIST",
        description = "Vary a parameter over a comma-separated list (repeatable; first slowest).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Runs per cell (default: 20).")
    int runs = 20;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: 1991).")
    long seed = 1991;

    @Option(
        names = "--independent-seeds",
        description = "Give every cell its own seeds (default: common random numbers).")
    boolean independentSeeds;

    @Option(
        names = "--slices",
        paramLabel = "N",
        description = "Tasks to cut the runs into (default: 4 per core of the cluster).")
    Integer slices;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Where the driver writes runs.csv, summary.csv and metadata.json.")
    Path out;

    @Override
    public Integer call() throws Exception {
      Map<String, List<Double>> grid = new LinkedHashMap<>();
      for (String item : vary) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--vary must be NAME=LIST, was \"" + item + "\"");
        }
        List<Double> values = new ArrayList<>();
        for (String v : item.substring(eq + 1).split(",", -1)) {
          try {
            values.add(Double.parseDouble(v.trim()));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "--vary " + item.substring(0, eq) + ": not a number: \"" + v + "\"");
          }
        }
        if (grid.put(item.substring(0, eq), values) != null) {
          throw new IllegalArgumentException("--vary names " + item.substring(0, eq) + " twice");
        }
      }
      Sweep sweep = new Sweep(model, set, grid, runs, seed, !independentSeeds);
      sweep.experiment(); // a bad sweep fails before a session starts
      SparkSession spark = session(common.master, "partnership sweep", common.sparkLogs);
      int n = slices != null ? slices : 4 * spark.sparkContext().defaultParallelism();
      ExperimentResult<?> result = SparkSweep.run(spark, sweep, n);
      ExperimentFiles.writeData(result, out);
      PrintWriter text = spec.commandLine().getOut();
      text.printf(
          Locale.ROOT,
          "%s sweep: %d cells x %d runs in %d slices in %.2f s; wrote runs.csv, summary.csv and"
              + " metadata.json to %s%n",
          model,
          result.experiment().cells().size(),
          runs,
          Math.min(n, (int) Math.min(Integer.MAX_VALUE, result.experiment().totalRuns())),
          result.wallNanos() / 1e9,
          out);
      text.flush();
      return 0;
    }
  }

  /** {@code convert}. */
  @Command(
      name = "convert",
      mixinStandardHelpOptions = true,
      description = "Converts a ledger (CSV, say) into Parquet or JSON Lines, every field as read.")
  static final class Convert implements Callable<Integer> {
    @Spec CommandSpec spec;

    @CommandLine.Mixin Common common;

    @Option(names = "--ledger", required = true, paramLabel = "DIR", description = "The ledger.")
    String ledger;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "Its format: csv, json or parquet (default: ${DEFAULT-VALUE}).")
    String format = "csv";

    @Option(
        names = "--key",
        paramLabel = "COLUMN",
        description = "A key column to keep (JSON needs it named).")
    String key;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
    String out;

    @Option(
        names = "--to",
        paramLabel = "FORMAT",
        description = "parquet or json (default: ${DEFAULT-VALUE}).")
    String to = "parquet";

    @Override
    public Integer call() {
      SparkLedger.Format target = SparkLedger.Format.of(to);
      SparkSession spark = session(common.master, "partnership convert", common.sparkLogs);
      requireAbsent(spark, out, "--out");
      SparkLedger.read(spark, ledger, SparkLedger.Format.of(format), key).write(out, target);
      spec.commandLine().getOut().println("wrote the ledger as " + to + " to " + out);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PartnershipSpark.class.getPackage().getImplementationVersion();
      return new String[] {"partnership-spark " + (v == null ? "(development build)" : v)};
    }
  }
}
