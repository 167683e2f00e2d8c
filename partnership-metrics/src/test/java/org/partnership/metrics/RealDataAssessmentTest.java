package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.metrics.LeadershipAssessment.Aspect;
import org.partnership.metrics.LeadershipAssessment.Status;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * The assessment on data as an HR platform has it: a person who can pass, subtraction that reveals
 * nobody, traits measured on a continuous scale, and due times left out.
 */
class RealDataAssessmentTest {

  static final Organization ORG = TestLedgers.organization();
  static final Instant T0 = TestLedgers.START;

  @Test
  void aLeaderAssessedAsAPersonCanPass() {
    MetricContext p0 =
        MetricContext.builder(ORG)
            .subject(Subject.person("p0"))
            .fairnessAttributes(List.of("site", "tenure"))
            .build();
    LeadershipAssessment a =
        LeadershipAssessment.of(
            MetricRegistry.builtIns().measure(p0, LeadershipAssessmentTest.ledger(28, 12, 40, 2)));
    assertThat(a.components().get(Aspect.PARTNERSHIP).status()).isEqualTo(Status.PASS);
    assertThat(a.components().get(Aspect.TIMELY).status()).isEqualTo(Status.PASS);
    assertThat(a.components().get(Aspect.CONSISTENT).status()).isEqualTo(Status.PASS);
    LeadershipAssessment.Component fair = a.components().get(Aspect.FAIR);
    assertThat(fair.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(fair.reason().effect().orElseThrow()).contains("a person is not a group");
    assertThat(a.status()).isEqualTo(Status.PASS);
  }

  @Test
  void withNothingDeclaredFairIsNotApplicableAndTheOthersDecide() {
    LeadershipAssessment a =
        LeadershipAssessment.of(
            MetricRegistry.builtIns()
                .measure(MetricContext.of(ORG), LeadershipAssessmentTest.ledger(28, 12, 40, 2)));
    assertThat(a.components().get(Aspect.FAIR).status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(a.components().get(Aspect.FAIR).reason().effect().orElseThrow())
        .contains("no protected attributes declared");
    assertThat(a.status()).isNotEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void oneRemotePersonCannotBeFoundBySubtraction() {
    // Twelve people: site north (6), south (5) and remote (1); tenure 6+ for eight of them, and
    // both "tenure=6+" and "site=south&tenure=6+" have at least five members. Publishing both
    // would give the remote person's involvement by subtraction (and "site=north&tenure=6+" has
    // two members only, so it is never published either).
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    org.addPerson(Person.builder().id("lead").displayName("Lead").build()).assign("lead", "head");
    String[][] people = {
      {"s1", "south", "6+"},
      {"s2", "south", "6+"},
      {"s3", "south", "6+"},
      {"s4", "south", "6+"},
      {"s5", "south", "6+"},
      {"n1", "north", "6+"},
      {"n2", "north", "6+"},
      {"n3", "north", "0-5"},
      {"n4", "north", "0-5"},
      {"n5", "north", "0-5"},
      {"n6", "north", "0-5"},
      {"r1", "remote", "6+"}
    };
    List<String> ids = new ArrayList<>();
    for (String[] p : people) {
      org.addRole(Role.of("role-" + p[0], p[0], "head"))
          .addPerson(
              Person.builder()
                  .id(p[0])
                  .displayName(p[0])
                  .putAttribute("site", p[1])
                  .putAttribute("tenure", p[2])
                  .build())
          .assign(p[0], "role-" + p[0]);
      ids.add(p[0]);
    }
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int d = 0; d < 8; d++) {
      DecisionRecord.Builder b =
          DecisionRecord.builder()
              .decisionId("d" + d)
              .domain(Domain.of("budget"))
              .ownerRoleId("head")
              .style(Style.CONSULT)
              .raisedAt(T0)
              .decidedBy("lead")
              .decidedAt(T0.plus(Duration.ofHours(1)));
      for (String id : ids) {
        if (!id.equals("r1") || d < 3) {
          b.addParticipants(id); // the remote person took part in 3 of 8
        }
      }
      ledger.add(b.build());
    }
    MetricContext context =
        MetricContext.builder(org.build()).fairnessAttributes(List.of("site", "tenure")).build();
    MetricValue v =
        MetricRegistry.builtIns().measure(context, ledger).value("fairness").orElseThrow();
    boolean whole = v.value("involvement.taken.tenure=6+").isPresent();
    boolean part = v.value("involvement.taken.site=south&tenure=6+").isPresent();
    assertThat(whole && part).as("both published").isFalse();
    assertThat(v.value("secondary-suppressed-groups").orElse(0)).isPositive();
  }

  @Test
  void noGroupUnderTheMinimumFollowsFromPublishedGroupsBySubtraction() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(12, 60))
        .checkAssert(
            (seed, size) -> {
              SplittableRandom random = new SplittableRandom(seed);
              Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
              org.addPerson(Person.builder().id("lead").displayName("Lead").build())
                  .assign("lead", "head");
              Map<String, Map<String, String>> attributes = new HashMap<>();
              for (int i = 0; i < size; i++) {
                String id = "p" + i;
                Person.Builder p = Person.builder().id(id).displayName(id);
                Map<String, String> mine = new HashMap<>();
                for (String a : new String[] {"x", "y", "z"}) {
                  if (random.nextInt(10) > 0) { // a tenth unknown
                    String value = a + random.nextInt(1 + random.nextInt(4));
                    p.putAttribute(a, value);
                    mine.put(a, value);
                  }
                }
                attributes.put(id, mine);
                org.addRole(Role.of("r" + i, "R" + i, "head"))
                    .addPerson(p.build())
                    .assign(id, "r" + i);
              }
              List<LedgerRecord> ledger = new ArrayList<>();
              for (int r = 0; r < 400; r++) {
                ledger.add(
                    Recognition.of("lead", "p" + random.nextInt(size), Domain.of("budget"), T0));
              }
              int minimum = 3 + random.nextInt(3);
              MetricContext context =
                  MetricContext.builder(org.build())
                      .minimumGroupSize(minimum)
                      .fairnessAttributes(List.of("x", "y", "z"))
                      .build();
              MetricValue v =
                  MetricRegistry.builtIns()
                      .measure(context, ledger)
                      .value("fairness")
                      .orElseThrow();
              // The published recognition groups, as sets of people.
              Map<String, Set<String>> published = new HashMap<>();
              for (String key : v.values().keySet()) {
                if (key.startsWith("recognition.members.")) {
                  String group = key.substring("recognition.members.".length());
                  published.put(group, members(group, attributes));
                }
              }
              for (Map.Entry<String, Set<String>> a : published.entrySet()) {
                for (Map.Entry<String, Set<String>> b : published.entrySet()) {
                  if (a.getValue().containsAll(b.getValue())) {
                    int difference = a.getValue().size() - b.getValue().size();
                    assertThat(difference == 0 || difference >= minimum)
                        .as("%s minus %s: %s people", a.getKey(), b.getKey(), difference)
                        .isTrue();
                  }
                }
              }
              // Everyone (or a published group) minus the published groups of one combination
              // inside it.
              Set<String> everyone = new HashSet<>(attributes.keySet());
              everyone.add("lead"); // in the population too, with no attributes
              Map<String, Set<String>> wholes = new HashMap<>(published);
              wholes.put("everyone", everyone);
              Map<String, List<Set<String>>> byCombination = new HashMap<>();
              published.forEach(
                  (group, set) ->
                      byCombination
                          .computeIfAbsent(combination(group), k -> new ArrayList<>())
                          .add(set));
              for (Map.Entry<String, Set<String>> w : wholes.entrySet()) {
                for (List<Set<String>> cells : byCombination.values()) {
                  Set<String> rest = new HashSet<>(w.getValue());
                  boolean any = false;
                  for (Set<String> cell : cells) {
                    if (w.getValue().containsAll(cell) && !cell.equals(w.getValue())) {
                      rest.removeAll(cell);
                      any = true;
                    }
                  }
                  if (any) {
                    assertThat(rest.isEmpty() || rest.size() >= minimum)
                        .as("%s minus cells inside it: %s people", w.getKey(), rest.size())
                        .isTrue();
                  }
                }
              }
            });
  }

  private static String combination(String group) {
    StringBuilder c = new StringBuilder();
    for (String part : group.split("&")) {
      c.append(part, 0, part.indexOf('=')).append('&');
    }
    return c.toString();
  }

  private static Set<String> members(String group, Map<String, Map<String, String>> attributes) {
    Set<String> members = new HashSet<>();
    attributes.forEach(
        (id, mine) -> {
          for (String part : group.split("&")) {
            String[] kv = part.split("=");
            if (!kv[1].equals(mine.get(kv[0]))) {
              return;
            }
          }
          members.add(id);
        });
    return members;
  }

  @Test
  void jitterInAContinuouslyMeasuredTraitDoesNotEmptyConsistency() {
    // 21 decisions of one situation whose styles take turns; conflictLikelihood 0.500, 0.501, ...
    List<LedgerRecord> exact = new ArrayList<>();
    List<LedgerRecord> jittered = new ArrayList<>();
    Style[] turns = {Style.TELL, Style.CONSULT, Style.AGREE};
    for (int i = 0; i < 21; i++) {
      for (int variant = 0; variant < 2; variant++) {
        double conflict = variant == 0 ? 0.5 : 0.5 + i / 1000.0;
        DecisionRecord d =
            DecisionRecord.builder()
                .decisionId("d" + i)
                .domain(Domain.of("budget"))
                .ownerRoleId("head")
                .style(turns[i % 3])
                .traits(
                    DecisionTraits.builder().significance(0.8).conflictLikelihood(conflict).build())
                .raisedAt(T0)
                .decidedBy("p0")
                .decidedAt(T0.plus(Duration.ofHours(1)))
                .dueAt(T0.plus(Duration.ofHours(2)))
                .build();
        (variant == 0 ? exact : jittered).add(d);
      }
    }
    MetricReport before = MetricRegistry.builtIns().measure(MetricContext.of(ORG), exact);
    double comparisons = before.value("consistency").orElseThrow().value("comparisons").orElse(0);
    assertThat(comparisons).isPositive();
    for (List<LedgerRecord> ledger : List.of(exact, jittered)) {
      MetricReport report = MetricRegistry.builtIns().measure(MetricContext.of(ORG), ledger);
      assertThat(report.value("consistency").orElseThrow().value("comparisons"))
          .hasValue(comparisons);
      assertThat(report.value("consistency").orElseThrow().value("coverage")).hasValue(1.0);
      assertThat(LeadershipAssessment.of(report).components().get(Aspect.CONSISTENT).status())
          .isEqualTo(Status.FAIL);
    }
  }

  @Test
  void leavingOutDueTimesDoesNotMakeTimelinessPass() {
    // 200 decisions taken on time: with every due time recorded, TIMELY passes; with 40 of them
    // recorded, the rate (40 of 40) would pass, but it describes a fifth of the decisions.
    MetricReport all = MetricRegistry.builtIns().measure(MetricContext.of(ORG), onTime(200));
    assertThat(LeadershipAssessment.of(all).components().get(Aspect.TIMELY).status())
        .isEqualTo(Status.PASS);
    MetricReport report = MetricRegistry.builtIns().measure(MetricContext.of(ORG), onTime(40));
    assertThat(report.value("timeliness").orElseThrow().value("due-coverage")).hasValue(0.2);
    LeadershipAssessment.Component timely =
        LeadershipAssessment.of(report).components().get(Aspect.TIMELY);
    assertThat(timely.status()).isEqualTo(Status.INCONCLUSIVE);
    assertThat(timely.reason().effect().orElseThrow())
        .contains("describes 20 % of the decisions, under the minimum coverage of 50 %");
  }

  /** 200 decisions decided in an hour; the first {@code withDue} due in two. */
  private static List<LedgerRecord> onTime(int withDue) {
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      DecisionRecord.Builder d =
          DecisionRecord.builder()
              .decisionId("d" + i)
              .domain(Domain.of("budget"))
              .ownerRoleId("head")
              .style(Style.TELL)
              .raisedAt(T0)
              .decidedBy("p0")
              .decidedAt(T0.plus(Duration.ofHours(1)));
      if (i < withDue) {
        d.dueAt(T0.plus(Duration.ofHours(2)));
      }
      ledger.add(d.build());
    }
    return ledger;
  }
}
