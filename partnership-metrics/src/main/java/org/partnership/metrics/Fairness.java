package org.partnership.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.model.Person;
import org.partnership.model.Style;

/**
 * 7. Fairness: whether any group of people (one attribute, or the intersection of two) is
 * systematically left out of partnering or of what managing hands out. Three dimensions:
 *
 * <ul>
 *   <li>{@code involvement}: took part in (or took) decided decisions they were a stakeholder of,
 *       per stakeholder seat;
 *   <li>{@code authority}: were handed the decision (decided it in the ADVISE, INQUIRE or DELEGATE
 *       style), per seat as stakeholder of a decided decision (or as its delegate when not a
 *       stakeholder); holders of the owner role, who hand authority over, have no seat;
 *   <li>{@code recognition}: recognitions received, per member.
 * </ul>
 *
 * <p>A group is compared only with at least the minimum group size of members with data and the
 * policy's minimum number of chances ({@code minimumGroupEvents}: seats, or expected recognitions).
 * Each compared group gets its rate, its impact ratio to the group with the highest rate of the
 * same attribute(s) and dimension, and a one-sided test that its rate is lower than the other
 * compared groups': Fisher's exact test for seats, the conditional binomial test for recognitions.
 * p-values are adjusted with Holm's step-down correction over every test of the measurement. A
 * group is flagged only when its impact ratio is below the policy's minimum (the four-fifths rule)
 * and its adjusted p-value is at most the policy's significance level — 29 CFR 1607.4(D) warns that
 * differences in small numbers mislead and accepts a test of significance.
 *
 * <p>The tests treat every seat as an independent chance; people who differ among themselves (some
 * always take part, some never) make differences look more certain than they are, so a flag is a
 * question to look into, never a finding about a person.
 */
final class Fairness extends BuiltIn<Fairness.Acc> {

  static final Fairness INSTANCE = new Fairness();

  private static final String[] DIMENSIONS = {"involvement", "authority", "recognition"};
  private static final int INVOLVEMENT = 0;
  private static final int AUTHORITY = 1;
  private static final int RECOGNITION = 2;

  private Fairness() {
    super(
        "fairness",
        "Whether any group of people is systematically left out: per group and dimension"
            + " (involvement in decisions they are stakeholders of, authority handed over,"
            + " recognition received) the rate, its ratio to the highest group's, and a test"
            + " corrected for the number of comparisons; flagged only when below four fifths and"
            + " significant.",
        "impact ratio",
        DecisionRecord.class,
        Recognition.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  /** Members with data, chances and successes of one group in one dimension. */
  private static final class Group {
    final String key;
    int members;
    long trials;
    long successes;
    double rate;
    double ratio;
    double p;
    int test = -1;

    Group(String key) {
      this.key = key;
    }
  }

  /** The compared groups of one dimension and one combination of attributes. */
  private static final class Comparison {
    final int dimension;
    final List<Group> groups;

    Comparison(int dimension, List<Group> groups) {
      this.dimension = dimension;
      this.groups = groups;
    }
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    private final long[] seats;
    private final long[] involved;
    private final long[] authoritySeats;
    private final long[] handed;
    private final long[] received;
    private long unknownStakeholders;
    private long noStakeholders;
    private long open;
    private long unknownReceiver;

    Acc(MetricContext context) {
      super(context);
      int n = context.people().size();
      this.seats = new long[n];
      this.involved = new long[n];
      this.authoritySeats = new long[n];
      this.handed = new long[n];
      this.received = new long[n];
    }

    @Override
    void take(View view) {
      LedgerRecord record = view.record;
      if (record instanceof Recognition) {
        if (view.receiver < 0) {
          unknownReceiver++;
        } else {
          received[view.receiver]++;
          used++;
        }
        return;
      }
      DecisionRecord d = view.decision;
      if (d == null) {
        return;
      }
      if (!view.decided()) {
        open++;
        return;
      }
      int deciderIndex = view.person;
      boolean handedOver = d.style().level() >= Style.ADVISE.level();
      boolean deciderIsSeated = false;
      int owner = context.roleIndexOf(d.ownerRoleId());
      for (int i = 0, n = view.stakeholderCount(); i < n; i++) {
        int p = view.stakeholder(i);
        if (p < 0) {
          unknownStakeholders++;
          continue;
        }
        seats[p]++;
        boolean isDecider = p == deciderIndex;
        if (isDecider || view.tookPart(p)) {
          involved[p]++;
        }
        // Authority is handed by the owner to others: the owner's holders have no seat.
        if (!context.holdsRole(p, owner)) {
          authoritySeats[p]++;
          deciderIsSeated |= isDecider;
        }
      }
      if (handedOver && deciderIndex >= 0 && !context.holdsRole(deciderIndex, owner)) {
        if (!deciderIsSeated) {
          authoritySeats[deciderIndex]++;
        }
        handed[deciderIndex]++;
      }
      if (d.stakeholders().isEmpty()) {
        noStakeholders++;
      }
      used++;
    }

    @Override
    void add(Acc o) {
      for (int i = 0; i < seats.length; i++) {
        seats[i] = Stats.plus(seats[i], o.seats[i]);
        involved[i] = Stats.plus(involved[i], o.involved[i]);
        authoritySeats[i] = Stats.plus(authoritySeats[i], o.authoritySeats[i]);
        handed[i] = Stats.plus(handed[i], o.handed[i]);
        received[i] = Stats.plus(received[i], o.received[i]);
      }
      unknownStakeholders = Stats.plus(unknownStakeholders, o.unknownStakeholders);
      noStakeholders = Stats.plus(noStakeholders, o.noStakeholders);
      open = Stats.plus(open, o.open);
      unknownReceiver = Stats.plus(unknownReceiver, o.unknownReceiver);
    }

    @Override
    void write(StateWriter out) {
      out.writeLongs(seats);
      out.writeLongs(involved);
      out.writeLongs(authoritySeats);
      out.writeLongs(handed);
      out.writeLongs(received);
      out.writeLong(unknownStakeholders);
      out.writeLong(noStakeholders);
      out.writeLong(open);
      out.writeLong(unknownReceiver);
    }

    @Override
    void read(StateReader in) {
      in.readCounters(seats);
      in.readCounters(involved);
      in.readCounters(authoritySeats);
      in.readCounters(handed);
      in.readCounters(received);
      for (int p = 0; p < seats.length; p++) {
        if (involved[p] > seats[p] || handed[p] > authoritySeats[p]) {
          throw in.invalid(
              "person " + p + " was involved or handed authority more often than seated");
        }
      }
      unknownStakeholders = in.readCounter();
      noStakeholders = in.readCounter();
      open = in.readCounter();
      unknownReceiver = in.readCounter();
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      double threshold = context.policy().assessment().minimumImpactRatio();
      double alpha = context.policy().assessment().significanceLevel();
      int minimumMembers = context.minimumGroupSize();
      int minimumEvents = context.policy().assessment().minimumGroupEvents();
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
      int suppressed = 0;
      List<String> tooManyGroups = new ArrayList<>();
      List<Comparison> comparisons = new ArrayList<>();
      List<Double> pValues = new ArrayList<>();
      for (List<String> combination : combinations) {
        List<Map<String, Group>> byDimension = new ArrayList<>(3);
        for (int k = 0; k < DIMENSIONS.length; k++) {
          byDimension.add(new TreeMap<>());
        }
        int unknown = 0;
        for (int i = 0; i < seats.length; i++) {
          if (!context.inPopulation(i)) {
            continue;
          }
          Optional<String> key = groupKey(context.people().get(i), combination);
          if (key.isEmpty()) {
            unknown++;
            continue;
          }
          if (seats[i] > 0) {
            Group g = byDimension.get(INVOLVEMENT).computeIfAbsent(key.get(), Group::new);
            g.members++;
            g.trials += seats[i];
            g.successes += involved[i];
          }
          if (authoritySeats[i] > 0) {
            Group g = byDimension.get(AUTHORITY).computeIfAbsent(key.get(), Group::new);
            g.members++;
            g.trials += authoritySeats[i];
            g.successes += handed[i];
          }
          Group g = byDimension.get(RECOGNITION).computeIfAbsent(key.get(), Group::new);
          g.members++;
          g.successes += received[i];
        }
        String name = String.join("&", combination);
        if (byDimension.get(RECOGNITION).size() > MetricContext.MAX_FAIRNESS_GROUPS) {
          // An attribute (or pair) with this many values is closer to an identifier than to a
          // characteristic people share: comparing it would publish a group per handful of people.
          tooManyGroups.add(name);
          continue;
        }
        if (unknown >= minimumMembers) {
          v.put("unknown-attribute." + name, unknown);
        } else if (unknown == 0) {
          v.put("unknown-attribute." + name, 0);
        }
        for (int k = 0; k < DIMENSIONS.length; k++) {
          List<Group> compared = new ArrayList<>();
          List<Group> large = new ArrayList<>();
          for (Group g : byDimension.get(k).values()) {
            if (g.members >= minimumMembers) {
              large.add(g);
            } else {
              suppressed++;
            }
          }
          if (k == RECOGNITION) {
            // A group's chances are the recognitions it would get in proportion to its members.
            long events = 0;
            int members = 0;
            for (Group g : large) {
              events += g.successes;
              members += g.members;
            }
            for (Group g : large) {
              g.trials = events;
              if ((double) events * g.members / members >= minimumEvents) {
                compared.add(g);
              } else {
                suppressed++;
              }
            }
          } else {
            for (Group g : large) {
              if (g.trials >= minimumEvents) {
                compared.add(g);
              } else {
                suppressed++;
              }
            }
          }
          if (compared.size() < 2) {
            suppressed += compared.size();
            continue;
          }
          test(k, compared, pValues);
          comparisons.add(new Comparison(k, compared));
        }
      }
      double[] raw = new double[pValues.size()];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = pValues.get(i);
      }
      double[] adjusted = Inference.holm(raw);
      int flagged = 0;
      int belowOnly = 0;
      double lowest = Double.POSITIVE_INFINITY;
      double[] lowestOf = {
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY
      };
      for (Comparison c : comparisons) {
        String dimension = DIMENSIONS[c.dimension];
        for (Group g : c.groups) {
          g.p = adjusted[g.test];
          v.put(dimension + ".rate." + g.key, g.rate);
          v.put(dimension + ".members." + g.key, g.members);
          if (c.dimension == RECOGNITION) {
            v.put(dimension + ".received." + g.key, g.successes);
          } else {
            v.put(dimension + ".chances." + g.key, g.trials);
            v.put(dimension + ".taken." + g.key, g.successes);
          }
          v.put(dimension + ".impact-ratio." + g.key, g.ratio);
          v.put(dimension + ".p." + g.key, g.p);
          boolean below = g.ratio < threshold;
          boolean flag = below && g.p <= alpha;
          v.put(dimension + ".flagged." + g.key, flag ? 1 : 0);
          flagged += flag ? 1 : 0;
          belowOnly += below && !flag ? 1 : 0;
          lowest = Math.min(lowest, g.ratio);
          lowestOf[c.dimension] = Math.min(lowestOf[c.dimension], g.ratio);
        }
      }
      if (raw.length > 0) {
        v.put("lowest-impact-ratio", lowest);
        for (int k = 0; k < DIMENSIONS.length; k++) {
          if (lowestOf[k] <= 1) {
            v.put("lowest-impact-ratio." + DIMENSIONS[k], lowestOf[k]);
          }
        }
      } else {
        why.absent(
            "impact-ratio",
            "no attribute has two groups with the minimum group size of members with data and the"
                + " minimum number of chances");
      }
      v.put("groups-compared", raw.length);
      v.put("flagged-groups", flagged);
      v.put("below-threshold-groups", belowOnly);
      v.put("suppressed-groups", suppressed);
      v.put("unknown-stakeholders", unknownStakeholders);
      why.step(
          "rates",
          "per group of people with the same value of an attribute (or pair of attributes):"
              + " involvement = decided decisions its members took part in or took / their seats"
              + " as stakeholders; authority = decisions they were handed (decided in the ADVISE,"
              + " INQUIRE or DELEGATE style) / their seats as stakeholder (or as delegate) of"
              + " decisions whose owner role they do not hold; recognition"
              + " = recognitions received / members",
          "attributes",
          String.join(",", attributes));
      why.step(
          "impact-ratio",
          "a group's rate / the highest rate among the compared groups of the same attribute(s)"
              + " and dimension",
          "minimumImpactRatio",
          threshold);
      why.step(
          "test",
          "one-sided, the group against the other compared groups: Fisher's exact test on seats"
              + " (the normal approximation beyond "
              + Inference.EXACT_TERMS
              + " terms), the conditional binomial test on recognitions; p-values adjusted with"
              + " Holm's step-down correction over all tests",
          "tests",
          raw.length,
          "significanceLevel",
          alpha);
      why.step(
          "flag",
          "flagged = impact ratio below the minimum and adjusted p-value at most the significance"
              + " level; below-threshold groups are under the ratio but not significantly so",
          "flaggedGroups",
          flagged,
          "belowThresholdGroups",
          belowOnly);
      why.step(
          "suppression",
          "groups with fewer members with data than the minimum group size, or fewer chances than"
              + " the minimum events, are neither reported nor compared; people without the"
              + " attribute are counted (a count under the minimum group size is not reported)",
          "minimumGroupSize",
          minimumMembers,
          "minimumGroupEvents",
          minimumEvents,
          "suppressedGroups",
          suppressed);
      if (!tooManyGroups.isEmpty()) {
        v.put("attributes-with-too-many-groups", tooManyGroups.size());
        why.step(
            "too-many-groups",
            "attributes (or pairs) whose people fall into more than "
                + MetricContext.MAX_FAIRNESS_GROUPS
                + " groups are not compared: so many groups are closer to identifying people than"
                + " to a characteristic they share, and comparing them would publish a value per"
                + " handful of people",
            "attributes",
            String.join(",", tooManyGroups.subList(0, Math.min(8, tooManyGroups.size())))
                + (tooManyGroups.size() > 8 ? ",…" : ""));
      }
      v.skipped("open decision", open);
      v.skipped("recognition of a person not in the organization", unknownReceiver);
      if (noStakeholders > 0) {
        why.step(
            "no-stakeholders",
            "decided decisions that list no stakeholders give involvement no seat",
            "decisions",
            noStakeholders);
      }
      return v.explanation(
              why.summary("Management is fair when no group is systematically left out"))
          .build();
    }

    /** Rates, ratios and one test per group; the test's index into {@code pValues}. */
    private void test(int dimension, List<Group> groups, List<Double> pValues) {
      long trials = 0;
      long successes = 0;
      int members = 0;
      double highest = 0;
      for (Group g : groups) {
        trials += dimension == RECOGNITION ? 0 : g.trials;
        successes += g.successes;
        members += g.members;
        g.rate =
            dimension == RECOGNITION
                ? (double) g.successes / g.members
                : (double) g.successes / g.trials;
        highest = Math.max(highest, g.rate);
      }
      for (Group g : groups) {
        g.ratio = highest > 0 ? g.rate / highest : 1;
        double p;
        if (dimension == RECOGNITION) {
          p = Inference.binomialLower(g.successes, successes, (double) g.members / members);
        } else {
          p =
              Inference.fisherLower(
                  g.successes, g.trials, successes - g.successes, trials - g.trials);
        }
        g.test = pValues.size();
        pValues.add(p);
      }
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
