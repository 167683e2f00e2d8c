package org.partnership.jackson.internal;

import java.util.Set;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.model.Organization;
import org.partnership.model.Trait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decisions as documents: id, title, domain, owner, stakeholders and traits; with an organization,
 * the owner must be one of its roles and every stakeholder one of its people. Internal.
 */
public final class DecisionCodec implements Codec<Decision> {

  private final Organization organization;

  /** A codec for decisions on their own. */
  public DecisionCodec() {
    this(null);
  }

  /** A codec for decisions in an organization; null for none. */
  public DecisionCodec(Organization organization) {
    this.organization = organization;
  }

  private static final Set<String> ROOT =
      Set.of("id", "title", "domain", "owner", "stakeholders", "traits");
  private static final Set<String> TRAITS =
      Set.of(
          "significance",
          "urgency",
          "reversibility",
          "commitmentNeeded",
          "commitmentIfImposed",
          "leaderExpertise",
          "groupExpertise",
          "teamCompetence",
          "goalAlignment",
          "conflictLikelihood",
          "structure",
          "developmentValue",
          "mandate",
          "confidential",
          "consistencyCritical",
          "timeAvailable");

  @Override
  public Decision read(Node root) {
    root.object(ROOT);
    Decision.Builder decision =
        Decision.builder()
            .id(root.required("id").string())
            .domain(
                OrganizationCodec.domain(root.required("domain"), root.required("domain").string()))
            .ownerRoleId(owner(root.required("owner")));
    root.optional("title").map(Node::string).ifPresent(decision::title);
    root.optional("stakeholders")
        .map(n -> n.list(this::stakeholder))
        .ifPresent(decision::addAllStakeholders);
    root.optional("traits").map(DecisionCodec::traits).ifPresent(decision::traits);
    try {
      return decision.build();
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
  }

  private String owner(Node node) {
    String id = node.string();
    if (organization != null && organization.role(id).isEmpty()) {
      throw node.problem("\"" + id + "\" is not a role of the organization");
    }
    return id;
  }

  private String stakeholder(Node node) {
    String id = node.string();
    if (organization != null && organization.person(id).isEmpty()) {
      throw node.problem("\"" + id + "\" is not a person of the organization");
    }
    return id;
  }

  static DecisionTraits traits(Node node) {
    node.object(TRAITS);
    DecisionTraits.Builder t = DecisionTraits.builder();
    node.optional("significance").map(Node::unitInterval).ifPresent(t::significance);
    node.optional("urgency").map(Node::unitInterval).ifPresent(t::urgency);
    node.optional("reversibility").map(Node::unitInterval).ifPresent(t::reversibility);
    node.optional("commitmentNeeded").map(Node::unitInterval).ifPresent(t::commitmentNeeded);
    node.optional("commitmentIfImposed").map(Node::unitInterval).ifPresent(t::commitmentIfImposed);
    node.optional("leaderExpertise").map(Node::unitInterval).ifPresent(t::leaderExpertise);
    node.optional("groupExpertise").map(Node::unitInterval).ifPresent(t::groupExpertise);
    node.optional("teamCompetence").map(Node::unitInterval).ifPresent(t::teamCompetence);
    node.optional("goalAlignment").map(Node::unitInterval).ifPresent(t::goalAlignment);
    node.optional("conflictLikelihood").map(Node::unitInterval).ifPresent(t::conflictLikelihood);
    node.optional("structure").map(Node::unitInterval).ifPresent(t::structure);
    node.optional("developmentValue").map(Node::unitInterval).ifPresent(t::developmentValue);
    node.optional("mandate").map(n -> n.enumValue(Mandate.class)).ifPresent(t::mandate);
    node.optional("confidential").map(Node::bool).ifPresent(t::confidential);
    node.optional("consistencyCritical").map(Node::bool).ifPresent(t::consistencyCritical);
    node.optional("timeAvailable").map(Node::duration).ifPresent(t::timeAvailable);
    try {
      return t.build();
    } catch (IllegalArgumentException e) {
      throw node.problem(e);
    }
  }

  @Override
  public JsonNode write(Decision d) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", d.id());
    d.title().ifPresent(title -> root.put("title", title));
    root.put("domain", d.domain().name());
    root.put("owner", d.ownerRoleId());
    var stakeholders = root.putArray("stakeholders");
    d.stakeholders().forEach(stakeholders::add);
    writeTraits(root.putObject("traits"), d.traits());
    return root;
  }

  static void writeTraits(ObjectNode traits, DecisionTraits t) {
    for (Trait trait : Trait.values()) {
      if (t.isKnown(trait)) {
        traits.put(DecisionTraits.nameOf(trait), t.value(trait));
      }
    }
    traits
        .put("mandate", t.mandate().name())
        .put("confidential", t.confidential())
        .put("consistencyCritical", t.consistencyCritical());
    t.timeAvailable().ifPresent(time -> traits.put("timeAvailable", time.toString()));
  }
}
