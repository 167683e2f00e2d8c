package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.metrics.LeadershipAssessment.Aspect;
import org.partnership.metrics.LeadershipAssessment.Status;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.Policy;

/**
 * Fairness calibrated on organizations whose people and teams differ, as they do in HR data, while
 * the declared attributes make no difference at all: FAIR must fail in at most 5 % of them at every
 * spread; a group taking part at 0.6 times the rate of the others must be caught often enough to
 * matter, and the sizes at which it is are stated.
 *
 * <p>The generator: a head, teams of 4 to 12 people under team leads, {@code group} with values of
 * uneven size (a 50 %, b 30 %, c 15 %, d 5 % — d is often under the minimum group size) and {@code
 * band} (x 60 %, y 40 %), both declared and drawn independently of teams. Each person has a
 * propensity λ = exp(σZ − σ²/2) and each team a rate τ alike (Z standard normal). A year of
 * decisions per team: each member is listed as a stakeholder with probability min(1, 0.5λ) and
 * takes part, when listed, with probability min(1, 0.6λ); a third of the decisions are delegated to
 * a listed member; each team hands out recognitions within itself, Poisson with mean 40τ, each to a
 * member chosen in proportion to λ. σ = 0 is everyone alike; σ = 1 is a realistic spread (the most
 * active person of a team of ten takes part about six times as often as the least active).
 *
 * <p>The table this class writes to {@code target/fairness-calibration.md} is the one in {@code
 * docs/metrics.md}; the counts asserted here are its counts.
 */
class FairnessCalibrationTest {

  static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
  static final Domain DOMAIN = Domain.of("operations");
  static final String[] GROUPS = {"a", "b", "c", "d"};
  static final double[] GROUP_SHARES = {0.50, 0.30, 0.15, 0.05};
  static final List<String> DECLARED = List.of("group", "band");

  /** Organizations per spread without a difference: enough to tell 5 % from 3 %. */
  static final int NULL_ORGANIZATIONS = 1000;

  /** Organizations per size with group b at ratio 0.6. */
  static final int ORGANIZATIONS = 200;

  private static final List<String> TABLE = new ArrayList<>();

  /** One generated organization and its ledger. */
  record World(Organization organization, List<LedgerRecord> ledger) {}

  /**
   * An organization of about {@code people} people in teams and a year of its ledger; group b's
   * participation is multiplied by {@code bFactor} (1: no difference).
   */
  static World world(
      SplittableRandom random, int people, double spread, int decisionsPerTeam, double bFactor) {
    Organization.Builder org = Organization.builder().addRole(Role.of("head", "Head"));
    org.addPerson(Person.builder().id("lead").displayName("Lead").build()).assign("lead", "head");
    List<List<Integer>> teams = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Double> propensity = new ArrayList<>();
    List<Boolean> inB = new ArrayList<>();
    int made = 0;
    while (made < people) {
      int t = teams.size();
      org.addRole(Role.of("team-" + t, "Team " + t, "head"));
      String teamLead = "tl" + t;
      org.addPerson(Person.builder().id(teamLead).displayName(teamLead).build())
          .assign(teamLead, "team-" + t);
      List<Integer> team = new ArrayList<>();
      int size = 4 + random.nextInt(9);
      for (int k = 0; k < size && made < people; k++, made++) {
        String id = "p" + made;
        String group = pick(random);
        org.addRole(Role.of("r" + made, "R" + made, "team-" + t))
            .addPerson(
                Person.builder()
                    .id(id)
                    .displayName(id)
                    .putAttribute("group", group)
                    .putAttribute("band", random.nextDouble() < 0.6 ? "x" : "y")
                    .build())
            .assign(id, "r" + made);
        team.add(ids.size());
        ids.add(id);
        propensity.add(logNormal(random, spread));
        inB.add(group.equals("b"));
      }
      teams.add(team);
    }
    List<LedgerRecord> ledger = new ArrayList<>();
    int serial = 0;
    for (int t = 0; t < teams.size(); t++) {
      List<Integer> team = teams.get(t);
      for (int k = 0; k < decisionsPerTeam; k++) {
        Instant at = T0.plus(Duration.ofHours(random.nextInt(24 * 360)));
        DecisionRecord.Builder d =
            DecisionRecord.builder()
                .decisionId("d" + serial++)
                .domain(DOMAIN)
                .ownerRoleId("team-" + t)
                .raisedAt(at)
                .decidedAt(at.plus(Duration.ofHours(4)));
        List<String> listed = new ArrayList<>();
        for (int i : team) {
          double lambda = propensity.get(i);
          if (random.nextDouble() < Math.min(1, 0.5 * lambda)) {
            listed.add(ids.get(i));
            d.addStakeholders(ids.get(i));
            double takePart = Math.min(1, 0.6 * lambda) * (inB.get(i) ? bFactor : 1);
            if (random.nextDouble() < takePart) {
              d.addParticipants(ids.get(i));
            }
          }
        }
        if (!listed.isEmpty() && random.nextInt(3) == 0) {
          d.style(Style.DELEGATE).decidedBy(listed.get(random.nextInt(listed.size())));
        } else {
          d.style(Style.AGREE).decidedBy("tl" + t);
        }
        ledger.add(d.build());
      }
      double tau = logNormal(random, spread);
      int recognitions = poisson(random, 40 * tau);
      double total = 0;
      for (int i : team) {
        total += propensity.get(i);
      }
      for (int r = 0; r < recognitions; r++) {
        double u = random.nextDouble() * total;
        int receiver = team.get(team.size() - 1);
        for (int i : team) {
          u -= propensity.get(i);
          if (u < 0) {
            receiver = i;
            break;
          }
        }
        ledger.add(
            Recognition.of(
                "tl" + t,
                ids.get(receiver),
                DOMAIN,
                T0.plus(Duration.ofHours(random.nextInt(24 * 360)))));
      }
    }
    return new World(org.build(), ledger);
  }

  private static String pick(SplittableRandom random) {
    double u = random.nextDouble();
    for (int g = 0; g < GROUPS.length; g++) {
      u -= GROUP_SHARES[g];
      if (u < 0) {
        return GROUPS[g];
      }
    }
    return GROUPS[GROUPS.length - 1];
  }

  private static double logNormal(SplittableRandom random, double sigma) {
    double z = gaussian(random);
    return Math.exp(sigma * z - sigma * sigma / 2);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit && k < 10_000) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  /**
   * The context of a generated organization: the declared attributes, and a permutation seed of its
   * own, so that the Monte Carlo draws of different organizations are independent (with one seed
   * for all, every organization would shuffle its groups the same way, and the count of alarms
   * would vary more from one run of the calibration to the next).
   */
  static MetricContext context(World w, long permutationSeed) {
    Policy policy =
        Policy.builder()
            .from(Policy.seed())
            .assessment(
                AssessmentParameters.builder()
                    .from(Policy.seed().assessment())
                    .fairnessAttributes(DECLARED)
                    .permutationSeed(permutationSeed)
                    .build())
            .build();
    return MetricContext.builder(w.organization()).policy(policy).build();
  }

  static MetricReport measure(World w, long permutationSeed) {
    return MetricRegistry.builder()
        .register(BuiltInMetrics.fairness())
        .build()
        .measure(context(w, permutationSeed), w.ledger());
  }

  /** How many of 1,000 organizations of 40 to 119 people FAIR fails with no difference. */
  static int[] falseAlarms(double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int failed = 0;
    int judged = 0;
    for (int o = 0; o < NULL_ORGANIZATIONS; o++) {
      World w = world(random, 40 + random.nextInt(80), spread, 30, 1.0);
      Status s =
          LeadershipAssessment.of(measure(w, random.nextLong()))
              .components()
              .get(Aspect.FAIR)
              .status();
      judged += s == Status.PASS || s == Status.FAIL ? 1 : 0;
      failed += s == Status.FAIL ? 1 : 0;
    }
    return new int[] {failed, judged};
  }

  /** How many of 200 organizations of {@code people} flag group b's involvement at ratio 0.6. */
  static int caught(int people, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int caught = 0;
    for (int o = 0; o < ORGANIZATIONS; o++) {
      World w = world(random, people, spread, 30, 0.6);
      MetricValue v = measure(w, random.nextLong()).value("fairness").orElseThrow();
      caught += v.value("involvement.flagged.group=b").orElse(0) == 1 ? 1 : 0;
    }
    return caught;
  }

  @Test
  void withNoDifferenceBetweenGroupsFairnessFailsInAtMostFivePercentAtEverySpread() {
    for (double spread : new double[] {0, 0.5, 1}) {
      int[] r = falseAlarms(spread, 20261207);
      TABLE.add(
          String.format(
              Locale.ROOT,
              "| no difference, 40–119 people, σ = %.1f | FAIR fails in %d of %d (%.1f %%) | %d |",
              spread,
              r[0],
              NULL_ORGANIZATIONS,
              100.0 * r[0] / NULL_ORGANIZATIONS,
              r[1]));
      assertThat(r[1]).as("judged at σ = %s", spread).isGreaterThan(NULL_ORGANIZATIONS * 9 / 10);
      assertThat((double) r[0] / NULL_ORGANIZATIONS).as("σ = %s", spread).isLessThanOrEqualTo(0.05);
    }
  }

  @Test
  void aGroupTakingPartAtSixTenthsOfTheRateIsCaughtAtTheStatedSizes() {
    int[] sizes = {120, 400, 1000};
    int[] caught = new int[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      caught[k] = caught(sizes[k], 1, 7 + k);
      TABLE.add(
          String.format(
              Locale.ROOT,
              "| group b at ratio 0.6, %d people, σ = 1 | flagged in %d of %d (%.1f %%) | — |",
              sizes[k],
              caught[k],
              ORGANIZATIONS,
              100.0 * caught[k] / ORGANIZATIONS));
    }
    // At least 80 % at a thousand people (about 300 in group b), and more with more people.
    assertThat(caught[2]).isGreaterThanOrEqualTo(ORGANIZATIONS * 8 / 10);
    assertThat(caught[0]).isLessThanOrEqualTo(caught[1]);
    assertThat(caught[1]).isLessThanOrEqualTo(caught[2]);
  }

  @AfterAll
  static void writeTheTable() throws IOException {
    Path out = Path.of("target", "fairness-calibration.md");
    Files.createDirectories(out.getParent());
    List<String> lines = new ArrayList<>();
    lines.add("| organizations | FAIR fails / group flagged | judged |");
    lines.add("| --- | --- | --- |");
    lines.addAll(TABLE);
    Files.write(out, lines, StandardCharsets.UTF_8);
    if (TABLE.size() == 6) { // both tests ran: the page must show what they measured
      String page = Files.readString(Path.of("..", "docs", "metrics.md"), StandardCharsets.UTF_8);
      String shown =
          page.substring(
              page.indexOf("<!-- calibration-table -->\n") + 27,
              page.indexOf("<!-- /calibration-table -->"));
      assertThat(shown).isEqualTo(String.join("\n", lines) + "\n");
    }
  }
}
