package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.partnership.examples.SampleOrganizations;
import org.partnership.jackson.DocumentType;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.model.Authority;
import org.partnership.model.AuthoritySource;
import org.partnership.model.Decision;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.rules.BalanceRule;
import org.partnership.rules.BalanceVerdict;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.Reason;
import org.partnership.rules.Recommendation;
import org.partnership.simulation.ledger.LedgerGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership demo}: a readable tour of the sample school district. */
@Command(
    name = "demo",
    header = "Shows the sample district, its rules, balances and metrics.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the sample school district: its hierarchy level by level, spans of control,",
      "who holds authority in a few domains, by position and by competence, the seed",
      "policy's recommendations for five sample decisions, the 70/30 balance of four",
      "sample weeks, and the metrics and leadership assessment of a synthetic year."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--organization",
      paramLabel = "FILE",
      description = "Show this organization (JSON or YAML) instead of the sample district.")
  Path organizationFile;

  @Option(
      names = "--domain",
      paramLabel = "NAME",
      split = ",",
      description = "Domains to show authority for (default: budget, curriculum, hiring, safety).")
  List<String> domains = List.of("budget", "curriculum", "hiring", "safety");

  @Option(
      names = "--competence-threshold",
      paramLabel = "P",
      description =
          "Proficiency at or above which competence counts as authority (default: ${DEFAULT-VALUE}).")
  double competenceThreshold = Organization.DEFAULT_COMPETENCE_THRESHOLD;

  @Override
  public Integer call() throws IOException {
    if (!(competenceThreshold >= 0 && competenceThreshold <= 1)) {
      throw new PartnershipCli.UserInputException(
          "--competence-threshold must be in [0, 1], was " + competenceThreshold);
    }
    List<Domain> shown = domains.stream().map(DemoCommand::domain).toList();
    Organization org =
        organizationFile == null
            ? SampleOrganizations.district()
            : DocumentType.ORGANIZATION.read(organizationFile);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Partner when WE should & Manage when I must");
    out.println();
    out.printf(
        Locale.ROOT,
        "%s: %d people, %d roles, %d levels%n",
        organizationFile == null ? "Sample school district" : organizationFile.getFileName(),
        org.people().size(),
        org.roles().size(),
        org.depth());
    out.println();
    out.println("Hierarchy (span of control in brackets):");
    for (Role root : org.roots()) {
      tree(out, org, root, 1);
    }
    out.println();
    out.println("Levels:");
    for (int level = 0; level < org.depth(); level++) {
      List<Role> roles = org.rolesAtLevel(level);
      int spans = 0;
      int managers = 0;
      for (Role r : roles) {
        int span = org.spanOfControl(r.id());
        spans += span;
        managers += span > 0 ? 1 : 0;
      }
      out.printf(
          Locale.ROOT,
          "  level %d: %2d roles, %2d people, %s%n",
          level,
          roles.size(),
          org.peopleAtLevel(level).size(),
          managers == 0
              ? "no direct reports"
              : String.format(Locale.ROOT, "mean span of control %.1f", (double) spans / managers));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Authority by domain (competence at or above %.2f is an authority everyone can hold):%n",
        competenceThreshold);
    for (Domain domain : shown) {
      List<Authority> holders = org.holdersOfAuthority(domain, competenceThreshold);
      out.println("  " + domain + ":");
      out.println("    by position:   " + describe(org, holders, AuthoritySource.POSITION));
      out.println("    by competence: " + describe(org, holders, AuthoritySource.COMPETENCE));
    }
    if (organizationFile == null) {
      decisions(out, org);
      balances(out);
      metrics(out, org);
    }
    out.flush();
    return 0;
  }

  private static void decisions(PrintWriter out, Organization district) {
    out.println();
    out.println("Partner when WE should & Manage when I must — sample decisions (seed policy):");
    for (Decision d : SampleOrganizations.decisions()) {
      Recommendation r = PartnerOrManage.recommend(d, district, Policy.seed());
      out.println();
      out.println(
          "  " + d.title().orElse(d.id()) + " [" + d.domain() + ", owner " + d.ownerRoleId() + "]");
      out.println("    → " + r.explanation().summary());
      for (Reason reason : r.explanation().fired()) {
        String id = reason.ruleId();
        boolean deciding =
            r.mustManage()
                ? id.startsWith("must.")
                : id.equals("should.score") || id.equals("should.routine");
        boolean bounding = r.explanation().summary().contains(id); // "bounded by …"
        if (deciding || (id.startsWith("limit.") && bounding)) {
          out.println("      " + id + ": " + reason.condition());
        }
      }
    }
  }

  private static void balances(PrintWriter out) {
    out.println();
    out.println("The 70/30 balance of a week (target 70 % partnering ± 10):");
    for (String resource : SampleOrganizations.ALLOCATION_RESOURCES) {
      String who = resource.substring(resource.lastIndexOf('/') + 1).replace(".yaml", "");
      BalanceVerdict v =
          BalanceRule.evaluate(SampleOrganizations.allocation(resource), Policy.seed());
      out.printf(Locale.ROOT, "  %-20s %s%n", who, v.explanation().summary());
    }
  }

  /** Records in the demo's synthetic ledger. */
  static final int DEMO_RECORDS = 20_000;

  private static void metrics(PrintWriter out, Organization district) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Metrics over a synthetic year of %,d records (partnership.jar ledger generate):%n",
        DEMO_RECORDS);
    MetricContext context =
        MetricContext.builder(district)
            .to(Instant.parse("2027-01-04T08:00:00Z"))
            // The district's declared protected attributes, as an HR platform declares its own.
            .fairnessAttributes(java.util.List.of("site", "tenure", "contract"))
            .build();
    MetricReport report =
        MetricRegistry.builtIns()
            .measure(context, LedgerGenerator.of(district, 2026).records(DEMO_RECORDS));
    String[][] shown = {
      {"partnering-share", "leaders", "leaders' partnering share of time"},
      {"partnering-share", "rework-share", "rework share of time"},
      {"upfront-share", "loose-ends", "loose-ends share of time"},
      {"leadership-levels", "levels-leading", "levels at which decisions are led"},
      {"participation", "overall", "stakeholders taking part"},
      {"timeliness", "on-time-rate", "decisions on time"},
      {"consistency", "agreement", "same situation, same style"},
      {"policy-adherence", "agreement-rate", "mode agrees with the seed policy"},
      {"fairness", "lowest-impact-ratio", "lowest group impact ratio"},
      {"fairness", "flagged-groups", "groups significantly left out"},
      {"trust-in-competence", "coverage", "people recognized"},
      {"shared-accountability", "gini", "Gini of accountability (normalized)"},
      {"delegation-drift", "agreed-share", "decisions at the agreed delegation"},
      {"centralization", "degree-centralization", "weighted degree centralization"}
    };
    for (String[] s : shown) {
      double v = report.value(s[0]).orElseThrow().value(s[1]).orElse(Double.NaN);
      out.printf(Locale.ROOT, "  %-36s %8s   (%s %s)%n", s[2], MetricsOutput.number(v), s[0], s[1]);
    }
    LeadershipAssessment a = LeadershipAssessment.of(report);
    out.println("  " + a.explanation().summary());
    for (LeadershipAssessment.Component c : a.components().values()) {
      out.printf(
          Locale.ROOT,
          "    %-12s %-17s observed %s%s%n",
          c.aspect(),
          c.status(),
          c.observed().isPresent() ? MetricsOutput.number(c.observed().getAsDouble()) : "-",
          c.lower().isPresent()
              ? String.format(
                  Locale.ROOT,
                  ", %.0f %% interval [%s, %s]",
                  100 * (1 - context.policy().assessment().significanceLevel()),
                  MetricsOutput.number(c.lower().getAsDouble()),
                  MetricsOutput.number(c.upper().getAsDouble()))
              : "");
    }
  }

  private static Domain domain(String name) {
    try {
      return Domain.of(name);
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException("--domain: " + e.getMessage());
    }
  }

  private static void tree(PrintWriter out, Organization org, Role role, int indent) {
    String holders =
        org.holdersOf(role.id()).stream()
            .map(Person::displayName)
            .collect(Collectors.joining(", "));
    int span = org.spanOfControl(role.id());
    out.println(
        "  ".repeat(indent)
            + role.title()
            + (holders.isEmpty() ? " (vacant)" : " — " + holders)
            + (span > 0 ? " [" + span + "]" : ""));
    for (Role report : org.directReports(role.id())) {
      tree(out, org, report, indent + 1);
    }
  }

  private static final int LISTED = 8;

  private static String describe(
      Organization org, List<Authority> holders, AuthoritySource source) {
    List<Authority> ofSource = holders.stream().filter(a -> a.source() == source).toList();
    String text =
        ofSource.stream()
            .limit(LISTED)
            .map(
                a ->
                    source == AuthoritySource.POSITION
                        ? org.role(a.holderId()).map(Role::title).orElse(a.holderId())
                            + " ("
                            + a.delegationLevel().orElseThrow()
                            + ")"
                        : org.person(a.holderId()).map(Person::displayName).orElse(a.holderId())
                            + String.format(Locale.ROOT, " %.2f", a.proficiency().orElseThrow()))
            .collect(Collectors.joining(", "));
    if (ofSource.size() > LISTED) {
      text += " and " + (ofSource.size() - LISTED) + " more";
    }
    return text.isEmpty() ? "nobody" : text;
  }
}
