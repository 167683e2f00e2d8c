package org.partnership.model;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds authority in each domain: roles by position (in the order of the roles) and people by
 * competence (most proficient first, ties by person id, found by a binary search on the threshold).
 * Immutable; package-private, behind {@link Organization}.
 */
final class AuthorityIndex {

  private final Map<Domain, ImmutableList<Authority>> positionAuthority;
  private final Map<Domain, CompetenceHolders> competenceAuthority;

  AuthorityIndex(List<Person> people, List<Role> roles) {
    requireNonNull(people, "people");
    requireNonNull(roles, "roles");
    Map<Domain, List<Authority>> position = new HashMap<>();
    for (Role r : roles) {
      for (Map.Entry<Domain, Style> e : r.delegationLevels().entrySet()) {
        position
            .computeIfAbsent(e.getKey(), d -> new ArrayList<>())
            .add(Authority.position(r.id(), e.getKey(), e.getValue()));
      }
    }
    positionAuthority = immutableLists(position);
    Map<Domain, List<Held>> competence = new HashMap<>();
    for (Person person : people) {
      for (Map.Entry<Domain, Double> c : person.competences().entrySet()) {
        competence
            .computeIfAbsent(c.getKey(), d -> new ArrayList<>())
            .add(new Held(c.getValue(), person.id()));
      }
    }
    competenceAuthority = Maps.newHashMapWithExpectedSize(competence.size());
    for (Map.Entry<Domain, List<Held>> e : competence.entrySet()) {
      competenceAuthority.put(e.getKey(), CompetenceHolders.of(e.getKey(), e.getValue()));
    }
  }

  /** Positional holders, then competent people at or above the threshold. */
  List<Authority> holders(Domain domain, double competenceThreshold) {
    requireNonNull(domain, "domain");
    ImmutableList<Authority> position = positionAuthority.getOrDefault(domain, ImmutableList.of());
    CompetenceHolders competence = competenceAuthority.get(domain);
    if (competence == null) {
      return position;
    }
    int held = competence.atOrAbove(competenceThreshold);
    return ImmutableList.<Authority>builderWithExpectedSize(position.size() + held)
        .addAll(position)
        .addAll(competence.authorities().get().subList(0, held))
        .build();
  }

  /** A person's proficiency in a domain, before it becomes an {@link Authority}. */
  private record Held(double proficiency, String personId) {}

  /**
   * Competence authority in one domain, most proficient first. The proficiencies are kept apart for
   * a binary search; the {@link Authority} values are made on first use (building an organization
   * of a million people then costs no authority objects at all).
   */
  private record CompetenceHolders(
      double[] proficiencies, Supplier<ImmutableList<Authority>> authorities) {

    static CompetenceHolders of(Domain domain, List<Held> held) {
      held.sort(
          Comparator.comparingDouble(Held::proficiency).reversed().thenComparing(Held::personId));
      double[] proficiencies = new double[held.size()];
      String[] holders = new String[held.size()];
      for (int i = 0; i < held.size(); i++) {
        proficiencies[i] = held.get(i).proficiency();
        holders[i] = held.get(i).personId();
      }
      return new CompetenceHolders(
          proficiencies,
          Suppliers.memoize(
              () -> {
                ImmutableList.Builder<Authority> authorities =
                    ImmutableList.builderWithExpectedSize(holders.length);
                for (int i = 0; i < holders.length; i++) {
                  authorities.add(Authority.competence(holders[i], domain, proficiencies[i]));
                }
                return authorities.build();
              }));
    }

    /** How many hold a proficiency at or above {@code threshold}: a binary search. */
    int atOrAbove(double threshold) {
      int low = 0;
      int high = proficiencies.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (proficiencies[mid] >= threshold) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private static Map<Domain, ImmutableList<Authority>> immutableLists(
      Map<Domain, List<Authority>> lists) {
    Map<Domain, ImmutableList<Authority>> result = Maps.newHashMapWithExpectedSize(lists.size());
    for (Map.Entry<Domain, List<Authority>> e : lists.entrySet()) {
      result.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    return result;
  }
}
