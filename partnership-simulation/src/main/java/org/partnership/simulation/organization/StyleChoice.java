package org.partnership.simulation.organization;

import static org.partnership.simulation.organization.OrganizationParameter.POLICY_FIXED_PER_DECISION;
import static org.partnership.simulation.organization.OrganizationParameter.POLICY_MANAGE_STYLE;
import static org.partnership.simulation.organization.OrganizationParameter.POLICY_PARTNER_STYLE;

import java.util.SplittableRandom;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Style;

/**
 * How the leaders of one run choose a style. A situational policy (rules or Vroom) is asked once
 * per distinct decision — situation and binned competences — and its answer cached; a fixed share
 * partners in a set of situations drawn once per run (consistent leaders), or per decision when
 * {@code policy.fixed_per_decision} = 1.
 *
 * <p>Not thread-safe: one run owns it.
 */
final class StyleChoice {

  private final StylePolicy policy;
  private final boolean situational;
  private final Style[] cache;
  private final Style partnerStyle;
  private final Style manageStyle;
  private final boolean perDecision;
  private final double styleNoise;
  private static final Style[] STYLES = Style.values();
  private final double share;
  private final int[] situationRank;
  private final long partneredSituations;

  /**
   * Draws the order in which a fixed share partners situations (a random permutation, drawn from
   * {@code random} whatever the policy, so every policy sees the same later draws).
   */
  StyleChoice(
      StylePolicy policy,
      OrganizationParameters p,
      int situationCount,
      int keys,
      SplittableRandom random) {
    this.policy = policy;
    this.situational = policy.partnerShare().isEmpty();
    this.cache = new Style[keys];
    this.partnerStyle = Style.ofLevel(p.count(POLICY_PARTNER_STYLE));
    this.manageStyle = Style.ofLevel(p.count(POLICY_MANAGE_STYLE));
    this.perDecision = p.count(POLICY_FIXED_PER_DECISION) == 1;
    this.styleNoise = p.get(OrganizationParameter.POLICY_STYLE_NOISE);
    this.situationRank = new int[situationCount];
    for (int s = 0; s < situationCount; s++) {
      int r = random.nextInt(s + 1);
      situationRank[s] = situationRank[r];
      situationRank[r] = s;
    }
    this.share = policy.partnerShare().orElse(Double.NaN);
    this.partneredSituations = Double.isNaN(share) ? 0 : Math.round(share * situationCount);
  }

  /**
   * The style of a decision in a situation, {@code key} identifying the situation with the binned
   * competences that {@code traits} describe.
   */
  Style choose(
      int situation,
      int key,
      DecisionTraits traits,
      Domain domain,
      String ownerRoleId,
      SplittableRandom random) {
    if (situational) {
      Style style = cache[key];
      if (style == null) {
        Decision decision =
            Decision.builder()
                .id("situation-" + situation)
                .domain(domain)
                .ownerRoleId(ownerRoleId)
                .traits(traits)
                .build();
        style =
            policy instanceof StylePolicy.Rules rules
                ? rules.choose(decision)
                : ((StylePolicy.Vroom) policy).choose(decision);
        cache[key] = style;
      }
      if (styleNoise > 0 && random.nextDouble() < styleNoise) {
        return STYLES[random.nextInt(STYLES.length)]; // an inconsistent leader
      }
      return style;
    }
    if (perDecision) {
      return random.nextDouble() < share ? partnerStyle : manageStyle;
    }
    return situationRank[situation] < partneredSituations ? partnerStyle : manageStyle;
  }
}
