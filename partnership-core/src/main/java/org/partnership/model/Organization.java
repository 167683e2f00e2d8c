package org.partnership.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
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

  // Indexes: people and roles are numbered by position in their lists; groupings are
  // compressed rows (Groups), so building allocates a few int arrays, not an object per link.
  private final Map<String, Integer> personIndex;
  private final Map<String, Integer> roleIndex;
  private final Hierarchy hierarchy;
  private final Groups rolesByPerson;
  private final Groups holdersByRole;
  private final int[] personLevel;
  private final Groups peopleByLevel;
  private final AuthorityIndex authority;

  private int hash;

  private Organization(List<Person> people, List<Role> roles, List<Assignment> assignments) {
    this.people = ImmutableList.copyOf(people);
    this.roles = ImmutableList.copyOf(roles);
    this.assignments = ImmutableList.copyOf(assignments);

    int m = this.people.size();
    personIndex = Maps.newHashMapWithExpectedSize(m);
    for (int i = 0; i < m; i++) {
      if (personIndex.putIfAbsent(this.people.get(i).id(), i) != null) {
        throw new IllegalArgumentException(
            "people: person ids must be unique, "
                + Checks.quote(this.people.get(i).id())
                + " appears twice");
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
    hierarchy = new Hierarchy(this.roles, roleIndex);

    int k = this.assignments.size();
    int[] assignedPerson = new int[k];
    int[] assignedRole = new int[k];
    Set<Assignment> seen = Sets.newHashSetWithExpectedSize(k);
    for (int i = 0; i < k; i++) {
      Assignment a = this.assignments.get(i);
      Integer person = personIndex.get(a.personId());
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
      assignedPerson[i] = person;
      assignedRole[i] = role;
    }
    rolesByPerson = Groups.of(m, assignedPerson, assignedRole);
    holdersByRole = Groups.of(n, assignedRole, assignedPerson);

    personLevel = new int[m];
    Arrays.fill(personLevel, -1);
    // A person appears once at each level where they hold a role.
    int[] atLevel = new int[k];
    int[] who = new int[k];
    int pairs = 0;
    for (int p = 0; p < m; p++) {
      for (int j = rolesByPerson.start(p); j < rolesByPerson.end(p); j++) {
        int l = hierarchy.level[rolesByPerson.value(j)];
        boolean repeated = false;
        for (int e = rolesByPerson.start(p); e < j; e++) {
          repeated |= hierarchy.level[rolesByPerson.value(e)] == l;
        }
        if (!repeated) {
          atLevel[pairs] = l;
          who[pairs++] = p;
        }
        personLevel[p] = personLevel[p] < 0 ? l : Math.min(personLevel[p], l);
      }
    }
    peopleByLevel =
        Groups.of(hierarchy.depth, Arrays.copyOf(atLevel, pairs), Arrays.copyOf(who, pairs));

    authority = new AuthorityIndex(this.people, this.roles);
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
    Integer i = personIndex.get(requireNonNull(personId, "personId"));
    return i == null ? Optional.empty() : Optional.of(people.get(i));
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
    for (int i = 0; i < hierarchy.parent.length; i++) {
      if (hierarchy.parent[i] < 0) {
        result.add(roles.get(i));
      }
    }
    return result.build();
  }

  /** The number of levels: one more than the deepest level, 0 when there are no roles. */
  public int depth() {
    return hierarchy.depth;
  }

  /**
   * The level of a role: 0 for a top role, one more than its manager's otherwise.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public int levelOf(String roleId) {
    return hierarchy.level[index(roleId)];
  }

  /**
   * The level of a person: that of the highest role they hold; empty if they hold no role.
   *
   * @throws NullPointerException if {@code personId} is null
   * @throws IllegalArgumentException if the organization has no such person
   */
  public OptionalInt levelOfPerson(String personId) {
    int l = personLevel[personIndexOf(personId)];
    return l < 0 ? OptionalInt.empty() : OptionalInt.of(l);
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
    Role[] chain = new Role[hierarchy.level[i] + 1];
    for (int k = 0; i >= 0; k++, i = hierarchy.parent[i]) {
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
    return hierarchy.children.select(index(roleId), roles);
  }

  /**
   * The number of roles reporting directly to a role.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public int spanOfControl(String roleId) {
    return hierarchy.children.size(index(roleId));
  }

  /**
   * The roles at a level, in the order given; empty for a level deeper than the organization.
   *
   * @throws IllegalArgumentException if {@code level} is negative
   */
  public List<Role> rolesAtLevel(int level) {
    checkLevel(level);
    ImmutableList.Builder<Role> result = ImmutableList.builder();
    for (int i = 0; i < hierarchy.level.length; i++) {
      if (hierarchy.level[i] == level) {
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
    return level < hierarchy.depth ? peopleByLevel.select(level, people) : ImmutableList.of();
  }

  /**
   * The roles a person holds, in the order of the assignments.
   *
   * @throws NullPointerException if {@code personId} is null
   * @throws IllegalArgumentException if the organization has no such person
   */
  public List<Role> rolesOf(String personId) {
    return rolesByPerson.select(personIndexOf(personId), roles);
  }

  /**
   * The people holding a role, in the order of the assignments; empty for a vacancy.
   *
   * @throws NullPointerException if {@code roleId} is null
   * @throws IllegalArgumentException if the organization has no such role
   */
  public List<Person> holdersOf(String roleId) {
    return holdersByRole.select(index(roleId), people);
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
    return authority.holders(domain, competenceThreshold);
  }

  private int index(String roleId) {
    Integer i = roleIndex.get(requireNonNull(roleId, "roleId"));
    if (i == null) {
      throw new IllegalArgumentException("roleId: unknown role " + Checks.quote(roleId));
    }
    return i;
  }

  private int personIndexOf(String personId) {
    Integer i = personIndex.get(requireNonNull(personId, "personId"));
    if (i == null) {
      throw new IllegalArgumentException("personId: unknown person " + Checks.quote(personId));
    }
    return i;
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
        && ImmutableSet.copyOf(people).equals(ImmutableSet.copyOf(that.people))
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
        + hierarchy.depth
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
