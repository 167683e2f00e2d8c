package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;

/**
 * What a {@link MetricContext}'s organization and subject imply, derived once: people and roles by
 * index, each person's level and team, who leads, who belongs to the subject. Immutable after
 * construction (its arrays are never handed out); package-private, behind {@link MetricContext}.
 */
final class ContextPopulation {

  final ImmutableList<Person> people;
  final IdIndex personIndex;
  final int[] levelOfPerson;
  final int[] teamOfPerson;
  final ImmutableList<String> teams;
  final boolean[] inPopulation;
  final boolean[] leads;
  final int populationSize;
  final Set<String> subjectRoles;
  final IdIndex roleIndex;
  final Role[] roles;
  final int[] roleLevels;
  final int[][] holdersByRole;

  /**
   * Per person, the indexes of the roles their roles report to (distinct, sorted): the units whose
   * decisions concern them. Empty for a person at the top or without a role.
   */
  final int[][] unitsOfPerson;

  /**
   * @throws IllegalArgumentException if the subject is a unit or person the organization lacks
   */
  ContextPopulation(Organization organization, Subject subject) {
    this.people = ImmutableList.copyOf(organization.people());
    List<String> ids = new ArrayList<>(people.size());
    people.forEach(p -> ids.add(p.id()));
    this.personIndex = new IdIndex(ids);
    this.levelOfPerson = new int[people.size()];
    this.teamOfPerson = new int[people.size()];
    Map<String, Integer> teamIndex = new HashMap<>();
    List<String> teamIds = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      String id = people.get(i).id();
      OptionalInt level = organization.levelOfPerson(id);
      levelOfPerson[i] = level.orElse(-1);
      List<Role> roles = organization.rolesOf(id);
      if (roles.isEmpty()) {
        teamOfPerson[i] = -1;
      } else {
        Role role = roles.get(0);
        String team = role.reportsTo().orElse(role.id());
        teamOfPerson[i] =
            teamIndex.computeIfAbsent(
                team,
                t -> {
                  teamIds.add(t);
                  return teamIds.size() - 1;
                });
      }
    }
    this.teams = ImmutableList.copyOf(teamIds);
    this.leads = new boolean[people.size()];
    for (int i = 0; i < people.size(); i++) {
      for (Role role : organization.rolesOf(people.get(i).id())) {
        if (organization.spanOfControl(role.id()) > 0) {
          leads[i] = true;
          break;
        }
      }
    }
    List<Role> allRoles = organization.roles();
    List<String> roleIds = new ArrayList<>(allRoles.size());
    this.roles = allRoles.toArray(new Role[0]);
    this.roleLevels = new int[roles.length];
    for (int i = 0; i < roles.length; i++) {
      roleIds.add(roles[i].id());
      roleLevels[i] = organization.levelOf(roles[i].id());
    }
    this.roleIndex = new IdIndex(roleIds);
    this.holdersByRole = new int[roles.length][];
    for (int i = 0; i < roles.length; i++) {
      List<Person> holders = organization.holdersOf(roles[i].id());
      holdersByRole[i] = new int[holders.size()];
      for (int h = 0; h < holders.size(); h++) {
        holdersByRole[i][h] = personIndex.get(holders.get(h).id());
      }
    }
    this.unitsOfPerson = new int[people.size()][];
    for (int i = 0; i < people.size(); i++) {
      java.util.TreeSet<Integer> units = new java.util.TreeSet<>();
      for (Role role : organization.rolesOf(people.get(i).id())) {
        role.reportsTo().ifPresent(parent -> units.add(roleIndex.get(parent)));
      }
      units.remove(-1);
      unitsOfPerson[i] = units.stream().mapToInt(Integer::intValue).toArray();
    }
    this.inPopulation = new boolean[people.size()];
    this.subjectRoles = new LinkedHashSet<>();
    switch (subject.kind()) {
      case ORGANIZATION:
        java.util.Arrays.fill(inPopulation, true);
        break;
      case UNIT:
        {
          String head = subject.id().orElseThrow();
          checkArgument(
              organization.role(head).isPresent(),
              "subject unit must be a role of the organization, was \"%s\"",
              head);
          Deque<String> todo = new ArrayDeque<>();
          todo.add(head);
          while (!todo.isEmpty()) {
            String roleId = todo.poll();
            subjectRoles.add(roleId);
            for (Person holder : organization.holdersOf(roleId)) {
              inPopulation[personIndex.get(holder.id())] = true;
            }
            for (Role report : organization.directReports(roleId)) {
              todo.add(report.id());
            }
          }
          break;
        }
      case PERSON:
        {
          String personId = subject.id().orElseThrow();
          int index = personIndex.get(personId);
          checkArgument(
              index >= 0,
              "subject person must be a person of the organization, was \"%s\"",
              personId);
          inPopulation[index] = true;
          for (Role role : organization.rolesOf(personId)) {
            subjectRoles.add(role.id());
          }
          break;
        }
    }
    int n = 0;
    for (boolean in : inPopulation) {
      n += in ? 1 : 0;
    }
    this.populationSize = n;
  }
}
