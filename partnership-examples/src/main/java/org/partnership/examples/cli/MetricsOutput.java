package org.partnership.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.MetricValue;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;
import org.partnership.text.CsvCells;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Text, JSON and CSV views of a metric report and its assessment. */
final class MetricsOutput {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MetricsOutput() {}

  static boolean perPerson(String key) {
    return key.startsWith("person.");
  }

  static void text(
      PrintWriter out,
      List<LedgerReadReport> files,
      MetricReport report,
      LeadershipAssessment assessment,
      boolean detail) {
    for (LedgerReadReport f : files) {
      out.println(f);
      for (DocumentException p : f.problems()) {
        out.println("  " + p.getMessage());
      }
    }
    out.printf(
        Locale.ROOT,
        "records: %d read, %d outside the period, %d not about %s, %d measured%n",
        report.recordsRead(),
        report.recordsOutsidePeriod(),
        report.recordsOutsideSubject(),
        report.context().subject(),
        report.recordsMeasured());
    for (MetricValue v : report.values().values()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%s (%s) — %d records used%s%n",
          v.metricId(),
          v.unit(),
          v.recordsUsed(),
          v.skipped().isEmpty() ? "" : ", skipped " + v.skipped());
      int hidden = 0;
      for (Map.Entry<String, Double> e : v.values().entrySet()) {
        if (!detail && perPerson(e.getKey())) {
          hidden++;
          continue;
        }
        out.printf(Locale.ROOT, "  %-40s %s%n", e.getKey(), number(e.getValue()));
      }
      if (hidden > 0) {
        out.printf(
            Locale.ROOT, "  (%d per-person values: --detail, or --format csv/json)%n", hidden);
      }
    }
    out.println();
    out.println(assessment.explanation().summary());
    for (LeadershipAssessment.Component c : assessment.components().values()) {
      Reason r = c.reason();
      out.printf(
          Locale.ROOT,
          "  %-12s %-18s %s; observed %s; thresholds %s%n",
          c.aspect(),
          c.status(),
          r.condition(),
          r.observed(),
          r.thresholds());
    }
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static void csv(PrintWriter out, MetricReport report, LeadershipAssessment assessment) {
    out.println("metric,key,value");
    for (MetricValue v : report.values().values()) {
      for (Map.Entry<String, Double> e : v.values().entrySet()) {
        out.println(quote(v.metricId()) + "," + quote(e.getKey()) + "," + e.getValue());
      }
    }
    for (LeadershipAssessment.Component c : assessment.components().values()) {
      out.println("assessment," + c.aspect() + ".status," + c.status());
      if (c.observed().isPresent()) {
        out.println("assessment," + c.aspect() + ".observed," + c.observed().getAsDouble());
      }
      if (c.lower().isPresent()) {
        out.println("assessment," + c.aspect() + ".lower," + c.lower().getAsDouble());
        out.println("assessment," + c.aspect() + ".upper," + c.upper().getAsDouble());
      }
    }
    out.println("assessment,status," + assessment.status());
  }

  /** A text cell: neutralized against formula injection, quoted when it must be. */
  private static String quote(String text) {
    String s = CsvCells.neutralize(text);
    return s.indexOf(',') >= 0
            || s.indexOf('"') >= 0
            || s.indexOf('\n') >= 0
            || s.indexOf('\r') >= 0
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }

  static void json(
      PrintWriter out,
      List<LedgerReadReport> files,
      MetricReport report,
      LeadershipAssessment assessment) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode inputs = root.putArray("files");
    for (LedgerReadReport f : files) {
      ObjectNode o = inputs.addObject();
      o.put("source", f.source())
          .put("read", f.read())
          .put("accepted", f.accepted())
          .put("rejected", f.rejected());
      ArrayNode problems = o.putArray("problems");
      f.problems().forEach(p -> problems.add(p.getMessage()));
    }
    root.putObject("records")
        .put("read", report.recordsRead())
        .put("outsidePeriod", report.recordsOutsidePeriod())
        .put("outsideSubject", report.recordsOutsideSubject())
        .put("measured", report.recordsMeasured());
    ObjectNode metrics = root.putObject("metrics");
    for (MetricValue v : report.values().values()) {
      ObjectNode m = metrics.putObject(v.metricId());
      m.put("unit", v.unit()).put("recordsUsed", v.recordsUsed());
      ObjectNode skipped = m.putObject("skipped");
      v.skipped().forEach(skipped::put);
      ObjectNode values = m.putObject("values");
      v.values().forEach(values::put);
      m.set("explanation", explanation(v.explanation()));
    }
    ObjectNode a = root.putObject("assessment");
    a.put("subject", assessment.subject().toString())
        .put("status", assessment.status().name())
        .put("policyId", assessment.policyId())
        .put("policyVersion", assessment.policyVersion());
    ObjectNode components = a.putObject("components");
    for (LeadershipAssessment.Component c : assessment.components().values()) {
      ObjectNode o = components.putObject(c.aspect().name());
      o.put("status", c.status().name());
      if (c.observed().isPresent()) {
        o.put("observed", c.observed().getAsDouble());
      }
      if (c.lower().isPresent()) {
        o.put("lower", c.lower().getAsDouble()).put("upper", c.upper().getAsDouble());
      }
    }
    a.set("explanation", explanation(assessment.explanation()));
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("summary", e.summary());
    ArrayNode reasons = o.putArray("reasons");
    for (Reason r : e.reasons()) {
      ObjectNode n = reasons.addObject();
      n.put("ruleId", r.ruleId()).put("condition", r.condition()).put("fired", r.fired());
      r.effect().ifPresent(x -> n.put("effect", x));
      n.set("observed", JSON.valueToTree(r.observed()));
      n.set("thresholds", JSON.valueToTree(r.thresholds()));
    }
    return o;
  }
}
