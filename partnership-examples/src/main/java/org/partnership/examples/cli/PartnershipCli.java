package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.partnership.jackson.DocumentException;
import org.partnership.simulation.Model;
import org.partnership.simulation.Models;
import org.partnership.text.SafeText;
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
    // An application's choice, never the libraries': charts are drawn without a display.
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(commandLine(), args));
  }

  /**
   * Runs a command line as {@link #main} does: exceptions become one line and an exit code; so do
   * errors of the virtual machine (running out of memory, say), with exit code 1.
   */
  public static int execute(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      PrintWriter err = cli.getErr();
      err.println(
          "partnership: out of memory; give Java more (java -Xmx…) or the command less input");
      err.flush();
      return INTERNAL_ERROR;
    } catch (StackOverflowError e) {
      PrintWriter err = cli.getErr();
      err.println("partnership: input nested too deeply (stack overflow)");
      err.flush();
      return INTERNAL_ERROR;
    }
  }

  /** The configured command line, for embedding and tests. */
  public static CommandLine commandLine() {
    return commandLine(PartnershipCli.class.getClassLoader());
  }

  /**
   * The configured command line, with a {@code simulate ID} subcommand for every model found by
   * {@link Models#discover(ClassLoader)} in a class loader (besides the built-in two).
   */
  public static CommandLine commandLine(ClassLoader models) {
    CommandLine cli = new CommandLine(new PartnershipCli());
    CommandLine simulate = cli.getSubcommands().get("simulate");
    Models found = Models.discover(models);
    for (Model<?> model : found.all().values()) {
      if (!simulate.getSubcommands().containsKey(model.id())) {
        simulate.addSubcommand(model.id(), ModelCommand.of(model));
      }
    }
    // a model provider that was skipped is reported, one line each, when a simulation runs
    List<String> problems = found.problems();
    cli.setExecutionStrategy(
        parseResult -> {
          if (parseResult.hasSubcommand()
              && parseResult.subcommand().commandSpec().name().equals("simulate")
              && !problems.isEmpty()) {
            PrintWriter err = parseResult.commandSpec().commandLine().getErr();
            problems.forEach(p -> err.println("partnership: warning: " + oneLine(p)));
            err.flush();
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    cli.setExecutionExceptionHandler(PartnershipCli::handle);
    cli.setParameterExceptionHandler(PartnershipCli::handleUsage);
    // "@file" arguments stay arguments: expanding them would read any file and echo it in errors
    cli.setExpandAtFiles(false);
    return cli;
  }

  /**
   * A message as one safe line: control characters (a newline that would split it, an escape
   * sequence that would reach the terminal) written as {@code \n}, {@code \t} or {@code \}u
   * escapes.
   */
  static String oneLine(String message) {
    return message == null ? "" : SafeText.escape(message);
  }

  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("partnership: " + oneLine(e.getMessage()));
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return USER_ERROR;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String line;
    int code = USER_ERROR;
    if (cause instanceof OutputException) {
      line = "cannot write output: " + cause.getMessage();
    } else if (cause instanceof DocumentException || cause instanceof UserInputException) {
      line = cause.getMessage();
    } else if (cause instanceof NoSuchFileException) {
      line = "no such file: " + ((NoSuchFileException) cause).getFile();
    } else if (cause instanceof IOException) {
      line = "cannot read input: " + cause.getMessage();
    } else if (cause instanceof IllegalArgumentException) {
      line = "invalid input: " + cause.getMessage();
    } else {
      LOG.debug("internal error", e);
      line = "internal error: " + e;
      code = INTERNAL_ERROR;
    }
    err.println("partnership: " + oneLine(line));
    err.flush();
    return code;
  }

  /** An output that could not be written: the path and what went wrong. */
  static final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(Path path, IOException cause) {
      super(path + ": " + describe(cause), cause);
    }

    private static String describe(IOException e) {
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.FileAlreadyExistsException) {
        return "a file is in the way";
      }
      if (e instanceof java.nio.file.NotDirectoryException) {
        return "not a directory";
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  /** An I/O failure while writing {@code path}, as an {@link OutputException}. */
  static IOException output(Path path, IOException e) {
    return e instanceof OutputException ? e : new OutputException(path, e);
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
