package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnership.jackson.DocumentType;
import org.partnership.jackson.VerdictJson;
import org.partnership.model.Decision;
import org.partnership.model.Organization;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership evaluate}: partner or manage, for one decision, with the explanation. */
@Command(
    name = "evaluate",
    header = "Recommends whether to partner or manage a decision.",
    mixinStandardHelpOptions = true,
    description = {
      "Recommends whether to partner or manage a decision, and in which style,",
      "with every condition and factor checked (the seed policy unless --policy is given)."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--decision",
      required = true,
      paramLabel = "FILE",
      description = "The decision (JSON or YAML).")
  Path decisionFile;

  @Option(
      names = "--organization",
      paramLabel = "FILE",
      description = "The organization, so that people's competence counts (JSON or YAML).")
  Path organizationFile;

  @Mixin Inputs inputs;

  @Override
  public Integer call() throws IOException {
    boolean json = inputs.json("evaluate");
    Policy policy = inputs.policy();
    Recommendation r;
    Decision decision;
    if (organizationFile == null) {
      decision = DocumentType.DECISION.read(decisionFile);
      r = PartnerOrManage.recommend(decision, policy);
    } else {
      Organization organization = DocumentType.ORGANIZATION.read(organizationFile);
      decision = DocumentType.decisionIn(organization).read(decisionFile);
      r = PartnerOrManage.recommend(decision, organization, policy);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(VerdictJson.of(r));
    } else {
      out.println(Render.recommendation(decision, r));
    }
    out.flush();
    return 0;
  }
}
