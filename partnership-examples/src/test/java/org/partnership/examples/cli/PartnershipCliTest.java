package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: output, exit codes and one-line errors. */
class PartnershipCliTest {

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PartnershipCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = PartnershipCli.execute(cli, args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void demoShowsTheDistrictLevelsSpansAndAuthorityByPositionAndCompetence() {
    Run run = run("demo");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Sample school district: 42 people, 31 roles, 5 levels")
        .contains("Superintendent — Maria Alvarez [5]")
        .contains("level 0:  1 roles,  1 people, mean span of control 5.0")
        .contains("level 4:  2 roles,  2 people, no direct reports")
        .contains("safety:")
        .contains("by position:   Superintendent (TELL)")
        .contains("by competence: Maria Alvarez 0.94");
  }

  @Test
  void demoCanShowAnotherOrganizationAndOtherDomains(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny.yaml");
    Files.writeString(
        file,
        """
        people:
          - id: ann
            displayName: Ann
            competences: { budget: 0.8 }
        roles:
          - id: boss
            title: Boss
            delegationLevels: { budget: DELEGATE }
        assignments:
          - { person: ann, role: boss }
        """);
    Run run = run("demo", "--organization", file.toString(), "--domain", "budget,hiring");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("tiny.yaml: 1 people, 1 roles, 1 levels")
        .contains("Boss — Ann")
        .contains("by position:   Boss (DELEGATE)")
        .contains("by competence: Ann 0.80")
        .contains("hiring:\n    by position:   nobody");
  }

  @Test
  void aBadOrganizationFileExitsTwoWithOneLineNamingFileLineAndField(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, "{\n  \"roles\": [ { \"id\": \"a\", \"title\": \"A\", \"reportsTo\": \"b\" } ]\n}\n");
    Run run = run("demo", "--organization", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "partnership: "
                + file
                + ":2:54 roles[0].reportsTo: unknown role \"b\""
                + System.lineSeparator());
  }

  @Test
  void aMissingFileExitsTwoWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    Run run = run("demo", "--organization", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("partnership: no such file: " + missing + System.lineSeparator());
  }

  @Test
  void badOptionsExitTwoWithoutAStackTrace() {
    Run unknown = run("demo", "--frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("partnership: Unknown option: '--frobnicate'")
        .doesNotContain("at org.");
    Run threshold = run("demo", "--competence-threshold", "1.5");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err())
        .isEqualTo(
            "partnership: --competence-threshold must be in [0, 1], was 1.5"
                + System.lineSeparator());
    Run domain = run("demo", "--domain", " budget");
    assertThat(domain.exitCode()).isEqualTo(2);
    assertThat(domain.err()).startsWith("partnership: --domain: domain name must not start or end");
    Run command = run("frobnicate");
    assertThat(command.exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    assertThat(run("--help").out()).contains("demo");
    Run help = run("demo", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--organization=FILE");
    assertThat(run("--version").out()).startsWith("partnership ");
  }

  @Test
  void helpListsEveryCommandWithAWholeSentenceWrappedNeverCut() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"simulate", "--help"},
            new String[] {"ledger", "--help"})) {
      Run help = run(args);
      assertThat(help.exitCode()).isZero();
      String commands = help.out().substring(help.out().indexOf("Commands:"));
      // one entry per command: its lines joined end with a full stop, none ends mid-sentence
      String joined = commands.replaceAll("\n {10,}", " ");
      for (String line : joined.lines().skip(1).toList()) {
        if (!line.isBlank() && !line.strip().startsWith("help ")) {
          assertThat(line.strip()).as(String.join(" ", args)).endsWith(".");
        }
      }
    }
  }
}
