package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

/**
 * One configuration of the {@link OrganizationSimulation} model: how leaders choose a style, the
 * size of the organization, how long it runs (one period is a working week), and every other
 * assumption.
 *
 * @param policy how leaders choose a style
 * @param people people in the organization, 2 to 1,000,000
 * @param periods periods to run, 1 to 100,000
 * @param parameters the model's parameters
 */
public record OrganizationScenario(
    StylePolicy policy, int people, int periods, OrganizationParameters parameters) {

  /** The most people a scenario may have. */
  public static final int MAX_PEOPLE = 1_000_000;

  /** The most periods a scenario may run. */
  public static final int MAX_PERIODS = 100_000;

  /**
   * Validates the scenario.
   *
   * @throws NullPointerException if {@code policy} or {@code parameters} is null
   * @throws IllegalArgumentException if people or periods is out of range (named)
   */
  public OrganizationScenario {
    requireNonNull(policy, "policy");
    requireNonNull(parameters, "parameters");
    if (people < 2 || people > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          "people must be in [2, " + MAX_PEOPLE + "], was " + people);
    }
    if (periods < 1 || periods > MAX_PERIODS) {
      throw new IllegalArgumentException(
          "periods must be in [1, " + MAX_PERIODS + "], was " + periods);
    }
  }

  /** A scenario with the default parameters. */
  public static OrganizationScenario of(StylePolicy policy, int people, int periods) {
    return new OrganizationScenario(policy, people, periods, OrganizationParameters.defaults());
  }

  /** A copy with other parameters. */
  public OrganizationScenario withParameters(OrganizationParameters other) {
    return new OrganizationScenario(policy, people, periods, other);
  }

  /** A copy with another policy. */
  public OrganizationScenario withPolicy(StylePolicy other) {
    return new OrganizationScenario(other, people, periods, parameters);
  }
}
