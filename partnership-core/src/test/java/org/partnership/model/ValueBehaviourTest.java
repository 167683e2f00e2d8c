package org.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the value types beyond validation. */
class ValueBehaviourTest {

  static final Domain BUDGET = Domain.of("budget");

  @Test
  void domainsOrderByNameAndPrintAsTheirName() {
    assertThat(Domain.of("budget")).isLessThan(Domain.of("hiring"));
    assertThat(Domain.of("budget").compareTo(Domain.of("budget"))).isZero();
    assertThat(Domain.of("budget")).hasToString("budget");
  }

  @Test
  void peopleReportTheirAttributes() {
    Person ann =
        Person.builder().id("ann").displayName("Ann").putAttribute("department", "math").build();
    assertThat(ann.attribute("department")).hasValue("math");
    assertThat(ann.attribute("location")).isEmpty();
  }

  @Test
  void attributeValuesMustBeNonBlankTexts() {
    assertThatThrownBy(
            () ->
                Person.builder()
                    .id("ann")
                    .displayName("Ann")
                    .putAttribute("department", " ")
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes[department] must not be blank, was \" \"");
    assertThatThrownBy(
            () -> Person.builder().id("ann").displayName("Ann").putAttribute(" x", "math").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes key must not start or end with whitespace, was \" x\"");
  }

  @Test
  void aMissingRequiredAttributeIsAnIllegalArgument() {
    assertThatThrownBy(() -> Person.builder().id("ann").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("displayName");
  }

  @Test
  void rolesListTheirPositionalAuthorityByDomain() {
    Role head =
        Role.builder()
            .id("head")
            .title("Head")
            .putDelegationLevel(Domain.of("timetable"), Style.DELEGATE)
            .putDelegationLevel(BUDGET, Style.CONSULT)
            .build();
    assertThat(head.holdsAuthorityOver(BUDGET)).isTrue();
    assertThat(head.holdsAuthorityOver(Domain.of("hiring"))).isFalse();
    assertThat(head.authorities())
        .containsExactly(
            Authority.position("head", BUDGET, Style.CONSULT),
            Authority.position("head", Domain.of("timetable"), Style.DELEGATE));
  }

  @Test
  void authorityCarriesExactlyWhatItsSourceNeeds() {
    Authority position = Authority.position("head", BUDGET, Style.CONSULT);
    assertThat(position.source()).isEqualTo(AuthoritySource.POSITION);
    assertThat(position.delegationLevel()).hasValue(Style.CONSULT);
    assertThat(position.proficiency()).isEmpty();
    Authority competence = Authority.competence("ann", BUDGET, 0.8);
    assertThat(competence.source()).isEqualTo(AuthoritySource.COMPETENCE);
    assertThat(competence.delegationLevel()).isEmpty();
    assertThat(competence.proficiency()).hasValue(0.8);
    assertThatThrownBy(() -> Authority.competence("ann", BUDGET, -0.1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("proficiency must be in [0, 1], was -0.1");
  }

  @Test
  void traitsDefaultToUnknownNoMandateAndNoFlags() {
    DecisionTraits traits = DecisionTraits.unknown();
    for (Trait trait : Trait.values()) {
      assertThat(traits.value(trait)).isEqualTo(0.5);
      assertThat(traits.isHigh(trait)).isTrue();
    }
    assertThat(traits.mandate()).isEqualTo(Mandate.NONE);
    assertThat(traits.confidential()).isFalse();
    assertThat(traits.consistencyCritical()).isFalse();
    assertThat(traits.timeAvailable()).isEmpty();
    DecisionTraits set =
        DecisionTraits.builder()
            .confidential(true)
            .consistencyCritical(true)
            .significance(0.49)
            .build();
    assertThat(set.confidential()).isTrue();
    assertThat(set.consistencyCritical()).isTrue();
    assertThat(set.isHigh(Trait.SIGNIFICANCE)).isFalse();
  }

  @Test
  void aTraitDescribedAsMediumIsKnownAndOneLeftOutIsUnknown() {
    DecisionTraits traits = DecisionTraits.builder().urgency(0.5).significance(0.9).build();
    assertThat(traits.isKnown(Trait.URGENCY)).isTrue();
    assertThat(traits.isKnown(Trait.STRUCTURE)).isFalse();
    assertThat(traits.value(Trait.STRUCTURE)).isEqualTo(DecisionTraits.UNKNOWN);
    assertThat(traits.known()).containsExactly(Trait.SIGNIFICANCE, Trait.URGENCY);
    assertThat(traits.knownBits()).isEqualTo(0b11);
    assertThat(traits).isNotEqualTo(DecisionTraits.builder().significance(0.9).build());
    DecisionTraits copy = DecisionTraits.builder().from(traits).build();
    assertThat(copy).isEqualTo(traits).hasSameHashCodeAs(traits);
    DecisionTraits forgotten = DecisionTraits.builder().from(traits).unknown(Trait.URGENCY).build();
    assertThat(forgotten.known()).containsExactly(Trait.SIGNIFICANCE);
    assertThat(forgotten).isEqualTo(DecisionTraits.builder().significance(0.9).build());
    assertThat(traits.toString())
        .isEqualTo(
            "DecisionTraits{significance=0.9, urgency=0.5, mandate=NONE, confidential=false,"
                + " consistencyCritical=false}");
    assertThat(DecisionTraits.nameOf(Trait.COMMITMENT_IF_IMPOSED)).isEqualTo("commitmentIfImposed");
    assertThatThrownBy(() -> DecisionTraits.builder().value(Trait.GOAL_ALIGNMENT, 1.5).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("goalAlignment must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> DecisionTraits.builder().urgency(Double.NaN).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("urgency must be in [0, 1], was NaN");
    assertThatThrownBy(() -> DecisionTraits.builder().timeAvailable(Duration.ofHours(-1)).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeAvailable must be positive, was PT-1H");
  }

  @Test
  void differentTraitsHashDifferently() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    java.util.Set<DecisionTraits> traits = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      DecisionTraits t =
          DecisionTraits.builder()
              .value(Trait.values()[i % 12], (i / 12) / 20.0)
              .mandate(i % 7 == 0 ? Mandate.LEGAL : Mandate.NONE)
              .confidential(i % 5 == 0)
              .consistencyCritical(i % 3 == 0)
              .timeAvailable(
                  i % 2 == 0
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(Duration.ofHours(i)))
              .build();
      traits.add(t);
      hashes.add(t.hashCode());
    }
    assertThat(hashes.size()).isGreaterThanOrEqualTo(traits.size() * 9 / 10);
    assertThat(DecisionTraits.builder().urgency(0.5).build().hashCode())
        .isNotEqualTo(DecisionTraits.unknown().hashCode());
  }

  @Test
  void decisionsValidateTitleAndStakeholders() {
    Decision.Builder base = Decision.builder().id("d").domain(BUDGET).ownerRoleId("head");
    assertThat(base.build().traits()).isEqualTo(DecisionTraits.unknown());
    assertThatThrownBy(() -> Decision.builder().from(base.build()).title("  ").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank, was \"  \"");
    assertThatThrownBy(
            () -> Decision.builder().from(base.build()).addStakeholders("ann", "").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("stakeholders[1] must not be blank, was \"\"");
  }

  @Test
  void timeAllocationBuilderAddsEntries() {
    TimeAllocation allocation =
        TimeAllocation.builder()
            .add(ActivityKind.SHARED_UNDERSTANDING, Phase.UPFRONT, Duration.ofHours(7))
            .add(ActivityKind.LOOSE_ENDS, Phase.IMPLEMENTATION, Duration.ofHours(3))
            .build();
    assertThat(allocation.partneringShare()).hasValue(1.0); // loose ends are rework, not managing
    assertThat(allocation.upfrontShare()).hasValue(0.7);
    assertThat(allocation.looseEndsShare()).hasValue(0.3);
    assertThat(allocation.reworkShare()).hasValue(0.3);
    assertThat(allocation.timeOn(ActivityKind.COACHING)).isEqualTo(Duration.ZERO);
    assertThat(TimeAllocation.empty().timeIn(Mode.PARTNER)).isEqualTo(Duration.ZERO);
  }

  @Test
  void anOrganizationCanBeBuiltFromCollectionsAndKeepsTheirOrder() {
    List<Person> people = List.of(Person.of("b", "B"), Person.of("a", "A"));
    List<Role> roles = List.of(Role.of("top", "Top"), Role.of("sub", "Sub", "top"));
    List<Assignment> assignments = List.of(Assignment.of("a", "top"), Assignment.of("b", "sub"));
    Organization org = Organization.of(people, roles, assignments);
    assertThat(org.people()).isEqualTo(people);
    assertThat(org.roles()).isEqualTo(roles);
    assertThat(org.assignments()).isEqualTo(assignments);
    assertThat(org.role("sub")).hasValue(roles.get(1));
    assertThat(Organization.builder().addPeople(people).addRoles(roles).build().people())
        .isEqualTo(people);
    assertThat(org).isNotEqualTo(Organization.of(people, roles, List.of()));
    assertThat(org.hashCode()).isNotEqualTo(Organization.of(people, roles, List.of()).hashCode());
    assertThatThrownBy(() -> org.rolesAtLevel(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be at least 0, was -1");
  }

  @Test
  void aLongCycleIsShownCut() {
    Organization.Builder builder = Organization.builder();
    int n = 30;
    for (int i = 0; i < n; i++) {
      builder.addRole(Role.of("r" + i, "R", "r" + ((i + 1) % n)));
    }
    StringBuilder expected = new StringBuilder("roles: reporting lines form a cycle: \"r0\"");
    for (int i = 1; i <= 20; i++) {
      expected.append(" → \"r").append(i).append('"');
    }
    expected.append(" → …");
    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected.toString());
  }

  @Test
  void theSameDomainTwiceIsRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                Person.builder()
                    .id("ann")
                    .displayName("Ann")
                    .putCompetence(BUDGET, 0.5)
                    .putCompetence(BUDGET, 0.6)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget");
  }
}
