package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnership.simulation.Model;
import org.partnership.simulation.Observation;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.ParameterTables;
import org.partnership.simulation.SeriesSink;

/**
 * {@link OrganizationSimulation} as an experiment {@link Model}: parameters {@code people}, {@code
 * periods}, {@code partner_share} (empty for situational policies) and any model parameters named
 * at construction (those a grid varies); observations {@link OrganizationResult#OBSERVATIONS}.
 */
public final class OrganizationModel implements Model<OrganizationScenario> {

  /** The model's id: {@value}. */
  public static final String ID = "organization";

  private final List<OrganizationParameter> reported;

  /** A model reporting no model parameters per cell. */
  public OrganizationModel() {
    this(List.of());
  }

  /**
   * A model reporting the given model parameters per cell (in runs.csv and summary.csv).
   *
   * @throws NullPointerException if the list or an element is null
   */
  public OrganizationModel(List<OrganizationParameter> reported) {
    this.reported = List.copyOf(requireNonNull(reported, "reported"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>(List.of("people", "periods", "partner_share"));
    reported.forEach(p -> names.add(p.key()));
    return names;
  }

  @Override
  public double[] parameterValues(OrganizationScenario s) {
    double[] v = new double[3 + reported.size()];
    v[0] = s.people();
    v[1] = s.periods();
    v[2] = s.policy().partnerShare().orElse(Double.NaN);
    for (int i = 0; i < reported.size(); i++) {
      v[3 + i] = s.parameters().get(reported.get(i));
    }
    return v;
  }

  /** The policy, and the parameters changed from their defaults. */
  @Override
  public String describe(OrganizationScenario s) {
    return "policy " + s.policy() + "; parameters changed: " + s.parameters().changes();
  }

  /** As {@link #describe}, with the policy's whole content (two files can share an id). */
  @Override
  public String fingerprint(OrganizationScenario s) {
    return "policy "
        + s.policy().fingerprint()
        + "; people "
        + s.people()
        + "; periods "
        + s.periods()
        + "; parameters changed: "
        + s.parameters().changes();
  }

  @Override
  public String description() {
    return "The partnership organization: leaders choose when to partner and when to manage, and"
        + " commitment, trust, competence and time follow (docs/simulation-model.md)";
  }

  @Override
  public List<String> observationNames() {
    return OrganizationResult.OBSERVATIONS;
  }

  @Override
  public List<String> seriesNames() {
    return OrganizationSimulation.SERIES;
  }

  /**
   * {@code people}, {@code periods}, {@code partner_share} (NaN or absent: the seed rule chooses;
   * else a fixed share) and every {@link OrganizationParameter}.
   */
  @Override
  public List<ParameterSpec> parameterTable() {
    return TABLE;
  }

  private static final List<ParameterSpec> TABLE = table();

  private static List<ParameterSpec> table() {
    List<ParameterSpec> rows = new ArrayList<>();
    rows.add(
        new ParameterSpec(
            "people", 200, 2, OrganizationScenario.MAX_PEOPLE, "people in the organization"));
    rows.add(
        new ParameterSpec(
            "periods", 200, 1, OrganizationScenario.MAX_PERIODS, "periods (working weeks) to run"));
    rows.add(
        new ParameterSpec(
            "partner_share",
            0,
            0,
            1,
            "a fixed share of decisions partnered; not set: the seed rule chooses by situation"));
    for (OrganizationParameter p : OrganizationParameter.values()) {
      rows.add(new ParameterSpec(p.key(), p.defaultValue(), p.min(), p.max(), p.meaning()));
    }
    return List.copyOf(rows);
  }

  @Override
  public OrganizationScenario parameters(Map<String, Double> values) {
    Map<String, Double> v = ParameterTables.resolve(TABLE, values);
    StylePolicy policy =
        values.containsKey("partner_share")
            ? StylePolicy.fixedShare(v.get("partner_share"))
            : StylePolicy.seed();
    OrganizationParameters parameters = OrganizationParameters.defaults();
    for (OrganizationParameter p : OrganizationParameter.values()) {
      if (values.containsKey(p.key())) {
        parameters = parameters.with(p, v.get(p.key()));
      }
    }
    return new OrganizationScenario(
        policy, (int) Math.round(v.get("people")), (int) Math.round(v.get("periods")), parameters);
  }

  @Override
  public Observation run(OrganizationScenario scenario, long seed, SeriesSink series) {
    OrganizationResult r = OrganizationSimulation.run(scenario, seed, record -> {}, series);
    return new Observation(r.values(), scenario.periods(), false);
  }
}
