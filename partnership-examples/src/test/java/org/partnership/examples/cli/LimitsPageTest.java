package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnership.examples.cli.HostileInputCliTest.userError;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.simulation.Model;
import org.partnership.simulation.Models;
import org.partnership.simulation.MorrisScreening;
import org.partnership.simulation.march.MarchParameters;

/**
 * The "Simulations", "Shards and merges" and "The command line" sections of {@code docs/limits.md},
 * row by row: each row is named by a test (here or in the command-line suites of this package) that
 * feeds an input just over the limit; the page test fails when a row has no test or a test names a
 * row the page does not have.
 */
class LimitsPageTest {

  /** The row of {@code docs/limits.md} a test checks: "Section | what". */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Limit {
    String value();
  }

  private static final List<String> SECTIONS =
      List.of("Simulations", "Shards and merges", "The command line");

  /** The suites whose tests may name a row. */
  private static final List<Class<?>> SUITES =
      List.of(LimitsPageTest.class, HostileInputCliTest.class, ShardCommandsTest.class);

  @Test
  void everyRowOfTheSectionsIsCheckedByATestNamingIt() throws IOException {
    Set<String> page = new TreeSet<>();
    String section = null;
    for (String line :
        Files.readAllLines(Path.of("..", "docs", "limits.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      } else if (section != null
          && SECTIONS.contains(section)
          && line.startsWith("| ")
          && !line.startsWith("| what ")
          && !line.startsWith("| ---")) {
        page.add(section + " | " + line.substring(2, line.indexOf(" |", 2)).trim());
      }
    }
    Set<String> checked = new TreeSet<>();
    for (Class<?> suite : SUITES) {
      for (Method m : suite.getDeclaredMethods()) {
        if (m.getAnnotation(Limit.class) != null) {
          assertThat(m.getAnnotation(Test.class)).as(m.getName()).isNotNull();
          checked.add(m.getAnnotation(Limit.class).value());
        }
      }
    }
    assertThat(page).hasSizeGreaterThanOrEqualTo(21);
    assertThat(checked).as("rows the tests name").isEqualTo(page);
  }

  private static String values(int n, double scale) {
    return IntStream.range(0, n)
        .mapToObj(i -> String.valueOf(i * scale))
        .collect(Collectors.joining(","));
  }

  // ---------------------------------------------------------------- Simulations

  @Test
  @Limit("Simulations | cells of an experiment")
  void aGridOfMoreThanAHundredThousandCellsIsRefusedBeforeItIsBuilt() {
    // 317 × 316 = 100,172 cells
    assertThat(
            userError(
                    "simulate",
                    "organization",
                    "--vary",
                    "trust.initial=" + values(317, 1.0 / 317),
                    "--vary",
                    "commitment.initial=" + values(316, 1.0 / 316))
                .err())
        .isEqualTo(
            "partnership: cells must be at most 100000, was more (the --vary grid times 1"
                + " policies)\n");
  }

  @Test
  @Limit("Simulations | runs of an experiment")
  void tenMillionAndOneThousandRunsAreRefused() {
    assertThat(
            userError(
                    "simulate",
                    "organization",
                    "--vary",
                    "trust.initial=" + values(1000, 0.001),
                    "--runs",
                    "10001")
                .err())
        .isEqualTo(
            "partnership: cells × runs must be at most 10000000, was 1000 × 10001 = 10001000 (the"
                + " --vary grid times 1 policies)\n");
  }

  @Test
  @Limit("Simulations | threads (`--threads`)")
  void twoHundredAndFiftySevenThreadsAreRefused() {
    assertThat(userError("simulate", "march1991", "--figure", "1", "--threads", "257").err())
        .contains("--threads");
    int cores = Runtime.getRuntime().availableProcessors();
    if (4 * cores + 1 <= 256) {
      assertThat(
              userError(
                      "simulate",
                      "march1991",
                      "--figure",
                      "1",
                      "--threads",
                      String.valueOf(4 * cores + 1))
                  .err())
          .contains("--threads");
    }
  }

  @Test
  @Limit("Simulations | organization model")
  void oneMorePersonOrPeriodIsRefused() {
    assertThat(userError("simulate", "organization", "--people", "1000001").err())
        .contains("1000000");
    assertThat(userError("simulate", "organization", "--periods", "100001").err())
        .contains("100000");
  }

  @Test
  @Limit("Simulations | March (1991)")
  void oneMoreIndividualOrPeriodIsRefused() {
    assertThatThrownBy(() -> new MarchParameters(30, 1_000_001, 0, 0.1, 0.1, 0.5, 0, 0, 100))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("individuals must be in [1, 1000000], was 1000001");
    assertThatThrownBy(() -> new MarchParameters(30, 50, 0, 0.1, 0.1, 0.5, 0, 0, 1_000_001))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("periodLimit must be in [1, 1000000], was 1000001");
    assertThat(userError("simulate", "march1991", "--figure", "1", "--periods", "1000001").err())
        .contains("1000000");
  }

  @Test
  @Limit("Simulations | Morris screening (`--screen`)")
  void aScreeningJustOverEachOfItsLimitsIsRefused() {
    assertThatThrownBy(() -> MorrisScreening.design(1001, 4, 10, 1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factors must be in [1, 1000]");
    assertThatThrownBy(() -> MorrisScreening.design(2, 4, 10_001, 1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trajectories must be in [1, 10000]");
    assertThatThrownBy(() -> MorrisScreening.design(2, 102, 10, 1))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MorrisScreening.design(2, 5, 10, 1))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(
            userError(
                    "simulate",
                    "organization",
                    "--screen",
                    "trust.initial=0:1",
                    "--trajectories",
                    "10001")
                .err())
        .contains("10000");
    assertThat(userError("simulate", "organization", "--screen", "trust.initial=0:1.5").err())
        .contains("trust.initial");
    // points: 50,001 trajectories would be refused; 25,001 × (3 + 1) points is over the cell limit
    assertThat(
            userError(
                    "simulate",
                    "organization",
                    "--screen",
                    "trust.initial=0:1",
                    "--screen",
                    "trust.decay=0:1",
                    "--screen",
                    "commitment.initial=0:1",
                    "--trajectories",
                    "10000",
                    "--runs",
                    "251")
                .err())
        .contains("at most 10000000 are allowed");
  }

  @Test
  @Limit("Simulations | model plug-ins")
  void aProviderWithAnIdOfSixtyFiveCharactersIsSkippedWithAWarning(@TempDir Path dir)
      throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(Model.class.getName()),
        LongId.class.getName() + "\n" + ExternalModelTest.Coin.class.getName() + "\n");
    Models models = Models.discover(new URLClassLoader(new URL[] {dir.toUri().toURL()}, loader()));
    assertThat(models.all()).containsKey("coin").doesNotContainKey("c".repeat(65));
    assertThat(models.problems()).singleElement().asString().contains("at most 64");
  }

  private static ClassLoader loader() {
    return LimitsPageTest.class.getClassLoader();
  }

  /** A model whose id is one character too long. */
  public static final class LongId extends ExternalModelTest.Coin {
    @Override
    public String id() {
      return "c".repeat(65);
    }
  }

  // ---------------------------------------------------------------- Shards and merges

  private static final String[] MARCH = {
    "simulate", "march1991", "--figure", "1", "--runs", "2", "--seed", "5"
  };

  private static Path shard(Path dir, String part) {
    Path out = dir.resolve("shard-" + part.replace('/', '-'));
    List<String> args = new ArrayList<>(List.of(MARCH));
    args.addAll(List.of("--shard", part, "--out", out.toString()));
    assertThat(PartnershipCliTest.run(args.toArray(new String[0])).exitCode()).isZero();
    return out;
  }

  @Test
  @Limit("Shards and merges | shard files")
  void aShardFileOneByteOverOrNotAFileOrNotUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path one = shard(dir, "1/2");
    Path two = shard(dir, "2/2");
    Path out = dir.resolve("m");
    String properties = Files.readString(one.resolve("shard.properties"));
    Files.writeString(
        one.resolve("shard.properties"),
        properties + "#" + "x".repeat((1 << 20) - properties.length()));
    assertThat(
            userError("simulate", "merge", one.toString(), two.toString(), "--out", out.toString())
                .err())
        .contains("shard.properties");
    Files.writeString(one.resolve("shard.properties"), properties);
    Files.delete(two.resolve("shard.csv"));
    Files.createDirectory(two.resolve("shard.csv"));
    assertThat(
            userError("simulate", "merge", one.toString(), two.toString(), "--out", out.toString())
                .err())
        .contains("shard.csv");
    Path three = shard(dir.resolve("again"), "2/2");
    byte[] csv = Files.readAllBytes(three.resolve("shard.csv"));
    csv[csv.length - 3] = (byte) 0xFF;
    Files.write(three.resolve("shard.csv"), csv);
    assertThat(
            userError(
                    "simulate", "merge", one.toString(), three.toString(), "--out", out.toString())
                .err())
        .containsPattern("shard\\.csv:\\d+:\\d+: is not valid UTF-8");
  }

  @Test
  @Limit("Shards and merges | a shard's identity")
  void shardsRunUnderTwoContentsOfOnePolicyFileDoNotMerge(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.yaml");
    String[] base = {
      "simulate",
      "organization",
      "--policy",
      policy.toString(),
      "--runs",
      "2",
      "--people",
      "20",
      "--periods",
      "4",
      "--threads",
      "1"
    };
    List<Path> shards = new ArrayList<>();
    for (String[] part : new String[][] {{"1/2", "1"}, {"2/2", "2"}}) {
      Files.writeString(policy, "id: mine\nversion: " + part[1] + "\n");
      Path out = dir.resolve("s" + part[1]);
      List<String> args = new ArrayList<>(List.of(base));
      args.addAll(List.of("--shard", part[0], "--out", out.toString()));
      PartnershipCliTest.Run run = PartnershipCliTest.run(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(run.err()).isZero();
      shards.add(out);
    }
    assertThat(
            userError(
                    "simulate",
                    "merge",
                    shards.get(0).toString(),
                    shards.get(1).toString(),
                    "--out",
                    dir.resolve("m").toString())
                .err())
        .contains("belongs to another experiment");
  }

  @Test
  @Limit("Shards and merges | recorded arguments")
  void aShardRecordingHelpOrAnImpossibleThreadCountIsDamaged(@TempDir Path dir) throws IOException {
    Path one = shard(dir, "1/1");
    String properties = Files.readString(one.resolve("shard.properties"));
    int n = Integer.parseInt(properties.replaceAll("(?s).*\\barguments=(\\d+).*", "$1"));
    Files.writeString(
        one.resolve("shard.properties"),
        properties.replace("arguments=" + n, "arguments=" + (n + 1))
            + "argument."
            + n
            + "=--help\n");
    assertThat(
            userError("simulate", "merge", one.toString(), "--out", dir.resolve("m").toString())
                .err())
        .contains("the shard is damaged");
    Path two = shard(dir.resolve("b"), "1/1");
    String p2 = Files.readString(two.resolve("shard.properties"));
    Files.writeString(
        two.resolve("shard.properties"), p2.replaceAll("threads=\\d+", "threads=257"));
    assertThat(
            userError("simulate", "merge", two.toString(), "--out", dir.resolve("m").toString())
                .err())
        .contains("threads");
  }

  @Test
  @Limit("Shards and merges | a shard's own arguments")
  void aShardWhoseArgumentsWouldOverflowItsPropertiesIsRefusedBeforeRunning(@TempDir Path dir) {
    // 70,000 cells of 17-character values: within the cell limit, over 1 MiB of arguments
    String p1 =
        IntStream.range(0, 70_000)
            .mapToObj(i -> String.format(java.util.Locale.ROOT, "%.15f", i / 1e6))
            .collect(Collectors.joining(","));
    List<String> args =
        new ArrayList<>(List.of("simulate", "march1991", "--p2", "0.5", "--p1", p1, "--runs", "1"));
    args.addAll(List.of("--shard", "1/2", "--out", dir.resolve("s").toString()));
    assertThat(userError(args.toArray(new String[0])).err()).startsWith("partnership: --shard: ");
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  @Limit("Shards and merges | shards per merge")
  void aShardGivenTwiceIsRefused(@TempDir Path dir) {
    Path one = shard(dir, "1/2");
    assertThat(
            userError(
                    "simulate",
                    "merge",
                    one.toString(),
                    one.toString(),
                    "--out",
                    dir.resolve("m").toString())
                .err())
        .contains("given twice");
  }

  // ---------------------------------------------------------------- The command line

  @Test
  @Limit("The command line | exit codes")
  void exitCodesAreZeroTwoAndOne() {
    assertThat(
            PartnershipCliTest.run("vroom", "--model", "vroom-yetton-1973", "--answers", "A=N,D=N")
                .exitCode())
        .isZero();
    userError("vroom", "--model", "no-such-model");
    assertThat(PartnershipCli.INTERNAL_ERROR).isEqualTo(1);
  }

  @Test
  @Limit("The command line | `@file` arguments")
  void anAtFileIsAnArgument(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "hunter2");
    assertThat(userError("vroom", "--model", "vroom-yetton-1973", "--answers", "@" + secret).err())
        .doesNotContain("hunter2")
        .contains("@" + secret);
  }

  @Test
  @Limit("The command line | `ledger generate`")
  void ledgerFilesAlreadyThereAreNotReplacedWithoutForce(@TempDir Path dir) {
    Path out = dir.resolve("l");
    assertThat(
            PartnershipCliTest.run("ledger", "generate", "--records", "5", "--out", out.toString())
                .exitCode())
        .isZero();
    assertThat(userError("ledger", "generate", "--records", "5", "--out", out.toString()).err())
        .contains("--force");
    assertThat(
            PartnershipCliTest.run(
                    "ledger", "generate", "--records", "5", "--out", out.toString(), "--force")
                .exitCode())
        .isZero();
  }
}
