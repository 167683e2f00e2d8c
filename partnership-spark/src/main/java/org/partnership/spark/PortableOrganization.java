package org.partnership.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * An organization in plain serializable parts — what executors receive, since an {@link
 * Organization} is not serializable. People, roles and assignments keep their order (the people's
 * indexes that measurement states count by). Immutable.
 */
final class PortableOrganization implements Serializable {

  private static final long serialVersionUID = 1L;

  private record PersonPart(
      String id,
      String displayName,
      TreeMap<String, Double> competences,
      TreeMap<String, String> attributes)
      implements Serializable {}

  private record RolePart(
      String id, String title, String reportsTo, TreeMap<String, String> delegationLevels)
      implements Serializable {}

  private record AssignmentPart(String person, String role) implements Serializable {}

  private final ArrayList<PersonPart> people = new ArrayList<>();
  private final ArrayList<RolePart> roles = new ArrayList<>();
  private final ArrayList<AssignmentPart> assignments = new ArrayList<>();

  private PortableOrganization() {}

  /** No parts yet: add people, roles and assignments, then build the {@link #organization()}. */
  static PortableOrganization empty() {
    return new PortableOrganization();
  }

  static PortableOrganization of(Organization o) {
    PortableOrganization p = new PortableOrganization();
    for (Person person : o.people()) {
      Map<String, Double> competences = new TreeMap<>();
      person.competences().forEach((d, v) -> competences.put(d.name(), v));
      p.person(person.id(), person.displayName(), competences, person.attributes());
    }
    for (Role r : o.roles()) {
      Map<String, String> levels = new TreeMap<>();
      r.delegationLevels().forEach((d, s) -> levels.put(d.name(), s.name()));
      p.role(r.id(), r.title(), r.reportsTo().orElse(null), levels);
    }
    for (Assignment a : o.assignments()) {
      p.assignment(a.personId(), a.roleId());
    }
    return p;
  }

  /** Adds a person: competences by domain name, attributes by name. */
  void person(
      String id,
      String displayName,
      Map<String, Double> competences,
      Map<String, String> attributes) {
    people.add(
        new PersonPart(id, displayName, new TreeMap<>(competences), new TreeMap<>(attributes)));
  }

  /** Adds a role: its manager's role id or null, delegation levels by domain name. */
  void role(String id, String title, String reportsTo, Map<String, String> delegationLevels) {
    roles.add(new RolePart(id, title, reportsTo, new TreeMap<>(delegationLevels)));
  }

  /** Adds an assignment of a person to a role. */
  void assignment(String person, String role) {
    assignments.add(new AssignmentPart(person, role));
  }

  private static Style style(String name) {
    for (Style s : Style.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a style: \"" + name + "\"");
  }

  /**
   * The organization, built again (in time linear in its size).
   *
   * @throws IllegalArgumentException if a part breaks an organization's rules
   */
  Organization organization() {
    List<Person> ps = new ArrayList<>(people.size());
    for (PersonPart part : people) {
      Person.Builder b = Person.builder().id(part.id()).displayName(part.displayName());
      part.competences().forEach((d, v) -> b.putCompetence(Domain.of(d), v));
      part.attributes().forEach(b::putAttribute);
      ps.add(b.build());
    }
    List<Role> rs = new ArrayList<>(roles.size());
    for (RolePart part : roles) {
      Role.Builder b = Role.builder().id(part.id()).title(part.title());
      if (part.reportsTo() != null) {
        b.reportsTo(part.reportsTo());
      }
      for (Map.Entry<String, String> e : part.delegationLevels().entrySet()) {
        b.putDelegationLevel(Domain.of(e.getKey()), style(e.getValue()));
      }
      rs.add(b.build());
    }
    List<Assignment> as = new ArrayList<>(assignments.size());
    for (AssignmentPart part : assignments) {
      as.add(Assignment.of(part.person(), part.role()));
    }
    return Organization.of(ps, rs, as);
  }
}
