package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnership.jackson.DocumentType;
import org.partnership.jackson.VerdictJson;
import org.partnership.rules.BalanceRule;
import org.partnership.rules.BalanceVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership balance}: the 70/30 balance of a time allocation. */
@Command(
    name = "balance",
    header = "Judges a week of time against the 70/30 balance.",
    mixinStandardHelpOptions = true,
    description = {
      "Judges a time allocation against the 70/30 balance: BALANCED, OVER_MANAGED,",
      "OVER_PARTNERED or INSUFFICIENT_DATA, with the shares and the explanation."
    })
final class BalanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--allocation",
      required = true,
      paramLabel = "FILE",
      description = "The time allocation (JSON or YAML).")
  Path allocationFile;

  @Mixin Inputs inputs;

  @Override
  public Integer call() throws IOException {
    boolean json = inputs.json("balance");
    BalanceVerdict v =
        BalanceRule.evaluate(DocumentType.TIME_ALLOCATION.read(allocationFile), inputs.policy());
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? VerdictJson.of(v) : Render.balance(v));
    out.flush();
    return 0;
  }
}
