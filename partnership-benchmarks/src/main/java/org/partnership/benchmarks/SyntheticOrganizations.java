package org.partnership.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * Inputs for organization benchmarks: a tree of {@code roles} roles where role i reports to role (i
 * − 1) / span, one person per role with two competences among 20 domains, and one domain of
 * positional authority on every manager role. Deterministic for a given seed.
 */
public final class SyntheticOrganizations {

  /** The domains competences and authority are drawn from. */
  public static final List<Domain> DOMAINS = domains(20);

  /** The people of the organization. */
  public final List<Person> people;

  /** The roles of the organization. */
  public final List<Role> roles;

  /** One assignment per person. */
  public final List<Assignment> assignments;

  /** Builds the inputs. */
  public SyntheticOrganizations(int roleCount, int span, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    people = new ArrayList<>(roleCount);
    roles = new ArrayList<>(roleCount);
    assignments = new ArrayList<>(roleCount);
    for (int i = 0; i < roleCount; i++) {
      Role.Builder role = Role.builder().id("r" + i).title("Role " + i);
      if (i > 0) {
        role.reportsTo("r" + (i - 1) / span);
      }
      if ((long) i * span + 1 < roleCount) {
        role.putDelegationLevel(
            DOMAINS.get(random.nextInt(DOMAINS.size())), Style.ofLevel(1 + random.nextInt(7)));
      }
      roles.add(role.build());
      int first = random.nextInt(DOMAINS.size());
      int second = (first + 1 + random.nextInt(DOMAINS.size() - 1)) % DOMAINS.size();
      people.add(
          Person.builder()
              .id("p" + i)
              .displayName("Person " + i)
              .putCompetence(DOMAINS.get(first), random.nextDouble())
              .putCompetence(DOMAINS.get(second), random.nextDouble())
              .build());
      assignments.add(Assignment.of("p" + i, "r" + i));
    }
  }

  /** The organization of these inputs. */
  public Organization build() {
    return Organization.of(people, roles, assignments);
  }

  private static List<Domain> domains(int n) {
    List<Domain> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      result.add(Domain.of("domain-" + i));
    }
    return List.copyOf(result);
  }
}
