package org.partnership.simulation.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
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
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;

/**
 * A synthetic but plausible ledger for an organization: about 60 % time entries, 30 % decisions and
 * 10 % recognitions, spread evenly over a period (one year by default).
 *
 * <p>How records are made (so the metrics have something to find): leaders partner for about 65 %
 * of their time, more at higher levels; decisions come from 48 recurring situations (so identical
 * traits repeat), are owned by roles with reports, and follow the seed policy's recommendation four
 * times out of five; partnering decisions involve most of the team, managing ones few; about 5 %
 * stay open; due times are 1–14 days after raising and about 80 % are met; recognitions go between
 * colleagues of one team, in the receiver's strongest domain.
 *
 * <p>Deterministic: the same organization, seed and start give the same records. Not thread-safe;
 * each {@link #records(long)} call has its own random state, so calls may run in parallel.
 */
public final class LedgerGenerator {

  private static final int SITUATIONS = 48;
  private static final ActivityKind[] PARTNERING;
  private static final ActivityKind[] MANAGING;

  static {
    List<ActivityKind> p = new ArrayList<>();
    List<ActivityKind> m = new ArrayList<>();
    for (ActivityKind k : ActivityKind.values()) {
      (k.category() == Mode.PARTNER ? p : m).add(k);
    }
    PARTNERING = p.toArray(new ActivityKind[0]);
    MANAGING = m.toArray(new ActivityKind[0]);
  }

  private final long seed;
  private final Instant start;
  private final Duration period;
  private final String[] people;
  private final int[] personLevel;
  private final int depth;
  private final Domain[] strongest;
  private final String[] leaderRoles;
  private final String[][] leaderHolders;
  private final String[][] teams;
  private final int[] teamOf;
  private final Domain[] domains;
  private final DecisionTraits[] situations;
  private final Style[] recommended;

  private LedgerGenerator(Organization org, long seed, Instant start, Duration period) {
    this.seed = seed;
    this.start = start;
    this.period = period;
    List<Person> all = org.people();
    if (all.size() < 2 || org.roles().isEmpty()) {
      throw new IllegalArgumentException(
          "organization must have at least two people and a role, had "
              + all.size()
              + " people and "
              + org.roles().size()
              + " roles");
    }
    this.people = new String[all.size()];
    this.personLevel = new int[all.size()];
    this.strongest = new Domain[all.size()];
    TreeSet<Domain> domainSet = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
    for (int i = 0; i < all.size(); i++) {
      Person p = all.get(i);
      people[i] = p.id();
      personLevel[i] = org.levelOfPerson(p.id()).orElse(org.depth());
      Domain best = null;
      double bestValue = -1;
      for (var e : p.competences().entrySet()) {
        domainSet.add(e.getKey());
        if (e.getValue() > bestValue) {
          best = e.getKey();
          bestValue = e.getValue();
        }
      }
      strongest[i] = best;
    }
    for (Role r : org.roles()) {
      domainSet.addAll(r.delegationLevels().keySet());
    }
    if (domainSet.isEmpty()) {
      domainSet.add(Domain.of("general"));
    }
    this.domains = domainSet.toArray(new Domain[0]);
    for (int i = 0; i < strongest.length; i++) {
      strongest[i] = strongest[i] == null ? domains[i % domains.length] : strongest[i];
    }
    this.depth = Math.max(1, org.depth());
    List<String> leaders = new ArrayList<>();
    List<String[]> holders = new ArrayList<>();
    List<String[]> teamList = new ArrayList<>();
    for (Role r : org.roles()) {
      List<Role> reports = org.directReports(r.id());
      List<Person> heads = org.holdersOf(r.id());
      if (reports.isEmpty() || heads.isEmpty()) {
        continue;
      }
      List<String> team = new ArrayList<>();
      heads.forEach(h -> team.add(h.id()));
      for (Role report : reports) {
        org.holdersOf(report.id()).forEach(h -> team.add(h.id()));
      }
      leaders.add(r.id());
      holders.add(heads.stream().map(Person::id).toArray(String[]::new));
      teamList.add(team.stream().distinct().toArray(String[]::new));
    }
    if (leaders.isEmpty()) {
      Role r = org.roles().get(0);
      leaders.add(r.id());
      holders.add(new String[] {people[0]});
      teamList.add(people.clone());
    }
    this.leaderRoles = leaders.toArray(new String[0]);
    this.leaderHolders = holders.toArray(new String[0][]);
    this.teams = teamList.toArray(new String[0][]);
    this.teamOf = new int[people.length];
    java.util.Arrays.fill(teamOf, -1);
    for (int t = 0; t < teams.length; t++) {
      for (String member : teams[t]) {
        int i = java.util.Arrays.asList(people).indexOf(member);
        if (i >= 0 && teamOf[i] < 0) {
          teamOf[i] = t;
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.situations = new DecisionTraits[SITUATIONS];
    this.recommended = new Style[SITUATIONS];
    for (int s = 0; s < SITUATIONS; s++) {
      DecisionTraits.Builder t =
          DecisionTraits.builder()
              .significance(tenth(random))
              .urgency(tenth(random))
              .reversibility(tenth(random))
              .commitmentNeeded(tenth(random))
              .commitmentIfImposed(tenth(random))
              .leaderExpertise(tenth(random))
              .groupExpertise(tenth(random))
              .teamCompetence(tenth(random))
              .goalAlignment(tenth(random))
              .conflictLikelihood(tenth(random))
              .structure(tenth(random))
              .developmentValue(tenth(random))
              .confidential(random.nextInt(12) == 0)
              .consistencyCritical(random.nextInt(10) == 0);
      if (random.nextInt(10) == 0) {
        t.mandate(random.nextBoolean() ? Mandate.LEGAL : Mandate.COMPLIANCE);
      }
      situations[s] = t.build();
      Decision d =
          Decision.builder()
              .id("situation-" + s)
              .domain(domains[0])
              .ownerRoleId(leaderRoles[0])
              .traits(situations[s])
              .build();
      recommended[s] = PartnerOrManage.recommend(d, Policy.seed()).style();
    }
  }

  private static double tenth(SplittableRandom random) {
    return random.nextInt(11) / 10.0;
  }

  /**
   * A generator over one year from 2026-01-05T08:00:00Z.
   *
   * @throws NullPointerException if {@code organization} is null
   * @throws IllegalArgumentException if it has fewer than two people or no role
   */
  public static LedgerGenerator of(Organization organization, long seed) {
    return of(organization, seed, Instant.parse("2026-01-05T08:00:00Z"), Duration.ofDays(364));
  }

  /**
   * A generator over a period.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if it has fewer than two people or no role, or the period is
   *     not positive
   */
  public static LedgerGenerator of(
      Organization organization, long seed, Instant start, Duration period) {
    requireNonNull(organization, "organization");
    requireNonNull(start, "start");
    requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return new LedgerGenerator(organization, seed, start, period);
  }

  /**
   * {@code count} records in time order (by timestamp, within a few days), generated lazily.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Stream<LedgerRecord> records(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, was " + count);
    }
    return StreamSupport.stream(
        Spliterators.spliterator(iterator(count), count, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The same records as {@link #records(long)}, as an iterator.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Iterator<LedgerRecord> iterator(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long step = Math.max(1, period.getSeconds() / Math.max(1, count));
    return new Iterator<>() {
      private long n;

      @Override
      public boolean hasNext() {
        return n < count;
      }

      @Override
      public LedgerRecord next() {
        if (n >= count) {
          throw new NoSuchElementException();
        }
        Instant at = start.plusSeconds(n * step + random.nextLong(step));
        int kind = random.nextInt(10);
        LedgerRecord r =
            kind < 6
                ? time(random, at)
                : kind < 9 ? decision(random, at, n) : recognition(random, at);
        n++;
        return r;
      }
    };
  }

  private TimeEntry time(SplittableRandom random, Instant at) {
    int p = random.nextInt(people.length);
    double partnerShare = 0.55 + 0.2 * (depth - personLevel[p]) / depth;
    boolean partnering = random.nextDouble() < partnerShare;
    ActivityKind kind =
        partnering
            ? PARTNERING[random.nextInt(PARTNERING.length)]
            : MANAGING[random.nextInt(MANAGING.length)];
    Phase phase =
        random.nextDouble() < (partnering ? 0.6 : 0.2) ? Phase.UPFRONT : Phase.IMPLEMENTATION;
    return TimeEntry.of(
        people[p], kind, phase, at, Duration.ofMinutes(15 * (1 + random.nextInt(16))));
  }

  private DecisionRecord decision(SplittableRandom random, Instant at, long n) {
    int leader = random.nextInt(leaderRoles.length);
    int s = random.nextInt(SITUATIONS);
    Style style =
        random.nextInt(5) > 0
            ? recommended[s]
            : Style.values()[random.nextInt(Style.values().length)];
    String[] team = teams[leader];
    String[] heads = leaderHolders[leader];
    int dueDays = 1 + random.nextInt(14);
    DecisionRecord.Builder d =
        DecisionRecord.builder()
            .decisionId("d-" + n)
            .domain(domains[random.nextInt(domains.length)])
            .ownerRoleId(leaderRoles[leader])
            .style(style)
            .traits(situations[s])
            .raisedAt(at)
            .dueAt(at.plus(Duration.ofDays(dueDays)));
    boolean partner = style.mode() == Mode.PARTNER;
    for (String member : team) {
      d.addStakeholders(member);
      if (random.nextDouble() < (partner ? 0.75 : 0.2)) {
        d.addParticipants(member);
      }
    }
    String decider =
        style == Style.DELEGATE
            ? team[random.nextInt(team.length)]
            : heads[random.nextInt(heads.length)];
    d.addAccountable(decider);
    if (random.nextInt(20) > 0) {
      long hours =
          random.nextInt(5) > 0
              ? 1 + random.nextInt(dueDays * 24)
              : dueDays * 24L + 1 + random.nextInt(72);
      d.decidedBy(decider)
          .decidedAt(at.plus(Duration.ofHours(hours)))
          .outcome(random.nextInt(101) / 100.0);
    }
    return d.build();
  }

  private Recognition recognition(SplittableRandom random, Instant at) {
    int to = random.nextInt(people.length);
    String[] team = teamOf[to] >= 0 ? teams[teamOf[to]] : people;
    String from = team[random.nextInt(team.length)];
    if (from.equals(people[to])) {
      from = people[(to + 1) % people.length];
    }
    return Recognition.of(from, people[to], strongest[to], at);
  }
}
