package org.partnership.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partnership.internal.Checks;

/**
 * People, roles in a real hierarchy, and who holds which role — with the queries leadership needs:
 * levels, chains of command, spans of control and who holds authority in a domain, by position and
 * by competence.
 *
 * <p><b>Validation.</b> The roles form a forest: role ids and person ids are unique, every {@code
 * reportsTo} names a role of the organization, and reporting lines have no cycles. Every assignment
 * names a known person and a known role, and no assignment is listed twice. A violation throws
 * {@link IllegalArgumentException} naming the ids involved; nothing is half built. Several top
 * roles (several trees) are allowed; so are people with no role and roles held by nobody.
 *
 * <p><b>Levels.</b> A role's level is derived from the reporting lines: 0 for a top role, one more
 * than its manager's otherwise. A person's level is the level of the highest role they hold (the
 * smallest number).
 *
 * <p><b>Cost.</b> Building takes time and memory linear in the number of people, roles and
 * assignments, with no recursion (a chain of a million roles is fine). {@link #levelOf}, {@link
 * #spanOfControl}, {@link #role} and {@link #person} take constant time; {@link #chainOfCommand}
 * takes time proportional to the depth of the role; {@link #directReports} proportional to the
 * span.
 *
 * <p>Immutable and thread-safe. Lists returned are immutable. Equality is by content: the same
 * people, roles and assignments, in any order.
 */
public final class Organization {

  /**
   * The proficiency at or above which a competence counts as {@link AuthoritySource#COMPETENCE}
   * authority when no other threshold is given: 0.7, "good at what you do".
   */
  public static final double DEFAULT_COMPETENCE_THRESHOLD = 0.7;

  private final ImmutableList<Person> people;
  private final ImmutableList<Role> roles;
  private final ImmutableList<Assignment> assignments;

  private final Map<String, Person> personById;
  private final Map<String, Integer> roleIndex;
  private final int[] parent;
  private final int[] level;
  private final int[] childStart;
  private final int[] children;
  private final int depth;
  private final ImmutableListMultimap<String, Role> rolesByPerson;
  private final ImmutableListMultimap<String, Person> holdersByRole;
  private final Map<String, Integer> personLevel;
  private final ImmutableListMultimap<Integer, Person> peopleByLevel;
  private final ImmutableListMultimap<Domain, Authority> positionAuthority;
  private final ImmutableListMultimap<Domain, Authority> competenceAuthority;

  private int hash;

  private Organization(List<Person> people, List<Role> roles, List<Assignment> assignments) {
    this.people = ImmutableList.copyOf(people);
    this.roles = ImmutableList.copyOf(roles);
    this.assignments = ImmutableList.copyOf(assignments);

    personById = Maps.newHashMapWithExpectedSize(people.size());
    for (Person p : this.people) {
      if (personById.putIfAbsent(p.id(), p) != null) {
        throw new IllegalArgumentException(
            "people: person ids must be unique, " + Checks.quote(p.id()) + " appears twice");
      }
    }
    int n = this.roles.size();
    roleIndex = Maps.newHashMapWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      if (roleIndex.putIfAbsent(this.roles.get(i).id(), i) != null) {
        throw new IllegalArgumentException(
            "roles: role ids must be unique, "
                + Checks.quote(this.roles.get(i).id())
                + " appears twice");
      }
    }
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      Role r = this.roles.get(i);
      if (r.reportsTo().isPresent()) {
        Integer p = roleIndex.get(r.reportsTo().get());
        if (p == null) {
          throw new IllegalArgumentException(
              "roles["
                  + i
                  + "] "
                  + Checks.quote(r.id())
                  + ": reportsTo refers to unknown role "
                  + Checks.quote(r.reportsTo().get()));
        }
        parent[i] = p;
      } else {
        parent[i] = -1;
      }
    }
    level = computeLevels();
    int maxLevel = -1;
    for (int l : level) {
      maxLevel = Math.max(maxLevel, l);
    }
    depth = maxLevel + 1;

    childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childStart[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    children = new int[childStart[n]];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      }
    }

    ImmutableListMultimap.Builder<String, Role> byPerson = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Person> byRole = ImmutableListMultimap.builder();
    Set<Assignment> seen = Sets.newHashSetWithExpectedSize(this.assignments.size());
    personLevel = new HashMap<>();
    for (int i = 0; i < this.assignments.size(); i++) {
      Assignment a = this.assignments.get(i);
      Person person = personById.get(a.personId());
      if (person == null) {
        throw new IllegalArgumentException(
            "assignments[" + i + "]: unknown person " + Checks.quote(a.personId()));
      }
      Integer role = roleIndex.get(a.roleId());
      if (role == null) {
        throw new IllegalArgumentException(
            "assignments[" + i + "]: unknown role " + Checks.quote(a.roleId()));
      }
      if (!seen.add(a)) {
        throw new IllegalArgumentException(
            "assignments["
                + i
                + "]: person "
                + Checks.quote(a.personId())
                + " is assigned to role "
                + Checks.quote(a.roleId())
                + " twice");
      }
      byPerson.put(a.personId(), this.roles.get(role));
      byRole.put(a.roleId(), person);
      personLevel.merge(a.personId(), level[role], Math::min);
    }
    rolesByPerson = byPerson.build();
    holdersByRole = byRole.build();

    ImmutableListMultimap.Builder<Integer, Person> byLevel = ImmutableListMultimap.builder();
    for (Person p : this.people) {
      BitSet levels = new BitSet();
      for (Role r : rolesByPerson.get(p.id())) {
        levels.set(level[roleIndex.get(r.id())]);
      }
      levels.stream().forEach(l -> byLevel.put(l, p));
    }
    peopleByLevel = byLevel.build();

    ImmutableListMultimap.Builder<Domain, Authority> position = ImmutableListMultimap.builder();
    for (Role r : this.roles) {
      for (Authority a : r.authorities()) {
        position.put(a.domain(), a);
      }
    }
    positionAuthority = position.build();
    ImmutableListMultimap.Builder<Domain, Authority> competence = ImmutableListMultimap.builder();
    competence.orderValuesBy(
        Comparator.comparingDouble((Authority a) -> a.proficiency().getAsDouble())
            .reversed()
            .thenComparing(Authority::holderId));
    for (Person p : this.people) {
      for (Map.Entry<Domain, Double> c : p.competences().entrySet()) {
        competence.put(c.getKey(), Authority.competence(p.id(), c.getKey(), c.getValue()));
      }
    }
    competenceAuthority = competence.build();
  }

  /** Levels by walking up each chain once; reports the first cycle found with its role ids. */
  private int[] computeLevels() {
    int n = parent.length;
    final int unknown = -1;
    final int onPath = -2;
    int[] levels = new int[n];
    Arrays.fill(levels, unknown);
    int[] path = new int[Math.min(n, 1024)];
    for (int start = 0; start < n; start++) {
      if (levels[start] != unknown) {
        continue;
      }
      int length = 0;
      int node = start;
      while (node >= 0 && levels[node] == unknown) {
        levels[node] = onPath;
        if (length == path.length) {
          path = Arrays.copyOf(path, Math.min(n, path.length * 2));
        }
        path[length++] = node;
        node = parent[node];
      }
      if (node >= 0 && levels[node] == onPath) {
        throw new IllegalArgumentException("roles: reporting lines form a cycle: " + cycle(node));
      }
      int base = node < 0 ? -1 : levels[node];
      for (int k = length - 1; k >= 0; k--) {
        levels[path[k]] = ++base;
      }
    }
    return levels;
  }

  private String cycle(int start) {
    StringBuilder text = new StringBuilder(Checks.quote(roles.get(start).id()));
    int node = parent[start];
    int shown = 0;
    while (node != start && shown < 20) {
      text.append(" → ").append(Checks.quote(roles.get(node).id()));
      node = parent[node];
      shown++;
    }
    text.append(node == start ? " → " + Checks.quote(roles.get(start).id()) : " → …");
    return text.toString();
  }

  /**
   * An organization of these people, roles and assignments.
   *
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the organization breaks a rule of the class comment
   */
  public static Organization of(
      Iterable<Person> people, Iterable<Role> roles, Iterable<Assignment> assignments) {
    return new Organization(
        copy(people, "people"), copy(roles, "roles"), copy(assignments, "assignments"));
  }

  private static <T> List<T> copy(Iterable<T> items, String name) {
    requireNonNull(items, name);
    List<T> list = new ArrayList<>();
    int i = 0;
    for (T item : items) {
      list.add(requireNonNull(item, name + "[" + i + "]"));
      i++;
    }
    return list;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** All people, in the order given. */
  public List<Person> people() {
    return people;
  }

  /** All roles, in the order given. */
  public List<Role> roles() {
    return roles;
  }

  /** All assignments, in the order given. */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * The person with this id, if any.
   *
   * @throws NullPointerException if {@code personId} is null
   */
  public Optional<Person> person(String personId) {
    return Optional.ofNullable(personById.get(requireNonNull(personId, "personId")));
  }

  /**
   * The role with this id, if any.
   *
   * @throws NullPointerException if {@code roleId} is null
   */
  public Optional<Role> role(String roleId) {
    Integer i = roleIndex.get(requireNonNull(roleId, "roleId"));
    return i == null ? Optional.empty() : Optional.of(roles.get(i));
  }

  /** The top roles (those reporting to nobody), in the order given. */
  public List<Role> roots() {
    ImmutableList.Builder<Role> result = ImmutableList.builder();
    for (int i = 0; i < parent.length; i++) {
      if (parent[i] < 0) {
        result.add(roles.get(i));
      }
    }
    return result.build();
  }

  /** The number of levels: one more than the deepest level, 0 when there are no roles. */
  public int depth() {
    return depth;
  }

  /**
   * The level of a role: 0 for a top role, one more than its manager's otherwise.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public int levelOf(String roleId) {
    return level[index(roleId)];
  }

  /**
   * The level of a person: that of the highest role they hold; empty if they hold no role.
   *
   * @throws NullPointerException if {@code personId} is null
   * @throws IllegalArgumentException if the organization has no such person
   */
  public OptionalInt levelOfPerson(String personId) {
    checkPerson(personId);
    Integer l = personLevel.get(personId);
    return l == null ? OptionalInt.empty() : OptionalInt.of(l);
  }

  /**
   * The chain of command of a role: the role itself, its manager, its manager's manager, and so on
   * up to a top role. Its length is the role's level plus one.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public List<Role> chainOfCommand(String roleId) {
    int i = index(roleId);
    Role[] chain = new Role[level[i] + 1];
    for (int k = 0; i >= 0; k++, i = parent[i]) {
      chain[k] = roles.get(i);
    }
    return ImmutableList.copyOf(chain);
  }

  /**
   * The roles reporting directly to a role, in the order given.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public List<Role> directReports(String roleId) {
    int i = index(roleId);
    Role[] result = new Role[childStart[i + 1] - childStart[i]];
    for (int k = 0; k < result.length; k++) {
      result[k] = roles.get(children[childStart[i] + k]);
    }
    return ImmutableList.copyOf(result);
  }

  /**
   * The number of roles reporting directly to a role.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public int spanOfControl(String roleId) {
    int i = index(roleId);
    return childStart[i + 1] - childStart[i];
  }

  /**
   * The roles at a level, in the order given; empty for a level deeper than the organization.
   *
   * @throws IllegalArgumentException if {@code level} is negative
   */
  public List<Role> rolesAtLevel(int level) {
    checkLevel(level);
    ImmutableList.Builder<Role> result = ImmutableList.builder();
    for (int i = 0; i < this.level.length; i++) {
      if (this.level[i] == level) {
        result.add(roles.get(i));
      }
    }
    return result.build();
  }

  /**
   * The people holding at least one role at a level, in the order given (a person holding roles at
   * two levels appears at both).
   *
   * @throws IllegalArgumentException if {@code level} is negative
   */
  public List<Person> peopleAtLevel(int level) {
    checkLevel(level);
    return peopleByLevel.get(level);
  }

  /**
   * The roles a person holds, in the order of the assignments.
   *
   * @throws NullPointerException if {@code personId} is null
   * @throws IllegalArgumentException if the organization has no such person
   */
  public List<Role> rolesOf(String personId) {
    checkPerson(personId);
    return rolesByPerson.get(personId);
  }

  /**
   * The people holding a role, in the order of the assignments; empty for a vacancy.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public List<Person> holdersOf(String roleId) {
    index(roleId);
    return holdersByRole.get(roleId);
  }

  /**
   * Who holds authority in a domain, with competence counted at or above {@link
   * #DEFAULT_COMPETENCE_THRESHOLD}.
   *
   * @throws NullPointerException if {@code domain} is null
   * @see #holdersOfAuthority(Domain, double)
   */
  public List<Authority> holdersOfAuthority(Domain domain) {
    return holdersOfAuthority(domain, DEFAULT_COMPETENCE_THRESHOLD);
  }

  /**
   * Who holds authority in a domain: first every role holding positional authority over it (in the
   * order of the roles), then every person whose proficiency in it is at or above {@code
   * competenceThreshold} (most proficient first, ties by person id).
   *
   * @throws NullPointerException if {@code domain} is null
   * @throws IllegalArgumentException if {@code competenceThreshold} is outside [0, 1]
   */
  public List<Authority> holdersOfAuthority(Domain domain, double competenceThreshold) {
    requireNonNull(domain, "domain");
    Checks.unitInterval("competenceThreshold", competenceThreshold);
    ImmutableList.Builder<Authority> result = ImmutableList.builder();
    result.addAll(positionAuthority.get(domain));
    for (Authority a : competenceAuthority.get(domain)) {
      if (a.proficiency().getAsDouble() < competenceThreshold) {
        break;
      }
      result.add(a);
    }
    return result.build();
  }

  private int index(String roleId) {
    Integer i = roleIndex.get(requireNonNull(roleId, "roleId"));
    if (i == null) {
      throw new IllegalArgumentException("roleId: unknown role " + Checks.quote(roleId));
    }
    return i;
  }

  private void checkPerson(String personId) {
    if (!personById.containsKey(requireNonNull(personId, "personId"))) {
      throw new IllegalArgumentException("personId: unknown person " + Checks.quote(personId));
    }
  }

  private static void checkLevel(int level) {
    if (level < 0) {
      throw new IllegalArgumentException("level must be at least 0, was " + level);
    }
  }

  /** Equal when both have the same people, roles and assignments, in any order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Organization)) {
      return false;
    }
    Organization that = (Organization) other;
    return hashCode() == that.hashCode()
        && people.size() == that.people.size()
        && roles.size() == that.roles.size()
        && assignments.size() == that.assignments.size()
        && personById.equals(that.personById)
        && ImmutableSet.copyOf(roles).equals(ImmutableSet.copyOf(that.roles))
        && ImmutableSet.copyOf(assignments).equals(ImmutableSet.copyOf(that.assignments));
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * (31 * sum(people) + sum(roles)) + sum(assignments);
      hash = h;
    }
    return h;
  }

  private static int sum(List<?> items) {
    int h = 0;
    for (Object item : items) {
      h += item.hashCode();
    }
    return h;
  }

  /** A summary: the number of people, roles, assignments and levels. */
  @Override
  public String toString() {
    return "Organization{people="
        + people.size()
        + ", roles="
        + roles.size()
        + ", assignments="
        + assignments.size()
        + ", depth="
        + depth
        + "}";
  }

  /**
   * Builds an {@link Organization}. Not thread-safe. {@link #build()} validates the whole
   * organization.
   */
  public static final class Builder {
    private final List<Person> people = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a person.
     *
     * @throws NullPointerException if {@code person} is null
     */
    public Builder addPerson(Person person) {
      people.add(requireNonNull(person, "person"));
      return this;
    }

    /**
     * Adds people.
     *
     * @throws NullPointerException if {@code people} or an element is null
     */
    public Builder addPeople(Iterable<Person> people) {
      for (Person p : requireNonNull(people, "people")) {
        addPerson(p);
      }
      return this;
    }

    /**
     * Adds a role.
     *
     * @throws NullPointerException if {@code role} is null
     */
    public Builder addRole(Role role) {
      roles.add(requireNonNull(role, "role"));
      return this;
    }

    /**
     * Adds roles.
     *
     * @throws NullPointerException if {@code roles} or an element is null
     */
    public Builder addRoles(Iterable<Role> roles) {
      for (Role r : requireNonNull(roles, "roles")) {
        addRole(r);
      }
      return this;
    }

    /**
     * Adds an assignment.
     *
     * @throws NullPointerException if {@code assignment} is null
     */
    public Builder addAssignment(Assignment assignment) {
      assignments.add(requireNonNull(assignment, "assignment"));
      return this;
    }

    /**
     * Assigns a person to a role.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is not a valid identifier
     */
    public Builder assign(String personId, String roleId) {
      return addAssignment(Assignment.of(personId, roleId));
    }

    /**
     * The organization.
     *
     * @throws IllegalArgumentException if it breaks a rule of {@link Organization}'s class comment
     */
    public Organization build() {
      return new Organization(people, roles, assignments);
    }
  }
}
