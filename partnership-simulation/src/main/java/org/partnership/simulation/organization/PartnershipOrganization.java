package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;
import static org.partnership.simulation.organization.Parameter.*;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.hipparchus.random.RandomDataGenerator;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.model.ActivityKind;
import org.partnership.model.Assignment;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Phase;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.rules.Policy;
import org.partnership.simulation.SeriesSink;

/**
 * An agent-based model of leadership in a hierarchy, built from the library's types: leaders take
 * recurring decisions, choose a {@link Style} through a {@link StylePolicy}, and the outcomes
 * follow the mechanisms of {@code docs/simulation-model.md} — decision quality from the competence
 * the style pools, time upfront against loose ends later, acceptance and commitment from
 * participation, trust from recognition and from timely, consistent and fair management, and
 * competence that grows with involvement. Every number in those mechanisms is a {@link Parameter}.
 *
 * <p>The run writes a real ledger ({@link DecisionRecord}s, {@link TimeEntry}s of the leaders,
 * {@link Recognition}s) into a {@code partnership-metrics} {@link Measurement} and, if asked, to a
 * consumer; the result carries the metrics report.
 *
 * <p>A run is a pure function of (scenario, seed): the same inputs give the same result and the
 * same ledger on any thread. Thread-safe: runs share nothing.
 */
public final class PartnershipOrganization {

  /** The first period's start: Monday 5 January 2026, 00:00 UTC. Period n starts n weeks later. */
  public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private PartnershipOrganization() {}

  /**
   * Runs a scenario.
   *
   * @throws NullPointerException if {@code scenario} is null
   */
  public static OrganizationResult run(OrganizationScenario scenario, long seed) {
    return run(scenario, seed, r -> {});
  }

  /**
   * Runs a scenario and hands every ledger record to a consumer, in the order written (by period,
   * then leader).
   *
   * @throws NullPointerException if an argument is null
   */
  public static OrganizationResult run(
      OrganizationScenario scenario, long seed, Consumer<? super LedgerRecord> ledger) {
    return run(scenario, seed, ledger, SeriesSink.NONE);
  }

  /**
   * The values a run tells its series sink after each period, in this order: the period's
   * performance (significance-weighted effectiveness, NaN without decisions), share of decisions
   * partnered and leader hours per decision, then mean trust, commitment and competence at its end.
   */
  public static final List<String> SERIES =
      List.of(
          "performance",
          "partnered_decisions",
          "leader_hours_per_decision",
          "trust",
          "commitment",
          "competence");

  /**
   * Runs a scenario, hands every ledger record to a consumer and tells a sink the {@link #SERIES}
   * after each period. Neither changes the run.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OrganizationResult run(
      OrganizationScenario scenario,
      long seed,
      Consumer<? super LedgerRecord> ledger,
      SeriesSink series) {
    requireNonNull(scenario, "scenario");
    requireNonNull(ledger, "ledger");
    requireNonNull(series, "series");
    return new Run(scenario, seed, ledger).run(series);
  }

  /**
   * The organization a scenario and seed start from: role {@code rI} held by person {@code pI},
   * reporting to role {@code r((I - 1) / span)}; competences drawn per domain; the attribute {@code
   * group} ({@code a} or {@code b}).
   *
   * @throws NullPointerException if {@code scenario} is null
   */
  public static Organization organization(OrganizationScenario scenario, long seed) {
    requireNonNull(scenario, "scenario");
    return new Run(scenario, seed, r -> {}).organization;
  }

  /** Competence and other scores are binned to tenths for the decision traits. */
  static final int BINS = 11;

  /** The state of one run. */
  private static final class Run {

    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    private final OrganizationScenario scenario;
    private final OrganizationParameters p;
    private final Consumer<? super LedgerRecord> sink;
    private final SplittableRandom random;
    private final int n;
    private final int span;
    private final int domainCount;
    private final int situationCount;
    private final Domain[] domains;
    private final String[] personIds;
    private final String[] roleIds;
    private final double[] competence;
    private final double[] initialCompetence;
    private final int[] strongest;
    private final boolean[] groupB;
    private final double[] trust;
    private final double[] commitment;
    private final Organization organization;

    // situations
    private final double[][] traits;
    private final int[] situationDomain;
    private final double[] availableDays;
    private final DecisionTraits[] traitCache;
    private final Style[] styleCache;
    private final byte[] lastMode;

    // per leader
    private final List<ImmutableSet<String>> teams = new ArrayList<>();
    private final List<ImmutableSet<String>> teamsWithLeader = new ArrayList<>();
    private final List<ImmutableSet<String>> leaderAlone = new ArrayList<>();
    private final int[] teamIndex;

    // per style
    private final double[] upfrontHours = new double[7];
    private final double[] elapsedDays = new double[7];
    private final Style partnerStyle;
    private final Style manageStyle;
    private final boolean fixedPerDecision;
    private final int[] situationRank;
    private final long partneredSituations;

    private final Measurement measurement;
    private final int[] chosen;
    private final double[] weights;
    private final boolean[] asked;

    private long decisions;
    private long records;
    private long nextDecision;
    private double significanceSum;
    private double weightedEffectiveness;
    private double qualitySum;
    private double acceptanceSum;
    private double leaderHours;
    private double teamHours;
    private long compared;
    private long consistent;

    Run(OrganizationScenario scenario, long seed, Consumer<? super LedgerRecord> sink) {
      this.scenario = scenario;
      this.p = scenario.parameters();
      this.sink = sink;
      this.random = new SplittableRandom(seed);
      RandomDataGenerator draws = new RandomDataGenerator(random.nextLong());
      this.n = scenario.people();
      this.span = p.count(SPAN);
      this.domainCount = p.count(DOMAINS);
      this.situationCount = p.count(SITUATIONS);
      this.domains = new Domain[domainCount];
      for (int d = 0; d < domainCount; d++) {
        domains[d] = Domain.of("domain-" + d);
      }
      this.personIds = new String[n];
      this.roleIds = new String[n];
      this.competence = new double[n * domainCount];
      this.strongest = new int[n];
      this.groupB = new boolean[n];
      this.trust = new double[n];
      this.commitment = new double[n];
      double meanCompetence = p.get(COMPETENCE_INITIAL_MEAN);
      double competenceConcentration = p.get(COMPETENCE_CONCENTRATION);
      double advantage = p.get(COMPETENCE_LEADER_ADVANTAGE);
      List<Person> people = new ArrayList<>(n);
      List<Role> roles = new ArrayList<>(n);
      List<Assignment> assignments = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        personIds[i] = "p" + i;
        roleIds[i] = "r" + i;
        boolean leader = isLeader(i);
        groupB[i] = random.nextDouble() < p.get(GROUP_B_SHARE);
        trust[i] = p.get(TRUST_INITIAL);
        commitment[i] = p.get(COMMITMENT_INITIAL);
        Person.Builder person =
            Person.builder()
                .id(personIds[i])
                .displayName((leader ? "Leader " : "Member ") + i)
                .putAttribute("group", groupB[i] ? "b" : "a");
        double best = -1;
        for (int d = 0; d < domainCount; d++) {
          double c = beta(draws, meanCompetence, competenceConcentration);
          if (leader) {
            c = Math.min(1, Math.max(0, c + advantage));
          }
          competence[i * domainCount + d] = c;
          person.putCompetence(domains[d], c);
          if (c > best) {
            best = c;
            strongest[i] = d;
          }
        }
        people.add(person.build());
        Role.Builder role = Role.builder().id(roleIds[i]).title(leader ? "Leader" : "Member");
        if (i > 0) {
          role.reportsTo(roleIds[(i - 1) / span]);
        }
        roles.add(role.build());
        assignments.add(Assignment.of(personIds[i], roleIds[i]));
      }
      this.initialCompetence = competence.clone();
      this.organization = Organization.of(people, roles, assignments);

      this.traits = new double[situationCount][];
      this.situationDomain = new int[situationCount];
      this.availableDays = new double[situationCount];
      Parameter[] means = {
        TRAIT_SIGNIFICANCE,
        TRAIT_URGENCY,
        TRAIT_REVERSIBILITY,
        TRAIT_COMMITMENT_NEEDED,
        TRAIT_COMMITMENT_IF_IMPOSED,
        TRAIT_GOAL_ALIGNMENT,
        TRAIT_CONFLICT_LIKELIHOOD,
        TRAIT_STRUCTURE,
        TRAIT_DEVELOPMENT_VALUE
      };
      double concentration = p.get(TRAIT_CONCENTRATION);
      for (int s = 0; s < situationCount; s++) {
        double[] t = new double[means.length + 3];
        for (int i = 0; i < means.length; i++) {
          t[i] = round2(beta(draws, p.get(means[i]), concentration));
        }
        t[MANDATE] = random.nextDouble() < p.get(TRAIT_MANDATE_RATE) ? 1 : 0;
        t[CONFIDENTIAL] = random.nextDouble() < p.get(TRAIT_CONFIDENTIAL_RATE) ? 1 : 0;
        t[CRITICAL] = random.nextDouble() < p.get(TRAIT_CONSISTENCY_CRITICAL_RATE) ? 1 : 0;
        traits[s] = t;
        situationDomain[s] = random.nextInt(domainCount);
        availableDays[s] = 0.25 + p.get(TIME_MAX_DAYS_AVAILABLE) * (1 - t[URGENCY]);
      }
      this.traitCache = new DecisionTraits[situationCount * BINS * BINS * BINS];
      this.styleCache = new Style[traitCache.length];
      this.lastMode = new byte[n * situationCount];

      this.teamIndex = new int[n];
      for (int i = 0; i < n; i++) {
        teamIndex[i] = -1;
        if (isLeader(i)) {
          teamIndex[i] = teams.size();
          ImmutableSet.Builder<String> team = ImmutableSet.builder();
          for (int j = firstReport(i); j < lastReport(i); j++) {
            team.add(personIds[j]);
          }
          ImmutableSet<String> members = team.build();
          teams.add(members);
          teamsWithLeader.add(
              ImmutableSet.<String>builder().add(personIds[i]).addAll(members).build());
          leaderAlone.add(ImmutableSet.of(personIds[i]));
        }
      }
      for (Style s : Style.values()) {
        upfrontHours[s.ordinal()] = p.get(Parameter.upfront(s));
        elapsedDays[s.ordinal()] = p.get(Parameter.elapsed(s));
      }
      this.partnerStyle = Style.ofLevel(p.count(POLICY_PARTNER_STYLE));
      this.manageStyle = Style.ofLevel(p.count(POLICY_MANAGE_STYLE));
      this.fixedPerDecision = p.count(POLICY_FIXED_PER_DECISION) == 1;
      this.situationRank = new int[situationCount];
      for (int s = 0; s < situationCount; s++) {
        int r = random.nextInt(s + 1);
        situationRank[s] = situationRank[r];
        situationRank[r] = s;
      }
      double share = scenario.policy().partnerShare().orElse(0);
      this.partneredSituations = Math.round(share * situationCount);
      this.chosen = new int[span];
      this.weights = new double[span];
      this.asked = new boolean[span];

      Policy metricsPolicy = scenario.policy().rules().orElse(Policy.seed());
      MetricContext context = MetricContext.builder(organization).policy(metricsPolicy).build();
      this.measurement = MetricRegistry.builtIns().newMeasurement(context);
    }

    private static final int SIGNIFICANCE = 0;
    private static final int URGENCY = 1;
    private static final int REVERSIBILITY = 2;
    private static final int COMMITMENT_NEEDED = 3;
    private static final int COMMITMENT_IF_IMPOSED = 4;
    private static final int GOAL_ALIGNMENT = 5;
    private static final int CONFLICT = 6;
    private static final int STRUCTURE = 7;
    private static final int DEVELOPMENT = 8;
    private static final int MANDATE = 9;
    private static final int CONFIDENTIAL = 10;
    private static final int CRITICAL = 11;

    private boolean isLeader(int i) {
      return (long) i * span + 1 < n;
    }

    private int firstReport(int leader) {
      return leader * span + 1;
    }

    private int lastReport(int leader) {
      return (int) Math.min(n, (long) leader * span + span + 1);
    }

    /** A Beta draw with a mean and a concentration (alpha + beta). */
    private static double beta(RandomDataGenerator draws, double mean, double concentration) {
      return draws.nextBeta(mean * concentration, (1 - mean) * concentration);
    }

    private static double round2(double v) {
      return Math.round(v * 100) / 100.0;
    }

    private static int bin(double v) {
      return (int) Math.round(v * (BINS - 1));
    }

    OrganizationResult run(SeriesSink observer) {
      double[] series = new double[SERIES.size()];
      double decisionsPerLeader = p.get(DECISIONS_PER_LEADER);
      double poissonLimit = Math.exp(-decisionsPerLeader);
      long startSecond = START.getEpochSecond();
      for (int period = 0; period < scenario.periods(); period++) {
        long base = startSecond + period * WEEK;
        for (int leader = 0; isLeader(leader); leader++) {
          int count = poisson(poissonLimit);
          for (int k = 0; k < count; k++) {
            decide(leader, base);
          }
        }
        endOfPeriod(base);
        if (observer != SeriesSink.NONE) {
          observe(period + 1, series, observer);
        }
      }
      return result();
    }

    private long periodStartDecisions;
    private long periodStartPartnered;
    private double periodStartSignificance;
    private double periodStartWeighted;
    private double periodStartHours;
    private long partnered;

    private void observe(int period, double[] series, SeriesSink observer) {
      long made = decisions - periodStartDecisions;
      double significance = significanceSum - periodStartSignificance;
      series[0] =
          significance > 0
              ? (weightedEffectiveness - periodStartWeighted) / significance
              : Double.NaN;
      series[1] = made > 0 ? (partnered - periodStartPartnered) / (double) made : Double.NaN;
      series[2] = made > 0 ? (leaderHours - periodStartHours) / made : Double.NaN;
      series[3] = meanBelowTheTop(trust);
      series[4] = meanBelowTheTop(commitment);
      series[5] = mean(competence);
      observer.period(period, series);
      periodStartDecisions = decisions;
      periodStartPartnered = partnered;
      periodStartSignificance = significanceSum;
      periodStartWeighted = weightedEffectiveness;
      periodStartHours = leaderHours;
    }

    /** Knuth's method; the means here are small. */
    private int poisson(double limit) {
      int k = 0;
      double product = random.nextDouble();
      while (product > limit) {
        k++;
        product *= random.nextDouble();
      }
      return k;
    }

    private void emit(LedgerRecord record) {
      measurement.accept(record);
      sink.accept(record);
      records++;
    }

    private void decide(int leader, long base) {
      int situation = random.nextInt(situationCount);
      double[] t = traits[situation];
      int d = situationDomain[situation];
      int first = firstReport(leader);
      int last = lastReport(leader);
      int m = last - first;
      double leaderCompetence = competence[leader * domainCount + d];
      double best = 0;
      double sum = 0;
      for (int j = first; j < last; j++) {
        double c = competence[j * domainCount + d];
        best = Math.max(best, c);
        sum += c;
      }
      int key =
          ((situation * BINS + bin(leaderCompetence)) * BINS + bin(best)) * BINS + bin(sum / m);
      DecisionTraits decisionTraits = traitCache[key];
      if (decisionTraits == null) {
        decisionTraits = traits(situation, key);
        traitCache[key] = decisionTraits;
      }
      Style style;
      StylePolicy policy = scenario.policy();
      if (policy.situational()) {
        style = styleCache[key];
        if (style == null) {
          style =
              policy.choose(
                  Decision.builder()
                      .id("situation-" + situation)
                      .domain(domains[d])
                      .ownerRoleId(roleIds[leader])
                      .traits(decisionTraits)
                      .build());
          styleCache[key] = style;
        }
      } else if (fixedPerDecision) {
        style = random.nextDouble() < policy.share() ? partnerStyle : manageStyle;
      } else {
        style = situationRank[situation] < partneredSituations ? partnerStyle : manageStyle;
      }
      Mode mode = style.mode();

      // who takes part
      int participants;
      switch (style) {
        case TELL, SELL -> participants = 0;
        case CONSULT -> participants = consult(first, m);
        default -> {
          participants = m;
          for (int j = 0; j < m; j++) {
            chosen[j] = first + j;
          }
        }
      }

      // decision quality from the competence pooled
      double quality;
      int decider = leader;
      if (participants == 0) {
        quality = leaderCompetence;
      } else if (style == Style.CONSULT) {
        double bestAsked = 0;
        for (int i = 0; i < participants; i++) {
          bestAsked = Math.max(bestAsked, competence[chosen[i] * domainCount + d]);
        }
        quality =
            leaderCompetence
                + p.get(QUALITY_CONSULT_UPTAKE) * Math.max(0, bestAsked - leaderCompetence);
      } else {
        boolean leaderInPool = style == Style.AGREE || style == Style.ADVISE;
        double poolBest = leaderInPool ? leaderCompetence : 0;
        double poolSum = leaderInPool ? leaderCompetence : 0;
        double deciderCompetence = -1;
        for (int i = 0; i < participants; i++) {
          double c = competence[chosen[i] * domainCount + d];
          poolBest = Math.max(poolBest, c);
          poolSum += c;
          if (c > deciderCompetence) {
            deciderCompetence = c;
            if (style != Style.AGREE) {
              decider = chosen[i];
            }
          }
        }
        double w = p.get(QUALITY_BEST_MEMBER_WEIGHT);
        double pooled = w * poolBest + (1 - w) * poolSum / (participants + (leaderInPool ? 1 : 0));
        quality =
            pooled * (1 - p.get(QUALITY_PROCESS_LOSS) * t[CONFLICT] * (1 - t[GOAL_ALIGNMENT]));
      }
      double noise = p.get(QUALITY_NOISE);
      double realized = clamp(noise == 0 ? quality : quality + noise * random.nextGaussian());

      // acceptance, commitment and trust of the team
      double doubt = p.get(COMMITMENT_PARTICIPANT_DOUBT);
      double trustWeight = p.get(COMMITMENT_TRUST_WEIGHT);
      double sell = style == Style.SELL ? p.get(COMMITMENT_SELL_BONUS) : 0;
      double rate = p.get(COMMITMENT_RATE);
      double elapsed = elapsedDays[style.ordinal()] * (0.5 + random.nextDouble());
      boolean onTime = elapsed <= availableDays[situation];
      int slot = leader * situationCount + situation;
      byte previous = lastMode[slot];
      byte now = (byte) (mode.ordinal() + 1);
      boolean isConsistent = previous == 0 || previous == now;
      if (previous != 0) {
        compared++;
        consistent += isConsistent ? 1 : 0;
      }
      lastMode[slot] = now;
      double involvementGain = p.get(TRUST_INVOLVEMENT_GAIN);
      double managementGain = p.get(TRUST_MANAGEMENT_GAIN);
      double breach = p.get(TRUST_BREACH_LOSS);
      double exclusion = p.get(TRUST_EXCLUSION_LOSS);
      double learning = p.get(COMPETENCE_LEARNING_RATE) * t[DEVELOPMENT];
      double acceptance = 0;
      int next = 0;
      for (int j = first; j < last; j++) {
        boolean took = next < participants && chosen[next] == j;
        if (took) {
          next++;
        }
        double trusted = trust[j];
        double accepted =
            took
                ? 1 - doubt * (1 - trusted)
                : Math.min(
                    1, t[COMMITMENT_IF_IMPOSED] * (1 - trustWeight + trustWeight * trusted) + sell);
        acceptance += accepted;
        commitment[j] += rate * (accepted - commitment[j]);
        if (took && mode == Mode.PARTNER) {
          trusted += involvementGain * (1 - trusted);
        }
        if (mode == Mode.MANAGE && onTime && isConsistent) {
          trusted += managementGain * (1 - trusted);
        }
        if (!onTime) {
          trusted -= breach * trusted;
        }
        if (!isConsistent) {
          trusted -= breach * trusted;
        }
        if (!took && participants > 0) {
          trusted -= exclusion * trusted;
        }
        trust[j] = trusted;
        if (took) {
          int c = j * domainCount + d;
          competence[c] += learning * (1 - competence[c]);
        }
      }
      acceptance /= m;
      if (style != Style.INQUIRE && style != Style.DELEGATE) {
        int c = leader * domainCount + d;
        competence[c] += learning * (1 - competence[c]);
      }
      double effectiveness =
          clamp(
              realized
                  * (1
                      - p.get(PERFORMANCE_ACCEPTANCE_WEIGHT)
                          * t[COMMITMENT_NEEDED]
                          * (1 - acceptance))
                  * (onTime ? 1 : 1 - p.get(PERFORMANCE_LATE_PENALTY) * t[URGENCY]));

      // the ledger
      long raised = base + random.nextInt((int) (5 * DAY));
      long decided = raised + Math.round(elapsed * DAY);
      Instant raisedAt = Instant.ofEpochSecond(raised);
      Instant decidedAt = Instant.ofEpochSecond(decided);
      int team = teamIndex[leader];
      ImmutableSet<String> participantIds;
      if (participants == 0) {
        participantIds = ImmutableSet.of();
      } else if (participants == m) {
        participantIds = teams.get(team);
      } else {
        ImmutableSet.Builder<String> ids = ImmutableSet.builderWithExpectedSize(participants);
        for (int i = 0; i < participants; i++) {
          ids.add(personIds[chosen[i]]);
        }
        participantIds = ids.build();
      }
      emit(
          DecisionRecord.builder()
              .decisionId("d" + nextDecision++)
              .domain(domains[d])
              .ownerRoleId(roleIds[leader])
              .style(style)
              .decidedBy(personIds[decider])
              .participants(participantIds)
              .accountable(mode == Mode.PARTNER ? teamsWithLeader.get(team) : leaderAlone.get(team))
              .stakeholders(teams.get(team))
              .traits(decisionTraits)
              .raisedAt(raisedAt)
              .decidedAt(decidedAt)
              .dueAt(Instant.ofEpochSecond(raised + Math.round(availableDays[situation] * DAY)))
              .outcome(effectiveness)
              .build());
      double scale = 0.5 + t[SIGNIFICANCE];
      double upfront = upfrontHours[style.ordinal()] * scale;
      String leaderId = personIds[leader];
      if (style == Style.CONSULT) {
        time(leaderId, ActivityKind.CONSULTATION, Phase.UPFRONT, raisedAt, upfront / 2);
        time(leaderId, ActivityKind.DECIDING, Phase.UPFRONT, raisedAt, upfront / 2);
      } else {
        time(leaderId, upfrontKind(style), Phase.UPFRONT, raisedAt, upfront);
      }
      double looseEnds =
          p.get(TIME_LOOSE_ENDS) * t[SIGNIFICANCE] * (1 - (acceptance + realized) / 2);
      time(leaderId, ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, decidedAt, looseEnds);
      leaderHours += upfront + looseEnds;
      teamHours += participants * p.get(TIME_PARTICIPANT_HOURS) * scale;

      // recognition of the contributors
      double recognitionRate = p.get(RECOGNITION_RATE) * effectiveness;
      for (int i = 0; i < participants; i++) {
        if (random.nextDouble() < recognitionRate) {
          recognize(leader, chosen[i], d, decidedAt);
        }
      }

      decisions++;
      partnered += mode == Mode.PARTNER ? 1 : 0;
      significanceSum += t[SIGNIFICANCE];
      weightedEffectiveness += t[SIGNIFICANCE] * effectiveness;
      qualitySum += realized;
      acceptanceSum += acceptance;
    }

    /**
     * Chooses whom a CONSULT asks: {@code participation.consult_share} of the team (at least one),
     * drawn without replacement, a group-b member with weight 1 − {@code fairness.bias}. Writes
     * their indexes into {@link #chosen} in ascending order.
     */
    private int consult(int first, int m) {
      int k = Math.max(1, (int) Math.round(p.get(PARTICIPATION_CONSULT_SHARE) * m));
      double bias = p.get(FAIRNESS_BIAS);
      double total = 0;
      for (int j = 0; j < m; j++) {
        weights[j] = groupB[first + j] ? 1 - bias : 1;
        asked[j] = false;
        total += weights[j];
      }
      for (int pick = 0; pick < k; pick++) {
        double u = random.nextDouble() * total;
        int found = -1;
        for (int j = 0; j < m; j++) {
          if (!asked[j] && weights[j] > 0) {
            found = j;
            if (u < weights[j]) {
              break;
            }
            u -= weights[j];
          }
        }
        if (found < 0) {
          break;
        }
        asked[found] = true;
        total -= weights[found];
      }
      int count = 0;
      for (int j = 0; j < m; j++) {
        if (asked[j]) {
          chosen[count++] = first + j;
        }
      }
      return count;
    }

    private void recognize(int from, int to, int domain, Instant at) {
      emit(Recognition.of(personIds[from], personIds[to], domains[domain], at));
      double gain = p.get(TRUST_RECOGNITION_GAIN);
      trust[to] += gain * (1 - trust[to]);
      double hours = p.get(RECOGNITION_HOURS);
      time(personIds[from], ActivityKind.RECOGNITION, Phase.IMPLEMENTATION, at, hours);
      leaderHours += hours;
    }

    private void time(String person, ActivityKind kind, Phase phase, Instant at, double hours) {
      long seconds = Math.round(hours * 3600);
      if (seconds > 0) {
        emit(TimeEntry.of(person, kind, phase, at, Duration.ofSeconds(seconds)));
      }
    }

    private static ActivityKind upfrontKind(Style style) {
      return switch (style) {
        case TELL -> ActivityKind.DECIDING;
        case SELL -> ActivityKind.DIRECTING;
        case CONSULT -> ActivityKind.CONSULTATION;
        case AGREE -> ActivityKind.JOINT_DECISION;
        case ADVISE -> ActivityKind.SHARED_INPUT;
        case INQUIRE -> ActivityKind.SHARED_UNDERSTANDING;
        case DELEGATE -> ActivityKind.POTENTIAL_BUILDING;
      };
    }

    private void endOfPeriod(long base) {
      double decay = p.get(TRUST_DECAY);
      double baseRate = p.get(RECOGNITION_BASE_RATE);
      Instant friday = Instant.ofEpochSecond(base + 4 * DAY + 12 * 3600);
      for (int j = 1; j < n; j++) {
        trust[j] -= decay * trust[j];
        if (baseRate > 0 && random.nextDouble() < baseRate) {
          recognize((j - 1) / span, j, strongest[j], friday);
        }
      }
      double forgetting = p.get(COMPETENCE_FORGETTING);
      if (forgetting > 0) {
        for (int c = 0; c < competence.length; c++) {
          competence[c] -= forgetting * (competence[c] - initialCompetence[c]);
        }
      }
    }

    private DecisionTraits traits(int situation, int key) {
      double[] t = traits[situation];
      int rest = key % (BINS * BINS * BINS);
      double leader = rest / (BINS * BINS) / (double) (BINS - 1);
      double group = rest / BINS % BINS / (double) (BINS - 1);
      double team = rest % BINS / (double) (BINS - 1);
      return DecisionTraits.builder()
          .significance(t[SIGNIFICANCE])
          .urgency(t[URGENCY])
          .reversibility(t[REVERSIBILITY])
          .commitmentNeeded(t[COMMITMENT_NEEDED])
          .commitmentIfImposed(t[COMMITMENT_IF_IMPOSED])
          .goalAlignment(t[GOAL_ALIGNMENT])
          .conflictLikelihood(t[CONFLICT])
          .structure(t[STRUCTURE])
          .developmentValue(t[DEVELOPMENT])
          .leaderExpertise(leader)
          .groupExpertise(group)
          .teamCompetence(team)
          .mandate(t[MANDATE] == 1 ? Mandate.COMPLIANCE : Mandate.NONE)
          .confidential(t[CONFIDENTIAL] == 1)
          .consistencyCritical(t[CRITICAL] == 1)
          .timeAvailable(Duration.ofSeconds(Math.round(availableDays[situation] * DAY)))
          .build();
    }

    private static double clamp(double v) {
      return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /** The mean over everyone but the top, who has no leader. */
    private double meanBelowTheTop(double[] values) {
      double sum = 0;
      for (int j = 1; j < n; j++) {
        sum += values[j];
      }
      return sum / (n - 1);
    }

    private static double mean(double[] values) {
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      return sum / values.length;
    }

    private OrganizationResult result() {
      MetricReport report = measurement.report();
      double none = Double.NaN;
      double[] values = {
        significanceSum > 0 ? weightedEffectiveness / significanceSum : none,
        decisions > 0 ? qualitySum / decisions : none,
        decisions > 0 ? acceptanceSum / decisions : none,
        meanBelowTheTop(commitment),
        meanBelowTheTop(trust),
        mean(competence),
        decisions > 0 ? leaderHours / decisions : none,
        decisions > 0 ? teamHours / decisions : none,
        compared > 0 ? consistent / (double) compared : none,
        metric(report, "partnering-share", "overall"),
        metric(report, "partnering-share", "decisions.partner"),
        metric(report, "upfront-share", "upfront"),
        metric(report, "timeliness", "on-time-rate"),
        metric(report, "consistency", "agreement"),
        metric(report, "participation", "involvement-gini"),
        metric(report, "fairness", "lowest-impact-ratio.involvement"),
        metric(report, "trust-in-competence", "recognitions-per-person")
      };
      return new OrganizationResult(values, decisions, records, report);
    }

    private static double metric(MetricReport report, String id, String key) {
      return report.value(id).map(v -> v.value(key).orElse(Double.NaN)).orElse(Double.NaN);
    }
  }
}
