package org.partnership.simulation.organization;

import static org.partnership.simulation.organization.OrganizationParameter.ATTENTION_REPORTS;
import static org.partnership.simulation.organization.OrganizationParameter.COMMITMENT_PARTICIPANT_DOUBT;
import static org.partnership.simulation.organization.OrganizationParameter.COMMITMENT_RATE;
import static org.partnership.simulation.organization.OrganizationParameter.COMMITMENT_SELL_BONUS;
import static org.partnership.simulation.organization.OrganizationParameter.COMMITMENT_TRUST_WEIGHT;
import static org.partnership.simulation.organization.OrganizationParameter.COMPETENCE_LEARNING_RATE;
import static org.partnership.simulation.organization.OrganizationParameter.PARTICIPATION_FATIGUE;
import static org.partnership.simulation.organization.OrganizationParameter.PERFORMANCE_ACCEPTANCE_WEIGHT;
import static org.partnership.simulation.organization.OrganizationParameter.PERFORMANCE_LATE_PENALTY;
import static org.partnership.simulation.organization.OrganizationParameter.QUALITY_BEST_MEMBER_WEIGHT;
import static org.partnership.simulation.organization.OrganizationParameter.QUALITY_CONSULT_UPTAKE;
import static org.partnership.simulation.organization.OrganizationParameter.QUALITY_GROUP_SIZE_LOSS;
import static org.partnership.simulation.organization.OrganizationParameter.QUALITY_PROCESS_LOSS;
import static org.partnership.simulation.organization.OrganizationParameter.SPAN;
import static org.partnership.simulation.organization.OrganizationParameter.TIME_LOOSE_ENDS;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_BREACH_LOSS;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_EXCLUSION_LOSS;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_INVOLVEMENT_GAIN;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_MANAGEMENT_GAIN;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_PARTNERING_RETURN;

import org.partnership.model.Mode;

/**
 * The model's outcome mechanisms as pure functions of their inputs and the run's parameters
 * (documented with their sources in {@code docs/simulation-model.md}): decision quality from the
 * competence a style pools, acceptance and commitment from participation, trust from involvement
 * and from timely, consistent management, learning, effectiveness and the hours spent on loose
 * ends. Nothing here draws a random number or keeps state.
 *
 * <p>Immutable and thread-safe.
 */
final class Outcomes {

  private final double consultUptake;
  private final double bestMemberWeight;
  private final double processLoss;
  private final double participantDoubt;
  private final double trustWeight;
  private final double sellBonus;
  private final double commitmentRate;
  private final double involvementGain;
  private final double managementGain;
  private final double breachLoss;
  private final double exclusionLoss;
  private final double learningRate;
  private final double acceptanceWeight;
  private final double latePenalty;
  private final double looseEndsHours;
  private final double partneringReturn;
  private final double groupSizeLoss;
  private final double fatigue;
  private final double attention;

  Outcomes(OrganizationParameters p) {
    this.consultUptake = p.get(QUALITY_CONSULT_UPTAKE);
    this.bestMemberWeight = p.get(QUALITY_BEST_MEMBER_WEIGHT);
    this.processLoss = p.get(QUALITY_PROCESS_LOSS);
    this.participantDoubt = p.get(COMMITMENT_PARTICIPANT_DOUBT);
    this.trustWeight = p.get(COMMITMENT_TRUST_WEIGHT);
    this.sellBonus = p.get(COMMITMENT_SELL_BONUS);
    this.commitmentRate = p.get(COMMITMENT_RATE);
    double reports = p.get(ATTENTION_REPORTS);
    int span = p.count(SPAN);
    this.attention = reports > 0 && span > reports ? reports / span : 1;
    this.involvementGain = p.get(TRUST_INVOLVEMENT_GAIN) * attention;
    this.managementGain = p.get(TRUST_MANAGEMENT_GAIN) * attention;
    this.breachLoss = p.get(TRUST_BREACH_LOSS);
    this.exclusionLoss = p.get(TRUST_EXCLUSION_LOSS);
    this.learningRate = p.get(COMPETENCE_LEARNING_RATE);
    this.acceptanceWeight = p.get(PERFORMANCE_ACCEPTANCE_WEIGHT);
    this.latePenalty = p.get(PERFORMANCE_LATE_PENALTY);
    this.looseEndsHours = p.get(TIME_LOOSE_ENDS);
    this.partneringReturn = p.get(TRUST_PARTNERING_RETURN);
    this.groupSizeLoss = p.get(QUALITY_GROUP_SIZE_LOSS);
    this.fatigue = p.get(PARTICIPATION_FATIGUE);
  }

  /**
   * The share of a leader's attention each report gets: {@code attention.reports / span} when the
   * span is larger, else 1. It scales the trust a leader's decisions build and the chance of
   * recognition.
   */
  double attention() {
    return attention;
  }

  /** Whether partnering's return depends on the team's trust ({@code trust.partnering_return}). */
  boolean trustMatters() {
    return partneringReturn > 0;
  }

  /**
   * What partnering yields under the team's trust — the seed's complementarity: timely, consistent
   * and fair management creates the trust for others to invest their efforts in partnership, so a
   * team that does not trust its leader holds back: {@code quality × (1 − trust.partnering_return ×
   * (1 − teamTrust))}.
   */
  double underTrust(double quality, double teamTrust) {
    return partneringReturn == 0 ? quality : quality * (1 - partneringReturn * (1 - teamTrust));
  }

  /**
   * CONSULT: the leader decides and takes up part of what the best person asked knows beyond the
   * leader, {@code leader + quality.consult_uptake × max(0, bestAsked − leader)}.
   */
  double consulted(double leaderCompetence, double bestAsked) {
    return leaderCompetence + consultUptake * Math.max(0, bestAsked - leaderCompetence);
  }

  /**
   * A group decision: between the pool's mean and its best member ({@code
   * quality.best_member_weight}), less process losses that grow with conflict and with goals not
   * shared, {@code pooled × (1 − quality.process_loss × conflict × (1 − goalAlignment))}, and with
   * the size of the group, {@code × (1 − quality.group_size_loss)^(poolSize − 1)}.
   *
   * @param poolSize the people in the pool, at least 1
   */
  double pooled(
      double poolBest, double poolSum, int poolSize, double conflict, double goalAlignment) {
    double w = bestMemberWeight;
    double pooled = w * poolBest + (1 - w) * poolSum / poolSize;
    double q = pooled * (1 - processLoss * conflict * (1 - goalAlignment));
    return groupSizeLoss == 0 ? q : q * Math.pow(1 - groupSizeLoss, poolSize - 1);
  }

  /**
   * A team member's acceptance of a decision: a participant accepts it unless in doubt about the
   * leader, {@code 1 − commitment.participant_doubt × (1 − trust)}; to someone it is imposed on it
   * is worth the situation's commitment-if-imposed, scaled by trust, plus the SELL bonus when it
   * was sold; at most 1.
   */
  double acceptance(boolean took, double trust, double commitmentIfImposed, boolean sold) {
    return took
        ? 1 - participantDoubt * (1 - trust)
        : Math.min(
            1,
            commitmentIfImposed * (1 - trustWeight + trustWeight * trust) + (sold ? sellBonus : 0));
  }

  /**
   * A participant's acceptance after {@code earlier} participations this week: the gain of taking
   * part over having the decision imposed shrinks by {@code (1 − participation.fatigue)} per
   * earlier participation — voice wears thin when every decision is a meeting.
   */
  double participantAcceptance(double trust, double commitmentIfImposed, int earlier) {
    double took = acceptance(true, trust, commitmentIfImposed, false);
    if (fatigue == 0 || earlier == 0) {
      return took;
    }
    double imposed = acceptance(false, trust, commitmentIfImposed, false);
    return imposed + (took - imposed) * Math.pow(1 - fatigue, earlier);
  }

  /** Commitment moves towards acceptance at {@code commitment.rate}. */
  double commitment(double commitment, double accepted) {
    return commitment + commitmentRate * (accepted - commitment);
  }

  /**
   * A team member's trust in the leader after a decision: it grows when the member took part in a
   * partnered decision, and when management was timely and consistent; it is lost, in proportion,
   * on a late decision, an inconsistent one, and by a member left out while others were asked.
   */
  double trust(
      double trust,
      boolean took,
      Mode mode,
      boolean onTime,
      boolean consistent,
      boolean othersAsked) {
    double trusted = trust;
    if (took && mode == Mode.PARTNER) {
      trusted += involvementGain * (1 - trusted);
    }
    if (mode == Mode.MANAGE && onTime && consistent) {
      trusted += managementGain * (1 - trusted);
    }
    if (!onTime) {
      trusted -= breachLoss * trusted;
    }
    if (!consistent) {
      trusted -= breachLoss * trusted;
    }
    if (!took && othersAsked) {
      trusted -= exclusionLoss * trusted;
    }
    return trusted;
  }

  /** The rate at which taking part in a decision builds competence. */
  double learning(double developmentValue) {
    return learningRate * developmentValue;
  }

  /**
   * Effectiveness = quality × acceptance where commitment matters (Maier 1963), discounted when
   * late in proportion to urgency; in [0, 1].
   */
  double effectiveness(
      double quality, double acceptance, double commitmentNeeded, boolean onTime, double urgency) {
    return clamp(
        quality
            * (1 - acceptanceWeight * commitmentNeeded * (1 - acceptance))
            * (onTime ? 1 : 1 - latePenalty * urgency));
  }

  /**
   * The leader's hours on loose ends after the decision: more for significant decisions, less the
   * better accepted and the better they were.
   */
  double looseEnds(double significance, double acceptance, double quality) {
    return looseEndsHours * significance * (1 - (acceptance + quality) / 2);
  }

  static double clamp(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }
}
