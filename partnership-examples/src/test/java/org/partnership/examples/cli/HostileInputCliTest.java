package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line under hostile input: every case ends with its exit code and one line on standard
 * error — never a stack trace, never a file outside {@code --out}, never half a file. Numbers in
 * brackets are the defects of the hostile-input review.
 */
class HostileInputCliTest {

  static final Path RESOURCES = RuleCommandsTest.RESOURCES;

  /** Runs the command line and checks the promise every user error keeps. */
  static PartnershipCliTest.Run userError(String... args) {
    PartnershipCliTest.Run run = PartnershipCliTest.run(args);
    assertThat(run.exitCode()).as("exit code of %s: %s", List.of(args), run.err()).isEqualTo(2);
    assertOneLine(run.err());
    return run;
  }

  static void assertOneLine(String err) {
    assertThat(err).startsWith("partnership: ");
    String firstLine = err.lines().findFirst().orElse("");
    // one line, or a usage error's line and its "Try … --help" hint
    assertThat(err.lines().count()).as(err).isLessThanOrEqualTo(2);
    assertThat(err).doesNotContain("\tat ", "Exception:", "\u001b");
    assertThat(firstLine).doesNotContain("\u0007");
  }

  @Test
  void atFilesAreArgumentsNotFileContents(@TempDir Path dir) throws IOException { // [19]
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "hunter2");
    PartnershipCliTest.Run run =
        userError("vroom", "--model", "vroom-yetton-1973", "--answers", "@" + secret);
    assertThat(run.err()).doesNotContain("hunter2");
    assertThat(run.err()).contains("@" + secret);
  }

  @Test
  void experimentSizesAreBoundedBeforeAnythingRuns() { // [3], [9], [18]
    String many = IntStream.range(0, 3000).mapToObj(i -> "0.5").collect(Collectors.joining(","));
    assertThat(userError("simulate", "march1991", "--p1", many, "--p2", many).err())
        .contains("the grid has 9000000 cells, at most 100000 are allowed");
    assertThat(
            userError("simulate", "march1991", "--p1", "0.1", "--p2", "0.5", "--runs", "2147483647")
                .err())
        .contains("--runs must be in [1, 10000000], was 2147483647");
    assertThat(
            userError("simulate", "march1991", "--p1", "0.1", "--p2", "0.5", "--threads", "100000")
                .err())
        .contains("--threads must be in [1, " + SimulateCommand.MAX_THREADS + "]");
    assertThat(
            userError(
                    "simulate",
                    "march1991",
                    "--p1",
                    "0.1",
                    "--p2",
                    "0.5",
                    "--p3",
                    "0.1",
                    "--periods",
                    "2000000000")
                .err())
        .contains("--periods must be in [1, 1000000], was 2000000000");
    assertThat(userError("simulate", "organization", "--periods", "2000000000").err())
        .contains("periods must be in [1, 100000]");
    assertThat(
            userError("simulate", "organization", "--partner-share", many, "--runs", "10000").err())
        .contains("cells × runs must be at most 10000000");
  }

  @Test
  @LimitsPageTest.Limit(
      "The command line | file names made from data (an experiment's or a policy's id)")
  void aPolicyIdNeverPicksTheFileName(@TempDir Path dir) throws IOException { // [11]
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("policy x"));
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "id: \"x/../../../escaped\"\nversion: 1\n");
    PartnershipCliTest.Run run =
        PartnershipCliTest.run(
            "simulate",
            "organization",
            "--policy",
            policy.toString(),
            "--people",
            "12",
            "--periods",
            "2",
            "--runs",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              "policy.yaml",
              "out/policy_x_.._.._.._escaped_v1.png",
              "out/runs.csv",
              "out/summary.csv",
              "out/metadata.json");
    }
  }

  @Test
  void ledgerGenerateValidatesFirstAndNeverLeavesHalfAFile(@TempDir Path dir) throws IOException {
    // [13]: an id with ';' cannot be written as CSV: refused before anything is written
    Path org = dir.resolve("org.yaml");
    Files.writeString(
        org,
        "people:\n  - { id: \"a;b\", displayName: A }\n  - { id: c, displayName: C }\n"
            + "roles:\n  - { id: r, title: R }\n  - { id: s, title: S, reportsTo: r }\n"
            + "assignments:\n  - { person: \"a;b\", role: r }\n  - { person: c, role: s }\n");
    Path out = dir.resolve("ledger");
    assertThat(
            userError(
                    "ledger",
                    "generate",
                    "--organization",
                    org.toString(),
                    "--records",
                    "100",
                    "--out",
                    out.toString())
                .err())
        .contains("contains ';'")
        .contains("--format jsonl");
    assertThat(out).doesNotExist();
    // existing files are not overwritten unless --force
    assertThat(
            PartnershipCliTest.run("ledger", "generate", "--records", "10", "--out", out.toString())
                .exitCode())
        .isZero();
    String before = Files.readString(out.resolve("time.csv"));
    assertThat(userError("ledger", "generate", "--records", "20", "--out", out.toString()).err())
        .contains("exists; give --force to replace it");
    assertThat(Files.readString(out.resolve("time.csv"))).isEqualTo(before);
    assertThat(
            PartnershipCliTest.run(
                    "ledger", "generate", "--records", "20", "--out", out.toString(), "--force")
                .exitCode())
        .isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("decisions.csv", "time.csv", "recognitions.csv");
    }
  }

  @Test
  @LimitsPageTest.Limit("The command line | outputs (`--out`, `--ledger`)")
  void anOutputThatCannotBeWrittenSaysWrite(@TempDir Path dir) throws IOException { // also
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "in the way");
    PartnershipCliTest.Run run =
        userError("ledger", "generate", "--records", "10", "--out", blocker.toString());
    assertThat(run.err()).startsWith("partnership: cannot write output: " + blocker);
  }

  @Test
  @LimitsPageTest.Limit("The command line | `metrics`")
  void theSameLedgerGivenTwiceIsRefused(@TempDir Path dir) throws IOException { // also
    Path out = dir.resolve("l");
    PartnershipCliTest.run(
        "ledger", "generate", "--records", "10", "--format", "jsonl", "--out", out.toString());
    Path file = out.resolve("ledger.jsonl");
    assertThat(
            userError(
                    "metrics",
                    "--ledger",
                    file.toString(),
                    "--ledger",
                    dir.resolve("l/../l/ledger.jsonl").toString())
                .err())
        .contains("is given twice (--ledger and --ledger): its records would count twice");
  }

  @Test
  @LimitsPageTest.Limit("The command line | messages")
  void controlCharactersInInputAreEscapedInMessages(@TempDir Path dir) throws IOException { // [10]
    Path decision = dir.resolve("d.json");
    Files.writeString(
        decision,
        "{\"id\":\"ok\",\"domain\":\"x\",\"owner\":\"evil\\u001b]0;pwned\\u0007\\nsecond line\"}");
    PartnershipCliTest.Run run =
        userError(
            "evaluate",
            "--decision",
            decision.toString(),
            "--organization",
            RESOURCES.resolve("district.json").toString());
    assertThat(run.err()).contains("evil\\u001b]0;pwned\\u0007\\nsecond line");
  }

  @Test
  @LimitsPageTest.Limit("The command line | `vroom --input`")
  void aVroomFileHasABoundedNumberOfCases(@TempDir Path dir) throws IOException { // [3]
    Path cases = dir.resolve("cases.csv");
    StringBuilder csv = new StringBuilder("DS,IC,LE,LC,GS,GE,TC\n");
    for (int i = 0; i <= VroomCommand.MAX_CASES; i++) {
      csv.append("H,H,H,H,H,H,H\n");
    }
    Files.writeString(cases, csv, StandardCharsets.UTF_8);
    assertThat(userError("vroom", "--model", "vroom-2000-time", "--input", cases.toString()).err())
        .contains("more than 100000 cases; split the file");
  }

  /** A command that runs out of memory, to see what the edge does with an {@link Error}. */
  @Command(name = "oom")
  static final class OutOfMemory implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  @LimitsPageTest.Limit("The command line | exit codes")
  void runningOutOfMemoryIsOneLineAndExitCodeOne() { // [3]
    CommandLine cli = new CommandLine(new OutOfMemory());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertThat(PartnershipCli.execute(cli)).isEqualTo(PartnershipCli.INTERNAL_ERROR);
    assertThat(err.toString())
        .isEqualTo(
            "partnership: out of memory; give Java more (java -Xmx…) or the command less input"
                + System.lineSeparator());
  }

  @Test
  @LimitsPageTest.Limit("Simulations | Morris screening (`--screen`)")
  void aScreeningDesignIsMeasuredBeforeItIsBuilt() { // T3
    List<String> args = new java.util.ArrayList<>(List.of("simulate", "organization"));
    for (org.partnership.simulation.organization.OrganizationParameter p :
        org.partnership.simulation.organization.OrganizationParameter.values()) {
      args.add("--screen");
      args.add(p.key() + "=" + p.min() + ":" + p.max());
    }
    args.addAll(List.of("--trajectories", "10000"));
    assertThat(userError(args.toArray(new String[0])).err())
        .matches(
            "partnership: --screen needs \\d+ points \\(trajectories x \\(parameters \\+ 1\\)\\),"
                + " at most 100000 are allowed\\n");
  }

  /** The permission bits of every regular file under {@code dir}, with the files' names. */
  private static java.util.Map<String, String> modes(Path dir) throws IOException {
    java.util.Map<String, String> modes = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        modes.put(
            dir.relativize(f).toString(),
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(f)));
      }
    }
    return modes;
  }

  @Test
  @LimitsPageTest.Limit("The command line | outputs (`--out`, `--ledger`)")
  void everyResultFileGetsTheModeTheUmaskGivesNewFiles(@TempDir Path dir) throws IOException {
    // T9: written through temporary files, results used to be owner-only (0600) while the charts
    // followed the umask; now one mode for all, the one any new file of this process gets
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"));
    String expected =
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe"))));
    Path ledger = dir.resolve("ledger");
    assertThat(
            PartnershipCliTest.run(
                    "ledger", "generate", "--out", ledger.toString(), "--records", "50")
                .exitCode())
        .isZero();
    Path sim = dir.resolve("sim");
    assertThat(
            PartnershipCliTest.run(
                    "simulate",
                    "march1991",
                    "--figure",
                    "1",
                    "--runs",
                    "2",
                    "--out",
                    sim.toString())
                .exitCode())
        .isZero();
    Path shard = dir.resolve("shard");
    assertThat(
            PartnershipCliTest.run(
                    "simulate",
                    "march1991",
                    "--figure",
                    "1",
                    "--runs",
                    "2",
                    "--shard",
                    "1/2",
                    "--out",
                    shard.toString())
                .exitCode())
        .isZero();
    java.util.Map<String, String> all = new java.util.TreeMap<>();
    for (Path out : List.of(ledger, sim, shard)) {
      modes(out).forEach((f, m) -> all.put(out.getFileName() + "/" + f, m));
    }
    assertThat(all.keySet())
        .contains("ledger/decisions.csv", "sim/runs.csv", "sim/metadata.json", "shard/shard.csv")
        .anyMatch(f -> f.endsWith(".png"));
    assertThat(all).allSatisfy((f, m) -> assertThat(m).as(f).isEqualTo(expected));
  }

  @Test
  @LimitsPageTest.Limit("Shards and merges | a merge's output")
  void aMergeLeavesNoStagingBehindAndAFailedOneNoFiles(@TempDir Path dir) throws IOException {
    String[] march = {"simulate", "march1991", "--figure", "1", "--runs", "2", "--seed", "3"};
    Path one = dir.resolve("s1");
    Path two = dir.resolve("s2");
    for (String[] shard : new String[][] {{"1/2", one.toString()}, {"2/2", two.toString()}}) {
      List<String> args = new java.util.ArrayList<>(List.of(march));
      args.addAll(List.of("--shard", shard[0], "--out", shard[1]));
      assertThat(PartnershipCliTest.run(args.toArray(new String[0])).exitCode()).isZero();
    }
    // a shard damaged where only the merge's reading finds it: nothing is written
    Path damaged = dir.resolve("s2-damaged");
    Files.createDirectories(damaged);
    Files.copy(two.resolve("shard.properties"), damaged.resolve("shard.properties"));
    List<String> rows = Files.readAllLines(two.resolve("shard.csv"));
    rows.set(rows.size() - 1, rows.get(rows.size() - 1).replaceFirst(",[^,]*$", ",oops"));
    Files.write(damaged.resolve("shard.csv"), rows);
    userError(
        "simulate",
        "merge",
        one.toString(),
        damaged.toString(),
        "--out",
        dir.resolve("failed").toString());
    assertThat(dir.resolve("failed")).doesNotExist();
    // a merge that works leaves its files, and no staging directory
    assertThat(
            PartnershipCliTest.run(
                    "simulate",
                    "merge",
                    one.toString(),
                    two.toString(),
                    "--out",
                    dir.resolve("merged").toString())
                .exitCode())
        .isZero();
    assertThat(dir.resolve("merged/runs.csv")).exists();
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("s1", "s2", "s2-damaged", "merged");
    }
  }
}
