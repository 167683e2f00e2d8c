package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.partnership.jackson.DocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code partnership} command line: {@code java -jar partnership.jar COMMAND}.
 *
 * <p>Exit codes: 0 success; 2 bad usage or bad input, with one line on standard error naming the
 * problem; 1 an internal error, with one line on standard error (the stack trace goes to the log at
 * debug level).
 */
@Command(
    name = "partnership",
    mixinStandardHelpOptions = true,
    versionProvider = PartnershipCli.Version.class,
    description =
        "Partner when WE should & Manage when I must: leadership rules, metrics and simulations.",
    subcommands = {
      DemoCommand.class,
      EvaluateCommand.class,
      BalanceCommand.class,
      VroomCommand.class,
      MetricsCommand.class,
      LedgerCommand.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PartnershipCli {

  /** Exit code for bad usage or bad input. */
  public static final int USER_ERROR = 2;

  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  private static final Logger LOG = LoggerFactory.getLogger(PartnershipCli.class);

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for embedding and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PartnershipCli());
    cli.setExecutionExceptionHandler(PartnershipCli::handle);
    cli.setParameterExceptionHandler(PartnershipCli::handleUsage);
    return cli;
  }

  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("partnership: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return USER_ERROR;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof DocumentException) {
      err.println("partnership: " + cause.getMessage());
      err.flush();
      return USER_ERROR;
    }
    if (cause instanceof NoSuchFileException) {
      err.println("partnership: no such file: " + ((NoSuchFileException) cause).getFile());
      err.flush();
      return USER_ERROR;
    }
    if (cause instanceof IOException) {
      err.println("partnership: cannot read input: " + cause.getMessage());
      err.flush();
      return USER_ERROR;
    }
    if (cause instanceof UserInputException) {
      err.println("partnership: " + cause.getMessage());
      err.flush();
      return USER_ERROR;
    }
    LOG.debug("internal error", e);
    err.println("partnership: internal error: " + e);
    err.flush();
    return INTERNAL_ERROR;
  }

  /** Bad input that is not a document error, reported in one line with exit code 2. */
  static final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
      super(message);
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PartnershipCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "partnership " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
