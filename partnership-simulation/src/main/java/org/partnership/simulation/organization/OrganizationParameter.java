package org.partnership.simulation.organization;

import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.model.Style;
import org.partnership.simulation.ParameterSpec;

/**
 * A parameter of the {@link OrganizationSimulation} model: its name (as given to {@code --set}),
 * default, allowed range and the sentence of rationale that {@code docs/simulation-model.md}
 * expands. The enum is the single source of the model's assumptions; nothing else in the model is a
 * tunable number.
 *
 * <p>Immutable and thread-safe.
 */
public enum OrganizationParameter {
  // Structure
  SPAN("span", 6, 1, 100, true, "direct reports per leader (a regular tree)"),
  DOMAINS("domains", 4, 1, 32, true, "domains of competence; each situation belongs to one"),
  SITUATIONS(
      "situations",
      32,
      1,
      4096,
      true,
      "recurring decision situations, drawn once per organization"),
  DECISIONS_PER_LEADER(
      "decisions_per_leader", 1, 0, 20, false, "mean decisions per leader per period (Poisson)"),
  GROUP_B_SHARE("group_b_share", 0.3, 0, 1, false, "share of people with the attribute group = b"),

  // Decision traits: means of Beta distributions with a shared concentration
  TRAIT_SIGNIFICANCE("trait.significance", 0.5, 0.01, 0.99, false, "mean significance"),
  TRAIT_URGENCY("trait.urgency", 0.4, 0.01, 0.99, false, "mean urgency"),
  TRAIT_REVERSIBILITY("trait.reversibility", 0.5, 0.01, 0.99, false, "mean reversibility"),
  TRAIT_COMMITMENT_NEEDED(
      "trait.commitment_needed", 0.5, 0.01, 0.99, false, "mean importance of commitment"),
  TRAIT_COMMITMENT_IF_IMPOSED(
      "trait.commitment_if_imposed",
      0.5,
      0.01,
      0.99,
      false,
      "mean likelihood of commitment to an imposed decision"),
  TRAIT_GOAL_ALIGNMENT("trait.goal_alignment", 0.6, 0.01, 0.99, false, "mean goal alignment"),
  TRAIT_CONFLICT_LIKELIHOOD(
      "trait.conflict_likelihood", 0.3, 0.01, 0.99, false, "mean likelihood of conflict"),
  TRAIT_STRUCTURE("trait.structure", 0.5, 0.01, 0.99, false, "mean structure"),
  TRAIT_DEVELOPMENT_VALUE(
      "trait.development_value", 0.5, 0.01, 0.99, false, "mean development value"),
  TRAIT_CONCENTRATION(
      "trait.concentration",
      2,
      0.1,
      1000,
      false,
      "alpha + beta of the trait distributions (2 with mean 0.5 is uniform)"),
  TRAIT_MANDATE_RATE("trait.mandate_rate", 0.05, 0, 1, false, "share of mandated situations"),
  TRAIT_CONFIDENTIAL_RATE(
      "trait.confidential_rate", 0.05, 0, 1, false, "share of confidential situations"),
  TRAIT_CONSISTENCY_CRITICAL_RATE(
      "trait.consistency_critical_rate",
      0.1,
      0,
      1,
      false,
      "share of situations that must apply one standard to everyone"),
  TIME_MAX_DAYS_AVAILABLE(
      "time.max_days_available",
      10,
      0.1,
      365,
      false,
      "days available = 0.25 + this x (1 - urgency)"),

  // Competence
  COMPETENCE_INITIAL_MEAN(
      "competence.initial_mean", 0.5, 0.01, 0.99, false, "mean initial competence per domain"),
  COMPETENCE_CONCENTRATION(
      "competence.concentration", 4, 0.1, 1000, false, "alpha + beta of initial competence"),
  COMPETENCE_LEADER_ADVANTAGE(
      "competence.leader_advantage",
      0.1,
      -1,
      1,
      false,
      "added to a leader's initial competence (clamped to [0, 1])"),
  COMPETENCE_LEARNING_RATE(
      "competence.learning_rate",
      0.05,
      0,
      1,
      false,
      "growth toward 1 per involvement, times the development value"),
  COMPETENCE_FORGETTING(
      "competence.forgetting",
      0.002,
      0,
      1,
      false,
      "per period, the share of learned competence lost again"),

  // Decision quality
  QUALITY_BEST_MEMBER_WEIGHT(
      "quality.best_member_weight",
      0.5,
      0,
      1,
      false,
      "a pool's competence = w x best + (1 - w) x mean of its members"),
  QUALITY_CONSULT_UPTAKE(
      "quality.consult_uptake",
      0.5,
      0,
      1,
      false,
      "share of the consulted's advantage over the leader that a consultation takes up"),
  QUALITY_PROCESS_LOSS(
      "quality.process_loss",
      0.5,
      0,
      1,
      false,
      "pooled quality x (1 - this x conflict x (1 - goal alignment))"),
  QUALITY_NOISE("quality.noise", 0.05, 0, 1, false, "standard deviation of the outcome noise"),
  PERFORMANCE_ACCEPTANCE_WEIGHT(
      "performance.acceptance_weight",
      1,
      0,
      1,
      false,
      "effectiveness = quality x (1 - this x commitment needed x (1 - acceptance))"),
  PERFORMANCE_LATE_PENALTY(
      "performance.late_penalty",
      0.5,
      0,
      1,
      false,
      "a late decision's effectiveness x (1 - this x urgency)"),

  // Commitment
  COMMITMENT_INITIAL("commitment.initial", 0.5, 0, 1, false, "initial commitment of everyone"),
  COMMITMENT_RATE(
      "commitment.rate", 0.05, 0, 1, false, "commitment moves this far toward each acceptance"),
  COMMITMENT_PARTICIPANT_DOUBT(
      "commitment.participant_doubt",
      0.3,
      0,
      1,
      false,
      "a participant's acceptance = 1 - this x (1 - trust)"),
  COMMITMENT_TRUST_WEIGHT(
      "commitment.trust_weight",
      0.5,
      0,
      1,
      false,
      "an imposed decision's acceptance = commitment if imposed x (1 - w + w x trust)"),
  COMMITMENT_SELL_BONUS(
      "commitment.sell_bonus",
      0.2,
      0,
      1,
      false,
      "added to an imposed decision's acceptance when the leader sells it"),

  // Trust
  TRUST_INITIAL("trust.initial", 0.5, 0, 1, false, "initial trust in one's leader"),
  TRUST_DECAY("trust.decay", 0.01, 0, 1, false, "per period, trust x (1 - this)"),
  TRUST_RECOGNITION_GAIN(
      "trust.recognition_gain", 0.05, 0, 1, false, "per recognition received, toward 1"),
  TRUST_MANAGEMENT_GAIN(
      "trust.management_gain",
      0.02,
      0,
      1,
      false,
      "per timely and consistent managed decision, toward 1"),
  TRUST_INVOLVEMENT_GAIN(
      "trust.involvement_gain", 0.01, 0, 1, false, "per partnered decision taken part in"),
  TRUST_BREACH_LOSS(
      "trust.breach_loss", 0.05, 0, 1, false, "per late or inconsistent decision, toward 0"),
  TRUST_EXCLUSION_LOSS(
      "trust.exclusion_loss",
      0.01,
      0,
      1,
      false,
      "per consultation others were asked to and one was not, toward 0"),

  // Recognition
  RECOGNITION_RATE(
      "recognition.rate",
      0.3,
      0,
      1,
      false,
      "chance a contributor is recognized, times the outcome"),
  RECOGNITION_BASE_RATE(
      "recognition.base_rate",
      0.02,
      0,
      1,
      false,
      "per person per period, recognition for everyday work"),
  RECOGNITION_HOURS("recognition.hours", 0.25, 0, 40, false, "leader hours per recognition"),

  // Time
  TIME_UPFRONT_TELL("time.upfront.tell", 0.5, 0, 100, false, "leader hours upfront, TELL"),
  TIME_UPFRONT_SELL("time.upfront.sell", 1, 0, 100, false, "leader hours upfront, SELL"),
  TIME_UPFRONT_CONSULT("time.upfront.consult", 2, 0, 100, false, "leader hours upfront, CONSULT"),
  TIME_UPFRONT_AGREE("time.upfront.agree", 3, 0, 100, false, "leader hours upfront, AGREE"),
  TIME_UPFRONT_ADVISE("time.upfront.advise", 2.5, 0, 100, false, "leader hours upfront, ADVISE"),
  TIME_UPFRONT_INQUIRE("time.upfront.inquire", 1.5, 0, 100, false, "leader hours upfront, INQUIRE"),
  TIME_UPFRONT_DELEGATE(
      "time.upfront.delegate", 1, 0, 100, false, "leader hours upfront, DELEGATE"),
  TIME_ELAPSED_TELL("time.elapsed.tell", 0.25, 0, 100, false, "mean days to decide, TELL"),
  TIME_ELAPSED_SELL("time.elapsed.sell", 0.5, 0, 100, false, "mean days to decide, SELL"),
  TIME_ELAPSED_CONSULT("time.elapsed.consult", 1.5, 0, 100, false, "mean days to decide, CONSULT"),
  TIME_ELAPSED_AGREE("time.elapsed.agree", 4, 0, 100, false, "mean days to decide, AGREE"),
  TIME_ELAPSED_ADVISE("time.elapsed.advise", 3, 0, 100, false, "mean days to decide, ADVISE"),
  TIME_ELAPSED_INQUIRE("time.elapsed.inquire", 3, 0, 100, false, "mean days to decide, INQUIRE"),
  TIME_ELAPSED_DELEGATE("time.elapsed.delegate", 3, 0, 100, false, "mean days to decide, DELEGATE"),
  TIME_ELAPSED_SCALE(
      "time.elapsed_scale",
      1,
      0.1,
      10,
      false,
      "every style's days to decide x this: a world slower or faster than the policies assume"),
  TIME_LOOSE_ENDS(
      "time.loose_ends",
      6,
      0,
      100,
      false,
      "leader hours of loose ends at most: this x significance x (1 - (acceptance + quality) / 2)"),
  TIME_PARTICIPANT_HOURS(
      "time.participant_hours", 1, 0, 100, false, "hours per participant, x (0.5 + significance)"),
  PARTICIPATION_CONSULT_SHARE(
      "participation.consult_share", 0.5, 0, 1, false, "share of the team a CONSULT asks"),

  // Fixed policies
  POLICY_PARTNER_STYLE(
      "policy.partner_style",
      4,
      4,
      7,
      true,
      "style level used when the fixed policies partner (4 = AGREE)"),
  POLICY_MANAGE_STYLE(
      "policy.manage_style",
      1,
      1,
      3,
      true,
      "style level used when the fixed policies manage (1 = TELL)"),
  POLICY_STYLE_NOISE(
      "policy.style_noise",
      0,
      0,
      1,
      false,
      "chance a leader following rules or Vroom picks a style at random instead (0 = never)"),
  POLICY_FIXED_PER_DECISION(
      "policy.fixed_per_decision",
      0,
      0,
      1,
      true,
      "1: a fixed share partners each decision at random; 0: a random set of situations, always"),

  // Fairness
  FAIRNESS_BIAS(
      "fairness.bias",
      0,
      0,
      1,
      false,
      "how much less likely a group-b member is to be consulted (0 = not at all)"),

  // The seed's own mechanisms: each 0 = off (the model as it was)
  TRUST_PARTNERING_RETURN(
      "trust.partnering_return",
      0,
      0,
      1,
      false,
      "partnering's quality x (1 - this x (1 - the team's trust)): trust makes partnering pay"),
  TIME_LEADER_BUDGET(
      "time.leader_budget",
      0,
      0,
      168,
      false,
      "leader hours per week before decisions queue (0 = unlimited)"),
  TIME_MEMBER_BUDGET(
      "time.member_budget",
      0,
      0,
      168,
      false,
      "participation hours per member and week before decisions queue (0 = unlimited)"),
  QUALITY_GROUP_SIZE_LOSS(
      "quality.group_size_loss",
      0,
      0,
      1,
      false,
      "a pool's quality x (1 - this)^(pool size - 1): losses that grow with the group"),
  TIME_COORDINATION_HOURS(
      "time.coordination_hours",
      0,
      0,
      10,
      false,
      "leader hours upfront per participant x (0.5 + significance): coordination"),
  ATTENTION_REPORTS(
      "attention.reports",
      0,
      0,
      100,
      false,
      "reports a leader can attend to; with more, recognition and trust gains x this / span"
          + " (0 = unlimited)"),
  PARTICIPATION_FATIGUE(
      "participation.fatigue",
      0,
      0,
      1,
      false,
      "a participant's acceptance gain x (1 - this)^(earlier participations this week)"),
  MUST_COMPLIANCE_FAILURE(
      "must.compliance_failure",
      0,
      0,
      1,
      false,
      "chance a mandated decision that is partnered fails compliance (effectiveness 0)"),
  MUST_LEAK_LOSS(
      "must.leak_loss",
      0,
      0,
      1,
      false,
      "trust lost by the team, x trust, when a confidential decision involves others"),
  MUST_INCONSISTENCY_LOSS(
      "must.inconsistency_loss",
      0,
      0,
      1,
      false,
      "trust lost by the team, x trust, when a consistency-critical situation gets another style");

  private static final Map<String, OrganizationParameter> BY_NAME = new TreeMap<>();

  static {
    for (OrganizationParameter p : values()) {
      BY_NAME.put(p.key, p);
    }
  }

  private final String key;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final boolean integer;
  private final String meaning;

  OrganizationParameter(
      String key, double defaultValue, double min, double max, boolean integer, String meaning) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.integer = integer;
    this.meaning = meaning;
  }

  /** The name, as given to {@code --set}, e.g. {@code trust.decay}. */
  public String key() {
    return key;
  }

  /** The default. */
  public double defaultValue() {
    return defaultValue;
  }

  /** The smallest allowed value. */
  public double min() {
    return min;
  }

  /** The largest allowed value. */
  public double max() {
    return max;
  }

  /** Whether only whole numbers are allowed. */
  public boolean integer() {
    return integer;
  }

  /** What the parameter means, in one line. */
  public String meaning() {
    return meaning;
  }

  /**
   * Checks a value.
   *
   * @return the value
   * @throws IllegalArgumentException naming the parameter, the value and the rule
   */
  public double check(double value) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          key + " must be in [" + text(min) + ", " + text(max) + "], was " + text(value));
    }
    if (integer && value != Math.rint(value)) {
      throw new IllegalArgumentException(key + " must be a whole number, was " + text(value));
    }
    return value;
  }

  /**
   * The parameter of a name.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public static Optional<OrganizationParameter> of(String key) {
    return Optional.ofNullable(BY_NAME.get(java.util.Objects.requireNonNull(key, "key")));
  }

  private static final Map<Style, OrganizationParameter> UPFRONT =
      Maps.immutableEnumMap(
          Map.of(
              Style.TELL, TIME_UPFRONT_TELL,
              Style.SELL, TIME_UPFRONT_SELL,
              Style.CONSULT, TIME_UPFRONT_CONSULT,
              Style.AGREE, TIME_UPFRONT_AGREE,
              Style.ADVISE, TIME_UPFRONT_ADVISE,
              Style.INQUIRE, TIME_UPFRONT_INQUIRE,
              Style.DELEGATE, TIME_UPFRONT_DELEGATE));

  private static final Map<Style, OrganizationParameter> ELAPSED =
      Maps.immutableEnumMap(
          Map.of(
              Style.TELL, TIME_ELAPSED_TELL,
              Style.SELL, TIME_ELAPSED_SELL,
              Style.CONSULT, TIME_ELAPSED_CONSULT,
              Style.AGREE, TIME_ELAPSED_AGREE,
              Style.ADVISE, TIME_ELAPSED_ADVISE,
              Style.INQUIRE, TIME_ELAPSED_INQUIRE,
              Style.DELEGATE, TIME_ELAPSED_DELEGATE));

  /** The upfront-hours parameter of a style. */
  static OrganizationParameter upfront(Style style) {
    return UPFRONT.get(style);
  }

  /** The elapsed-days parameter of a style. */
  static OrganizationParameter elapsed(Style style) {
    return ELAPSED.get(style);
  }

  static String text(double v) {
    return ParameterSpec.text(v);
  }
}
