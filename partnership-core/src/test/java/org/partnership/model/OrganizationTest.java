package org.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The organization as a real hierarchy: a small school district, queried and validated. */
class OrganizationTest {

  static final Domain BUDGET = Domain.of("budget");
  static final Domain CURRICULUM = Domain.of("curriculum");

  static Organization district() {
    return Organization.builder()
        .addPerson(Person.builder().id("sue").displayName("Sue").putCompetence(BUDGET, 0.9).build())
        .addPerson(
            Person.builder().id("pat").displayName("Pat").putCompetence(CURRICULUM, 0.8).build())
        .addPerson(
            Person.builder()
                .id("tom")
                .displayName("Tom")
                .putCompetence(CURRICULUM, 0.95)
                .putCompetence(BUDGET, 0.3)
                .build())
        .addPerson(
            Person.builder().id("ann").displayName("Ann").putCompetence(CURRICULUM, 0.7).build())
        .addPerson(Person.of("lee", "Lee"))
        .addRole(
            Role.builder()
                .id("superintendent")
                .title("Superintendent")
                .putDelegationLevel(BUDGET, Style.CONSULT)
                .build())
        .addRole(
            Role.builder()
                .id("principal")
                .title("Principal")
                .reportsTo("superintendent")
                .putDelegationLevel(CURRICULUM, Style.AGREE)
                .build())
        .addRole(Role.of("math-head", "Head of Mathematics", "principal"))
        .addRole(Role.of("english-head", "Head of English", "principal"))
        .addRole(Role.of("math-teacher", "Mathematics Teacher", "math-head"))
        .addRole(Role.of("board", "Board Liaison"))
        .assign("sue", "superintendent")
        .assign("pat", "principal")
        .assign("tom", "math-head")
        .assign("tom", "math-teacher")
        .assign("ann", "math-teacher")
        .build();
  }

  @Test
  void levelsAreDerivedFromReportingLines() {
    Organization org = district();
    assertThat(org.levelOf("superintendent")).isZero();
    assertThat(org.levelOf("principal")).isEqualTo(1);
    assertThat(org.levelOf("math-head")).isEqualTo(2);
    assertThat(org.levelOf("math-teacher")).isEqualTo(3);
    assertThat(org.levelOf("board")).isZero();
    assertThat(org.depth()).isEqualTo(4);
  }

  @Test
  void aPersonsLevelIsThatOfTheirHighestRole() {
    Organization org = district();
    assertThat(org.levelOfPerson("tom")).hasValue(2);
    assertThat(org.levelOfPerson("ann")).hasValue(3);
    assertThat(org.levelOfPerson("lee")).isEmpty();
  }

  @Test
  void chainOfCommandRunsFromTheRoleUpToTheTop() {
    assertThat(district().chainOfCommand("math-teacher"))
        .extracting(Role::id)
        .containsExactly("math-teacher", "math-head", "principal", "superintendent");
    assertThat(district().chainOfCommand("board")).extracting(Role::id).containsExactly("board");
  }

  @Test
  void directReportsAndSpanOfControl() {
    Organization org = district();
    assertThat(org.directReports("principal"))
        .extracting(Role::id)
        .containsExactly("math-head", "english-head");
    assertThat(org.spanOfControl("principal")).isEqualTo(2);
    assertThat(org.spanOfControl("math-teacher")).isZero();
    assertThat(org.directReports("math-teacher")).isEmpty();
    assertThat(org.roots()).extracting(Role::id).containsExactly("superintendent", "board");
  }

  @Test
  void peopleAndRolesAtALevel() {
    Organization org = district();
    assertThat(org.rolesAtLevel(2))
        .extracting(Role::id)
        .containsExactly("math-head", "english-head");
    assertThat(org.peopleAtLevel(3)).extracting(Person::id).containsExactly("tom", "ann");
    assertThat(org.peopleAtLevel(2)).extracting(Person::id).containsExactly("tom");
    assertThat(org.peopleAtLevel(9)).isEmpty();
    assertThatThrownBy(() -> org.peopleAtLevel(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be at least 0, was -1");
  }

  @Test
  void rolesOfAPersonAndHoldersOfARole() {
    Organization org = district();
    assertThat(org.rolesOf("tom"))
        .extracting(Role::id)
        .containsExactly("math-head", "math-teacher");
    assertThat(org.holdersOf("math-teacher")).extracting(Person::id).containsExactly("tom", "ann");
    assertThat(org.holdersOf("english-head")).isEmpty();
    assertThat(org.rolesOf("lee")).isEmpty();
  }

  @Test
  void holdersOfAuthorityIncludeBothPositionAndCompetence() {
    List<Authority> curriculum = district().holdersOfAuthority(CURRICULUM);
    assertThat(curriculum)
        .containsExactly(
            Authority.position("principal", CURRICULUM, Style.AGREE),
            Authority.competence("tom", CURRICULUM, 0.95),
            Authority.competence("pat", CURRICULUM, 0.8),
            Authority.competence("ann", CURRICULUM, 0.7));
    assertThat(district().holdersOfAuthority(CURRICULUM, 0.9))
        .extracting(Authority::holderId)
        .containsExactly("principal", "tom");
    assertThat(district().holdersOfAuthority(BUDGET))
        .extracting(Authority::source, Authority::holderId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuthoritySource.POSITION, "superintendent"),
            org.assertj.core.groups.Tuple.tuple(AuthoritySource.COMPETENCE, "sue"));
    assertThat(district().holdersOfAuthority(Domain.of("hiring"))).isEmpty();
    Organization positionOnly =
        Organization.builder()
            .addRole(
                Role.builder()
                    .id("hr")
                    .title("HR")
                    .putDelegationLevel(Domain.of("hiring"), Style.SELL)
                    .build())
            .build();
    assertThat(positionOnly.holdersOfAuthority(Domain.of("hiring")))
        .containsExactly(Authority.position("hr", Domain.of("hiring"), Style.SELL));
  }

  @Test
  void competenceThresholdMustBeInTheUnitInterval() {
    assertThatThrownBy(() -> district().holdersOfAuthority(BUDGET, 1.5))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("competenceThreshold must be in [0, 1], was 1.5");
  }

  @Test
  void queriesAboutUnknownIdsNameTheId() {
    Organization org = district();
    assertThatThrownBy(() -> org.levelOf("janitor"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("roleId: unknown role \"janitor\"");
    assertThatThrownBy(() -> org.levelOfPerson("zed"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("personId: unknown person \"zed\"");
    assertThat(org.role("janitor")).isEmpty();
    assertThat(org.person("zed")).isEmpty();
    assertThat(org.person("sue").map(Person::displayName)).hasValue("Sue");
  }

  @Test
  void duplicateIdsAreRejectedNamingTheId() {
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .addRole(Role.of("a", "A"))
                    .addRole(Role.of("a", "Another A"))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("roles: role ids must be unique, \"a\" appears twice");
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .addPerson(Person.of("p", "P"))
                    .addPerson(Person.of("p", "Q"))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("people: person ids must be unique, \"p\" appears twice");
  }

  @Test
  void danglingReferencesAreRejectedNamingBothIds() {
    assertThatThrownBy(() -> Organization.builder().addRole(Role.of("a", "A", "ghost")).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("roles[0] \"a\": reportsTo refers to unknown role \"ghost\"");
    assertThatThrownBy(
            () -> Organization.builder().addRole(Role.of("a", "A")).assign("ghost", "a").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assignments[0]: unknown person \"ghost\"");
    assertThatThrownBy(
            () ->
                Organization.builder().addPerson(Person.of("p", "P")).assign("p", "ghost").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assignments[0]: unknown role \"ghost\"");
  }

  @Test
  void duplicateAssignmentsAreRejected() {
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .addPerson(Person.of("p", "P"))
                    .addRole(Role.of("a", "A"))
                    .assign("p", "a")
                    .assign("p", "a")
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assignments[1]: person \"p\" is assigned to role \"a\" twice");
  }

  @Test
  void cyclesAreRejectedListingTheRolesOfTheCycle() {
    assertThatThrownBy(
            () ->
                Organization.builder()
                    .addRole(Role.of("top", "Top"))
                    .addRole(Role.of("a", "A", "c"))
                    .addRole(Role.of("b", "B", "a"))
                    .addRole(Role.of("c", "C", "b"))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("roles: reporting lines form a cycle: \"a\" → \"c\" → \"b\" → \"a\"");
    assertThatThrownBy(() -> Role.of("a", "A", "a"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("reportsTo must differ from id (a role cannot report to itself), was \"a\"");
  }

  @Test
  @Tag("large")
  void aVeryDeepChainNeedsNoRecursion() {
    Organization.Builder builder = Organization.builder().addRole(Role.of("r0", "R"));
    int n = 200_000;
    for (int i = 1; i < n; i++) {
      builder.addRole(Role.of("r" + i, "R", "r" + (i - 1)));
    }
    Organization org = builder.build();
    assertThat(org.depth()).isEqualTo(n);
    assertThat(org.levelOf("r" + (n - 1))).isEqualTo(n - 1);
    assertThat(org.chainOfCommand("r" + (n - 1))).hasSize(n);
  }

  @Test
  void anEmptyOrganizationHasNoLevels() {
    Organization empty = Organization.builder().build();
    assertThat(empty.depth()).isZero();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.toString())
        .isEqualTo("Organization{people=0, roles=0, assignments=0, depth=0}");
  }
}
