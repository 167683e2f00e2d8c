package org.partnership.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.partnership.simulation.ExperimentFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnership simulate merge DIR…}: puts the shards of an experiment back together into the
 * files an unsharded run writes, by running the command the shards recorded with their runs read
 * instead of run.
 */
@Command(
    name = "merge",
    header = "Combines the shards of an experiment (--shard K/N) into its files.",
    mixinStandardHelpOptions = true,
    description =
        "Combines the shards written by 'simulate MODEL ... --shard K/N --out DIR' into runs.csv,"
            + " summary.csv, metadata.json and the charts, identical to an unsharded run (only"
            + " the threads and times in metadata.json differ). Every shard of the count must be"
            + " given once, and all must come from the same command.")
final class MergeCommand implements Callable<Integer> {

  /**
   * Recorded options a merge refuses to run, besides those a shard never records: they would write
   * somewhere else than --out, run nothing (help, version, the parameter list), or need what a
   * shard does not keep (series). A shard that records one is damaged.
   */
  private static final List<String> REFUSED =
      List.of("--ledger", "--help", "--version", "--list-parameters", "--series");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' directories.")
  List<Path> dirs = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Write the merged experiment's files here.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or csv, for the summary on standard output (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws IOException {
    List<String> arguments = null;
    Path first = null;
    for (Path dir : dirs) {
      List<String> recorded = ExperimentFiles.shardArguments(dir);
      if (arguments == null) {
        arguments = recorded;
        first = dir;
      } else if (!arguments.equals(recorded)) {
        throw new PartnershipCli.UserInputException(
            dir
                + " was made by another command than "
                + first
                + ": "
                + recorded
                + " and "
                + arguments);
      }
    }
    check(arguments, first);
    List<String> command = new ArrayList<>();
    command.add("simulate");
    command.addAll(arguments);
    for (Path dir : dirs) {
      command.add("--from-shards");
      command.add(dir.toString());
    }
    // The merge writes into a staging directory beside --out, moved into place only when it
    // succeeded: a merge that fails leaves no files behind.
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path staging;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".merge-");
    } catch (IOException e) {
      throw PartnershipCli.output(out, e);
    }
    command.add("--out");
    command.add(staging.toString());
    command.add("--format");
    command.add(format.name());
    command.add("--quiet");
    CommandLine cli = PartnershipCli.commandLine();
    cli.setOut(spec.commandLine().getOut());
    cli.setErr(spec.commandLine().getErr());
    if (format == OutputFormat.text) {
      spec.commandLine()
          .getOut()
          .println(
              "merging "
                  + dirs.size()
                  + " shards of: simulate "
                  + PartnershipCli.oneLine(String.join(" ", arguments)));
      spec.commandLine().getOut().flush();
    }
    try {
      int code = cli.execute(command.toArray(new String[0]));
      if (code == 0) {
        try {
          moveInto(staging, target);
        } catch (IOException e) {
          throw PartnershipCli.output(out, e);
        }
      }
      return code;
    } finally {
      deleteTree(staging);
    }
  }

  /** Moves every file under {@code from} to the same place under {@code to}, replacing. */
  private static void moveInto(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path destination = to.resolve(from.relativize(file).toString()).normalize();
      if (!destination.startsWith(to)) {
        throw new IOException("refusing to write outside the output directory: " + destination);
      }
      Files.createDirectories(destination.getParent());
      Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a directory and everything in it; what cannot be deleted is left. */
  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // best effort: a hidden, empty-or-partial staging directory is all that can remain
    }
  }

  /** The recorded command must be a model's, and must not write anywhere but the merge's --out. */
  private static void check(List<String> arguments, Path first) {
    if (arguments.isEmpty()
        || arguments.get(0).startsWith("-")
        || arguments.get(0).equals("merge")
        || arguments.get(0).equals("help")) {
      throw new PartnershipCli.UserInputException(
          first + " does not record a simulation command: " + arguments);
    }
    for (String a : arguments) {
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      boolean shortHelp = a.matches("-[A-Za-z]+") && (a.indexOf('h') > 0 || a.indexOf('V') > 0);
      if (REFUSED.contains(name) || shortHelp || SimulateCommand.Runs.NOT_RECORDED.contains(name)) {
        throw new PartnershipCli.UserInputException(
            first
                + " records "
                + PartnershipCli.oneLine(name)
                + ", which a merge does not run: the shard is damaged");
      }
    }
  }
}
