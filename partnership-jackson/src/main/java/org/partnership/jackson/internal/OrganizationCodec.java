package org.partnership.jackson.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Organizations as documents: people, roles and assignments. Internal. */
public final class OrganizationCodec implements Codec<Organization> {

  private static final Set<String> ROOT = Set.of("people", "roles", "assignments");
  private static final Set<String> PERSON =
      Set.of("id", "displayName", "competences", "attributes");
  private static final Set<String> ROLE = Set.of("id", "title", "reportsTo", "delegationLevels");
  private static final Set<String> ASSIGNMENT = Set.of("person", "role");

  @Override
  public Organization read(Node root) {
    return organization(root);
  }

  @Override
  public JsonNode write(Organization organization) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    var people = root.putArray("people");
    for (Person p : organization.people()) {
      ObjectNode person = people.addObject().put("id", p.id()).put("displayName", p.displayName());
      if (!p.competences().isEmpty()) {
        ObjectNode competences = person.putObject("competences");
        p.competences().forEach((domain, value) -> competences.put(domain.name(), value));
      }
      if (!p.attributes().isEmpty()) {
        ObjectNode attributes = person.putObject("attributes");
        p.attributes().forEach(attributes::put);
      }
    }
    var roles = root.putArray("roles");
    for (Role r : organization.roles()) {
      ObjectNode role = roles.addObject().put("id", r.id()).put("title", r.title());
      r.reportsTo().ifPresent(boss -> role.put("reportsTo", boss));
      if (!r.delegationLevels().isEmpty()) {
        ObjectNode levels = role.putObject("delegationLevels");
        r.delegationLevels().forEach((domain, style) -> levels.put(domain.name(), style.name()));
      }
    }
    var assignments = root.putArray("assignments");
    for (Assignment a : organization.assignments()) {
      assignments.addObject().put("person", a.personId()).put("role", a.roleId());
    }
    return root;
  }

  private static Organization organization(Node root) {
    root.object(ROOT);
    List<Node> personNodes = elements(root, "people");
    List<Node> roleNodes = elements(root, "roles");
    List<Node> assignmentNodes = elements(root, "assignments");
    List<Person> people = personNodes.stream().map(OrganizationCodec::person).toList();
    List<Role> roles = roleNodes.stream().map(OrganizationCodec::role).toList();

    Set<String> personIds = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      if (!personIds.add(people.get(i).id())) {
        throw personNodes
            .get(i)
            .required("id")
            .problem("person ids must be unique, \"" + people.get(i).id() + "\" appears twice");
      }
    }
    Set<String> roleIds = new HashSet<>();
    for (int i = 0; i < roles.size(); i++) {
      if (!roleIds.add(roles.get(i).id())) {
        throw roleNodes
            .get(i)
            .required("id")
            .problem("role ids must be unique, \"" + roles.get(i).id() + "\" appears twice");
      }
    }
    for (int i = 0; i < roles.size(); i++) {
      String boss = roles.get(i).reportsTo().orElse(null);
      if (boss != null && !roleIds.contains(boss)) {
        throw roleNodes.get(i).required("reportsTo").problem("unknown role \"" + boss + "\"");
      }
    }
    Organization.Builder builder = Organization.builder().addPeople(people).addRoles(roles);
    for (Node node : assignmentNodes) {
      node.object(ASSIGNMENT);
      Node person = node.required("person");
      Node role = node.required("role");
      if (!personIds.contains(person.string())) {
        throw person.problem("unknown person \"" + person.string() + "\"");
      }
      if (!roleIds.contains(role.string())) {
        throw role.problem("unknown role \"" + role.string() + "\"");
      }
      try {
        builder.assign(person.string(), role.string());
      } catch (IllegalArgumentException e) {
        throw node.problem(e);
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
  }

  /** The elements of an optional array field; none when the field is absent. */
  private static List<Node> elements(Node root, String field) {
    return root.optional(field).map(n -> n.list(element -> element)).orElse(List.of());
  }

  private static Person person(Node node) {
    node.object(PERSON);
    Person.Builder person =
        Person.builder()
            .id(node.required("id").string())
            .displayName(node.required("displayName").string());
    node.optional("competences")
        .map(n -> n.map(Node::unitInterval))
        .ifPresent(
            c -> c.forEach((name, value) -> person.putCompetence(domain(node, name), value)));
    node.optional("attributes").map(n -> n.map(Node::string)).ifPresent(person::putAllAttributes);
    try {
      return person.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  private static Role role(Node node) {
    node.object(ROLE);
    Role.Builder role =
        Role.builder().id(node.required("id").string()).title(node.required("title").string());
    node.optional("reportsTo").map(Node::string).ifPresent(role::reportsTo);
    Map<String, Style> levels =
        node.optional("delegationLevels")
            .map(n -> n.map(v -> v.enumValue(Style.class)))
            .orElse(Map.of());
    levels.forEach((name, style) -> role.putDelegationLevel(domain(node, name), style));
    try {
      return role.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  static Domain domain(Node owner, String name) {
    try {
      return Domain.of(name);
    } catch (IllegalArgumentException e) {
      throw owner.problem(e);
    }
  }
}
