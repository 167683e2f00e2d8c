package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.partnership.jackson.internal.Documents;
import org.partnership.rules.Answer;
import org.partnership.rules.BalanceVerdict;
import org.partnership.rules.Explanation;
import org.partnership.rules.Question;
import org.partnership.rules.Reason;
import org.partnership.rules.Recommendation;
import org.partnership.rules.classic.Vroom2000Result;
import org.partnership.rules.classic.VroomYettonResult;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Verdicts rendered as JSON, for hosts that store or show them: the outcome, the policy applied and
 * the explanation with every rule checked. Output only: verdicts are computed, not read.
 *
 * <p>A recommendation has {@code decisionId}, {@code mode}, {@code style}, {@code styles} (the
 * styles the completions of what is unknown reach, in the continuum's order: just {@code style}
 * when firm), {@code tentative} (more than one style), {@code mustManage}, {@code partnerScore} and
 * {@code partnerScoreHigh} (the lowest and highest score the completions allow, rounded to four
 * decimals; equal when every factor is known), {@code policyId}, {@code policyVersion}, {@code
 * unknowns} (the ids of the traits that could change it) and {@code question} — {@code null} when
 * firm, else {@code {"trait": …, "text": …, "answers": [{"low": …, "high": …, "highIncluded": …,
 * "range": …, "styles": […], "style": …}]}}, the question to ask first and what each answer would
 * leave.
 *
 * <p>Every verdict object has an {@code explanation} of the form {@code {"summary": …, "reasons":
 * [{"ruleId": …, "condition": …, "fired": …, "undetermined": …, "observed": {…}, "thresholds": {…},
 * "effect": …}]}}; {@code undetermined} is true for a rule that fires for some completions of what
 * is unknown only (it is then not {@code fired}). An observed value nobody described is the string
 * {@code "unknown"}; one the completions leave open is the interval as text, e.g. {@code "[0.2,
 * 0.6]"}.
 *
 * <p>Thread-safe: all methods are static.
 */
public final class VerdictJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VerdictJson() {}

  /**
   * A recommendation of the seed rule.
   *
   * @throws NullPointerException if {@code r} is null
   */
  public static String of(Recommendation r) {
    requireNonNull(r, "recommendation");
    ObjectNode root = NODES.objectNode();
    root.put("decisionId", r.decisionId())
        .put("mode", r.mode().name())
        .put("style", r.style().name());
    var styles = root.putArray("styles");
    r.styles().forEach(s -> styles.add(s.name()));
    root.put("tentative", r.tentative())
        .put("mustManage", r.mustManage())
        .put("partnerScore", r.partnerScore())
        .put("partnerScoreHigh", r.partnerScoreHigh())
        .put("policyId", r.policyId())
        .put("policyVersion", r.policyVersion());
    var unknowns = root.putArray("unknowns");
    r.unknowns().forEach(t -> unknowns.add(t.id()));
    if (r.question().isPresent()) {
      Question q = r.question().get();
      ObjectNode question = root.putObject("question");
      question.put("trait", q.trait().id()).put("text", q.text());
      var answers = question.putArray("answers");
      for (Answer a : q.answers()) {
        ObjectNode answer =
            answers
                .addObject()
                .put("low", a.low())
                .put("high", a.high())
                .put("highIncluded", a.highIncluded())
                .put("range", a.range());
        var reached = answer.putArray("styles");
        a.styles().forEach(s -> reached.add(s.name()));
        answer.put("style", a.style().name());
      }
    } else {
      root.putNull("question");
    }
    root.set("explanation", explanation(r.explanation()));
    return Documents.write(root, DocumentFormat.JSON);
  }

  /**
   * A verdict of the 70/30 balance rule; shares are {@code null} when no time was recorded.
   *
   * @throws NullPointerException if {@code v} is null
   */
  public static String of(BalanceVerdict v) {
    requireNonNull(v, "verdict");
    ObjectNode root = NODES.objectNode();
    root.put("outcome", v.outcome().name()).put("total", v.total().toString());
    root.put(
        "partneringShare",
        v.partneringShare().isPresent() ? v.partneringShare().getAsDouble() : null);
    root.put(
        "distanceFromTarget",
        v.distanceFromTarget().isPresent() ? v.distanceFromTarget().getAsDouble() : null);
    root.put("upfrontShare", v.upfrontShare().isPresent() ? v.upfrontShare().getAsDouble() : null);
    root.put(
        "looseEndsShare", v.looseEndsShare().isPresent() ? v.looseEndsShare().getAsDouble() : null);
    root.put("reworkShare", v.reworkShare().isPresent() ? v.reworkShare().getAsDouble() : null);
    root.put("policyId", v.policyId()).put("policyVersion", v.policyVersion());
    root.set("explanation", explanation(v.explanation()));
    return Documents.write(root, DocumentFormat.JSON);
  }

  /**
   * A verdict of the Vroom–Yetton (1973) model.
   *
   * @throws NullPointerException if {@code r} is null
   */
  public static String of(VroomYettonResult r) {
    requireNonNull(r, "result");
    ObjectNode root = NODES.objectNode();
    root.put("model", "vroom-yetton-1973");
    ObjectNode answers = root.putObject("answers");
    r.answers().forEach((q, a) -> answers.put(q.name(), a ? "Y" : "N"));
    var feasible = root.putArray("feasibleSet");
    r.feasibleSet().forEach(s -> feasible.add(s.name()));
    root.put("modelA", r.modelA().name())
        .put("modelB", r.modelB().name())
        .put("style", r.style().name())
        .put("mode", r.mode().name());
    root.set("explanation", explanation(r.explanation()));
    return Documents.write(root, DocumentFormat.JSON);
  }

  /**
   * A verdict of a Vroom (2000) model.
   *
   * @throws NullPointerException if {@code r} is null
   */
  public static String of(Vroom2000Result r) {
    requireNonNull(r, "result");
    ObjectNode root = NODES.objectNode();
    root.put("model", r.model().name());
    ObjectNode levels = root.putObject("levels");
    r.levels().forEach((f, high) -> levels.put(f.name(), high ? "H" : "L"));
    root.put("vroomStyle", r.vroomStyle().name())
        .put("style", r.style().name())
        .put("mode", r.mode().name());
    root.set("explanation", explanation(r.explanation()));
    return Documents.write(root, DocumentFormat.JSON);
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode node = NODES.objectNode().put("summary", e.summary());
    var reasons = node.putArray("reasons");
    for (Reason r : e.reasons()) {
      ObjectNode reason =
          reasons
              .addObject()
              .put("ruleId", r.ruleId())
              .put("condition", r.condition())
              .put("fired", r.fired())
              .put("undetermined", r.undetermined());
      reason.set("observed", values(r.observed()));
      reason.set("thresholds", values(r.thresholds()));
      r.effect().ifPresent(effect -> reason.put("effect", effect));
    }
    return node;
  }

  private static ObjectNode values(Map<String, Object> values) {
    ObjectNode node = NODES.objectNode();
    values.forEach(
        (k, v) -> {
          if (v instanceof Boolean) {
            node.put(k, (Boolean) v);
          } else if (v instanceof Integer) {
            node.put(k, (Integer) v);
          } else if (v instanceof Long) {
            node.put(k, (Long) v);
          } else if (v instanceof Double) {
            node.put(k, (Double) v);
          } else {
            node.put(k, v.toString());
          }
        });
    return node;
  }
}
