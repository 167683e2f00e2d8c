package org.partnership.simulation.organization;

import static org.partnership.simulation.organization.OrganizationParameter.TIME_MAX_DAYS_AVAILABLE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_COMMITMENT_IF_IMPOSED;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_COMMITMENT_NEEDED;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_CONCENTRATION;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_CONFIDENTIAL_RATE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_CONFLICT_LIKELIHOOD;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_CONSISTENCY_CRITICAL_RATE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_DEVELOPMENT_VALUE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_GOAL_ALIGNMENT;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_MANDATE_RATE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_REVERSIBILITY;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_SIGNIFICANCE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_STRUCTURE;
import static org.partnership.simulation.organization.OrganizationParameter.TRAIT_URGENCY;

import java.time.Duration;
import java.util.SplittableRandom;
import org.hipparchus.random.RandomDataGenerator;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;

/**
 * A recurring decision situation of an organization: what its decisions are like (the graded traits
 * rounded to hundredths, the binary ones), the domain they belong to and the days available to
 * decide. Drawn once per organization; the competence traits come from whoever decides, each time.
 */
record Situation(
    int domain,
    double significance,
    double urgency,
    double reversibility,
    double commitmentNeeded,
    double commitmentIfImposed,
    double goalAlignment,
    double conflictLikelihood,
    double structure,
    double developmentValue,
    boolean mandate,
    boolean confidential,
    boolean consistencyCritical,
    double availableDays) {

  private static final long DAY = 86_400;

  /**
   * Draws a situation: the nine graded traits from Beta distributions around their parameters'
   * means (in the order of the record), then mandate, confidentiality and consistency, then the
   * domain. The days available shrink with urgency: {@code 0.25 + time.max_days_available × (1 −
   * urgency)}.
   */
  static Situation draw(
      OrganizationParameters p,
      RandomDataGenerator draws,
      SplittableRandom random,
      int domainCount) {
    double concentration = p.get(TRAIT_CONCENTRATION);
    double significance = trait(p, draws, TRAIT_SIGNIFICANCE, concentration);
    double urgency = trait(p, draws, TRAIT_URGENCY, concentration);
    double reversibility = trait(p, draws, TRAIT_REVERSIBILITY, concentration);
    double commitmentNeeded = trait(p, draws, TRAIT_COMMITMENT_NEEDED, concentration);
    double commitmentIfImposed = trait(p, draws, TRAIT_COMMITMENT_IF_IMPOSED, concentration);
    double goalAlignment = trait(p, draws, TRAIT_GOAL_ALIGNMENT, concentration);
    double conflict = trait(p, draws, TRAIT_CONFLICT_LIKELIHOOD, concentration);
    double structure = trait(p, draws, TRAIT_STRUCTURE, concentration);
    double development = trait(p, draws, TRAIT_DEVELOPMENT_VALUE, concentration);
    boolean mandate = random.nextDouble() < p.get(TRAIT_MANDATE_RATE);
    boolean confidential = random.nextDouble() < p.get(TRAIT_CONFIDENTIAL_RATE);
    boolean critical = random.nextDouble() < p.get(TRAIT_CONSISTENCY_CRITICAL_RATE);
    int domain = random.nextInt(domainCount);
    return new Situation(
        domain,
        significance,
        urgency,
        reversibility,
        commitmentNeeded,
        commitmentIfImposed,
        goalAlignment,
        conflict,
        structure,
        development,
        mandate,
        confidential,
        critical,
        0.25 + p.get(TIME_MAX_DAYS_AVAILABLE) * (1 - urgency));
  }

  private static double trait(
      OrganizationParameters p,
      RandomDataGenerator draws,
      OrganizationParameter mean,
      double concentration) {
    return Math.round(Population.beta(draws, p.get(mean), concentration) * 100) / 100.0;
  }

  /** The time available, to the second. */
  Duration timeAvailable() {
    return Duration.ofSeconds(Math.round(availableDays * DAY));
  }

  /** The traits of a decision in this situation, with the competence traits of who decides. */
  DecisionTraits traits(double leaderExpertise, double groupExpertise, double teamCompetence) {
    return DecisionTraits.builder()
        .significance(significance)
        .urgency(urgency)
        .reversibility(reversibility)
        .commitmentNeeded(commitmentNeeded)
        .commitmentIfImposed(commitmentIfImposed)
        .goalAlignment(goalAlignment)
        .conflictLikelihood(conflictLikelihood)
        .structure(structure)
        .developmentValue(developmentValue)
        .leaderExpertise(leaderExpertise)
        .groupExpertise(groupExpertise)
        .teamCompetence(teamCompetence)
        .mandate(mandate ? Mandate.COMPLIANCE : Mandate.NONE)
        .confidential(confidential)
        .consistencyCritical(consistencyCritical)
        .timeAvailable(timeAvailable())
        .build();
  }
}
