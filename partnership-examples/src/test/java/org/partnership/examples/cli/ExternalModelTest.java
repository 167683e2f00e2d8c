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
  public static final class Coin implements Model<double[]> {
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
    assertThat(run.err()).isEmpty();
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

  @Test
  void badParametersAreOneLineUserErrors() throws Exception {
    ClassLoader loader = withCoin();
    Run unknown = run(loader, "simulate", "coin", "--set", "q=1");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo("partnership: unknown parameter \"q\"; the parameters are [p, flips]\n");
    Run range = run(loader, "simulate", "coin", "--vary", "p=0.5,2");
    assertThat(range.err()).isEqualTo("partnership: p must be in [0, 1], was 2\n");
    Run words = run(loader, "simulate", "coin", "--vary", "p=half");
    assertThat(words.err()).isEqualTo("partnership: --vary p: expected numbers, was \"half\"\n");
  }
}
