package org.partnership.examples.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.partnership.examples.simulation.Model;
import org.partnership.examples.simulation.Observation;

/**
 * {@link PartnershipOrganization} as an experiment {@link Model}: parameters {@code people}, {@code
 * periods}, {@code partner_share} (empty for situational policies) and any model parameters named
 * at construction (those a grid varies); observations {@link OrganizationResult#OBSERVATIONS}.
 */
public final class OrganizationModel implements Model<OrganizationScenario> {

  /** The model's id: {@value}. */
  public static final String ID = "organization";

  private final List<Parameter> reported;

  /** A model reporting no model parameters per cell. */
  public OrganizationModel() {
    this(List.of());
  }

  /**
   * A model reporting the given model parameters per cell (in runs.csv and summary.csv).
   *
   * @throws NullPointerException if the list or an element is null
   */
  public OrganizationModel(List<Parameter> reported) {
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

  @Override
  public List<String> observationNames() {
    return OrganizationResult.OBSERVATIONS;
  }

  @Override
  public Observation run(OrganizationScenario scenario, long seed) {
    OrganizationResult r = PartnershipOrganization.run(scenario, seed);
    return new Observation(r.values(), scenario.periods(), false);
  }
}
