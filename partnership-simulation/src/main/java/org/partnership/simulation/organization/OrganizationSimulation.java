package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;
import static org.partnership.simulation.organization.OrganizationParameter.*;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
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
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import org.partnership.rules.Policy;
import org.partnership.simulation.SeriesSink;

/**
 * An agent-based model of leadership in a hierarchy, built from the library's types: leaders take
 * recurring decisions, choose a {@link Style} through a {@link StylePolicy}, and the outcomes
 * follow the mechanisms of {@code docs/simulation-model.md} — decision quality from the competence
 * the style pools, time upfront against loose ends later, acceptance and commitment from
 * participation, trust from recognition and from timely, consistent and fair management, and
 * competence that grows with involvement. Every number in those mechanisms is a {@link
 * OrganizationParameter}.
 *
 * <p>The run writes a real ledger ({@link DecisionRecord}s, {@link TimeEntry}s of the leaders,
 * {@link Recognition}s) into a {@code partnership-metrics} {@link Measurement} and, if asked, to a
 * consumer; the result carries the metrics report.
 *
 * <p>A run is a pure function of (scenario, seed): the same inputs give the same result and the
 * same ledger on any thread. Thread-safe: runs share nothing.
 */
public final class OrganizationSimulation {

  /** The first period's start: Monday 5 January 2026, 00:00 UTC. Period n starts n weeks later. */
  public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private OrganizationSimulation() {}

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
    return new Run(scenario, seed, r -> {}).people.organization;
  }

  /** Competence and other scores are binned to tenths for the decision traits. */
  static final int BINS = 11;

  /**
   * The state of one run: the population, the situations, the style choice, the outcome mechanisms,
   * the ledger and the totals; {@link #decide} is one decision, in steps.
   */
  private static final class Run {

    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;

    private final OrganizationScenario scenario;
    private final OrganizationParameters p;
    private final SplittableRandom random;
    private final Population people;
    private final Situation[] situations;
    private final DecisionTraits[] traitCache;
    private final StyleChoice styles;
    private final Outcomes outcomes;
    private final RunLedger ledger;
    private final RunTotals totals = new RunTotals();
    private final Measurement measurement;

    /** Per leader and situation: the mode of the last decision (0 = none yet). */
    private final byte[] lastMode;

    /** Per style (by ordinal): leader hours upfront and mean days to decide. */
    private final double[] upfrontHours = new double[Style.values().length];

    private final double[] elapsedDays = new double[Style.values().length];

    private final double noise;
    private final double participantHours;
    private final double recognitionRate;
    private final double recognitionGain;
    private final double recognitionHours;
    private final double baseRecognitionRate;

    // the seed's mechanisms, 0 = off
    private final double leaderBudget;
    private final double memberBudget;
    private final double coordinationHours;
    private final double complianceFailure;
    private final double leakLoss;
    private final double inconsistencyLoss;
    private final boolean budgets;
    private final boolean fatigue;

    /** Per person: hours spent this week (with a budget), participations this week (fatigue). */
    private final double[] weekHours;

    private final int[] weekParticipations;

    /** Per leader and situation: the last style + 1, for consistency-critical situations. */
    private final byte[] lastStyle;

    // scratch, per decision: whom it involved (ascending), and the weights of a CONSULT's draw
    private final int[] chosen;
    private final double[] weights;
    private final boolean[] asked;

    Run(OrganizationScenario scenario, long seed, Consumer<? super LedgerRecord> sink) {
      this.scenario = scenario;
      this.p = scenario.parameters();
      this.random = new SplittableRandom(seed);
      RandomDataGenerator draws = new RandomDataGenerator(random.nextLong());
      this.people = new Population(scenario.people(), p, random, draws);
      int situationCount = p.count(SITUATIONS);
      this.situations = new Situation[situationCount];
      for (int s = 0; s < situationCount; s++) {
        situations[s] = Situation.draw(p, draws, random, people.domainCount);
      }
      this.traitCache = new DecisionTraits[situationCount * BINS * BINS * BINS];
      this.lastMode = new byte[people.size * situationCount];
      for (Style s : Style.values()) {
        upfrontHours[s.ordinal()] = p.get(OrganizationParameter.upfront(s));
        elapsedDays[s.ordinal()] =
            p.get(OrganizationParameter.elapsed(s)) * p.get(TIME_ELAPSED_SCALE);
      }
      this.styles =
          new StyleChoice(scenario.policy(), p, situationCount, traitCache.length, random);
      this.outcomes = new Outcomes(p);
      this.noise = p.get(QUALITY_NOISE);
      this.participantHours = p.get(TIME_PARTICIPANT_HOURS);
      this.recognitionRate = p.get(RECOGNITION_RATE) * outcomes.attention();
      this.baseRecognitionRate = p.get(RECOGNITION_BASE_RATE) * outcomes.attention();
      this.leaderBudget = p.get(TIME_LEADER_BUDGET);
      this.memberBudget = p.get(TIME_MEMBER_BUDGET);
      this.coordinationHours = p.get(TIME_COORDINATION_HOURS);
      this.complianceFailure = p.get(MUST_COMPLIANCE_FAILURE);
      this.leakLoss = p.get(MUST_LEAK_LOSS);
      this.inconsistencyLoss = p.get(MUST_INCONSISTENCY_LOSS);
      this.budgets = leaderBudget > 0 || memberBudget > 0;
      this.fatigue = p.get(PARTICIPATION_FATIGUE) > 0;
      this.weekHours = budgets ? new double[people.size] : null;
      this.weekParticipations = fatigue ? new int[people.size] : null;
      this.lastStyle = inconsistencyLoss > 0 ? new byte[people.size * situationCount] : null;
      this.recognitionGain = p.get(TRUST_RECOGNITION_GAIN);
      this.recognitionHours = p.get(RECOGNITION_HOURS);
      this.chosen = new int[people.span];
      this.weights = new double[people.span];
      this.asked = new boolean[people.span];
      Policy metricsPolicy = scenario.policy().rules().orElse(Policy.seed());
      MetricContext.Builder contextBuilder =
          MetricContext.builder(people.organization).policy(metricsPolicy);
      if (metricsPolicy.assessment().fairnessAttributes().isEmpty()) {
        // The simulated people's one protected attribute, declared as a host would.
        contextBuilder.fairnessAttributes(java.util.List.of("group"));
      }
      MetricContext context = contextBuilder.build();
      this.measurement = MetricRegistry.builtIns().newMeasurement(context);
      this.ledger = new RunLedger(measurement, sink);
    }

    private static int bin(double v) {
      return (int) Math.round(v * (BINS - 1));
    }

    OrganizationResult run(SeriesSink observer) {
      double[] series = new double[SERIES.size()];
      double poissonLimit = Math.exp(-p.get(DECISIONS_PER_LEADER));
      long startSecond = START.getEpochSecond();
      for (int period = 0; period < scenario.periods(); period++) {
        long base = startSecond + period * WEEK;
        for (int leader = 0; people.isLeader(leader); leader++) {
          int count = poisson(poissonLimit);
          for (int k = 0; k < count; k++) {
            decide(leader, base);
          }
        }
        endOfPeriod(base);
        if (observer != SeriesSink.NONE) {
          totals.period(series, people);
          observer.period(period + 1, series);
        }
      }
      return totals.result(people, ledger.records(), measurement.report());
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

    /**
     * One decision of a leader: a situation, the style, who takes part, its quality, how long it
     * takes, how the team takes it, its effectiveness, the ledger, the recognition given.
     */
    private void decide(int leader, long base) {
      int index = random.nextInt(situations.length);
      Situation situation = situations[index];
      int d = situation.domain();
      int first = people.firstReport(leader);
      int m = people.lastReport(leader) - first;
      double leaderCompetence = people.competence[people.slot(leader, d)];
      int key = key(index, leaderCompetence, first, m, d);
      DecisionTraits traits = traitCache[key];
      if (traits == null) {
        traits = traits(situation, key);
        traitCache[key] = traits;
      }
      Style style =
          styles.choose(index, key, traits, people.domains[d], people.roleIds[leader], random);
      Mode mode = style.mode();
      int participants = participants(style, first, m);
      double quality = quality(style, leaderCompetence, d, participants, situation);
      if (participants > 0 && outcomes.trustMatters()) {
        quality = outcomes.underTrust(quality, teamTrust(first, m));
      }
      double realized =
          Outcomes.clamp(noise == 0 ? quality : quality + noise * random.nextGaussian());
      double scale = 0.5 + situation.significance();
      double upfront = upfrontHours[style.ordinal()] * scale;
      if (coordinationHours > 0) {
        upfront += coordinationHours * participants * scale;
      }
      double elapsed = elapsedDays[style.ordinal()] * (0.5 + random.nextDouble());
      if (budgets) {
        elapsed += queueDays(leader, upfront, participants, participantHours * scale);
      }
      boolean onTime = elapsed <= situation.availableDays();
      boolean consistent = remember(leader, index, mode);
      double acceptance = team(first, m, participants, style, onTime, consistent, situation) / m;
      if (style != Style.INQUIRE && style != Style.DELEGATE) {
        people.learn(leader, d, outcomes.learning(situation.developmentValue()));
      }
      mustConsequences(leader, index, style, first, m, participants, situation);
      double effectiveness =
          outcomes.effectiveness(
              realized, acceptance, situation.commitmentNeeded(), onTime, situation.urgency());
      if (complianceFailure > 0
          && situation.mandate()
          && mode == Mode.PARTNER
          && random.nextDouble() < complianceFailure) {
        effectiveness = 0; // a mandate was not met
      }
      long raised = base + random.nextInt((int) (5 * DAY));
      Instant raisedAt = Instant.ofEpochSecond(raised);
      Instant decidedAt = Instant.ofEpochSecond(raised + Math.round(elapsed * DAY));
      record(leader, style, participants, m, situation, traits, raisedAt, decidedAt, effectiveness);
      String leaderId = people.personIds[leader];
      if (style == Style.CONSULT) {
        ledger.time(leaderId, ActivityKind.CONSULTATION, Phase.UPFRONT, raisedAt, upfront / 2);
        ledger.time(leaderId, ActivityKind.DECIDING, Phase.UPFRONT, raisedAt, upfront / 2);
      } else {
        ledger.time(leaderId, RunLedger.upfrontKind(style), Phase.UPFRONT, raisedAt, upfront);
      }
      double looseEnds = outcomes.looseEnds(situation.significance(), acceptance, realized);
      ledger.time(leaderId, ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, decidedAt, looseEnds);
      totals.leaderHours += upfront + looseEnds;
      totals.teamHours += participants * participantHours * scale;
      if (budgets) {
        weekHours[leader] += upfront + looseEnds;
        for (int i = 0; i < participants; i++) {
          weekHours[chosen[i]] += participantHours * scale;
        }
      }

      // recognition of the contributors
      double recognition = recognitionRate * effectiveness;
      for (int i = 0; i < participants; i++) {
        if (random.nextDouble() < recognition) {
          recognize(leader, chosen[i], d, decidedAt);
        }
      }
      totals.decision(mode, situation.significance(), effectiveness, realized, acceptance);
    }

    /** The cache key: the situation with the binned competences of leader, best and mean member. */
    private int key(int situation, double leaderCompetence, int first, int m, int d) {
      double best = 0;
      double sum = 0;
      for (int j = first; j < first + m; j++) {
        double c = people.competence[people.slot(j, d)];
        best = Math.max(best, c);
        sum += c;
      }
      return ((situation * BINS + bin(leaderCompetence)) * BINS + bin(best)) * BINS + bin(sum / m);
    }

    /** The traits of a key's decision: the situation's, with the binned competences. */
    private static DecisionTraits traits(Situation situation, int key) {
      int rest = key % (BINS * BINS * BINS);
      double leader = rest / (BINS * BINS) / (double) (BINS - 1);
      double group = rest / BINS % BINS / (double) (BINS - 1);
      double team = rest % BINS / (double) (BINS - 1);
      return situation.traits(leader, group, team);
    }

    /** Who takes part: nobody (TELL, SELL), some (CONSULT) or the whole team; into chosen. */
    private int participants(Style style, int first, int m) {
      switch (style) {
        case TELL, SELL -> {
          return 0;
        }
        case CONSULT -> {
          return consult(first, m);
        }
        default -> {
          for (int j = 0; j < m; j++) {
            chosen[j] = first + j;
          }
          return m;
        }
      }
    }

    /**
     * Decision quality from the competence the style pools: the leader's alone, the leader's with
     * the best advice taken up (CONSULT), or the pool's (the leader in it for AGREE and ADVISE).
     */
    private double quality(
        Style style, double leaderCompetence, int d, int participants, Situation situation) {
      if (participants == 0) {
        return leaderCompetence;
      }
      if (style == Style.CONSULT) {
        double bestAsked = 0;
        for (int i = 0; i < participants; i++) {
          bestAsked = Math.max(bestAsked, people.competence[people.slot(chosen[i], d)]);
        }
        return outcomes.consulted(leaderCompetence, bestAsked);
      }
      boolean leaderInPool = style == Style.AGREE || style == Style.ADVISE;
      double poolBest = leaderInPool ? leaderCompetence : 0;
      double poolSum = leaderInPool ? leaderCompetence : 0;
      for (int i = 0; i < participants; i++) {
        double c = people.competence[people.slot(chosen[i], d)];
        poolBest = Math.max(poolBest, c);
        poolSum += c;
      }
      return outcomes.pooled(
          poolBest,
          poolSum,
          participants + (leaderInPool ? 1 : 0),
          situation.conflictLikelihood(),
          situation.goalAlignment());
    }

    /**
     * Who decides: the leader, unless the team decides without the leader's vote (ADVISE, INQUIRE,
     * DELEGATE) — then its most competent participant, the first of equals.
     */
    private int decider(Style style, int leader, int participants, int d) {
      if (participants == 0 || style == Style.CONSULT || style == Style.AGREE) {
        return leader;
      }
      int decider = leader;
      double best = -1;
      for (int i = 0; i < participants; i++) {
        double c = people.competence[people.slot(chosen[i], d)];
        if (c > best) {
          best = c;
          decider = chosen[i];
        }
      }
      return decider;
    }

    /**
     * Remembers the mode a leader used in a situation; whether it is the same as last time there
     * (true the first time). Counts the comparison.
     */
    private boolean remember(int leader, int situation, Mode mode) {
      int slot = leader * situations.length + situation;
      byte previous = lastMode[slot];
      byte now = (byte) (mode.ordinal() + 1);
      lastMode[slot] = now;
      if (previous == 0) {
        return true;
      }
      totals.comparison(previous == now);
      return previous == now;
    }

    /**
     * How the team takes the decision: each member's acceptance, commitment and trust; competence
     * grows for those who took part. Returns the sum of the acceptances.
     */
    private double team(
        int first,
        int m,
        int participants,
        Style style,
        boolean onTime,
        boolean consistent,
        Situation situation) {
      Mode mode = style.mode();
      boolean sold = style == Style.SELL;
      boolean othersAsked = participants > 0;
      double learning = outcomes.learning(situation.developmentValue());
      double acceptance = 0;
      int next = 0;
      for (int j = first; j < first + m; j++) {
        boolean took = next < participants && chosen[next] == j;
        if (took) {
          next++;
        }
        double accepted =
            took && fatigue
                ? outcomes.participantAcceptance(
                    people.trust[j], situation.commitmentIfImposed(), weekParticipations[j]++)
                : outcomes.acceptance(took, people.trust[j], situation.commitmentIfImposed(), sold);
        acceptance += accepted;
        people.commitment[j] = outcomes.commitment(people.commitment[j], accepted);
        people.trust[j] =
            outcomes.trust(people.trust[j], took, mode, onTime, consistent, othersAsked);
        if (took) {
          people.learn(j, situation.domain(), learning);
        }
      }
      return acceptance;
    }

    /** Writes the decision record. */
    private void record(
        int leader,
        Style style,
        int participants,
        int m,
        Situation situation,
        DecisionTraits traits,
        Instant raisedAt,
        Instant decidedAt,
        double effectiveness) {
      int team = people.teamIndex[leader];
      ImmutableSet<String> participantIds;
      if (participants == 0) {
        participantIds = ImmutableSet.of();
      } else if (participants == m) {
        participantIds = people.teams.get(team);
      } else {
        ImmutableSet.Builder<String> ids = ImmutableSet.builderWithExpectedSize(participants);
        for (int i = 0; i < participants; i++) {
          ids.add(people.personIds[chosen[i]]);
        }
        participantIds = ids.build();
      }
      int d = situation.domain();
      ledger.decision(
          DecisionRecord.builder()
              .decisionId(ledger.nextDecisionId())
              .domain(people.domains[d])
              .ownerRoleId(people.roleIds[leader])
              .style(style)
              .decidedBy(people.personIds[decider(style, leader, participants, d)])
              .participants(participantIds)
              .accountable(
                  style.mode() == Mode.PARTNER
                      ? people.teamsWithLeader.get(team)
                      : people.leaderAlone.get(team))
              .stakeholders(people.teams.get(team))
              .traits(traits)
              .raisedAt(raisedAt)
              .decidedAt(decidedAt)
              .dueAt(
                  Instant.ofEpochSecond(
                      raisedAt.getEpochSecond() + Math.round(situation.availableDays() * DAY)))
              .outcome(effectiveness)
              .build());
    }

    /** The mean trust of a leader's direct reports in the leader. */
    private double teamTrust(int first, int m) {
      double sum = 0;
      for (int j = first; j < first + m; j++) {
        sum += people.trust[j];
      }
      return sum / m;
    }

    /**
     * The days a decision waits because the leader's week, or a participant's, is full: the hours
     * over the weekly budget ({@code time.leader_budget} for people who lead, {@code
     * time.member_budget} for the others), at a fifth of the budget per working day.
     */
    private double queueDays(int leader, double upfront, int participants, double hours) {
      double days = overBudget(leader, upfront);
      for (int i = 0; i < participants; i++) {
        days = Math.max(days, overBudget(chosen[i], hours));
      }
      return days;
    }

    private double overBudget(int person, double hours) {
      double budget = people.isLeader(person) ? leaderBudget : memberBudget;
      if (budget <= 0) {
        return 0;
      }
      double over = weekHours[person] + hours - budget;
      return over > 0 ? over / (budget / 5) : 0;
    }

    /**
     * What partnering a "must" costs the team's trust: a confidential decision that involves others
     * leaks ({@code must.leak_loss}); a consistency-critical situation handled in another style
     * than last time treats people differently ({@code must.inconsistency_loss}).
     */
    private void mustConsequences(
        int leader, int index, Style style, int first, int m, int participants, Situation s) {
      if (leakLoss > 0 && s.confidential() && participants > 0) {
        loseTrust(first, m, leakLoss);
      }
      if (lastStyle != null && s.consistencyCritical()) {
        int slot = leader * situations.length + index;
        byte previous = lastStyle[slot];
        byte now = (byte) (style.ordinal() + 1);
        lastStyle[slot] = now;
        if (previous != 0 && previous != now) {
          loseTrust(first, m, inconsistencyLoss);
        }
      }
    }

    private void loseTrust(int first, int m, double loss) {
      for (int j = first; j < first + m; j++) {
        people.trust[j] -= loss * people.trust[j];
      }
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
        weights[j] = people.groupB[first + j] ? 1 - bias : 1;
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

    /** A recognition from a leader: its record, the recipient's trust, the leader's time. */
    private void recognize(int from, int to, int domain, Instant at) {
      ledger.recognition(people.personIds[from], people.personIds[to], people.domains[domain], at);
      people.trust[to] += recognitionGain * (1 - people.trust[to]);
      ledger.time(
          people.personIds[from],
          ActivityKind.RECOGNITION,
          Phase.IMPLEMENTATION,
          at,
          recognitionHours);
      totals.leaderHours += recognitionHours;
      if (budgets) {
        weekHours[from] += recognitionHours;
      }
    }

    /**
     * The end of a period: trust decays, leaders recognize at a base rate on Friday noon,
     * competence drifts back.
     */
    private void endOfPeriod(long base) {
      double decay = p.get(TRUST_DECAY);
      double baseRate = baseRecognitionRate;
      Instant friday = Instant.ofEpochSecond(base + 4 * DAY + 12 * 3600);
      for (int j = 1; j < people.size; j++) {
        people.trust[j] -= decay * people.trust[j];
        if (baseRate > 0 && random.nextDouble() < baseRate) {
          recognize(people.leaderOf(j), j, people.strongest[j], friday);
        }
      }
      if (budgets) {
        java.util.Arrays.fill(weekHours, 0);
      }
      if (fatigue) {
        java.util.Arrays.fill(weekParticipations, 0);
      }
      double forgetting = p.get(COMPETENCE_FORGETTING);
      if (forgetting > 0) {
        people.forget(forgetting);
      }
    }
  }
}
