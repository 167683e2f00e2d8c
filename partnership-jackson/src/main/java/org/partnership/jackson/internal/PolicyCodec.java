package org.partnership.jackson.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.partnership.model.Style;
import org.partnership.model.Trait;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.BalanceParameters;
import org.partnership.rules.Policy;
import org.partnership.rules.RecommendationParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Policies as documents; omitted parameters take their documented defaults. Internal. */
public final class PolicyCodec implements Codec<Policy> {

  private static final Set<String> ROOT =
      Set.of(
          "id",
          "version",
          "scope",
          "effectiveFrom",
          "effectiveTo",
          "balance",
          "recommendation",
          "assessment");
  private static final Set<String> BALANCE =
      Set.of("target", "tolerance", "minimumTotal", "maximumReworkShare");
  private static final Set<String> ASSESSMENT =
      Set.of(
          "minimumOnTimeRate",
          "minimumConsistency",
          "minimumImpactRatio",
          "minimumDecisions",
          "minimumGroupSize",
          "minimumGroupEvents",
          "significanceLevel",
          "fairnessAttributes",
          "minimumCoverage",
          "permutationSeed");
  private static final Set<String> RECOMMENDATION =
      Set.of(
          "urgencyThreshold",
          "minimumTime",
          "lacksCompetenceBelow",
          "highThreshold",
          "commitmentWeight",
          "groupCompetenceWeight",
          "noveltyWeight",
          "developmentWeight",
          "goalAlignmentWeight",
          "partnerThreshold",
          "delegateThreshold",
          "routineSignificanceBelow",
          "routineCommitmentAtRiskBelow",
          "highStakesThreshold",
          "sourceTolerance",
          "questionOrder");

  @Override
  public Policy read(Node root) {
    root.object(ROOT);
    Policy.Builder policy =
        Policy.builder()
            .id(root.required("id").string())
            .version(root.required("version").integer());
    root.optional("scope").map(Node::string).ifPresent(policy::scope);
    root.optional("effectiveFrom").map(Node::instant).ifPresent(policy::effectiveFrom);
    root.optional("effectiveTo").map(Node::instant).ifPresent(policy::effectiveTo);
    root.optional("balance").map(PolicyCodec::balance).ifPresent(policy::balance);
    root.optional("recommendation")
        .map(PolicyCodec::recommendation)
        .ifPresent(policy::recommendation);
    root.optional("assessment").map(PolicyCodec::assessment).ifPresent(policy::assessment);
    try {
      return policy.build();
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
  }

  private static BalanceParameters balance(Node node) {
    node.object(BALANCE);
    BalanceParameters.Builder b = BalanceParameters.builder();
    node.optional("target").map(Node::unitInterval).ifPresent(b::target);
    node.optional("tolerance").map(n -> range(n, 0, 0.5)).ifPresent(b::tolerance);
    node.optional("minimumTotal").map(Node::duration).ifPresent(b::minimumTotal);
    node.optional("maximumReworkShare").map(Node::unitInterval).ifPresent(b::maximumReworkShare);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  private static AssessmentParameters assessment(Node node) {
    node.object(ASSESSMENT);
    AssessmentParameters.Builder a = AssessmentParameters.builder();
    node.optional("minimumOnTimeRate").map(Node::unitInterval).ifPresent(a::minimumOnTimeRate);
    node.optional("minimumConsistency").map(Node::unitInterval).ifPresent(a::minimumConsistency);
    node.optional("minimumImpactRatio").map(Node::unitInterval).ifPresent(a::minimumImpactRatio);
    node.optional("minimumDecisions").map(Node::integer).ifPresent(a::minimumDecisions);
    node.optional("minimumGroupSize").map(Node::integer).ifPresent(a::minimumGroupSize);
    node.optional("minimumGroupEvents").map(Node::integer).ifPresent(a::minimumGroupEvents);
    node.optional("significanceLevel").map(Node::unitInterval).ifPresent(a::significanceLevel);
    node.optional("fairnessAttributes")
        .map(n -> n.list(Node::string))
        .ifPresent(a::fairnessAttributes);
    node.optional("minimumCoverage").map(Node::unitInterval).ifPresent(a::minimumCoverage);
    node.optional("permutationSeed").map(Node::longInteger).ifPresent(a::permutationSeed);
    try {
      return a.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  private static RecommendationParameters recommendation(Node node) {
    node.object(RECOMMENDATION);
    RecommendationParameters.Builder r = RecommendationParameters.builder();
    node.optional("urgencyThreshold").map(Node::unitInterval).ifPresent(r::urgencyThreshold);
    node.optional("lacksCompetenceBelow")
        .map(Node::unitInterval)
        .ifPresent(r::lacksCompetenceBelow);
    node.optional("highThreshold").map(Node::unitInterval).ifPresent(r::highThreshold);
    node.optional("partnerThreshold").map(Node::unitInterval).ifPresent(r::partnerThreshold);
    node.optional("delegateThreshold").map(Node::unitInterval).ifPresent(r::delegateThreshold);
    node.optional("routineSignificanceBelow")
        .map(Node::unitInterval)
        .ifPresent(r::routineSignificanceBelow);
    node.optional("routineCommitmentAtRiskBelow")
        .map(Node::unitInterval)
        .ifPresent(r::routineCommitmentAtRiskBelow);
    node.optional("highStakesThreshold").map(Node::unitInterval).ifPresent(r::highStakesThreshold);
    node.optional("sourceTolerance").map(Node::unitInterval).ifPresent(r::sourceTolerance);
    node.optional("questionOrder").map(n -> n.list(PolicyCodec::trait)).ifPresent(r::questionOrder);
    node.optional("commitmentWeight").map(PolicyCodec::weight).ifPresent(r::commitmentWeight);
    node.optional("groupCompetenceWeight")
        .map(PolicyCodec::weight)
        .ifPresent(r::groupCompetenceWeight);
    node.optional("noveltyWeight").map(PolicyCodec::weight).ifPresent(r::noveltyWeight);
    node.optional("developmentWeight").map(PolicyCodec::weight).ifPresent(r::developmentWeight);
    node.optional("goalAlignmentWeight").map(PolicyCodec::weight).ifPresent(r::goalAlignmentWeight);
    node.optional("minimumTime")
        .ifPresent(
            n -> {
              Map<Style, java.time.Duration> times =
                  new EnumMap<>(RecommendationParameters.defaults().minimumTime());
              n.object(styleNames());
              n.map(Node::duration).forEach((style, time) -> times.put(Style.valueOf(style), time));
              r.minimumTime(times);
            });
    try {
      return r.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  private static Trait trait(Node node) {
    try {
      return Trait.ofId(node.string());
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  private static Set<String> styleNames() {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Style s : Style.values()) {
      names.add(s.name());
    }
    return names;
  }

  private static double weight(Node node) {
    double w = node.number();
    if (!(w >= 0 && w <= RecommendationParameters.MAXIMUM_WEIGHT)) {
      throw node.problem(
          "must be in [0, " + (int) RecommendationParameters.MAXIMUM_WEIGHT + "], was " + w);
    }
    return w;
  }

  private static double range(Node node, double low, double high) {
    double v = node.number();
    if (!(v >= low && v <= high)) {
      throw node.problem("must be in [" + low + ", " + high + "], was " + v);
    }
    return v;
  }

  @Override
  public JsonNode write(Policy policy) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", policy.id()).put("version", policy.version());
    policy.scope().ifPresent(s -> root.put("scope", s));
    root.put("effectiveFrom", policy.effectiveFrom().toString());
    policy.effectiveTo().ifPresent(t -> root.put("effectiveTo", t.toString()));
    BalanceParameters b = policy.balance();
    root.putObject("balance")
        .put("target", b.target())
        .put("tolerance", b.tolerance())
        .put("minimumTotal", b.minimumTotal().toString())
        .put("maximumReworkShare", b.maximumReworkShare());
    RecommendationParameters r = policy.recommendation();
    ObjectNode rec =
        root.putObject("recommendation")
            .put("urgencyThreshold", r.urgencyThreshold())
            .put("lacksCompetenceBelow", r.lacksCompetenceBelow())
            .put("highThreshold", r.highThreshold())
            .put("commitmentWeight", r.commitmentWeight())
            .put("groupCompetenceWeight", r.groupCompetenceWeight())
            .put("noveltyWeight", r.noveltyWeight())
            .put("developmentWeight", r.developmentWeight())
            .put("goalAlignmentWeight", r.goalAlignmentWeight())
            .put("partnerThreshold", r.partnerThreshold())
            .put("delegateThreshold", r.delegateThreshold())
            .put("routineSignificanceBelow", r.routineSignificanceBelow())
            .put("routineCommitmentAtRiskBelow", r.routineCommitmentAtRiskBelow())
            .put("highStakesThreshold", r.highStakesThreshold())
            .put("sourceTolerance", r.sourceTolerance());
    var order = rec.putArray("questionOrder");
    r.questionOrder().forEach(t -> order.add(t.id()));
    ObjectNode times = rec.putObject("minimumTime");
    for (Style s : Style.values()) {
      times.put(s.name(), r.minimumTime().get(s).toString());
    }
    AssessmentParameters a = policy.assessment();
    root.putObject("assessment")
        .put("minimumOnTimeRate", a.minimumOnTimeRate())
        .put("minimumConsistency", a.minimumConsistency())
        .put("minimumImpactRatio", a.minimumImpactRatio())
        .put("minimumDecisions", a.minimumDecisions())
        .put("minimumGroupSize", a.minimumGroupSize())
        .put("minimumGroupEvents", a.minimumGroupEvents())
        .put("significanceLevel", a.significanceLevel())
        .put("minimumCoverage", a.minimumCoverage())
        .put("permutationSeed", a.permutationSeed());
    var attributes = ((ObjectNode) root.get("assessment")).putArray("fairnessAttributes");
    a.fairnessAttributes().forEach(attributes::add);
    return root;
  }
}
