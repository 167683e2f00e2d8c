package org.partnership.jackson.internal;

import java.util.Set;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Decisions as documents: id, title, domain, owner, stakeholders and traits. Internal. */
public final class DecisionCodec implements Codec<Decision> {

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
            .ownerRoleId(root.required("owner").string());
    root.optional("title").map(Node::string).ifPresent(decision::title);
    root.optional("stakeholders")
        .map(n -> n.list(Node::string))
        .ifPresent(decision::addAllStakeholders);
    root.optional("traits").map(DecisionCodec::traits).ifPresent(decision::traits);
    try {
      return decision.build();
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
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
    traits
        .put("significance", t.significance())
        .put("urgency", t.urgency())
        .put("reversibility", t.reversibility())
        .put("commitmentNeeded", t.commitmentNeeded())
        .put("commitmentIfImposed", t.commitmentIfImposed())
        .put("leaderExpertise", t.leaderExpertise())
        .put("groupExpertise", t.groupExpertise())
        .put("teamCompetence", t.teamCompetence())
        .put("goalAlignment", t.goalAlignment())
        .put("conflictLikelihood", t.conflictLikelihood())
        .put("structure", t.structure())
        .put("developmentValue", t.developmentValue())
        .put("mandate", t.mandate().name())
        .put("confidential", t.confidential())
        .put("consistencyCritical", t.consistencyCritical());
    t.timeAvailable().ifPresent(time -> traits.put("timeAvailable", time.toString()));
  }
}
