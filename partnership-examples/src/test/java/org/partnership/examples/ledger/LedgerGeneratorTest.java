package org.partnership.simulation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnership.examples.SampleOrganizations;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;

class LedgerGeneratorTest {

  @Test
  void theSameSeedGivesTheSameRecords() {
    Organization district = SampleOrganizations.district();
    assertThat(LedgerGenerator.of(district, 3).records(500).toList())
        .isEqualTo(LedgerGenerator.of(district, 3).records(500).toList())
        .isNotEqualTo(LedgerGenerator.of(district, 4).records(500).toList());
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Organization district = SampleOrganizations.district();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> LedgerGenerator.of(district, 1, start, Duration.ZERO))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be positive, was PT0S");
    assertThatThrownBy(() -> LedgerGenerator.of(district, 1).records(-1))
        .hasMessage("count must be at least 0, was -1");
    Organization lonely =
        Organization.builder()
            .addPerson(Person.of("ann", "Ann"))
            .addRole(Role.of("boss", "Boss"))
            .assign("ann", "boss")
            .build();
    assertThatThrownBy(() -> LedgerGenerator.of(lonely, 1))
        .hasMessage(
            "organization must have at least two people and a role, had 1 people and 1 roles");
    new NullPointerTester()
        .setDefault(Organization.class, district)
        .testAllPublicStaticMethods(LedgerGenerator.class);
  }
}
