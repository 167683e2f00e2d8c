package org.partnership.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnership.model.Organization;

/** The benchmark measures what it says: a real tree, real chains, real authority holders. */
class OrganizationBenchmarkTest {

  @Test
  void theSyntheticOrganizationIsABalancedTreeWithAuthorityOfBothKinds() {
    Organization org = new SyntheticOrganizations(10_000, 6, 42).build();
    assertThat(org.roots()).hasSize(1);
    assertThat(org.depth()).isEqualTo(7);
    assertThat(org.spanOfControl("r0")).isEqualTo(6);
    OrganizationBenchmark.Built built = new OrganizationBenchmark.Built();
    built.roles = 10_000;
    built.setUp();
    OrganizationBenchmark benchmark = new OrganizationBenchmark();
    assertThat(benchmark.chainOfCommand(built))
        .isNotEmpty()
        .last()
        .extracting(r -> r.id())
        .isEqualTo("r0");
    assertThat(benchmark.levelOf(built)).isBetween(0, 6);
    assertThat(benchmark.holdersOfAuthority(built))
        .anySatisfy(a -> assertThat(a.delegationLevel()).isPresent())
        .anySatisfy(a -> assertThat(a.proficiency()).isPresent());
  }
}
