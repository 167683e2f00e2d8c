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

  static PortableOrganization of(Organization o) {
    PortableOrganization p = new PortableOrganization();
    for (Person person : o.people()) {
      TreeMap<String, Double> competences = new TreeMap<>();
      person.competences().forEach((d, v) -> competences.put(d.name(), v));
      p.people.add(
          new PersonPart(
              person.id(), person.displayName(), competences, new TreeMap<>(person.attributes())));
    }
    for (Role r : o.roles()) {
      TreeMap<String, String> levels = new TreeMap<>();
      r.delegationLevels().forEach((d, s) -> levels.put(d.name(), s.name()));
      p.roles.add(new RolePart(r.id(), r.title(), r.reportsTo().orElse(null), levels));
    }
    for (Assignment a : o.assignments()) {
      p.assignments.add(new AssignmentPart(a.personId(), a.roleId()));
    }
    return p;
  }

  /** The organization, built again (in time linear in its size). */
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
        b.putDelegationLevel(Domain.of(e.getKey()), Style.valueOf(e.getValue()));
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
