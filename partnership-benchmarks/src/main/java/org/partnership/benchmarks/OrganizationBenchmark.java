package org.partnership.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnership.model.Authority;
import org.partnership.model.Organization;
import org.partnership.model.Role;

/**
 * Building an organization and querying it: chains of command, levels and holders of authority
 * (position and competence) in a domain.
 */
public class OrganizationBenchmark {

  /** Inputs for building: the lists of people, roles and assignments. */
  @State(Scope.Benchmark)
  public static class BuildInputs {
    @Param({"100000", "1000000"})
    public int roles;

    public SyntheticOrganizations inputs;

    @Setup(Level.Trial)
    public void setUp() {
      inputs = new SyntheticOrganizations(roles, 6, 42);
    }
  }

  /** A built organization of 100,000 roles and random role ids to ask about. */
  @State(Scope.Benchmark)
  public static class Built {
    @Param({"100000"})
    public int roles;

    public Organization organization;
    public String[] roleIds;
    public int next;

    @Setup(Level.Trial)
    public void setUp() {
      organization = new SyntheticOrganizations(roles, 6, 42).build();
      SplittableRandom random = new SplittableRandom(7);
      roleIds = new String[4096];
      for (int i = 0; i < roleIds.length; i++) {
        roleIds[i] = "r" + random.nextInt(roles);
      }
    }

    String nextRole() {
      next = (next + 1) & (roleIds.length - 1);
      return roleIds[next];
    }
  }

  /** Builds and validates the whole organization (forest check, levels, indexes). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Organization build(BuildInputs in) {
    return in.inputs.build();
  }

  /** The chain of command of a random role, up to the top. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Role> chainOfCommand(Built b) {
    return b.organization.chainOfCommand(b.nextRole());
  }

  /** The level of a random role. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int levelOf(Built b) {
    return b.organization.levelOf(b.nextRole());
  }

  /** Who holds authority in a domain: about 830 position holders and 2,900 competence holders. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Authority> holdersOfAuthority(Built b) {
    return b.organization.holdersOfAuthority(
        SyntheticOrganizations.DOMAINS.get(b.next++ % SyntheticOrganizations.DOMAINS.size()));
  }
}
