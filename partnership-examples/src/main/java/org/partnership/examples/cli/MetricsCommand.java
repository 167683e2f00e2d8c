package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnership.examples.SampleOrganizations;
import org.partnership.jackson.DocumentType;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerJsonLines;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.ReadMode;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.Subject;
import org.partnership.model.Organization;
import org.partnership.rules.Policy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership metrics}: every registered metric and the leadership assessment. */
@Command(
    name = "metrics",
    header = "Measures a ledger and assesses leadership.",
    mixinStandardHelpOptions = true,
    description = {
      "Measures a ledger with every built-in metric (and calculators found on the class path)",
      "and assesses leadership: partnership plus timely, consistent and fair management.",
      "Files stream through the calculators, each file on its own thread."
    })
final class MetricsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--organization",
      paramLabel = "FILE",
      description = "The organization (JSON or YAML); default: the sample district.")
  Path organizationFile;

  @Option(names = "--decisions", paramLabel = "FILE", description = "Decision records (CSV).")
  Path decisions;

  @Option(names = "--time", paramLabel = "FILE", description = "Time entries (CSV).")
  Path time;

  @Option(names = "--recognitions", paramLabel = "FILE", description = "Recognitions (CSV).")
  Path recognitions;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description = "Records of every type as JSON Lines (one object per line).")
  List<Path> jsonLines = new ArrayList<>();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The policy (JSON or YAML); default: the seed policy.")
  Path policyFile;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day (2026-01-01) or instant of the period, inclusive.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "End of the period, exclusive; also the as-of time for open decisions.")
  String to;

  @Option(
      names = "--subject",
      paramLabel = "WHO",
      description = "organization (default), person:ID or unit:ROLE.")
  String subject = "organization";

  @Option(
      names = "--fairness-attributes",
      paramLabel = "NAMES",
      split = ",",
      description =
          "The protected attributes fairness compares, each alone and in pairs (at most 8;"
              + " default: the policy's assessment.fairnessAttributes — none in the seed policy,"
              + " and fairness is then not applicable).")
  List<String> fairnessAttributes;

  @Option(
      names = "--min-group-size",
      paramLabel = "N",
      description = "Smallest group reported (default: the policy's, 5 in the seed).")
  Integer minGroupSize;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Option(names = "--detail", description = "Show per-person values in text output.")
  boolean detail;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--strict", description = "Stop at the first bad row (the default).")
    boolean strict;

    @Option(names = "--lenient", description = "Skip bad rows, count them and list the first.")
    boolean lenient;
  }

  /** The same file given twice would count every record twice. */
  private void refuseDuplicates() {
    java.util.Map<Path, String> seen = new java.util.HashMap<>();
    java.util.List<java.util.Map.Entry<String, Path>> inputs = new ArrayList<>();
    if (decisions != null) {
      inputs.add(java.util.Map.entry("--decisions", decisions));
    }
    if (time != null) {
      inputs.add(java.util.Map.entry("--time", time));
    }
    if (recognitions != null) {
      inputs.add(java.util.Map.entry("--recognitions", recognitions));
    }
    jsonLines.forEach(p -> inputs.add(java.util.Map.entry("--ledger", p)));
    for (java.util.Map.Entry<String, Path> input : inputs) {
      Path key = input.getValue().toAbsolutePath().normalize();
      String earlier = seen.putIfAbsent(key, input.getKey());
      if (earlier != null) {
        throw new PartnershipCli.UserInputException(
            input.getValue()
                + " is given twice ("
                + earlier
                + " and "
                + input.getKey()
                + "): its records would count twice");
      }
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (decisions == null && time == null && recognitions == null && jsonLines.isEmpty()) {
      throw new PartnershipCli.UserInputException(
          "give at least one of --decisions, --time, --recognitions or --ledger");
    }
    Organization org =
        organizationFile == null
            ? SampleOrganizations.district()
            : DocumentType.ORGANIZATION.read(organizationFile);
    Policy policy = policyFile == null ? Policy.seed() : DocumentType.POLICY.read(policyFile);
    MetricContext.Builder context = MetricContext.builder(org).policy(policy);
    Instant start = from == null ? null : instant("--from", from);
    Instant end = to == null ? null : instant("--to", to);
    if (start != null) {
      context.from(start);
    }
    if (end != null) {
      context.to(end);
    }
    if (start != null && end != null && !end.isAfter(start)) {
      throw new PartnershipCli.UserInputException(
          "--to must be after --from " + start + ", was " + end);
    }
    if (minGroupSize != null) {
      if (minGroupSize < 2) {
        throw new PartnershipCli.UserInputException(
            "--min-group-size must be at least 2, was " + minGroupSize);
      }
      context.minimumGroupSize(minGroupSize);
    }
    if (fairnessAttributes != null) {
      try {
        context.fairnessAttributes(fairnessAttributes);
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException(
            e.getMessage().replace("fairnessAttributes", "--fairness-attributes"));
      }
    }
    context.subject(subject(org));
    MetricContext ctx = context.build();
    MetricRegistry registry =
        MetricRegistry.builder()
            .registerBuiltIns()
            .discover(Thread.currentThread().getContextClassLoader())
            .build();
    PrintWriter err = spec.commandLine().getErr();
    registry.problems().forEach(p -> err.println("partnership: warning: " + p));
    ReadMode readMode = mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    refuseDuplicates();

    List<Pipeline.Reader> readers = new ArrayList<>();
    addCsv(readers, decisions, LedgerRecordType.DECISION, readMode);
    addCsv(readers, time, LedgerRecordType.TIME, readMode);
    addCsv(readers, recognitions, LedgerRecordType.RECOGNITION, readMode);
    for (Path file : jsonLines) {
      readers.add(sink -> LedgerJsonLines.read(file, readMode, sink));
    }
    Pipeline pipeline = new Pipeline(registry, ctx, Runtime.getRuntime().availableProcessors());
    List<LedgerReadReport> files = pipeline.run(readers);
    Measurement total = pipeline.measurement();
    MetricReport report = total.report();
    LeadershipAssessment assessment = LeadershipAssessment.of(report);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        MetricsOutput.json(out, files, report, assessment);
        break;
      case csv:
        MetricsOutput.csv(out, report, assessment);
        break;
      default:
        MetricsOutput.text(out, files, report, assessment, detail);
    }
    out.flush();
    return 0;
  }

  private static void addCsv(
      List<Pipeline.Reader> readers, Path file, LedgerRecordType type, ReadMode mode) {
    if (file != null) {
      readers.add(sink -> LedgerCsv.read(file, type, mode, sink));
    }
  }

  private Subject subject(Organization org) {
    String s = subject;
    Subject result;
    if (s.equals("organization")) {
      return Subject.organization();
    } else if (s.startsWith("person:")) {
      result = Subject.person(s.substring("person:".length()));
      if (org.person(result.id().orElseThrow()).isEmpty()) {
        throw new PartnershipCli.UserInputException(
            "--subject: the organization has no person \"" + result.id().get() + "\"");
      }
    } else if (s.startsWith("unit:")) {
      result = Subject.unit(s.substring("unit:".length()));
      if (org.role(result.id().orElseThrow()).isEmpty()) {
        throw new PartnershipCli.UserInputException(
            "--subject: the organization has no role \"" + result.id().get() + "\"");
      }
    } else {
      throw new PartnershipCli.UserInputException(
          "--subject must be organization, person:ID or unit:ROLE, was \"" + s + "\"");
    }
    return result;
  }

  static Instant instant(String option, String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new PartnershipCli.UserInputException(
          option
              + " must be a date (2026-01-01) or an instant (2026-01-01T00:00:00Z), was \""
              + text
              + "\"");
    }
  }
}
