package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Style;

/**
 * The seed rule as it was in version 1 of the seed policy (commit 536bbaf), kept verbatim but for
 * its name, so that JMH can measure it side by side with the current rule on the same inputs. It
 * lives in the rules package to build reasons the way it did then. Not part of the library.
 *
 * <p>The seed rule: "Partner when WE should &amp; Manage when I must", with thresholds and weights
 * from a {@link Policy} ({@link RecommendationParameters}).
 *
 * <p><b>Manage when I must</b> — any of these conditions recommends {@link Mode#MANAGE}:
 *
 * <ol>
 *   <li>{@code must.mandate}: a legal, safety, compliance or contractual mandate binds the
 *       decision;
 *   <li>{@code must.crisis}: the decision is urgent and the time available is shorter than the
 *       partnering style would need;
 *   <li>{@code must.confidential}: the matter is confidential (personnel matters);
 *   <li>{@code must.noCompetence}: nobody to partner with — the group lacks competence in the
 *       domain while the leader has it;
 *   <li>{@code must.consistency}: the decision must apply one standard to everyone.
 * </ol>
 *
 * The managing style follows the leader's knowledge and the commitment needed: CONSULT when the
 * leader's expertise is not high (decide with input), SELL when it is and commitment is needed,
 * TELL otherwise; in a crisis, the most participative of these whose process fits the time
 * available (TELL if none does).
 *
 * <p><b>Partner when WE should</b> — otherwise the weighted score of five factors (commitment
 * needed, competence in the group, novelty = 1 − structure, development value, goal alignment) is
 * compared with the partner threshold: at or above it, {@link Mode#PARTNER} in DELEGATE (group
 * competence, team competence and goal alignment all at or above the delegate threshold), INQUIRE
 * (group competence at that level and team competence high), ADVISE (group competence and goal
 * alignment high) or AGREE; below it, CONSULT — the leader decides with input.
 *
 * <p><b>Competence.</b> Without an organization the group's competence is the decision's {@code
 * groupExpertise} trait and the leader's its {@code leaderExpertise}. With an organization, the
 * group's competence is the highest proficiency in the domain among the stakeholders it knows, and
 * the leader's the highest among the holders of the owning role — "competence is an authority
 * everyone holds"; stakeholders it does not know are counted in the explanation.
 *
 * <p>Stateless and thread-safe; evaluating valid input never throws.
 */
public final class SeedRuleV1 {

  private static final Map<Style, String> CRISIS_CONDITION = new EnumMap<>(Style.class);
  private static final Map<Style, String> PARTNER_EFFECT = new EnumMap<>(Style.class);

  static {
    for (Style s : Style.values()) {
      CRISIS_CONDITION.put(s, "urgent, and less time available than partnering (" + s + ") needs");
      PARTNER_EFFECT.put(s, "PARTNER in " + s + " unless a must-condition fired");
    }
  }

  private SeedRuleV1() {}

  /**
   * Reason building as version 1 did it (names and values collected in growing arrays, no
   * validation), on the current {@link Reason}.
   */
  private static final class V1Reason {
    private String ruleId;
    private String condition;
    private boolean fired;
    private String effect;
    private String[] observedNames = new String[4];
    private Object[] observedValues = new Object[4];
    private int observed;
    private String[] thresholdNames = new String[2];
    private Object[] thresholdValues = new Object[2];
    private int thresholds;

    V1Reason ruleId(String id) {
      ruleId = id;
      return this;
    }

    V1Reason condition(String c) {
      condition = c;
      return this;
    }

    V1Reason fired(boolean f) {
      fired = f;
      return this;
    }

    V1Reason effect(String e) {
      effect = e;
      return this;
    }

    V1Reason observe(String name, Object value) {
      if (observed == observedNames.length) {
        observedNames = java.util.Arrays.copyOf(observedNames, 2 * observed);
        observedValues = java.util.Arrays.copyOf(observedValues, 2 * observed);
      }
      observedNames[observed] = name;
      observedValues[observed++] = value instanceof Enum<?> ? ((Enum<?>) value).name() : value;
      return this;
    }

    V1Reason threshold(String name, Object value) {
      if (thresholds == thresholdNames.length) {
        thresholdNames = java.util.Arrays.copyOf(thresholdNames, 2 * thresholds);
        thresholdValues = java.util.Arrays.copyOf(thresholdValues, 2 * thresholds);
      }
      thresholdNames[thresholds] = name;
      thresholdValues[thresholds++] = value;
      return this;
    }

    Reason buildTrusted() {
      return Reason.trusted(
          ruleId,
          condition,
          java.util.Arrays.copyOf(observedNames, observed),
          java.util.Arrays.copyOf(observedValues, observed),
          java.util.Arrays.copyOf(thresholdNames, thresholds),
          java.util.Arrays.copyOf(thresholdValues, thresholds),
          fired,
          effect);
    }
  }

  /** A number in [0, 1] with two decimals, e.g. {@code 0.50}; cheaper than String.format. */
  static String twoDecimals(double value) {
    long hundredths = Math.round(value * 100);
    long fraction = hundredths % 100;
    return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
  }

  /**
   * Recommends how to take a decision, from its traits alone.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Recommendation recommend(Decision decision, Policy policy) {
    return recommend(decision, Optional.empty(), policy);
  }

  /**
   * Recommends how to take a decision, with competence taken from the organization's people.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Recommendation recommend(
      Decision decision, Organization organization, Policy policy) {
    return recommend(decision, Optional.of(requireNonNull(organization, "organization")), policy);
  }

  /**
   * The style {@link #recommend(Decision, Policy)} recommends, without building its explanation:
   * for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Style styleOf(Decision decision, Policy policy) {
    return new Verdict(decision, Optional.empty(), policy).style;
  }

  /**
   * The style {@link #recommend(Decision, Organization, Policy)} recommends, without building its
   * explanation: for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Style styleOf(Decision decision, Organization organization, Policy policy) {
    return new Verdict(decision, Optional.of(requireNonNull(organization, "organization")), policy)
        .style;
  }

  /** What a recommendation rests on, computed once for the style and for the explanation. */
  private static final class Verdict {
    final RecommendationParameters p;
    final DecisionTraits t;
    double group;
    String groupSource = "traits.groupExpertise";
    double leader;
    String leaderSource = "traits.leaderExpertise";
    int unknownStakeholders;
    final Style partnerStyle;
    final Duration partnerTime;
    final boolean mandate;
    final boolean crisis;
    final boolean noCompetence;
    final boolean must;
    final double[] values;
    final double[] weights;
    final double score;
    final boolean partner;
    final Style style;

    Verdict(Decision decision, Optional<Organization> organization, Policy policy) {
      requireNonNull(decision, "decision");
      requireNonNull(policy, "policy");
      p = policy.recommendation();
      t = decision.traits();
      group = t.groupExpertise();
      leader = t.leaderExpertise();
      if (organization.isPresent()) {
        Organization org = organization.get();
        OptionalDouble best = OptionalDouble.empty();
        for (String id : decision.stakeholders()) {
          Optional<Person> person = org.person(id);
          if (person.isEmpty()) {
            unknownStakeholders++;
            continue;
          }
          double v = person.get().proficiencyIn(decision.domain()).orElse(0);
          best = OptionalDouble.of(Math.max(v, best.orElse(0)));
        }
        if (best.isPresent()) {
          group = best.getAsDouble();
          groupSource = "organization: best stakeholder proficiency in " + decision.domain();
        }
        if (org.role(decision.ownerRoleId()).isPresent()) {
          OptionalDouble owner = OptionalDouble.empty();
          for (Person holder : org.holdersOf(decision.ownerRoleId())) {
            OptionalDouble v = holder.proficiencyIn(decision.domain());
            if (v.isPresent()) {
              owner = OptionalDouble.of(Math.max(v.getAsDouble(), owner.orElse(0)));
            }
          }
          if (owner.isPresent()) {
            leader = owner.getAsDouble();
            leaderSource = "organization: best proficiency of the owning role's holders";
          }
        }
      }
      double dt = p.delegateThreshold();
      double high = p.highThreshold();
      partnerStyle =
          group >= dt && t.teamCompetence() >= dt && t.goalAlignment() >= dt
              ? Style.DELEGATE
              : group >= dt && t.teamCompetence() >= high
                  ? Style.INQUIRE
                  : group >= high && t.goalAlignment() >= high ? Style.ADVISE : Style.AGREE;
      mandate = t.mandate().obliges();
      partnerTime = p.minimumTime().get(partnerStyle);
      crisis =
          t.urgency() >= p.urgencyThreshold()
              && t.timeAvailable().isPresent()
              && t.timeAvailable().get().compareTo(partnerTime) < 0;
      noCompetence = group < p.lacksCompetenceBelow() && leader >= high;
      must = mandate || crisis || t.confidential() || noCompetence || t.consistencyCritical();
      values =
          new double[] {
            t.commitmentNeeded(), group, 1 - t.structure(), t.developmentValue(), t.goalAlignment()
          };
      weights =
          new double[] {
            p.commitmentWeight(),
            p.groupCompetenceWeight(),
            p.noveltyWeight(),
            p.developmentWeight(),
            p.goalAlignmentWeight()
          };
      double weighted = 0;
      double total = 0;
      for (int i = 0; i < values.length; i++) {
        weighted += weights[i] * values[i];
        total += weights[i];
      }
      score = weighted / total;
      partner = !must && score >= p.partnerThreshold();
      if (must) {
        Style manage =
            leader < high ? Style.CONSULT : t.commitmentNeeded() >= high ? Style.SELL : Style.TELL;
        if (crisis) {
          Duration available = t.timeAvailable().get();
          while (manage != Style.TELL && available.compareTo(p.minimumTime().get(manage)) < 0) {
            manage = Style.ofLevel(manage.level() - 1);
          }
        }
        style = manage;
      } else {
        style = partner ? partnerStyle : Style.CONSULT;
      }
    }
  }

  private static final String[] FACTOR_IDS = {
    "should.commitment",
    "should.groupCompetence",
    "should.novelty",
    "should.development",
    "should.goalAlignment"
  };

  private static final String[] FACTOR_CONDITIONS = {
    "commitment of the people who carry it out is needed",
    "the group holds competence in the domain",
    "the problem is novel or unstructured (1 − structure)",
    "taking part develops people",
    "the group shares the goals"
  };

  private static Recommendation recommend(
      Decision decision, Optional<Organization> organization, Policy policy) {
    Verdict v = new Verdict(decision, organization, policy);
    RecommendationParameters p = v.p;
    DecisionTraits t = v.t;
    double high = p.highThreshold();
    List<Reason> reasons = new ArrayList<>(13);
    reasons.add(
        new V1Reason()
            .ruleId("must.mandate")
            .condition("a legal, safety, compliance or contractual mandate binds the decision")
            .observe("mandate", t.mandate())
            .fired(v.mandate)
            .effect("MANAGE")
            .buildTrusted());
    V1Reason crisisReason =
        new V1Reason()
            .ruleId("must.crisis")
            .condition(CRISIS_CONDITION.get(v.partnerStyle))
            .observe("urgency", t.urgency())
            .threshold("urgency", p.urgencyThreshold())
            .threshold("partneringTime", v.partnerTime.toString())
            .fired(v.crisis)
            .effect("MANAGE");
    crisisReason.observe(
        "timeAvailable", t.timeAvailable().map(Duration::toString).orElse("unknown"));
    reasons.add(crisisReason.buildTrusted());
    reasons.add(
        new V1Reason()
            .ruleId("must.confidential")
            .condition("the matter is confidential")
            .observe("confidential", t.confidential())
            .fired(t.confidential())
            .effect("MANAGE")
            .buildTrusted());
    V1Reason competenceReason = new V1Reason();
    if (organization.isPresent()) {
      competenceReason.observe("stakeholdersNotInOrganization", v.unknownStakeholders);
    }
    reasons.add(
        competenceReason
            .ruleId("must.noCompetence")
            .condition("the group lacks competence in the domain while the leader has it")
            .observe("groupCompetence", v.group)
            .observe("groupCompetenceSource", v.groupSource)
            .observe("leaderExpertise", v.leader)
            .observe("leaderExpertiseSource", v.leaderSource)
            .threshold("lacksCompetenceBelow", p.lacksCompetenceBelow())
            .threshold("leaderHigh", high)
            .fired(v.noCompetence)
            .effect("MANAGE")
            .buildTrusted());
    reasons.add(
        new V1Reason()
            .ruleId("must.consistency")
            .condition("the decision must apply one standard to everyone")
            .observe("consistencyCritical", t.consistencyCritical())
            .fired(t.consistencyCritical())
            .effect("MANAGE")
            .buildTrusted());
    for (int i = 0; i < v.values.length; i++) {
      reasons.add(
          new V1Reason()
              .ruleId(FACTOR_IDS[i])
              .condition(FACTOR_CONDITIONS[i])
              .observe("value", v.values[i])
              .threshold("high", high)
              .threshold("weight", v.weights[i])
              .fired(v.values[i] >= high)
              .effect("favours PARTNER")
              .buildTrusted());
    }
    reasons.add(
        new V1Reason()
            .ruleId("should.score")
            .condition("the weighted factors reach the partner threshold")
            .observe("score", v.score)
            .threshold("partnerThreshold", p.partnerThreshold())
            .fired(v.score >= p.partnerThreshold())
            .effect(PARTNER_EFFECT.get(v.partnerStyle))
            .buildTrusted());

    String summary;
    if (v.must) {
      summary =
          "MANAGE ("
              + v.style
              + "): manage when I must — "
              + String.join(
                  ", ",
                  reasons.stream()
                      .filter(r -> r.fired() && r.ruleId().startsWith("must."))
                      .map(Reason::ruleId)
                      .toList());
    } else if (v.partner) {
      summary =
          "PARTNER ("
              + v.style
              + "): partner when WE should — score "
              + twoDecimals(v.score)
              + " ≥ "
              + twoDecimals(p.partnerThreshold());
    } else {
      summary =
          "MANAGE (CONSULT): the factors do not favour partnering — score "
              + twoDecimals(v.score)
              + " < "
              + twoDecimals(p.partnerThreshold());
    }
    return ImmutableRecommendation.builder()
        .decisionId(decision.id())
        .mode(v.style.mode())
        .style(v.style)
        .mustManage(v.must)
        .partnerScore(v.score)
        .policyId(policy.id())
        .policyVersion(policy.version())
        .tentative(false)
        .explanation(Explanation.of(summary, reasons))
        .build();
  }
}
