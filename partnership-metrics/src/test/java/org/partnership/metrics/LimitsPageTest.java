package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.BalanceParameters;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.RecommendationParameters;

/**
 * The "Values" and "Measurement states" sections of {@code docs/limits.md}, row by row: each check
 * names the row it proves with an input just over the limit; the page test fails when a row has no
 * check or a check names a row the page does not have.
 */
class LimitsPageTest {

  /** The row of {@code docs/limits.md} a test checks: "Section | what". */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Limit {
    String value();
  }

  private static final List<String> SECTIONS = List.of("Values", "Measurement states");

  @Test
  void everyRowOfTheSectionsIsCheckedByATestNamingIt() throws IOException {
    Set<String> page = new TreeSet<>();
    String section = null;
    for (String line : Files.readAllLines(Path.of("..", "docs", "limits.md"), UTF8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      } else if (section != null
          && SECTIONS.contains(section)
          && line.startsWith("| ")
          && !line.startsWith("| what ")
          && !line.startsWith("| ---")) {
        page.add(section + " | " + line.substring(2, line.indexOf(" |", 2)).trim());
      }
    }
    Set<String> checked = new TreeSet<>();
    for (Method m : LimitsPageTest.class.getDeclaredMethods()) {
      if (m.getAnnotation(Limit.class) != null) {
        assertThat(m.getAnnotation(Test.class)).as(m.getName()).isNotNull();
        checked.add(m.getAnnotation(Limit.class).value());
      }
    }
    assertThat(page).hasSizeGreaterThanOrEqualTo(11);
    assertThat(checked).as("rows the tests name").isEqualTo(page);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  // ---------------------------------------------------------------- Values

  @Test
  @Limit("Values | identifiers")
  void anIdentifierOfTwoHundredAndOneCharactersIsRefused() {
    assertThat(Person.builder().id("p".repeat(200)).displayName("P").build().id()).hasSize(200);
    assertThatThrownBy(() -> Person.builder().id("p".repeat(201)).displayName("P").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id must be at most 200 characters");
    for (String bad : new String[] {"", " ", " p", "p ", "p\u0007q", "p\nq"}) {
      assertThatThrownBy(() -> Person.builder().id(bad).displayName("P").build())
          .as(bad)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("id ");
    }
  }

  @Test
  @Limit("Values | a person's attributes")
  void sixtyFiveAttributesAreRefused() {
    Person.Builder p = Person.builder().id("p").displayName("P");
    for (int i = 0; i < Person.MAX_ATTRIBUTES; i++) {
      p.putAttribute("a" + i, "v");
    }
    assertThat(p.build().attributes()).hasSize(64);
    p.putAttribute("one-more", "v");
    assertThatThrownBy(p::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes must have at most 64 entries, had 65");
  }

  @Test
  @Limit("Values | a person's recorded competences")
  void aThousandAndTwentyFiveCompetencesAreRefused() {
    Person.Builder p = Person.builder().id("p").displayName("P");
    for (int i = 0; i < Person.MAX_COMPETENCES; i++) {
      p.putCompetence(Domain.of("d" + i), 0.5);
    }
    assertThat(p.build().competences()).hasSize(1024);
    p.putCompetence(Domain.of("one-more"), 0.5);
    assertThatThrownBy(p::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
  }

  private static Policy weighted(double w) {
    return Policy.builder()
        .id("w")
        .version(1)
        .recommendation(
            RecommendationParameters.builder()
                .commitmentWeight(w)
                .groupCompetenceWeight(w)
                .noveltyWeight(w)
                .developmentWeight(w)
                .goalAlignmentWeight(w)
                .build())
        .build();
  }

  @Test
  @Limit("Values | seed-rule weights")
  void aWeightJustOverAThousandIsRefusedAndTheSmallestDoubleCountsByRatio() {
    assertThat(weighted(1000).recommendation().commitmentWeight()).isEqualTo(1000);
    assertThatThrownBy(() -> weighted(Math.nextUp(1000.0)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recommendation.commitmentWeight must be in [0, 1000]");
    assertThatThrownBy(() -> weighted(-Double.MIN_VALUE))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> weighted(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recommendation weights must have a positive sum");
    Policy tiny = weighted(Double.MIN_VALUE);
    Policy ones = weighted(1);
    java.util.SplittableRandom r = new java.util.SplittableRandom(42);
    for (int i = 0; i < 2000; i++) {
      DecisionTraits.Builder t = DecisionTraits.builder();
      for (org.partnership.model.Trait trait : org.partnership.model.Trait.values()) {
        t.value(trait, r.nextDouble());
      }
      Decision d =
          Decision.builder()
              .id("d")
              .domain(Domain.of("budget"))
              .ownerRoleId("o")
              .traits(t.timeAvailable(Duration.ofDays(30)).build())
              .build();
      assertThat(PartnerOrManage.styleOf(d, tiny)).isEqualTo(PartnerOrManage.styleOf(d, ones));
    }
  }

  @Test
  @Limit("Values | a style's minimum process time, the balance rule's minimum total")
  void tenYearsAndADayAreRefused() {
    Duration over = Duration.ofDays(3651);
    java.util.Map<Style, Duration> times =
        new java.util.EnumMap<>(RecommendationParameters.defaults().minimumTime());
    times.put(Style.AGREE, Duration.ofDays(3650));
    assertThat(RecommendationParameters.builder().minimumTime(times).build().minimumTime())
        .containsEntry(Style.AGREE, Duration.ofDays(3650));
    times.put(Style.AGREE, over);
    assertThatThrownBy(() -> RecommendationParameters.builder().minimumTime(times).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumTime[AGREE]");
    assertThatThrownBy(() -> BalanceParameters.builder().minimumTotal(over).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumTotal");
  }

  @Test
  @Limit("Values | assessment counts (minimum decisions, minimum group size)")
  void aMillionAndOneIsRefused() {
    assertThat(
            AssessmentParameters.builder()
                .minimumDecisions(AssessmentParameters.MAXIMUM_COUNT)
                .build()
                .minimumDecisions())
        .isEqualTo(1_000_000);
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumDecisions(1_000_001).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumDecisions");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumGroupSize(1_000_001).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumGroupSize");
  }

  @Test
  @Limit("Values | attributes fairness compares")
  void nineDeclaredAttributesAreRefused() {
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    Person.Builder p = Person.builder().id("p").displayName("P");
    for (int i = 0; i < 20; i++) {
      p.putAttribute("a" + i, "v");
    }
    Organization o = org.addPerson(p.build()).assign("p", "head").build();
    assertThat(MetricContext.of(o).fairnessAttributes()).isEmpty(); // nothing is guessed
    List<String> eight = IntStream.range(0, 8).mapToObj(i -> "a" + i).toList();
    assertThat(MetricContext.builder(o).fairnessAttributes(eight).build().fairnessAttributes())
        .hasSize(8);
    List<String> nine = IntStream.range(0, 9).mapToObj(i -> "a" + i).toList();
    assertThatThrownBy(() -> MetricContext.builder(o).fairnessAttributes(nine))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fairnessAttributes must name at most 8 attributes");
    assertThatThrownBy(() -> AssessmentParameters.builder().fairnessAttributes(nine).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assessment.fairnessAttributes must name at most 8 attributes");
  }

  @Test
  @Timeout(120)
  @Limit("Values | groups fairness forms from one attribute or pair")
  void eightThousandPeopleInGroupsOfFiveOnEightAttributesGiveABoundedReport() {
    MetricValue fairness = fairnessOf(organizationInGroups(8_000, 8));
    assertThat(fairness.values()).containsEntry("attributes-with-too-many-groups", 36.0);
    assertThat(fairness.values().size()).isLessThan(200);
    assertThat(fairness.explanation().toText()).contains("more than 128 groups");
    // 640 people in groups of five: 128 groups, at the limit, still formed; 645 people: 129.
    assertThat(fairnessOf(organizationInGroups(640, 1)).values())
        .doesNotContainKey("attributes-with-too-many-groups");
    assertThat(fairnessOf(organizationInGroups(645, 1)).values())
        .containsEntry("attributes-with-too-many-groups", 1.0);
  }

  /** {@code people} people; each of {@code attributes} attributes shared by groups of five. */
  private static Organization organizationInGroups(int people, int attributes) {
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    for (int i = 0; i < people; i++) {
      Person.Builder p = Person.builder().id("p" + i).displayName("P" + i);
      for (int a = 0; a < attributes; a++) {
        p.putAttribute("a" + a, "g" + ((i / 5 + a) % ((people + 4) / 5)));
      }
      org.addPerson(p.build());
    }
    return org.assign("p0", "head").build();
  }

  private static MetricValue fairnessOf(Organization org) {
    List<String> declared =
        new ArrayList<>(new TreeSet<>(org.people().get(0).attributes().keySet()));
    return MetricRegistry.builtIns()
        .measure(MetricContext.builder(org).fairnessAttributes(declared).build(), List.of())
        .values()
        .get("fairness");
  }

  @Test
  @Timeout(120)
  @Limit("Values | keys chosen to collide (ids, domain names, situations, pairs of people)")
  void sixtyFiveThousandCollidingIdsCostWhatRandomIdsCost() {
    List<String> ids = CollidingKeysTest.colliding(65_536, 1);
    IdIndex index = new IdIndex(ids);
    assertThat(index.probes).isLessThanOrEqualTo(32L * ids.size());
    Organization org = TestLedgers.organization();
    List<LedgerRecord> ledger = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      ledger.add(
          DecisionRecord.builder()
              .decisionId("d" + i)
              .domain(Domain.of(ids.get(i)))
              .ownerRoleId(ids.get(i))
              .style(Style.CONSULT)
              .traits(DecisionTraits.builder().urgency(0.5).build())
              .raisedAt(TestLedgers.START)
              .decidedBy(org.people().get(0).id())
              .decidedAt(TestLedgers.START.plus(Duration.ofHours(1)))
              .build());
    }
    MetricReport report = MetricRegistry.builtIns().measure(MetricContext.of(org), ledger);
    assertThat(report.values().get("consistency").recordsUsed()).isEqualTo(ids.size());
  }

  // ---------------------------------------------------------------- Measurement states

  private static byte[] savedState(MetricContext context) {
    Measurement m = MetricRegistry.builtIns().newMeasurement(context);
    TestLedgers.random(context.organization(), 5, 200).forEach(m::accept);
    return m.save();
  }

  @Test
  @Limit("Measurement states | bytes")
  void oneFlippedBitOrOneMissingByteIsRefused() {
    MetricContext here = MetricContext.of(TestLedgers.organization());
    byte[] state = savedState(here);
    byte[] flipped = state.clone();
    flipped[state.length / 2] ^= 1;
    assertThatThrownBy(() -> MetricRegistry.builtIns().restore(here, flipped))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRC-32C");
    byte[] shorter = java.util.Arrays.copyOf(state, state.length - 1);
    assertThatThrownBy(() -> MetricRegistry.builtIns().restore(here, shorter))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  /** A state with its totals replaced and its checksum recomputed, as a forger would. */
  private static byte[] withTotals(byte[] state, MetricContext context, long read, long outside) {
    StateWriter fingerprint = new StateWriter();
    context.fingerprint().write(fingerprint);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(state.clone());
    int at = 4 + fingerprint.toByteArray().length;
    b.putLong(at, read).putLong(at + 8, outside).putLong(at + 16, 0);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(b.array(), 0, state.length - 4);
    b.putInt(state.length - 4, (int) crc.getValue());
    return b.array();
  }

  @Test
  @Limit("Measurement states | totals")
  void oneRecordMoreFilteredThanReadIsRefused() {
    MetricContext here = MetricContext.of(TestLedgers.organization());
    byte[] state = savedState(here);
    assertThat(MetricRegistry.builtIns().restore(here, withTotals(state, here, 200, 0)))
        .isNotNull();
    assertThatThrownBy(
            () -> MetricRegistry.builtIns().restore(here, withTotals(state, here, 200, 201)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the measurement state is impossible: 201 records outside");
    assertThatThrownBy(
            () -> MetricRegistry.builtIns().restore(here, withTotals(state, here, 200, 200)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("records of the 0 measured");
  }

  @Test
  @Limit("Measurement states | merges")
  void aMergeOneRecordOverTheLargestCountIsRefusedAndChangesNothing() {
    MetricContext here = MetricContext.of(TestLedgers.organization());
    byte[] state = savedState(here);
    Measurement m = MetricRegistry.builtIns().restore(here, state);
    MetricReport before = m.report();
    long big = Long.MAX_VALUE - 199; // with the 200 read here: exactly Long.MAX_VALUE + 1
    Measurement huge =
        MetricRegistry.builtIns().restore(here, withTotals(state, here, big, big - 200));
    assertThatThrownBy(() -> m.merge(huge))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a merged count exceeds 9223372036854775807");
    assertThat(m.report()).isEqualTo(before);
  }
}
