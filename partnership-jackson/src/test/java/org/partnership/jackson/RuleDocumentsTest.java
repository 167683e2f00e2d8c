package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnership.model.ActivityKind;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.model.TimeAllocation;
import org.partnership.model.Trait;
import org.partnership.rules.BalanceParameters;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.Recommendation;
import org.partnership.rules.RecommendationParameters;
import org.quicktheories.generators.Generate;

/** Policies, decisions and time allocations as JSON and YAML documents. */
class RuleDocumentsTest {

  static final String POLICY_YAML =
      """
      id: district
      version: 2
      scope: lincoln
      effectiveFrom: 2026-09-01T00:00:00Z
      balance:
        target: 0.65
        tolerance: 0.1
      recommendation:
        partnerThreshold: 0.55
        minimumTime: { AGREE: P5D }
      """;

  @Test
  void aPolicyReadsWithDefaultsForWhatItOmits() {
    Policy p = DocumentType.POLICY.parse(POLICY_YAML, "policy.yaml", DocumentFormat.YAML);
    assertThat(p.id()).isEqualTo("district");
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.scope()).hasValue("lincoln");
    assertThat(p.effectiveFrom()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(p.balance().target()).isEqualTo(0.65);
    assertThat(p.balance().minimumTotal()).isEqualTo(Duration.ofHours(8));
    assertThat(p.recommendation().partnerThreshold()).isEqualTo(0.55);
    assertThat(p.recommendation().minimumTime())
        .containsEntry(Style.AGREE, Duration.ofDays(5))
        .containsEntry(Style.TELL, Duration.ofMinutes(15));
  }

  @Test
  void policiesRoundTripLosslesslyInBothFormats() {
    Policy p = DocumentType.POLICY.parse(POLICY_YAML, "policy.yaml", DocumentFormat.YAML);
    for (DocumentFormat format : DocumentFormat.values()) {
      assertThat(DocumentType.POLICY.parse(DocumentType.POLICY.write(p, format), "again", format))
          .isEqualTo(p);
      assertThat(
              DocumentType.POLICY.parse(
                  DocumentType.POLICY.write(Policy.seed(), format), "again", format))
          .isEqualTo(Policy.seed());
    }
  }

  @Test
  void randomPoliciesRoundTrip() {
    qt().forAll(
            doubles().between(0, 1),
            doubles().between(0, 0.5),
            lists().of(doubles().between(0, 1)).ofSize(13),
            integers().between(1, 1000))
        .checkAssert(
            (target, tolerance, v, version) -> {
              Policy p =
                  Policy.builder()
                      .id("p")
                      .version(version)
                      .effectiveTo(Instant.parse("2030-01-01T00:00:00Z"))
                      .balance(
                          BalanceParameters.builder()
                              .target(target)
                              .tolerance(tolerance)
                              .minimumTotal(Duration.ofMinutes(1 + version))
                              .build())
                      .recommendation(
                          RecommendationParameters.builder()
                              .urgencyThreshold(v.get(0))
                              .lacksCompetenceBelow(v.get(1))
                              .highThreshold(v.get(2))
                              .partnerThreshold(v.get(3))
                              .delegateThreshold(v.get(4))
                              .commitmentWeight(v.get(5) + 0.01)
                              .groupCompetenceWeight(v.get(6))
                              .noveltyWeight(v.get(7))
                              .developmentWeight(v.get(8))
                              .routineSignificanceBelow(v.get(9))
                              .routineCommitmentAtRiskBelow(v.get(10))
                              .highStakesThreshold(v.get(11))
                              .sourceTolerance(v.get(12))
                              .questionOrder(order(version))
                              .build())
                      .build();
              String json = DocumentType.POLICY.write(p, DocumentFormat.JSON);
              assertThat(DocumentType.POLICY.parse(json, "p.json", DocumentFormat.JSON))
                  .isEqualTo(p);
            });
  }

  /** A question order: every trait, rotated by {@code n}. */
  private static java.util.List<org.partnership.model.Trait> order(int n) {
    java.util.List<org.partnership.model.Trait> traits =
        new java.util.ArrayList<>(java.util.List.of(org.partnership.model.Trait.values()));
    java.util.Collections.rotate(traits, n);
    return traits;
  }

  @Test
  void aQuestionOrderNamesTraitsByTheirIdsOnce() {
    String yaml = "id: p\nversion: 1\nrecommendation:\n  questionOrder: [goalAlignment, urgency]\n";
    Policy p = DocumentType.POLICY.parse(yaml, "p.yaml", DocumentFormat.YAML);
    assertThat(p.recommendation().questionOrder())
        .containsExactly(
            org.partnership.model.Trait.GOAL_ALIGNMENT, org.partnership.model.Trait.URGENCY);
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    yaml.replace("urgency]", "urgent]"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith(
            "p.yaml:4:34 recommendation.questionOrder[1]: trait \"urgent\" is not one of");
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    yaml.replace("urgency]", "goalAlignment]"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("questionOrder must name each trait once, names goalAlignment twice");
    // the field the seed policy had until version 2 is refused, naming it
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    "id: p\nversion: 1\nrecommendation:\n  tentativeUnknownShare: 0.5\n",
                    "p.yaml",
                    DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("tentativeUnknownShare");
  }

  @Test
  void aPolicyDeclaresItsProtectedAttributesAndTheyRoundTrip() {
    String yaml =
        "id: p\nversion: 1\nassessment:\n  fairnessAttributes: [gender, ageBand]\n"
            + "  minimumCoverage: 0.6\n  permutationSeed: 20261207\n";
    Policy p = DocumentType.POLICY.parse(yaml, "p.yaml", DocumentFormat.YAML);
    assertThat(p.assessment().fairnessAttributes()).containsExactly("gender", "ageBand");
    assertThat(p.assessment().minimumCoverage()).isEqualTo(0.6);
    assertThat(p.assessment().permutationSeed()).isEqualTo(20261207L);
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = DocumentType.POLICY.write(p, format);
      assertThat(DocumentType.POLICY.parse(written, "again", format)).isEqualTo(p);
    }
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    yaml.replace("ageBand]", "gender]"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("must not name an attribute twice");
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    yaml.replace("20261207", "1.5"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("assessment.permutationSeed")
        .hasMessageContaining("expected a whole number");
  }

  @Test
  void anOutOfRangeParameterIsReportedWithFileLineColumnAndPath() {
    String bad = POLICY_YAML.replace("target: 0.65", "target: 1.5");
    assertThatThrownBy(() -> DocumentType.POLICY.parse(bad, "policy.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("policy.yaml:6:11 balance.target: must be in [0, 1], was 1.5");
  }

  @Test
  void policyErrorsNameTheFieldAndWhatWasExpected() {
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    POLICY_YAML.replace("version: 2", "version: two"),
                    "p.yaml",
                    DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("p.yaml:2:10 version: expected a whole number, was the string \"two\"");
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    POLICY_YAML.replace("P5D", "five days"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageEndingWith(
            "recommendation.minimumTime.AGREE: expected an ISO-8601 duration such as PT2H or P3D,"
                + " was \"five days\"");
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    POLICY_YAML.replace("AGREE:", "AGREED:"), "p.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("recommendation.minimumTime.AGREED: unknown field");
    assertThatThrownBy(
            () ->
                DocumentType.POLICY.parse(
                    POLICY_YAML.replace(
                        "effectiveFrom: 2026-09-01T00:00:00Z", "effectiveTo: 1970-01-01T00:00:00Z"),
                    "p.yaml",
                    DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("$: effectiveTo must be after effectiveFrom");
  }

  static final String DECISION_JSON =
      """
      {
        "id": "safety-drill",
        "title": "Schedule the fire drill",
        "domain": "safety",
        "owner": "principal-lincoln",
        "stakeholders": ["omar-haddad", "sarah-lindqvist"],
        "traits": { "mandate": "SAFETY", "urgency": 0.9, "timeAvailable": "PT4H" }
      }
      """;

  @Test
  void decisionsReadWithTraitDefaultsAndRoundTrip() {
    Decision d = DocumentType.DECISION.parse(DECISION_JSON, "d.json", DocumentFormat.JSON);
    assertThat(d.domain()).isEqualTo(Domain.of("safety"));
    assertThat(d.stakeholders()).containsExactly("omar-haddad", "sarah-lindqvist");
    assertThat(d.traits().mandate()).isEqualTo(Mandate.SAFETY);
    assertThat(d.traits().timeAvailable()).hasValue(Duration.ofHours(4));
    assertThat(d.traits().significance()).isEqualTo(DecisionTraits.UNKNOWN);
    assertThat(d.traits().known()).containsExactly(Trait.URGENCY);
    for (DocumentFormat format : DocumentFormat.values()) {
      String written = DocumentType.DECISION.write(d, format);
      assertThat(written).doesNotContain("significance"); // unknown stays unknown
      assertThat(DocumentType.DECISION.parse(written, "x", format)).isEqualTo(d);
    }
  }

  @Test
  void aRecommendationAsJsonHasShortDecimalsItsUnknownsAndWhetherItIsTentative() {
    Decision d = DocumentType.DECISION.parse(DECISION_JSON, "d.json", DocumentFormat.JSON);
    Recommendation r = PartnerOrManage.recommend(d, Policy.seed());
    assertThat(r.tentative()).isTrue();
    String json = VerdictJson.of(r);
    assertThat(json)
        .contains("\"policyVersion\" : 3")
        .contains("\"tentative\" : true")
        .contains("\"styles\" : [ \"")
        .contains("\"unknowns\" : [ \"")
        .contains("\"question\" : {")
        .contains("\"trait\" : \"" + r.question().get().trait().id() + "\"")
        .contains("\"undetermined\" : true")
        .contains("\"partnerScore\" : " + r.partnerScore())
        .contains("\"partnerScoreHigh\" : " + r.partnerScoreHigh());
    // no binary noise in any number the rule derived
    assertThat(json).doesNotContainPattern("[0-9]\\.[0-9]{6,}");
    // a firm recommendation has no question
    Decision firm =
        Decision.builder()
            .from(d)
            .traits(
                DecisionTraits.builder()
                    .mandate(Mandate.SAFETY)
                    .commitmentNeeded(0.1)
                    .leaderExpertise(0.9)
                    .timeAvailable(Duration.ofDays(3))
                    .build())
            .build();
    Recommendation told = PartnerOrManage.recommend(firm, Policy.seed());
    assertThat(told.tentative()).isFalse();
    assertThat(VerdictJson.of(told))
        .contains("\"question\" : null")
        .contains("\"styles\" : [ \"TELL\" ]")
        .contains("\"unknowns\" : [ ]");
  }

  @Test
  void decisionErrorsAreLocated() {
    assertThatThrownBy(
            () ->
                DocumentType.DECISION.parse(
                    DECISION_JSON.replace("\"SAFETY\"", "\"FIRE\""), "d.json", DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("d.json:7:26 traits.mandate: expected one of [NONE, LEGAL,");
    assertThatThrownBy(
            () ->
                DocumentType.DECISION.parse(
                    DECISION_JSON.replace("\"urgency\"", "\"urgent\""),
                    "d.json",
                    DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("traits.urgent: unknown field");
    assertThatThrownBy(
            () ->
                DocumentType.DECISION.parse(
                    DECISION_JSON.replace("PT4H", "-PT4H"), "d.json", DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("traits: timeAvailable must be positive, was PT-4H");
  }

  @Test
  void timeAllocationsRoundTripExactly() {
    qt().forAll(
            lists()
                .of(
                    Generate.enumValues(ActivityKind.class)
                        .zip(
                            Generate.enumValues(Phase.class),
                            longs().between(1, 10_000_000_000_000L),
                            (k, p, n) -> TimeAllocation.Entry.of(k, p, Duration.ofNanos(n))))
                .ofSizeBetween(0, 30))
        .checkAssert(
            entries -> {
              TimeAllocation a = TimeAllocation.of(entries);
              for (DocumentFormat format : DocumentFormat.values()) {
                assertThat(
                        DocumentType.TIME_ALLOCATION.parse(
                            DocumentType.TIME_ALLOCATION.write(a, format), "a", format))
                    .isEqualTo(a);
              }
            });
  }

  @Test
  void timeAllocationErrorsAreLocated() {
    String bad =
        """
        entries:
          - { kind: COACHING, phase: UPFRONT, duration: PT1H }
          - { kind: COACHING, phase: LATER, duration: PT1H }
        """;
    assertThatThrownBy(() -> DocumentType.TIME_ALLOCATION.parse(bad, "a.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(
            "a.yaml:3:30 entries[1].phase: expected one of [UPFRONT, IMPLEMENTATION], was \"LATER\"");
    assertThatThrownBy(
            () ->
                DocumentType.TIME_ALLOCATION.parse(
                    bad.replace("LATER", "UPFRONT")
                        .replace("duration: PT1H }\n  - ", "duration: PT0S }\n  - "),
                    "a.yaml",
                    DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("a.yaml:2:5 entries[0]: duration must be positive, was PT0S");
  }

  @Test
  void documentTypesRejectNullsAndNameThemselves() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(DocumentFormat.class, DocumentFormat.JSON)
            .setDefault(Path.class, Path.of("x.json"));
    tester.testAllPublicInstanceMethods(DocumentType.POLICY);
    tester.testAllPublicInstanceMethods(DocumentType.DECISION);
    tester.testAllPublicInstanceMethods(DocumentType.TIME_ALLOCATION);
    assertThat(DocumentType.TIME_ALLOCATION).hasToString("time allocation");
  }
}
