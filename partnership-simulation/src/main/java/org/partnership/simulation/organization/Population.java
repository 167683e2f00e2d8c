package org.partnership.simulation.organization;

import static org.partnership.simulation.organization.OrganizationParameter.COMMITMENT_INITIAL;
import static org.partnership.simulation.organization.OrganizationParameter.COMPETENCE_CONCENTRATION;
import static org.partnership.simulation.organization.OrganizationParameter.COMPETENCE_INITIAL_MEAN;
import static org.partnership.simulation.organization.OrganizationParameter.COMPETENCE_LEADER_ADVANTAGE;
import static org.partnership.simulation.organization.OrganizationParameter.DOMAINS;
import static org.partnership.simulation.organization.OrganizationParameter.GROUP_B_SHARE;
import static org.partnership.simulation.organization.OrganizationParameter.SPAN;
import static org.partnership.simulation.organization.OrganizationParameter.TRUST_INITIAL;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.random.RandomDataGenerator;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;

/**
 * The people of one run and their state: a regular tree in which person {@code i} holds role {@code
 * ri} and reports to person {@code (i − 1) / span}; competence per person and domain, trust in
 * one's leader and commitment, each in [0, 1]; the attribute {@code group}. The state lives in
 * primitive arrays, indexed by person (and {@code person × domains + domain} for competence), for
 * the decision loop.
 *
 * <p>Not thread-safe: one run owns it.
 */
final class Population {

  final int size;
  final int span;
  final int domainCount;
  final Domain[] domains;
  final String[] personIds;
  final String[] roleIds;

  /** Competence of person {@code i} in domain {@code d} at {@code i × domainCount + d}. */
  final double[] competence;

  final double[] initialCompetence;

  /** Each person's strongest domain at the start. */
  final int[] strongest;

  final boolean[] groupB;
  final double[] trust;
  final double[] commitment;
  final Organization organization;

  /** Per leader (by {@link #teamIndex}): the direct reports, with the leader, the leader alone. */
  final List<ImmutableSet<String>> teams = new ArrayList<>();

  final List<ImmutableSet<String>> teamsWithLeader = new ArrayList<>();
  final List<ImmutableSet<String>> leaderAlone = new ArrayList<>();
  final int[] teamIndex;

  /**
   * Draws the population: per person, the group (from {@code random}), then a competence per domain
   * (Beta, from {@code draws}), raised by the leader advantage for leaders.
   */
  Population(
      int size, OrganizationParameters p, SplittableRandom random, RandomDataGenerator draws) {
    this.size = size;
    this.span = p.count(SPAN);
    this.domainCount = p.count(DOMAINS);
    this.domains = new Domain[domainCount];
    for (int d = 0; d < domainCount; d++) {
      domains[d] = Domain.of("domain-" + d);
    }
    this.personIds = new String[size];
    this.roleIds = new String[size];
    this.competence = new double[size * domainCount];
    this.strongest = new int[size];
    this.groupB = new boolean[size];
    this.trust = new double[size];
    this.commitment = new double[size];
    double meanCompetence = p.get(COMPETENCE_INITIAL_MEAN);
    double competenceConcentration = p.get(COMPETENCE_CONCENTRATION);
    double advantage = p.get(COMPETENCE_LEADER_ADVANTAGE);
    List<Person> people = new ArrayList<>(size);
    List<Role> roles = new ArrayList<>(size);
    List<Assignment> assignments = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
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
        role.reportsTo(roleIds[leaderOf(i)]);
      }
      roles.add(role.build());
      assignments.add(Assignment.of(personIds[i], roleIds[i]));
    }
    this.initialCompetence = competence.clone();
    this.organization = Organization.of(people, roles, assignments);
    this.teamIndex = new int[size];
    for (int i = 0; i < size; i++) {
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
  }

  /** A Beta draw with a mean and a concentration (alpha + beta). */
  static double beta(RandomDataGenerator draws, double mean, double concentration) {
    return draws.nextBeta(mean * concentration, (1 - mean) * concentration);
  }

  /** Whether person {@code i} has at least one direct report. */
  boolean isLeader(int i) {
    return (long) i * span + 1 < size;
  }

  /** The leader of person {@code i > 0}. */
  int leaderOf(int i) {
    return (i - 1) / span;
  }

  /** The first direct report of a leader. */
  int firstReport(int leader) {
    return leader * span + 1;
  }

  /** One past the last direct report of a leader. */
  int lastReport(int leader) {
    return (int) Math.min(size, (long) leader * span + span + 1);
  }

  /** The index of a person's competence in a domain. */
  int slot(int person, int domain) {
    return person * domainCount + domain;
  }

  /** Competence grows towards 1 at a rate: {@code c += rate × (1 − c)}. */
  void learn(int person, int domain, double rate) {
    int c = slot(person, domain);
    competence[c] += rate * (1 - competence[c]);
  }

  /** Competence drifts back towards where it started: {@code c −= rate × (c − c₀)}. */
  void forget(double rate) {
    for (int c = 0; c < competence.length; c++) {
      competence[c] -= rate * (competence[c] - initialCompetence[c]);
    }
  }

  /** The mean over everyone but the top, who has no leader. */
  double meanBelowTheTop(double[] values) {
    double sum = 0;
    for (int j = 1; j < size; j++) {
      sum += values[j];
    }
    return sum / (size - 1);
  }

  /** The mean competence over every person and domain. */
  double meanCompetence() {
    double sum = 0;
    for (double v : competence) {
      sum += v;
    }
    return sum / competence.length;
  }
}
