package org.partnership.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.cli.PartnershipCliTest.Run;
import org.partnership.simulation.Model;
import org.partnership.simulation.Models;
import org.partnership.simulation.Observation;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.ParameterTables;
import org.partnership.simulation.SeriesSink;
import picocli.CommandLine;

/** A model from another jar runs as {@code simulate ID}, found through ServiceLoader. */
class ExternalModelTest {

  /** Flips a coin with chance p for a number of periods; observes the share of heads. */
  public static class Coin implements Model<double[]> {
    private static final List<ParameterSpec> TABLE =
        List.of(
            new ParameterSpec("p", 0.5, 0, 1, "chance of heads"),
            new ParameterSpec("flips", 10, 1, 1000, "flips per run"));

    @Override
    public String id() {
      return "coin";
    }

    @Override
    public String description() {
      return "A coin flipped a number of times.";
    }

    @Override
    public List<String> parameterNames() {
      return List.of("p", "flips");
    }

    @Override
    public double[] parameterValues(double[] parameters) {
      return parameters.clone();
    }

    @Override
    public List<String> observationNames() {
      return List.of("heads_share");
    }

    @Override
    public List<String> seriesNames() {
      return List.of("heads_so_far");
    }

    @Override
    public List<ParameterSpec> parameterTable() {
      return TABLE;
    }

    @Override
    public double[] parameters(Map<String, Double> values) {
      Map<String, Double> v = ParameterTables.resolve(TABLE, values);
      return new double[] {v.get("p"), v.get("flips")};
    }

    @Override
    public Observation run(double[] parameters, long seed, SeriesSink series) {
      SplittableRandom random = new SplittableRandom(seed);
      int flips = (int) parameters[1];
      int heads = 0;
      for (int t = 1; t <= flips; t++) {
        heads += random.nextDouble() < parameters[0] ? 1 : 0;
        series.period(t, new double[] {heads / (double) t});
      }
      return new Observation(new double[] {heads / (double) flips}, flips, false);
    }
  }

  @TempDir Path dir;

  ClassLoader withCoin() throws Exception {
    Path services = dir.resolve("classes/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(Model.class.getName()), Coin.class.getName() + "\nno.such.Model\n");
    return new URLClassLoader(
        new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
  }

  Run run(ClassLoader loader, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PartnershipCli.commandLine(loader);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = PartnershipCli.execute(cli, args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aModelOnTheClassPathIsFoundAndRunsAGridWithSeries() throws Exception {
    ClassLoader loader = withCoin();
    Models models = Models.discover(loader);
    assertThat(models.all().keySet()).contains("march1991", "organization", "coin");
    assertThat(models.problems()).singleElement().asString().contains("no.such.Model");
    Path out = dir.resolve("out");
    Run run =
        run(
            loader,
            "simulate",
            "coin",
            "--vary",
            "p=0.1,0.9",
            "--set",
            "flips=50",
            "--runs",
            "8",
            "--series",
            "--out",
            out.toString(),
            "--quiet");
    // the provider that failed to load is reported in one line, and the rest runs
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("partnership: warning: a model provider failed to load")
        .contains("no.such.Model");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("coin grid: 2 cells x 8 runs")
        .contains("cell 0: p=0.1 flips=50")
        .contains("heads_share");
    for (String f : List.of("runs.csv", "summary.csv", "series.csv", "series-heads_so_far.png")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    List<String> series = Files.readAllLines(out.resolve("series.csv"));
    assertThat(series.get(0))
        .isEqualTo("cell,p,flips,period,runs,running,heads_so_far_mean,heads_so_far_sd");
    assertThat(series).hasSize(1 + 2 * 50);
    assertThat(run.out()).startsWith("wrote ");
    Run csv = run(loader, "simulate", "coin", "--set", "flips=10", "--format", "csv", "--quiet");
    assertThat(csv.out()).startsWith("cell,p,flips,runs,capped,heads_share_mean,");
    Run help = run(loader, "simulate", "coin", "--help");
    assertThat(help.out()).contains("A coin flipped", "p = 0.5 in [0, 1]: chance of heads");
  }

  /** A coin whose id, description, names or table a command could not use. */
  public static class Broken extends Coin {
    String id = "broken";
    List<String> parameters = List.of("p", "flips");
    List<String> observations = List.of("heads_share");

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<String> parameterNames() {
      return parameters;
    }

    @Override
    public List<String> observationNames() {
      return observations;
    }
  }

  public static final class ThrowingId extends Broken {
    @Override
    public String id() {
      throw new IllegalStateException("no id today");
    }
  }

  public static final class NullId extends Broken {
    public NullId() {
      id = null;
    }
  }

  public static final class EmptyId extends Broken {
    public EmptyId() {
      id = "";
    }
  }

  public static final class EscapeId extends Broken {
    public EscapeId() {
      id = "evil\u001b[2J\u0007";
    }
  }

  public static final class ThrowingDescription extends Broken {
    public ThrowingDescription() {
      id = "talker";
    }

    @Override
    public String description() {
      throw new UnsupportedOperationException("nothing to say");
    }
  }

  public static final class ThrowingTable extends Broken {
    public ThrowingTable() {
      id = "tabler";
    }

    @Override
    public List<ParameterSpec> parameterTable() {
      throw new IllegalStateException("no table");
    }
  }

  public static final class CommaParameter extends Broken {
    public CommaParameter() {
      id = "commas";
      parameters = List.of("p,q", "flips");
    }
  }

  public static final class FormulaObservation extends Broken {
    public FormulaObservation() {
      id = "formulas";
      observations = List.of("=x");
    }
  }

  @Test
  void aBrokenModelProviderIsSkippedAndReportedAndTakesNoCommandDown() throws Exception {
    // issue 26, T2 and T13
    Path services = dir.resolve("broken/META-INF/services");
    Files.createDirectories(services);
    StringBuilder list = new StringBuilder(Coin.class.getName()).append('\n');
    for (Class<?> c :
        List.of(
            ThrowingId.class,
            NullId.class,
            EmptyId.class,
            EscapeId.class,
            ThrowingDescription.class,
            ThrowingTable.class,
            CommaParameter.class,
            FormulaObservation.class)) {
      list.append(c.getName()).append('\n');
    }
    Files.writeString(services.resolve(Model.class.getName()), list.toString());
    ClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.resolve("broken").toUri().toURL()}, getClass().getClassLoader());
    Models models = Models.discover(loader);
    assertThat(models.all().keySet()).containsExactly("march1991", "organization", "coin");
    assertThat(models.problems()).hasSize(8);
    assertThat(models.problems())
        .allSatisfy(p -> assertThat(p).doesNotContain("\u001b", "\u0007", "\n"))
        .anySatisfy(p -> assertThat(p).contains("ThrowingId", "no id today"))
        .anySatisfy(p -> assertThat(p).contains("NullId", "was null"))
        .anySatisfy(p -> assertThat(p).contains("EmptyId", "was \"\""))
        .anySatisfy(p -> assertThat(p).contains("EscapeId", "\\u001b"))
        .anySatisfy(p -> assertThat(p).contains("ThrowingDescription", "nothing to say"))
        .anySatisfy(p -> assertThat(p).contains("ThrowingTable", "no table"))
        .anySatisfy(p -> assertThat(p).contains("CommaParameter", "\"p,q\""))
        .anySatisfy(p -> assertThat(p).contains("FormulaObservation", "\"=x\""));
    // every other command works, the good model runs, and its help has no raw escapes
    assertThat(run(loader, "--help").exitCode()).isZero();
    assertThat(run(loader, "simulate", "--help").exitCode()).isZero();
    Run coin = run(loader, "simulate", "coin", "--set", "flips=5", "--quiet");
    assertThat(coin.exitCode()).isZero();
    assertThat(coin.err().lines()).hasSize(8).allMatch(l -> l.startsWith("partnership: warning:"));
    assertThat(run(loader, "simulate", "").exitCode()).isEqualTo(2);
  }

  @Test
  void badParametersAreOneLineUserErrors() throws Exception {
    ClassLoader loader = withCoin();
    Run unknown = run(loader, "simulate", "coin", "--set", "q=1");
    assertThat(unknown.exitCode()).isEqualTo(2);
    // the class path also lists a provider that does not exist: one warning line, then the error
    String warning =
        "partnership: warning: a model provider failed to load: org.partnership.simulation.Model:"
            + " Provider no.such.Model not found\n";
    assertThat(unknown.err())
        .isEqualTo(
            warning + "partnership: unknown parameter \"q\"; the parameters are [p, flips]\n");
    Run range = run(loader, "simulate", "coin", "--vary", "p=0.5,2");
    assertThat(range.err()).isEqualTo(warning + "partnership: p must be in [0, 1], was 2\n");
    Run words = run(loader, "simulate", "coin", "--vary", "p=half");
    assertThat(words.err())
        .isEqualTo(warning + "partnership: --vary p: expected numbers, was \"half\"\n");
  }
}
