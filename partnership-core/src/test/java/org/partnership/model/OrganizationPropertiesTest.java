package org.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties over random forests of roles. */
class OrganizationPropertiesTest {

  /** A random forest: role i reports to a random earlier role or to nobody; order shuffled. */
  record Forest(List<Role> roles, int[] parents) {
    Organization organization() {
      return Organization.builder().addRoles(roles).build();
    }
  }

  static Gen<Forest> forests() {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE - 1))
        .ofSizeBetween(1, 150)
        .map(
            seeds -> {
              int n = seeds.size();
              int[] parents = new int[n];
              List<Role> roles = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                parents[i] = seeds.get(i) % (i + 1) - 1; // in [-1, i - 1]
                roles.add(
                    parents[i] < 0
                        ? Role.of("r" + i, "Role " + i)
                        : Role.of("r" + i, "Role " + i, "r" + parents[i]));
              }
              Collections.shuffle(roles, new Random(seeds.get(0)));
              return new Forest(roles, parents);
            });
  }

  @Test
  void levelsAgreeWithReportingLines() {
    qt().forAll(forests())
        .checkAssert(
            forest -> {
              Organization org = forest.organization();
              for (Role role : forest.roles()) {
                int expected =
                    role.reportsTo().isEmpty() ? 0 : org.levelOf(role.reportsTo().get()) + 1;
                assertThat(org.levelOf(role.id())).isEqualTo(expected);
              }
            });
  }

  @Test
  void everyChainOfCommandEndsAtATopRoleAndHasLevelPlusOneLinks() {
    qt().forAll(forests())
        .checkAssert(
            forest -> {
              Organization org = forest.organization();
              for (Role role : forest.roles()) {
                List<Role> chain = org.chainOfCommand(role.id());
                assertThat(chain).hasSize(org.levelOf(role.id()) + 1);
                assertThat(chain.get(0)).isEqualTo(role);
                assertThat(chain.get(chain.size() - 1).reportsTo()).isEmpty();
                for (int k = 1; k < chain.size(); k++) {
                  assertThat(chain.get(k - 1).reportsTo()).hasValue(chain.get(k).id());
                }
              }
            });
  }

  @Test
  void spansAddUpToEveryRoleButTheTopOnes() {
    qt().forAll(forests())
        .checkAssert(
            forest -> {
              Organization org = forest.organization();
              int spans = 0;
              for (Role role : forest.roles()) {
                spans += org.spanOfControl(role.id());
                assertThat(org.directReports(role.id()))
                    .hasSize(org.spanOfControl(role.id()))
                    .allSatisfy(r -> assertThat(r.reportsTo()).hasValue(role.id()));
              }
              assertThat(spans).isEqualTo(forest.roles().size() - org.roots().size());
            });
  }

  @Test
  void levelsPartitionTheRolesAndDepthIsOneMoreThanTheDeepestLevel() {
    qt().forAll(forests())
        .checkAssert(
            forest -> {
              Organization org = forest.organization();
              int total = 0;
              int deepest = 0;
              for (int level = 0; level < org.depth(); level++) {
                List<Role> atLevel = org.rolesAtLevel(level);
                assertThat(atLevel).isNotEmpty();
                total += atLevel.size();
                deepest = level;
              }
              assertThat(total).isEqualTo(forest.roles().size());
              assertThat(org.depth()).isEqualTo(deepest + 1);
              assertThat(org.rolesAtLevel(org.depth())).isEmpty();
            });
  }

  @Test
  void theOrderOfRolesDoesNotChangeTheOrganization() {
    qt().forAll(forests())
        .checkAssert(
            forest -> {
              List<Role> reversed = new ArrayList<>(forest.roles());
              Collections.reverse(reversed);
              Organization a = forest.organization();
              Organization b = Organization.builder().addRoles(reversed).build();
              assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
              for (Role role : reversed) {
                assertThat(b.levelOf(role.id())).isEqualTo(a.levelOf(role.id()));
              }
            });
  }

  @Test
  void closingAnyChainIntoALoopIsRejectedNamingTheRolesOfTheCycle() {
    qt().forAll(forests(), integers().between(0, Integer.MAX_VALUE - 1))
        .assuming((forest, pick) -> forest.organization().depth() > 1)
        .checkAssert(
            (forest, pick) -> {
              Organization org = forest.organization();
              List<Role> deep = new ArrayList<>();
              for (Role r : forest.roles()) {
                if (org.levelOf(r.id()) > 0) {
                  deep.add(r);
                }
              }
              Role bottom = deep.get(pick % deep.size());
              List<Role> chain = org.chainOfCommand(bottom.id());
              Role top = chain.get(chain.size() - 1);
              List<Role> broken = new ArrayList<>();
              for (Role r : forest.roles()) {
                broken.add(r.equals(top) ? Role.of(top.id(), top.title(), bottom.id()) : r);
              }
              assertThatThrownBy(() -> Organization.builder().addRoles(broken).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("roles: reporting lines form a cycle: ")
                  .hasMessageContaining('"' + top.id() + '"')
                  .hasMessageContaining('"' + bottom.id() + '"');
            });
  }

  @Test
  void aReferenceToAMissingRoleIsRejectedNamingIt() {
    qt().forAll(forests(), integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert(
            (forest, pick) -> {
              List<Role> roles = new ArrayList<>(forest.roles());
              int i = pick % roles.size();
              Role victim = roles.get(i);
              roles.set(i, Role.of(victim.id(), victim.title(), "missing"));
              assertThatThrownBy(() -> Organization.builder().addRoles(roles).build())
                  .isExactlyInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "roles["
                          + i
                          + "] \""
                          + victim.id()
                          + "\": reportsTo refers to unknown role \"missing\"");
            });
  }

  @Test
  void assignmentsAgreeWithRolesOfHoldersOfAndLevelsOfPeople() {
    qt().forAll(forests(), lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 120))
        .checkAssert(
            (forest, picks) -> {
              int peopleCount = 1 + picks.size() / 3;
              Organization.Builder builder = Organization.builder().addRoles(forest.roles());
              for (int p = 0; p < peopleCount; p++) {
                builder.addPerson(Person.of("p" + p, "Person " + p));
              }
              java.util.Set<Assignment> assignments = new java.util.LinkedHashSet<>();
              for (int pick : picks) {
                assignments.add(
                    Assignment.of(
                        "p" + pick % peopleCount,
                        forest.roles().get(pick % forest.roles().size()).id()));
              }
              assignments.forEach(builder::addAssignment);
              Organization org = builder.build();
              for (int p = 0; p < peopleCount; p++) {
                String id = "p" + p;
                List<String> expectedRoles =
                    assignments.stream()
                        .filter(a -> a.personId().equals(id))
                        .map(Assignment::roleId)
                        .toList();
                assertThat(org.rolesOf(id)).extracting(Role::id).isEqualTo(expectedRoles);
                java.util.OptionalInt expectedLevel =
                    expectedRoles.stream().mapToInt(org::levelOf).min();
                assertThat(org.levelOfPerson(id)).isEqualTo(expectedLevel);
              }
              for (Role role : forest.roles()) {
                List<String> expectedHolders =
                    assignments.stream()
                        .filter(a -> a.roleId().equals(role.id()))
                        .map(Assignment::personId)
                        .toList();
                assertThat(org.holdersOf(role.id()))
                    .extracting(Person::id)
                    .isEqualTo(expectedHolders);
              }
              for (int level = 0; level <= org.depth(); level++) {
                int l = level;
                List<String> expectedPeople =
                    org.people().stream()
                        .filter(
                            person ->
                                org.rolesOf(person.id()).stream()
                                    .anyMatch(r -> org.levelOf(r.id()) == l))
                        .map(Person::id)
                        .toList();
                assertThat(org.peopleAtLevel(level))
                    .extracting(Person::id)
                    .isEqualTo(expectedPeople);
              }
            });
  }
}
