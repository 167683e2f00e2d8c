package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnership.model.Decision;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.classic.Vroom2000;

/**
 * How the leaders of a {@link OrganizationSimulation} choose a {@link Style}: by a policy's rules
 * ({@link Rules}: {@link PartnerOrManage}, the seed policy or one read from a file), by Vroom's
 * (2000) time- or development-driven model ({@link Vroom}), always in one mode ({@link Always}) or
 * by a fixed partnering share that ignores what the situation is like ({@link FixedShare}). With a
 * fixed share, a run partners in round(share × {@code situations}) of its recurring situations,
 * chosen at random and kept for the whole run, so the leaders are consistent; the parameter {@code
 * policy.fixed_per_decision} = 1 draws per decision instead. The styles of a fixed share or of one
 * mode are the parameters {@code policy.partner_style} and {@code policy.manage_style}.
 *
 * <p>A sealed family of immutable, thread-safe records: equal when their components are.
 */
public sealed interface StylePolicy
    permits StylePolicy.Rules, StylePolicy.Vroom, StylePolicy.Always, StylePolicy.FixedShare {

  /** The names {@link #named(String)} accepts, and {@code fixed}. */
  List<String> NAMES =
      List.of(
          "seed",
          "vroom-time",
          "vroom-development",
          "vroom-time-deadlines",
          "vroom-development-deadlines",
          "manage",
          "partner",
          "fixed");

  /** The policy's id, e.g. {@code seed}, {@code vroom-time}, {@code manage} or {@code fixed}. */
  String id();

  /**
   * Everything that makes the policy choose as it does, as text: its id, and for rules read from a
   * policy document every threshold and weight of it. Two policies with one id and different
   * content have different fingerprints.
   */
  default String fingerprint() {
    return id();
  }

  /** The fixed partnering share; empty when the situation decides. */
  default OptionalDouble partnerShare() {
    return OptionalDouble.empty();
  }

  /**
   * The policy whose rules the leaders follow; empty for Vroom's models and the fixed shares. The
   * run's metrics use it (its balance target and assessment thresholds), or the seed policy.
   */
  default Optional<Policy> rules() {
    return Optional.empty();
  }

  /**
   * A policy's rules, {@link PartnerOrManage#styleOf(Decision, Policy)}.
   *
   * @param policy the rules in force
   */
  record Rules(Policy policy) implements StylePolicy {

    /**
     * @throws NullPointerException if {@code policy} is null
     */
    public Rules {
      requireNonNull(policy, "policy");
    }

    @Override
    public String fingerprint() {
      return id() + " " + policy;
    }

    /** {@code seed} for the seed policy, else {@code policy ID vVERSION}. */
    @Override
    public String id() {
      return policy.id().equals(Policy.SEED_ID) && policy.equals(Policy.seed())
          ? "seed"
          : "policy " + policy.id() + " v" + policy.version();
    }

    @Override
    public Optional<Policy> rules() {
      return Optional.of(policy);
    }

    /** The style the rules choose for a decision. */
    Style choose(Decision decision) {
      return PartnerOrManage.styleOf(decision, policy);
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * Vroom's (2000) time-driven or development-driven model. Vroom's models see no deadline; with
   * {@code deadlines}, an adapter gives them the information the seed rule gets: when the time
   * available is shorter than the seed policy's minimum time for the style chosen, the most
   * participative of Vroom's styles (TELL, CONSULT, AGREE, DELEGATE) no more participative than it
   * whose minimum time fits is used, TELL when none fits.
   *
   * @param model the model
   * @param deadlines whether the style is fitted to the time available
   */
  record Vroom(Vroom2000 model, boolean deadlines) implements StylePolicy {

    private static final Style[] FASTER_FIRST = {Style.DELEGATE, Style.AGREE, Style.CONSULT};

    /**
     * @throws NullPointerException if {@code model} is null
     */
    public Vroom {
      requireNonNull(model, "model");
    }

    /**
     * Vroom's model as published, blind to deadlines.
     *
     * @throws NullPointerException if {@code model} is null
     */
    public Vroom(Vroom2000 model) {
      this(model, false);
    }

    /** {@code vroom-time} or {@code vroom-development}, with {@code -deadlines} when fitted. */
    @Override
    public String id() {
      return (model == Vroom2000.TIME_DRIVEN ? "vroom-time" : "vroom-development")
          + (deadlines ? "-deadlines" : "");
    }

    /** The style the model chooses for a decision, fitted to its deadline when asked. */
    Style choose(Decision decision) {
      Style style = model.evaluate(decision.traits()).style();
      if (!deadlines || decision.traits().timeAvailable().isEmpty()) {
        return style;
      }
      java.time.Duration available = decision.traits().timeAvailable().get();
      java.util.Map<Style, java.time.Duration> minimum =
          Policy.seed().recommendation().minimumTime();
      if (available.compareTo(minimum.get(style)) >= 0) {
        return style;
      }
      for (Style s : FASTER_FIRST) {
        if (s.level() <= style.level() && available.compareTo(minimum.get(s)) >= 0) {
          return s;
        }
      }
      return Style.TELL;
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * Always manage (in {@code policy.manage_style}) or always partner (in {@code
   * policy.partner_style}).
   *
   * @param mode the mode of every decision
   */
  record Always(Mode mode) implements StylePolicy {

    /**
     * @throws NullPointerException if {@code mode} is null
     */
    public Always {
      requireNonNull(mode, "mode");
    }

    /** {@code manage} or {@code partner}. */
    @Override
    public String id() {
      return mode == Mode.PARTNER ? "partner" : "manage";
    }

    /** 1 when partnering, 0 when managing. */
    @Override
    public OptionalDouble partnerShare() {
      return OptionalDouble.of(mode == Mode.PARTNER ? 1 : 0);
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * Partner with a fixed probability, whatever the situation.
   *
   * @param share the partnering share, in [0, 1]
   */
  record FixedShare(double share) implements StylePolicy {

    /**
     * @throws IllegalArgumentException if the share is not in [0, 1]
     */
    public FixedShare {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("partner share must be in [0, 1], was " + share);
      }
    }

    /** {@code fixed}. */
    @Override
    public String id() {
      return "fixed";
    }

    @Override
    public OptionalDouble partnerShare() {
      return OptionalDouble.of(share);
    }

    /** {@code fixed share 0.7}. */
    @Override
    public String toString() {
      return "fixed share " + share;
    }
  }

  /** The seed policy's rules. */
  static StylePolicy seed() {
    return new Rules(Policy.seed());
  }

  /**
   * A policy's rules ({@link PartnerOrManage#recommend(Decision, Policy)}).
   *
   * @throws NullPointerException if {@code policy} is null
   */
  static StylePolicy rules(Policy policy) {
    return new Rules(policy);
  }

  /**
   * Vroom's (2000) model.
   *
   * @throws NullPointerException if {@code model} is null
   */
  static StylePolicy vroom(Vroom2000 model) {
    return new Vroom(model);
  }

  /** Always manage, in {@code policy.manage_style}. */
  static StylePolicy alwaysManage() {
    return new Always(Mode.MANAGE);
  }

  /** Always partner, in {@code policy.partner_style}. */
  static StylePolicy alwaysPartner() {
    return new Always(Mode.PARTNER);
  }

  /**
   * Partner with a fixed probability, whatever the situation.
   *
   * @throws IllegalArgumentException if the share is not in [0, 1]
   */
  static StylePolicy fixedShare(double share) {
    return new FixedShare(share);
  }

  /**
   * A policy by name: {@code seed}, {@code vroom-time}, {@code vroom-development}, either with
   * {@code -deadlines}, {@code manage} or {@code partner} ({@code fixed} needs a share: {@link
   * #fixedShare(double)}).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException for another name
   */
  static StylePolicy named(String name) {
    requireNonNull(name, "name");
    return switch (name) {
      case "seed" -> seed();
      case "vroom-time" -> vroom(Vroom2000.TIME_DRIVEN);
      case "vroom-development" -> vroom(Vroom2000.DEVELOPMENT_DRIVEN);
      case "vroom-time-deadlines" -> new Vroom(Vroom2000.TIME_DRIVEN, true);
      case "vroom-development-deadlines" -> new Vroom(Vroom2000.DEVELOPMENT_DRIVEN, true);
      case "manage" -> alwaysManage();
      case "partner" -> alwaysPartner();
      default ->
          throw new IllegalArgumentException(
              "policy must be one of "
                  + NAMES.subList(0, NAMES.size() - 1)
                  + " or a policy file, was \""
                  + name
                  + "\"");
    };
  }
}
