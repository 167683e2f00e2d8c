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
 * <p>Four aspects, each PASS, FAIL or INSUFFICIENT_DATA with the value observed and the threshold:
 *
 * <ul>
 *   <li>{@link Aspect#PARTNERSHIP}: the partnering share of time within the policy's balance band
 *       ({@code partnering-share}); too little time recorded is insufficient data;
 *   <li>{@link Aspect#TIMELY}: the on-time rate at least the policy's minimum ({@code timeliness});
 *   <li>{@link Aspect#CONSISTENT}: agreement with the recommendation at least the minimum ({@code
 *       consistency});
 *   <li>{@link Aspect#FAIR}: the lowest impact ratio among groups at least the minimum ({@code
 *       fairness}); groups under the minimum size are never compared.
 * </ul>
 *
 * <p>Timeliness and consistency need the policy's minimum number of decisions, fairness two
 * comparable groups: otherwise the aspect reports insufficient data, never a verdict. The overall
 * status is FAIL when an aspect fails, else INSUFFICIENT_DATA when one lacks data, else PASS. The
 * assessment supports a conversation; it is not a rating.
 *
 * <p>Immutable and thread-safe.
 */
public final class LeadershipAssessment {

  /** The outcome of an aspect or of the whole assessment. */
  public enum Status {
    /** The observed value meets the threshold. */
    PASS,
    /** The observed value misses the threshold. */
    FAIL,
    /** Too little data to judge; no verdict is given. */
    INSUFFICIENT_DATA
  }

  /** What is assessed. */
  public enum Aspect {
    /** Partnering share of time inside the balance band. */
    PARTNERSHIP,
    /** Decisions taken by their due time. */
    TIMELY,
    /** The same situation handled the same way as the policy recommends. */
    CONSISTENT,
    /** No group of people systematically left out. */
    FAIR
  }

  /** The result for one aspect. Immutable. */
  public static final class Component {
    private final Aspect aspect;
    private final Status status;
    private final OptionalDouble observed;
    private final Reason reason;

    Component(Aspect aspect, Status status, OptionalDouble observed, Reason reason) {
      this.aspect = aspect;
      this.status = status;
      this.observed = observed;
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

    /** The value observed; empty when there was none. */
    public OptionalDouble observed() {
      return observed;
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
          && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(aspect, status, observed, reason);
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
    Map<Aspect, Component> components = new EnumMap<>(Aspect.class);
    components.put(Aspect.PARTNERSHIP, partnership(report, policy.balance()));
    components.put(
        Aspect.TIMELY,
        minimum(
            report,
            Aspect.TIMELY,
            "timeliness",
            "on-time-rate",
            "due-decisions",
            a.minimumDecisions(),
            a.minimumOnTimeRate(),
            "share of due decisions decided by their due time >= minimumOnTimeRate"));
    components.put(
        Aspect.CONSISTENT,
        minimum(
            report,
            Aspect.CONSISTENT,
            "consistency",
            "agreement-rate",
            "compared",
            a.minimumDecisions(),
            a.minimumConsistency(),
            "share of decisions whose mode agrees with the recommendation >= minimumConsistency"));
    components.put(
        Aspect.FAIR,
        minimum(
            report,
            Aspect.FAIR,
            "fairness",
            "lowest-impact-ratio",
            "groups-compared",
            2,
            a.minimumImpactRatio(),
            "lowest involvement rate of a group / highest rate >= minimumImpactRatio"
                + " (four-fifths rule); groups under the minimum size are not compared"));
    Status overall = Status.PASS;
    for (Component c : components.values()) {
      if (c.status() == Status.FAIL) {
        overall = Status.FAIL;
      } else if (c.status() == Status.INSUFFICIENT_DATA && overall == Status.PASS) {
        overall = Status.INSUFFICIENT_DATA;
      }
    }
    return new LeadershipAssessment(report.context().subject(), policy, overall, components);
  }

  private static Component partnership(MetricReport report, BalanceParameters balance) {
    Reason.Builder r =
        Reason.builder()
            .ruleId("partnership")
            .condition("partnering share of time within target +/- tolerance")
            .threshold("target", balance.target())
            .threshold("tolerance", balance.tolerance())
            .threshold("minimumTotalHours", Stats.hours(balance.minimumTotal().toNanos()));
    MetricValue v = report.value("partnering-share").orElse(null);
    if (v == null) {
      return insufficient(Aspect.PARTNERSHIP, r, "partnering-share was not measured");
    }
    double hours = v.value("total-hours").orElse(0);
    r.observe("totalHours", hours);
    OptionalDouble share = v.value("overall");
    if (share.isEmpty() || hours < Stats.hours(balance.minimumTotal().toNanos())) {
      return insufficient(Aspect.PARTNERSHIP, r, "less time recorded than the minimum total");
    }
    double s = share.getAsDouble();
    r.observe("partneringShare", s);
    boolean pass = Math.abs(s - balance.target()) <= balance.tolerance() + 1e-12;
    String effect =
        pass ? "PASS" : s < balance.target() ? "FAIL: over-managed" : "FAIL: over-partnered";
    return new Component(
        Aspect.PARTNERSHIP,
        pass ? Status.PASS : Status.FAIL,
        share,
        r.fired(pass).effect(effect).build());
  }

  private static Component minimum(
      MetricReport report,
      Aspect aspect,
      String metric,
      String key,
      String countKey,
      int minimumCount,
      double threshold,
      String condition) {
    Reason.Builder r =
        Reason.builder()
            .ruleId(aspect.name().toLowerCase(java.util.Locale.ROOT))
            .condition(condition)
            .threshold("minimum", threshold)
            .threshold("minimumCount", minimumCount);
    MetricValue v = report.value(metric).orElse(null);
    if (v == null) {
      return insufficient(aspect, r, metric + " was not measured");
    }
    long count = (long) v.value(countKey).orElse(0);
    r.observe(countKey, count);
    OptionalDouble observed = v.value(key);
    if (count < minimumCount || observed.isEmpty()) {
      return insufficient(aspect, r, "fewer than " + minimumCount + " " + countKey);
    }
    r.observe(key, observed.getAsDouble());
    boolean pass = observed.getAsDouble() >= threshold;
    return new Component(
        aspect,
        pass ? Status.PASS : Status.FAIL,
        observed,
        r.fired(pass).effect(pass ? "PASS" : "FAIL").build());
  }

  private static Component insufficient(Aspect aspect, Reason.Builder r, String why) {
    return new Component(
        aspect,
        Status.INSUFFICIENT_DATA,
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
