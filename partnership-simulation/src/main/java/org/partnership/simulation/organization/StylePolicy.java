package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnership.model.Decision;
import org.partnership.model.Style;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.classic.Vroom2000;

/**
 * How the leaders of a {@link PartnershipOrganization} choose a {@link Style}: by a policy's rules
 * ({@link PartnerOrManage}, the seed policy or one read from a file), by Vroom's (2000) time- or
 * development-driven model, or by a fixed partnering share that ignores what the situation is like
 * (0 = always manage, 1 = always partner). With a fixed share, a run partners in round(share ×
 * {@code situations}) of its recurring situations, chosen at random and kept for the whole run, so
 * the leaders are consistent; the parameter {@code policy.fixed_per_decision} = 1 draws per
 * decision instead. The styles are the parameters {@code policy.partner_style} and {@code
 * policy.manage_style}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StylePolicy {

  /** The names {@link #named(String)} accepts. */
  public static final List<String> NAMES =
      List.of("seed", "vroom-time", "vroom-development", "manage", "partner", "fixed");

  private final String id;
  private final Policy rules;
  private final Vroom2000 vroom;
  private final double share;

  private StylePolicy(String id, Policy rules, Vroom2000 vroom, double share) {
    this.id = id;
    this.rules = rules;
    this.vroom = vroom;
    this.share = share;
  }

  /** The seed policy's rules. */
  public static StylePolicy seed() {
    return new StylePolicy("seed", Policy.seed(), null, Double.NaN);
  }

  /**
   * A policy's rules ({@link PartnerOrManage#recommend(Decision, Policy)}).
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public static StylePolicy rules(Policy policy) {
    requireNonNull(policy, "policy");
    String id =
        policy.id().equals(Policy.SEED_ID) && policy.equals(Policy.seed())
            ? "seed"
            : "policy " + policy.id() + " v" + policy.version();
    return new StylePolicy(id, policy, null, Double.NaN);
  }

  /**
   * Vroom's (2000) model.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public static StylePolicy vroom(Vroom2000 model) {
    requireNonNull(model, "model");
    return new StylePolicy(
        model == Vroom2000.TIME_DRIVEN ? "vroom-time" : "vroom-development",
        null,
        model,
        Double.NaN);
  }

  /** Always manage, in {@code policy.manage_style}. */
  public static StylePolicy alwaysManage() {
    return new StylePolicy("manage", null, null, 0);
  }

  /** Always partner, in {@code policy.partner_style}. */
  public static StylePolicy alwaysPartner() {
    return new StylePolicy("partner", null, null, 1);
  }

  /**
   * Partner with a fixed probability, whatever the situation.
   *
   * @throws IllegalArgumentException if the share is not in [0, 1]
   */
  public static StylePolicy fixedShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("partner share must be in [0, 1], was " + share);
    }
    return new StylePolicy("fixed", null, null, share);
  }

  /**
   * A policy by name: {@code seed}, {@code vroom-time}, {@code vroom-development}, {@code manage}
   * or {@code partner} ({@code fixed} needs a share: {@link #fixedShare(double)}).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException for another name
   */
  public static StylePolicy named(String name) {
    requireNonNull(name, "name");
    return switch (name) {
      case "seed" -> seed();
      case "vroom-time" -> vroom(Vroom2000.TIME_DRIVEN);
      case "vroom-development" -> vroom(Vroom2000.DEVELOPMENT_DRIVEN);
      case "manage" -> alwaysManage();
      case "partner" -> alwaysPartner();
      default ->
          throw new IllegalArgumentException(
              "policy must be one of "
                  + NAMES.subList(0, 5)
                  + " or a policy file, was \""
                  + name
                  + "\"");
    };
  }

  /** The policy's id, e.g. {@code seed} or {@code fixed}. */
  public String id() {
    return id;
  }

  /** The fixed partnering share; empty when the situation decides. */
  public OptionalDouble partnerShare() {
    return Double.isNaN(share) ? OptionalDouble.empty() : OptionalDouble.of(share);
  }

  /**
   * The policy whose rules the leaders follow; empty for Vroom's models and the fixed shares. The
   * run's metrics use it (its balance target and assessment thresholds), or the seed policy.
   */
  public Optional<Policy> rules() {
    return Optional.ofNullable(rules);
  }

  /** Whether the style depends on the situation (rules or Vroom), not on a share. */
  boolean situational() {
    return Double.isNaN(share);
  }

  double share() {
    return share;
  }

  /** The style a situational policy chooses. */
  Style choose(Decision decision) {
    return rules != null
        ? PartnerOrManage.styleOf(decision, rules)
        : vroom.evaluate(decision.traits()).style();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StylePolicy p
        && id.equals(p.id)
        && Objects.equals(rules, p.rules)
        && vroom == p.vroom
        && Double.compare(share, p.share) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, rules, vroom, share);
  }

  @Override
  public String toString() {
    return partnerShare().isPresent() && id.equals("fixed") ? "fixed share " + share : id;
  }
}
