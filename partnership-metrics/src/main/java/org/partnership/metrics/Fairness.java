package org.partnership.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.Person;

/**
 * 7. Fairness: involvement rate per group of people (one attribute, and the intersection of two),
 * the impact ratio against the most involved group, and the four-fifths flag; groups under the
 * minimum size are suppressed and counted; people with an unknown attribute are counted.
 */
final class Fairness extends BuiltIn<Fairness.Acc> {

  static final Fairness INSTANCE = new Fairness();

  private Fairness() {
    super(
        "fairness",
        "Whether any group of people is systematically left out: each group's involvement rate"
            + " (took part / eligible as stakeholder), its ratio to the most involved group, and"
            + " the four-fifths flag.",
        "involvement rate",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  /** Members, eligible seats and seats taken of one group. */
  private static final class Group {
    int members;
    long eligible;
    long involved;
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    private final long[] eligible;
    private final long[] involved;
    private long unknownStakeholders;
    private long noStakeholders;

    Acc(MetricContext context) {
      super(context);
      this.eligible = new long[context.people().size()];
      this.involved = new long[context.people().size()];
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      if (d.stakeholders().isEmpty()) {
        noStakeholders++;
        return;
      }
      String decider = view.decidedBy;
      for (String id : d.stakeholders()) {
        int p = context.personIndex(id);
        if (p < 0) {
          unknownStakeholders++;
          continue;
        }
        eligible[p]++;
        if (id.equals(decider) || d.participants().contains(id)) {
          involved[p]++;
        }
      }
      used++;
    }

    @Override
    void combine(Acc o) {
      for (int i = 0; i < eligible.length; i++) {
        eligible[i] += o.eligible[i];
        involved[i] += o.involved[i];
      }
      unknownStakeholders += o.unknownStakeholders;
      noStakeholders += o.noStakeholders;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      double threshold = context.policy().assessment().minimumImpactRatio();
      int[] suppressed = {0};
      int compared = 0;
      int flagged = 0;
      double lowest = Double.POSITIVE_INFINITY;
      List<String> attributes = context.fairnessAttributes();
      List<List<String>> combinations = new ArrayList<>();
      for (int a = 0; a < attributes.size(); a++) {
        combinations.add(List.of(attributes.get(a)));
      }
      for (int a = 0; a < attributes.size(); a++) {
        for (int b = a + 1; b < attributes.size(); b++) {
          combinations.add(List.of(attributes.get(a), attributes.get(b)));
        }
      }
      for (List<String> combination : combinations) {
        Map<String, Group> groups = new TreeMap<>();
        int unknown = 0;
        for (int i = 0; i < eligible.length; i++) {
          if (!context.inPopulation(i)) {
            continue;
          }
          Optional<String> key = groupKey(context.people().get(i), combination);
          if (key.isEmpty()) {
            unknown++;
            continue;
          }
          Group g = groups.computeIfAbsent(key.get(), k -> new Group());
          g.members++;
          g.eligible += eligible[i];
          g.involved += involved[i];
        }
        v.put("unknown-attribute." + String.join("&", combination), unknown);
        groups
            .values()
            .removeIf(
                g -> {
                  boolean small = g.members < context.minimumGroupSize();
                  suppressed[0] += small ? 1 : 0;
                  return small || g.eligible == 0;
                });
        double highest = 0;
        for (Group g : groups.values()) {
          highest = Math.max(highest, (double) g.involved / g.eligible);
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) {
          double rate = (double) e.getValue().involved / e.getValue().eligible;
          v.put("rate." + e.getKey(), rate);
          if (highest > 0 && groups.size() >= 2) {
            double ratio = rate / highest;
            v.put("impact-ratio." + e.getKey(), ratio);
            boolean flag = ratio < threshold;
            v.put("flagged." + e.getKey(), flag ? 1 : 0);
            flagged += flag ? 1 : 0;
            lowest = Math.min(lowest, ratio);
            compared++;
          }
        }
      }
      if (compared > 0) {
        v.put("lowest-impact-ratio", lowest);
      } else {
        why.absent(
            "impact-ratio",
            "fewer than two groups of at least the minimum size with eligible stakeholders");
      }
      v.put("groups-compared", compared);
      v.put("flagged-groups", flagged);
      v.put("suppressed-groups", suppressed[0]);
      v.put("unknown-stakeholders", unknownStakeholders);
      why.step(
          "involvement-rate",
          "per group: times its members took part in (or took) a decided decision they were a"
              + " stakeholder of / times they were a stakeholder",
          "attributes",
          String.join(",", attributes));
      why.step(
          "impact-ratio",
          "a group's rate / the highest rate among groups of the same attribute (or pair of"
              + " attributes); flagged below the policy's minimum (four-fifths rule)",
          "minimumImpactRatio",
          threshold,
          "flaggedGroups",
          flagged);
      why.step(
          "suppression",
          "groups with fewer members than the minimum group size are neither reported nor"
              + " compared; people without the attribute are counted, not grouped",
          "minimumGroupSize",
          context.minimumGroupSize(),
          "suppressedGroups",
          suppressed[0]);
      v.skipped("open decision", open);
      v.skipped("no stakeholders recorded", noStakeholders);
      return v.explanation(
              why.summary("Management is fair when no group is systematically left out"))
          .build();
    }
  }

  private static Optional<String> groupKey(Person person, List<String> attributes) {
    StringBuilder key = new StringBuilder();
    for (String attribute : attributes) {
      Optional<String> value = person.attribute(attribute);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (key.length() > 0) {
        key.append('&');
      }
      key.append(attribute).append('=').append(value.get());
    }
    return Optional.of(key.toString());
  }
}
