package org.partnership.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Guava testlib sanity checks: nulls are rejected by name, equality is by value. */
class ValueTypesSanityTest {

  static final Domain BUDGET = Domain.of("budget");
  static final Domain HIRING = Domain.of("hiring");

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Domain.class, BUDGET)
        .setDefault(String.class, "x")
        .setDefault(Duration.class, Duration.ofMinutes(1))
        .setDefault(Style.class, Style.CONSULT)
        .setDefault(Person.class, Person.of("p", "P"))
        .setDefault(Role.class, Role.of("r", "R"))
        .setDefault(Assignment.class, Assignment.of("p", "r"))
        .setDefault(TimeAllocation.class, TimeAllocation.empty())
        .setDefault(
            TimeAllocation.Entry.class,
            TimeAllocation.Entry.of(ActivityKind.COACHING, Phase.UPFRONT, Duration.ofMinutes(1)))
        .setDefault(DecisionTraits.class, DecisionTraits.unknown());
  }

  @Test
  void staticFactoriesRejectNullsByName() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        new Class<?>[] {
          Domain.class,
          Person.class,
          Role.class,
          Authority.class,
          Assignment.class,
          DecisionTraits.class,
          Decision.class,
          TimeAllocation.class,
          TimeAllocation.Entry.class,
          Organization.class,
          Style.class,
          VroomYettonStyle.class,
          Vroom2000Style.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsAndBuildersRejectNulls() {
    NullPointerTester tester = tester();
    Person person = Person.builder().id("p").displayName("P").putCompetence(BUDGET, 0.8).build();
    tester.testAllPublicInstanceMethods(person);
    tester.testAllPublicInstanceMethods(Person.builder());
    tester.testAllPublicInstanceMethods(Role.of("r", "R", "boss"));
    tester.testAllPublicInstanceMethods(Role.builder());
    tester.testAllPublicInstanceMethods(Decision.builder());
    tester.testAllPublicInstanceMethods(DecisionTraits.builder());
    tester.testAllPublicInstanceMethods(DecisionTraits.unknown());
    tester.testAllPublicInstanceMethods(TimeAllocation.builder());
    tester.testAllPublicInstanceMethods(TimeAllocation.empty());
    tester.testAllPublicInstanceMethods(Style.AGREE);
    tester.testAllPublicInstanceMethods(Organization.builder());
    tester.testAllPublicInstanceMethods(sampleOrganization());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Domain.of("budget"), Domain.of("budget"))
        .addEqualityGroup(Domain.of("Budget"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Person.of("p1", "Ann"), Person.of("p1", "Ann"))
        .addEqualityGroup(Person.of("p2", "Ann"))
        .addEqualityGroup(Person.of("p1", "Anne"))
        .addEqualityGroup(
            Person.builder().id("p1").displayName("Ann").putCompetence(BUDGET, 0.5).build())
        .addEqualityGroup(
            Person.builder().id("p1").displayName("Ann").putAttribute("dept", "math").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Role.of("r", "Head", "boss"), Role.of("r", "Head", "boss"))
        .addEqualityGroup(Role.of("r", "Head"))
        .addEqualityGroup(
            Role.builder().id("r").title("Head").putDelegationLevel(BUDGET, Style.SELL).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Authority.position("r", BUDGET, Style.TELL),
            Authority.position("r", BUDGET, Style.TELL))
        .addEqualityGroup(Authority.position("r", BUDGET, Style.SELL))
        .addEqualityGroup(Authority.position("r", HIRING, Style.TELL))
        .addEqualityGroup(Authority.competence("r", BUDGET, 0.9))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Assignment.of("p", "r"), Assignment.of("p", "r"))
        .addEqualityGroup(Assignment.of("r", "p"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DecisionTraits.unknown(), DecisionTraits.builder().build())
        .addEqualityGroup(
            DecisionTraits.builder().urgency(0.5).build(),
            DecisionTraits.builder().from(DecisionTraits.unknown()).urgency(0.5).build())
        .addEqualityGroup(DecisionTraits.builder().urgency(0.9).build())
        .addEqualityGroup(DecisionTraits.builder().mandate(Mandate.SAFETY).build())
        .addEqualityGroup(DecisionTraits.builder().confidential(true).build())
        .addEqualityGroup(DecisionTraits.builder().timeAvailable(Duration.ofHours(2)).build())
        .testEquals();
    Decision.Builder d = Decision.builder().id("d").domain(BUDGET).ownerRoleId("r");
    new EqualsTester()
        .addEqualityGroup(d.build(), d.build())
        .addEqualityGroup(
            Decision.builder().id("d").domain(HIRING).ownerRoleId("r").build(),
            Decision.builder().id("d").domain(HIRING).ownerRoleId("r").build())
        .addEqualityGroup(d.addStakeholder("p").build())
        .testEquals();
    TimeAllocation.Entry entry =
        TimeAllocation.Entry.of(ActivityKind.COACHING, Phase.UPFRONT, Duration.ofMinutes(30));
    new EqualsTester()
        .addEqualityGroup(
            TimeAllocation.of(java.util.List.of(entry)),
            TimeAllocation.of(java.util.List.of(entry)))
        .addEqualityGroup(TimeAllocation.empty())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(sampleOrganization(), sampleOrganizationReordered())
        .addEqualityGroup(Organization.builder().build())
        .testEquals();
  }

  static Organization sampleOrganization() {
    return Organization.builder()
        .addPerson(Person.builder().id("ann").displayName("Ann").putCompetence(BUDGET, 0.9).build())
        .addPerson(Person.of("bob", "Bob"))
        .addRole(
            Role.builder()
                .id("head")
                .title("Head")
                .putDelegationLevel(BUDGET, Style.CONSULT)
                .build())
        .addRole(Role.of("teacher", "Teacher", "head"))
        .assign("ann", "head")
        .assign("bob", "teacher")
        .build();
  }

  static Organization sampleOrganizationReordered() {
    return Organization.builder()
        .addPerson(Person.of("bob", "Bob"))
        .addPerson(Person.builder().id("ann").displayName("Ann").putCompetence(BUDGET, 0.9).build())
        .addRole(Role.of("teacher", "Teacher", "head"))
        .addRole(
            Role.builder()
                .id("head")
                .title("Head")
                .putDelegationLevel(BUDGET, Style.CONSULT)
                .build())
        .assign("bob", "teacher")
        .assign("ann", "head")
        .build();
  }
}
