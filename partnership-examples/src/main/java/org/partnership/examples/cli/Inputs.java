package org.partnership.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.partnership.jackson.DocumentType;
import org.partnership.rules.Policy;
import picocli.CommandLine.Option;

/** The options shared by the commands that apply a policy and print text or JSON. */
final class Inputs {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The policy (JSON or YAML); default: the seed policy.")
  Path policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  /** The policy in the file, or the seed policy when no file is given. */
  Policy policy() throws IOException {
    return policyFile == null ? Policy.seed() : DocumentType.POLICY.read(policyFile);
  }

  /** Whether to print JSON; CSV is refused, naming the command. */
  boolean json(String command) {
    if (format == OutputFormat.csv) {
      throw new PartnershipCli.UserInputException(
          "--format: " + command + " prints text or json, not csv");
    }
    return format == OutputFormat.json;
  }
}
