package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;

class SampleOrganizationsTest {

  @Test
  void theDistrictHasAtLeastFourLevelsAndAboutFortyPeopleWithCompetencesAndAttributes() {
    Organization district = SampleOrganizations.district();
    assertThat(district.depth()).isGreaterThanOrEqualTo(4);
    assertThat(district.people()).hasSizeBetween(35, 50);
    assertThat(district.people())
        .allSatisfy(
            p -> {
              assertThat(p.attributes()).containsKeys("site", "department", "tenure", "contract");
              assertThat(district.rolesOf(p.id())).isNotEmpty();
            });
    assertThat(district.people().stream().filter(p -> !p.competences().isEmpty()))
        .hasSizeGreaterThan(35);
    assertThat(district.roots()).hasSize(1);
    assertThat(district.roots().get(0).title()).isEqualTo("Superintendent");
  }

  @Test
  void competenceIsAnAuthorityHeldAtEveryLevel() {
    Organization district = SampleOrganizations.district();
    Domain curriculum = Domain.of("curriculum");
    var levels =
        district.holdersOfAuthority(curriculum).stream()
            .filter(a -> a.proficiency().isPresent())
            .map(a -> district.levelOfPerson(a.holderId()).orElseThrow())
            .distinct()
            .toList();
    assertThat(levels).contains(1, 2, 3);
    Person coach = district.person("george-papadopoulos").orElseThrow();
    assertThat(district.rolesOf(coach.id())).hasSize(2);
    assertThat(district.levelOfPerson(coach.id())).hasValue(2);
  }
}
