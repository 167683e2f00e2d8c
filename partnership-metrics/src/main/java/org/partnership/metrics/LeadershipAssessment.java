package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.BalanceParameters;
import org.partnership.rules.Explanation;
import org.partnership.rules.Policy;
import org.partnership.rules.Reason;

/**
 * Leadership = partnership + timely, consistent and fair management: an assessment of a subject (a
 * person, a unit or the organization) over a period, from the values of a {@link MetricReport} and
 * the thresholds of the context's {@link Policy}.
 *
 * <p>Four aspects, each with the value observed (also when it is too little to judge), the
 * threshold, and for rates their 95 % interval (confidence 1 − the policy's significance level):
 *
 * <ul>
 *   <li>{@link Aspect#PARTNERSHIP}: the partnering share of the time of the people who lead (of the
 *       person, for a person subject) within the policy's balance band ({@code partnering-share}
 *       {@code leaders}); too little time recorded, or fewer leaders with time than the minimum
 *       group size, is insufficient data;
 *   <li>{@link Aspect#TIMELY}: the on-time rate, decisions left open past due counted late, against
 *       the policy's minimum ({@code timeliness});
 *   <li>{@link Aspect#CONSISTENT}: how often two decisions of the same situation were handled in
 *       the same style, against the minimum ({@code consistency} {@code agreement}); no rule is
 *       consulted;
 *   <li>{@link Aspect#FAIR}: no group flagged by the {@code fairness} metric — impact ratio under
 *       the four-fifths threshold <em>and</em> significant after Holm's correction. Groups under
 *       the ratio without a significant difference do not fail it; the reason counts them, as
 *       groups to look at again with more data.
 * </ul>
 *
 * <p>Rates are judged by their Wilson score interval: PASS when the whole interval is at or above
 * the minimum, FAIL when it is wholly below, INCONCLUSIVE when it straddles the minimum — nobody
 * fails on a handful of decisions. A rate that would pass but describes less than the policy's
 * {@code minimumCoverage} of the decisions (consistency: decisions in a situation decided more than
 * once; timeliness: decisions with a due time) is INCONCLUSIVE: leaving {@code dueAt} out, or
 * rating traits so finely that nothing repeats, does not make a leader pass. Fewer decisions (or
 * comparisons) than the policy's minimum, or no two comparable groups, is INSUFFICIENT_DATA; an
 * aspect that cannot apply to the subject is NOT_APPLICABLE. The overall status is judged on the
 * applicable aspects: FAIL when one fails, else INCONCLUSIVE when one is inconclusive, else
 * INSUFFICIENT_DATA when one lacks data, else PASS (NOT_APPLICABLE when none applies) — so a leader
 * assessed as a person can pass. The assessment supports a conversation; it is not a rating, and it
 * never decides about a person.
 *
 * <p>Immutable and thread-safe.
 */
public final class LeadershipAssessment {

  /** The outcome of an aspect or of the whole assessment. */
  public enum Status {
    /**
     * The observed value meets the threshold beyond chance (its interval lies on the passing side).
     */
    PASS,
    /**
     * The observed value misses the threshold beyond chance (its interval lies on the failing
     * side).
     */
    FAIL,
    /** There is data, but it cannot tell: the interval of a rate straddles the threshold. */
    INCONCLUSIVE,
    /** Too little data to judge (below the policy's minimums); no verdict is given. */
    INSUFFICIENT_DATA,
    /**
     * The aspect cannot apply to the subject, however much data there were: fairness for one
     * person, for a subject whose people share every declared attribute, or with no attributes
     * declared. Not counted in the overall status.
     */
    NOT_APPLICABLE
  }

  /** What is assessed. */
  public enum Aspect {
    /** The partnering share of leaders' time inside the balance band. */
    PARTNERSHIP,
    /** Decisions taken by their due time. */
    TIMELY,
    /** The same situation handled the same way. */
    CONSISTENT,
    /** No group of people systematically left out. */
    FAIR
  }

  /** The result for one aspect. Immutable. */
  public static final class Component {
    private final Aspect aspect;
    private final Status status;
    private final OptionalDouble observed;
    private final OptionalDouble lower;
    private final OptionalDouble upper;
    private final Reason reason;

    Component(
        Aspect aspect,
        Status status,
        OptionalDouble observed,
        OptionalDouble lower,
        OptionalDouble upper,
        Reason reason) {
      this.aspect = aspect;
      this.status = status;
      this.observed = observed;
      this.lower = lower;
      this.upper = upper;
      this.reason = reason;
    }

    /** The aspect. */
    public Aspect aspect() {
      return aspect;
    }

    /** Its status. */
    public Status status() {
      return status;
    }

    /** The value observed, also for INSUFFICIENT_DATA when there was one; empty otherwise. */
    public OptionalDouble observed() {
      return observed;
    }

    /** The lower end of the observed rate's interval; empty when none was computed. */
    public OptionalDouble lower() {
      return lower;
    }

    /** The upper end of the observed rate's interval; empty when none was computed. */
    public OptionalDouble upper() {
      return upper;
    }

    /** The check as data: condition, observed values, thresholds, and whether it passed. */
    public Reason reason() {
      return reason;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Component)) {
        return false;
      }
      Component o = (Component) other;
      return aspect == o.aspect
          && status == o.status
          && observed.equals(o.observed)
          && lower.equals(o.lower)
          && upper.equals(o.upper)
          && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(aspect, status, observed, lower, upper, reason);
    }

    @Override
    public String toString() {
      return aspect + " " + status + " " + reason;
    }
  }

  private final Subject subject;
  private final String policyId;
  private final int policyVersion;
  private final Status status;
  private final ImmutableMap<Aspect, Component> components;
  private final Explanation explanation;

  private LeadershipAssessment(
      Subject subject, Policy policy, Status status, Map<Aspect, Component> components) {
    this.subject = subject;
    this.policyId = policy.id();
    this.policyVersion = policy.version();
    this.status = status;
    this.components = ImmutableMap.copyOf(components);
    List<Reason> reasons = new ArrayList<>();
    components.values().forEach(c -> reasons.add(c.reason()));
    this.explanation =
        Explanation.of(
            "Leadership of "
                + subject
                + " = partnership + timely, consistent and fair management: "
                + status
                + " (policy "
                + policyId
                + " v"
                + policyVersion
                + ")",
            reasons);
  }

  /**
   * Assesses the subject of a report's context with its policy's thresholds.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public static LeadershipAssessment of(MetricReport report) {
    requireNonNull(report, "report");
    Policy policy = report.context().policy();
    AssessmentParameters a = policy.assessment();
    double confidence = 1 - a.significanceLevel();
    Map<Aspect, Component> components = new EnumMap<>(Aspect.class);
    components.put(Aspect.PARTNERSHIP, partnership(report, policy.balance()));
    components.put(
        Aspect.TIMELY,
        rate(
            report,
            Aspect.TIMELY,
            "timeliness",
            "on-time-rate",
            "due-decisions",
            a.minimumDecisions(),
            a.minimumOnTimeRate(),
            confidence,
            "due-coverage",
            a.minimumCoverage(),
            "share of due decisions decided by their due time (open past due = late) >="
                + " minimumOnTimeRate, judged by its Wilson interval, over at least"
                + " minimumCoverage of the decisions"));
    components.put(
        Aspect.CONSISTENT,
        rate(
            report,
            Aspect.CONSISTENT,
            "consistency",
            "agreement",
            "comparisons",
            a.minimumDecisions(),
            a.minimumConsistency(),
            confidence,
            "coverage",
            a.minimumCoverage(),
            "share of pairs of decisions of the same situation handled in the same style >="
                + " minimumConsistency, judged by its Wilson interval, over at least"
                + " minimumCoverage of the decisions"));
    components.put(Aspect.FAIR, fair(report, a));
    Status overall = Status.NOT_APPLICABLE;
    for (Component c : components.values()) {
      if (c.status() != Status.NOT_APPLICABLE) {
        overall = overall == Status.NOT_APPLICABLE ? c.status() : worse(overall, c.status());
      }
    }
    return new LeadershipAssessment(report.context().subject(), policy, overall, components);
  }

  /** FAIL before INCONCLUSIVE before INSUFFICIENT_DATA before PASS (both applicable). */
  private static Status worse(Status a, Status b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Status s) {
    switch (s) {
      case FAIL:
        return 3;
      case INCONCLUSIVE:
        return 2;
      case INSUFFICIENT_DATA:
        return 1;
      default:
        return 0;
    }
  }

  private static Component partnership(MetricReport report, BalanceParameters balance) {
    boolean person = report.context().reportsIndividuals();
    String key = person ? "overall" : "leaders";
    Reason.Builder r =
        Reason.builder()
            .ruleId("partnership")
            .condition(
                person
                    ? "the person's partnering share of time within target +/- tolerance"
                    : "the partnering share of the time of the people who lead within target +/-"
                        + " tolerance")
            .threshold("target", balance.target())
            .threshold("tolerance", balance.tolerance())
            .threshold("minimumTotalHours", Stats.hours(balance.minimumTotal().toNanos()));
    MetricValue v = report.value("partnering-share").orElse(null);
    if (v == null) {
      return insufficient(
          Aspect.PARTNERSHIP, r, OptionalDouble.empty(), "partnering-share was not measured");
    }
    OptionalDouble share = v.value(key);
    if (share.isEmpty()) {
      return insufficient(
          Aspect.PARTNERSHIP,
          r,
          share,
          person
              ? "no partnering or managing time recorded"
              : "fewer leaders with time recorded than the minimum group size, or none: assess"
                  + " each leader as a person subject");
    }
    double hours = v.value("judged-hours").orElse(0);
    r.observe("hours", hours);
    double s = share.getAsDouble();
    r.observe("partneringShare", s);
    if (hours < Stats.hours(balance.minimumTotal().toNanos())) {
      return insufficient(
          Aspect.PARTNERSHIP, r, share, "less time recorded than the minimum total");
    }
    boolean pass = Math.abs(s - balance.target()) <= balance.tolerance() + 1e-12;
    String effect =
        pass ? "PASS" : s < balance.target() ? "FAIL: over-managed" : "FAIL: over-partnered";
    return new Component(
        Aspect.PARTNERSHIP,
        pass ? Status.PASS : Status.FAIL,
        share,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        r.fired(pass).effect(effect).build());
  }

  private static Component rate(
      MetricReport report,
      Aspect aspect,
      String metric,
      String key,
      String countKey,
      int minimumCount,
      double threshold,
      double confidence,
      String coverageKey,
      double minimumCoverage,
      String condition) {
    Reason.Builder r =
        Reason.builder()
            .ruleId(aspect.name().toLowerCase(java.util.Locale.ROOT))
            .condition(condition)
            .threshold("minimum", threshold)
            .threshold("minimumCount", minimumCount)
            .threshold("confidence", confidence)
            .threshold("minimumCoverage", minimumCoverage);
    MetricValue v = report.value(metric).orElse(null);
    if (v == null) {
      return insufficient(aspect, r, OptionalDouble.empty(), metric + " was not measured");
    }
    long count = (long) v.value(countKey).orElse(0);
    r.observe(countKey, count);
    OptionalDouble coverage = v.value(coverageKey);
    coverage.ifPresent(c -> r.observe("coverage", c));
    OptionalDouble observed = v.value(key);
    observed.ifPresent(o -> r.observe(key, o));
    if (count < minimumCount || observed.isEmpty()) {
      return insufficient(aspect, r, observed, "fewer than " + minimumCount + " " + countKey);
    }
    double[] interval = Inference.wilson(observed.getAsDouble(), count, confidence);
    r.observe("lower", interval[0]);
    r.observe("upper", interval[1]);
    Status status;
    String effect;
    if (interval[0] >= threshold && coverage.orElse(0) < minimumCoverage) {
      status = Status.INCONCLUSIVE;
      effect =
          "INCONCLUSIVE: the interval is at or above the minimum, but it describes "
              + percent(coverage.orElse(0))
              + " of the decisions, under the minimum coverage of "
              + percent(minimumCoverage);
    } else if (interval[0] >= threshold) {
      status = Status.PASS;
      effect = "PASS: the whole interval is at or above the minimum";
    } else if (interval[1] < threshold) {
      status = Status.FAIL;
      effect = "FAIL: the whole interval is below the minimum";
    } else {
      status = Status.INCONCLUSIVE;
      effect = "INCONCLUSIVE: the interval straddles the minimum; more decisions would tell";
    }
    return new Component(
        aspect,
        status,
        observed,
        OptionalDouble.of(interval[0]),
        OptionalDouble.of(interval[1]),
        r.fired(status == Status.PASS).effect(effect).build());
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.0f %%", 100 * share);
  }

  private static Component fair(MetricReport report, AssessmentParameters a) {
    Reason.Builder r =
        Reason.builder()
            .ruleId("fair")
            .condition(
                "no group's impact ratio (its rate / the highest group's) is below"
                    + " minimumImpactRatio with a difference significant after Holm's correction;"
                    + " involvement, authority handed over and recognition received")
            .threshold("minimumImpactRatio", a.minimumImpactRatio())
            .threshold("significanceLevel", a.significanceLevel())
            .threshold("minimumGroupEvents", a.minimumGroupEvents());
    MetricValue v = report.value("fairness").orElse(null);
    if (v == null) {
      return insufficient(Aspect.FAIR, r, OptionalDouble.empty(), "fairness was not measured");
    }
    if (report.context().reportsIndividuals()) {
      return notApplicable(r, "a person is not a group: fairness compares groups of people");
    }
    if (v.value("declared-attributes").orElse(0) == 0) {
      return notApplicable(
          r, "no protected attributes declared (the policy's assessment.fairnessAttributes)");
    }
    if (v.value("attributes-with-several-groups").orElse(0) == 0) {
      return notApplicable(
          r, "every declared attribute has one value among the subject's people: no groups");
    }
    long compared = (long) v.value("groups-compared").orElse(0);
    long flagged = (long) v.value("flagged-groups").orElse(0);
    long below = (long) v.value("below-threshold-groups").orElse(0);
    OptionalDouble lowest = v.value("lowest-impact-ratio");
    r.observe("groupsCompared", compared);
    lowest.ifPresent(l -> r.observe("lowestImpactRatio", l));
    if (compared == 0) {
      return insufficient(
          Aspect.FAIR, r, lowest, "no two groups of the minimum size with the minimum events");
    }
    r.observe("flaggedGroups", flagged);
    r.observe("belowThresholdGroups", below);
    Status status;
    String effect;
    if (flagged > 0) {
      status = Status.FAIL;
      effect = "FAIL: " + flagged + " group(s) under the ratio, significantly";
    } else if (below > 0) {
      // With dozens of groups, some fall under four fifths by chance in almost every
      // organization; without a significant difference there is no finding, only a watch.
      status = Status.PASS;
      effect =
          "PASS: no group significantly under the ratio; "
              + below
              + " group(s) under it without a significant difference, to look at again with more"
              + " data";
    } else {
      status = Status.PASS;
      effect = "PASS";
    }
    return new Component(
        Aspect.FAIR,
        status,
        lowest,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        r.fired(status == Status.PASS).effect(effect).build());
  }

  private static Component notApplicable(Reason.Builder r, String why) {
    return new Component(
        Aspect.FAIR,
        Status.NOT_APPLICABLE,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        r.fired(false).effect("NOT_APPLICABLE: " + why).build());
  }

  private static Component insufficient(
      Aspect aspect, Reason.Builder r, OptionalDouble observed, String why) {
    return new Component(
        aspect,
        Status.INSUFFICIENT_DATA,
        observed,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        r.fired(false).effect("INSUFFICIENT_DATA: " + why).build());
  }

  /** Whom the assessment is about. */
  public Subject subject() {
    return subject;
  }

  /** The id of the policy whose thresholds were used. */
  public String policyId() {
    return policyId;
  }

  /** Its version. */
  public int policyVersion() {
    return policyVersion;
  }

  /** The overall status. */
  public Status status() {
    return status;
  }

  /** The four aspects, in the order of {@link Aspect}. */
  public Map<Aspect, Component> components() {
    return components;
  }

  /** The assessment as data: a summary and one reason per aspect. */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof LeadershipAssessment)) {
      return false;
    }
    LeadershipAssessment o = (LeadershipAssessment) other;
    return subject.equals(o.subject)
        && policyId.equals(o.policyId)
        && policyVersion == o.policyVersion
        && status == o.status
        && components.equals(o.components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, policyId, policyVersion, status, components);
  }

  @Override
  public String toString() {
    return explanation.toText();
  }
}
