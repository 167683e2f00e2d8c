package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.partnership.examples.SampleOrganizations;
import org.partnership.jackson.DocumentType;
import org.partnership.ledger.LedgerRecord;
import org.partnership.model.Organization;
import org.partnership.simulation.ledger.LedgerGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership ledger}: ledger files. */
@Command(
    name = "ledger",
    header = "Ledger files: generate a synthetic ledger.",
    mixinStandardHelpOptions = true,
    description = "Ledger files: generate a synthetic ledger.",
    subcommands = {LedgerCommand.Generate.class, CommandLine.HelpCommand.class})
final class LedgerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: generate");
  }

  /** {@code partnership ledger generate}. */
  @Command(
      name = "generate",
      header = "Writes a synthetic ledger for an organization.",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a synthetic ledger for an organization (default: the sample district):",
        "decisions.csv, time.csv and recognitions.csv, or ledger.jsonl with --format jsonl.",
        "The same organization, --records and --seed give the same files."
      })
  static final class Generate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--organization",
        paramLabel = "FILE",
        description = "The organization (JSON or YAML); default: the sample district.")
    Path organizationFile;

    @Option(
        names = "--records",
        required = true,
        paramLabel = "N",
        description = "How many records.")
    long records;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory.")
    Path out;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    LedgerFormat format = LedgerFormat.csv;

    /** The file formats of a ledger. */
    enum LedgerFormat {
      csv,
      jsonl
    }

    @Option(names = "--force", description = "Replace ledger files already in the directory.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      if (records < 0) {
        throw new PartnershipCli.UserInputException("--records must be at least 0, was " + records);
      }
      Organization org =
          organizationFile == null
              ? SampleOrganizations.district()
              : DocumentType.ORGANIZATION.read(organizationFile);
      LedgerGenerator generator;
      try {
        generator = LedgerGenerator.of(org, seed);
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException(e.getMessage());
      }
      boolean jsonLines = format == LedgerFormat.jsonl;
      if (!jsonLines) {
        for (org.partnership.model.Person p : org.people()) {
          if (p.id().indexOf(';') >= 0) {
            throw new PartnershipCli.UserInputException(
                "person id \""
                    + p.id()
                    + "\" contains ';', which separates ids in CSV ledgers: use --format jsonl");
          }
        }
      }
      if (!force) {
        for (String name : LedgerFiles.fileNames(jsonLines)) {
          if (java.nio.file.Files.exists(out.resolve(name))) {
            throw new PartnershipCli.UserInputException(
                out.resolve(name) + " exists; give --force to replace it");
          }
        }
      }
      long start = System.nanoTime();
      Iterator<LedgerRecord> it = generator.iterator(records);
      try (LedgerFiles files = jsonLines ? LedgerFiles.jsonLines(out) : LedgerFiles.csv(out)) {
        while (it.hasNext()) {
          files.write(it.next());
        }
        files.commit();
      } catch (IOException e) {
        throw PartnershipCli.output(out, e);
      }
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          Locale.ROOT,
          "wrote %d records to %s in %.1f s%n",
          records,
          out,
          (System.nanoTime() - start) / 1e9);
      o.flush();
      return 0;
    }
  }
}
