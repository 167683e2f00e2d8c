package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;

/** What a plug-in calculator can ask a context: the same lookups the built-ins use. */
class MetricContextTest {

  private static final Organization ORG =
      Organization.builder()
          .addPerson(Person.of("ada", "Ada"))
          .addPerson(Person.of("bo", "Bo"))
          .addPerson(Person.of("cy", "Cy"))
          .addPerson(Person.of("dee", "Dee"))
          .addRole(Role.of("head", "Head"))
          .addRole(Role.of("lead", "Lead", "head"))
          .addRole(Role.of("member", "Member", "lead"))
          .assign("ada", "head")
          .assign("bo", "lead")
          .assign("cy", "member")
          .build();

  @Test
  void levelsTeamsAndRolesAreThereForEveryCalculator() {
    MetricContext context = MetricContext.of(ORG);
    int ada = context.personIndex("ada");
    int bo = context.personIndex("bo");
    int cy = context.personIndex("cy");
    int dee = context.personIndex("dee");
    assertThat(context.levelOfPerson(ada)).isZero();
    assertThat(context.levelOfPerson(cy)).isEqualTo(2);
    assertThat(context.levelOfPerson(dee)).as("no role").isEqualTo(-1);
    assertThat(context.teams()).containsExactly("head", "lead");
    assertThat(context.teams().get(context.teamOfPerson(bo))).isEqualTo("head");
    assertThat(context.teams().get(context.teamOfPerson(cy))).isEqualTo("lead");
    assertThat(context.teamOfPerson(dee)).isEqualTo(-1);
    assertThat(context.levelOfRole("member")).isEqualTo(2);
    assertThat(context.levelOfRole("nobody")).isEqualTo(-1);
    int lead = context.roleIndexOf("lead");
    assertThat(context.holdsRole(bo, lead)).isTrue();
    assertThat(context.holdsRole(cy, lead)).isFalse();
    assertThat(context.holdsRole(bo, -1)).isFalse();
    assertThat(context.roleOrNull("lead")).isEqualTo(ORG.role("lead").orElseThrow());
    assertThat(context.roleOrNull("nobody")).isNull();
    assertThat(context.leads(bo)).isTrue();
    assertThat(context.leads(cy)).isFalse();
  }

  @Test
  void theSubjectDecidesThePopulation() {
    MetricContext unit = MetricContext.builder(ORG).subject(Subject.unit("lead")).build();
    assertThat(unit.populationSize()).isEqualTo(2);
    assertThat(unit.inPopulation(unit.personIndex("bo"))).isTrue();
    assertThat(unit.inPopulation(unit.personIndex("ada"))).isFalse();
    assertThatThrownBy(() -> MetricContext.builder(ORG).subject(Subject.unit("nope")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nope\"");
    assertThatThrownBy(() -> MetricContext.of(ORG).roleIndexOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("roleId");
  }
}
