package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnership.jackson.internal.Documents;
import org.partnership.jackson.internal.Node;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes an {@link Organization} as a JSON or YAML document.
 *
 * <p>The document has three arrays, each optional:
 *
 * <pre>{@code
 * {
 *   "people": [ { "id": "sue", "displayName": "Sue Park",
 *                 "competences": { "budget": 0.9 }, "attributes": { "site": "district" } } ],
 *   "roles": [ { "id": "superintendent", "title": "Superintendent",
 *                "delegationLevels": { "budget": "CONSULT" } },
 *              { "id": "principal", "title": "Principal", "reportsTo": "superintendent" } ],
 *   "assignments": [ { "person": "sue", "role": "superintendent" } ]
 * }
 * }</pre>
 *
 * <p>Proficiencies are numbers in [0, 1]; delegation levels are {@link Style} names. Unknown
 * fields, duplicate keys, wrong types, invalid values, dangling references and cycles are rejected
 * with a {@link DocumentException} naming the line, column and path of the bad field. Writing then
 * reading gives an equal organization.
 *
 * <p>Thread-safe: all methods are static and share only immutable configuration.
 */
public final class OrganizationDocuments {

  private static final Set<String> ROOT = Set.of("people", "roles", "assignments");
  private static final Set<String> PERSON =
      Set.of("id", "displayName", "competences", "attributes");
  private static final Set<String> ROLE = Set.of("id", "title", "reportsTo", "delegationLevels");
  private static final Set<String> ASSIGNMENT = Set.of("person", "role");

  private OrganizationDocuments() {}

  /**
   * Reads an organization from a file; {@code .yaml} and {@code .yml} files are YAML, others JSON.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws DocumentException if the document is malformed or describes an invalid organization
   */
  public static Organization read(Path file) throws IOException {
    return Documents.read(requireNonNull(file, "file"), OrganizationDocuments::organization);
  }

  /**
   * Reads an organization from a stream, which is not closed.
   *
   * @param source names the document in error messages, e.g. a file or resource name
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be read
   * @throws DocumentException if the document is malformed or describes an invalid organization
   */
  public static Organization read(InputStream in, String source, DocumentFormat format)
      throws IOException {
    return Documents.read(
        requireNonNull(in, "in"),
        requireNonNull(source, "source"),
        requireNonNull(format, "format"),
        OrganizationDocuments::organization);
  }

  /**
   * Reads an organization from a string.
   *
   * @param source names the document in error messages
   * @throws NullPointerException if an argument is null
   * @throws DocumentException if the document is malformed or describes an invalid organization
   */
  public static Organization parse(String content, String source, DocumentFormat format) {
    return Documents.read(
        requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8),
        requireNonNull(source, "source"),
        requireNonNull(format, "format"),
        OrganizationDocuments::organization);
  }

  /**
   * Writes an organization as a document: people, roles and assignments in their order.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String write(Organization organization, DocumentFormat format) {
    requireNonNull(organization, "organization");
    requireNonNull(format, "format");
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
    return Documents.write(root, format);
  }

  /**
   * Writes an organization to a file, in the format of its extension.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public static void write(Organization organization, Path file) throws IOException {
    Files.writeString(
        requireNonNull(file, "file"),
        write(organization, DocumentFormat.of(file)),
        StandardCharsets.UTF_8);
  }

  private static Organization organization(Node root) {
    root.object(ROOT);
    List<Person> people =
        root.optional("people").map(n -> n.list(OrganizationDocuments::person)).orElse(List.of());
    List<Role> roles =
        root.optional("roles").map(n -> n.list(OrganizationDocuments::role)).orElse(List.of());
    List<Node> assignmentNodes =
        root.optional("assignments").map(n -> n.list(a -> a)).orElse(List.of());

    Set<String> personIds = new HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      if (!personIds.add(people.get(i).id())) {
        throw root.required("people")
            .list(n -> n)
            .get(i)
            .required("id")
            .problem("person ids must be unique, \"" + people.get(i).id() + "\" appears twice");
      }
    }
    Set<String> roleIds = new HashSet<>();
    List<Node> roleNodes = root.optional("roles").map(n -> n.list(r -> r)).orElse(List.of());
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

  private static Domain domain(Node owner, String name) {
    try {
      return Domain.of(name);
    } catch (IllegalArgumentException e) {
      throw owner.problem(e);
    }
  }
}
