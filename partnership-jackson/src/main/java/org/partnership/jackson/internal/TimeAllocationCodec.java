package org.partnership.jackson.internal;

import java.util.Set;
import org.partnership.model.ActivityKind;
import org.partnership.model.Phase;
import org.partnership.model.TimeAllocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Time allocations as documents: a list of entries of kind, phase and duration. Internal. */
public final class TimeAllocationCodec implements Codec<TimeAllocation> {

  private static final Set<String> ROOT = Set.of("entries");
  private static final Set<String> ENTRY = Set.of("kind", "phase", "duration");

  @Override
  public TimeAllocation read(Node root) {
    root.object(ROOT);
    TimeAllocation.Builder allocation = TimeAllocation.builder();
    root.required("entries")
        .list(
            node -> {
              node.object(ENTRY);
              try {
                return TimeAllocation.Entry.of(
                    node.required("kind").enumValue(ActivityKind.class),
                    node.required("phase").enumValue(Phase.class),
                    node.required("duration").duration());
              } catch (IllegalArgumentException e) {
                throw node.problem(e);
              }
            })
        .forEach(allocation::addEntry);
    try {
      return allocation.build();
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
  }

  @Override
  public JsonNode write(TimeAllocation allocation) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    var entries = root.putArray("entries");
    for (TimeAllocation.Entry e : allocation.entries()) {
      entries
          .addObject()
          .put("kind", e.kind().name())
          .put("phase", e.phase().name())
          .put("duration", e.duration().toString());
    }
    return root;
  }
}
