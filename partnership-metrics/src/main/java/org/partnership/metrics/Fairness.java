package org.partnership.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.model.Person;
import org.partnership.model.Style;
import org.partnership.rules.AssessmentParameters;

/**
 * 7. Fairness: whether any group of people (one declared attribute, or the intersection of two) is
 * systematically left out of partnering or of what managing hands out. Three dimensions:
 *
 * <ul>
 *   <li>{@code involvement}: decided decisions a person took part in (or took), per chance; a
 *       person has a chance at every decided decision that concerns them — one owned by the role
 *       their role reports to (their unit) — and at every other decision listing them as a
 *       stakeholder. Never being invited therefore shows: an uninvited unit member has chances and
 *       no successes;
 *   <li>{@code authority}: were handed the decision (decided it in the ADVISE, INQUIRE or DELEGATE
 *       style), per seat as stakeholder of a decided decision (or as its delegate when not a
 *       stakeholder); holders of the owner role, who hand authority over, have no seat;
 *   <li>{@code recognition}: recognitions received, per member.
 * </ul>
 *
 * <p>Only the attributes the host declares are compared ({@link
 * MetricContext#fairnessAttributes()}, from the policy's {@code assessment.fairnessAttributes});
 * with none declared, or none with two values among the subject's people, fairness is not
 * applicable. A group is a candidate with at least the minimum group size of members with data and
 * the policy's minimum number of chances ({@code minimumGroupEvents}: chances, or expected
 * recognitions); {@link GroupDisclosure} suppresses further groups so that no group under the
 * minimum follows from the published ones by subtraction. Each published group gets its rate, its
 * impact ratio to the group with the highest rate of the same attribute(s) and dimension, and a
 * one-sided {@link PermutationTest} at the level of people: is its rate this low when the labels
 * are shuffled among the people compared? p-values are adjusted with Holm's step-down correction
 * over every test of the measurement (the declared family). A group is flagged only when its impact
 * ratio is below the policy's minimum (the four-fifths rule) and its adjusted p-value is at most
 * the policy's significance level — 29 CFR 1607.4(D) warns that differences in small numbers
 * mislead and accepts a test of significance.
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

  /** A published group of one dimension: members, chances, successes, and its test. */
  private static final class Group {
    final String key;
    final int[] members;
    long trials;
    long successes;
    double rate;
    double ratio;
    double p;
    int test = -1;

    Group(String key, int[] members) {
      this.key = key;
      this.members = members;
    }
  }

  /** The compared groups of one dimension and one combination of attributes. */
  private static final class Comparison {
    final int dimension;
    final String combination;
    final List<Group> groups;

    Comparison(int dimension, String combination, List<Group> groups) {
      this.dimension = dimension;
      this.combination = combination;
      this.groups = groups;
    }
  }

  final class Acc extends BuiltIn.Accumulator<Acc> {
    /** Stakeholder seats at decisions outside the person's unit. */
    private final long[] seats;

    private final long[] involved;
    private final long[] authoritySeats;
    private final long[] handed;
    private final long[] received;

    /** Decided decisions per owner role: a chance for every person in its unit. */
    private final long[] unitDecisions;

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
      this.unitDecisions = new long[context.roleCount()];
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
      boolean deciderIsStakeholder = false;
      int owner = context.roleIndexOf(d.ownerRoleId());
      if (owner >= 0) {
        unitDecisions[owner]++;
      }
      int stakeholders = view.stakeholderCount();
      for (int i = 0; i < stakeholders; i++) {
        int p = view.stakeholder(i);
        if (p < 0) {
          unknownStakeholders++;
          continue;
        }
        if (!context.inUnitOf(p, owner)) {
          seats[p]++; // the unit's members have their chance through unitDecisions
        }
        boolean isDecider = p == deciderIndex;
        deciderIsStakeholder |= isDecider;
        if (isDecider || view.tookPart(p)) {
          involved[p]++;
        }
        // Authority is handed by the owner to others: the owner's holders have no seat.
        if (!context.holdsRole(p, owner)) {
          authoritySeats[p]++;
          deciderIsSeated |= isDecider;
        }
      }
      if (owner >= 0) {
        // Members of the unit who took part, or decided, without being listed as stakeholders.
        if (deciderIndex >= 0 && !deciderIsStakeholder && context.inUnitOf(deciderIndex, owner)) {
          involved[deciderIndex]++;
        }
        for (int i = 0, n = view.participantCount(); i < n; i++) {
          int q = view.participant(i);
          if (q >= 0
              && q != deciderIndex
              && context.inUnitOf(q, owner)
              && !listed(view, stakeholders, q)) {
            involved[q]++;
          }
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

    private boolean listed(View view, int stakeholders, int person) {
      for (int i = 0; i < stakeholders; i++) {
        if (view.stakeholder(i) == person) {
          return true;
        }
      }
      return false;
    }

    /** A person's chances to be involved: decisions of their units, and seats elsewhere. */
    private long chances(int p) {
      long c = seats[p];
      for (int u : context.unitsOf(p)) {
        c = Stats.plus(c, unitDecisions[u]);
      }
      return c;
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
      for (int r = 0; r < unitDecisions.length; r++) {
        unitDecisions[r] = Stats.plus(unitDecisions[r], o.unitDecisions[r]);
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
      out.writeLongs(unitDecisions);
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
      in.readCounters(unitDecisions);
      for (int p = 0; p < seats.length; p++) {
        long chances;
        try {
          chances = chances(p);
        } catch (IllegalArgumentException overflow) {
          throw in.invalid("person " + p + " has more chances than a count holds");
        }
        if (involved[p] > chances || handed[p] > authoritySeats[p]) {
          throw in.invalid(
              "person "
                  + p
                  + " was involved or handed authority more often than they had a chance");
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
      v.skipped("open decision", open);
      v.skipped("recognition of a person not in the organization", unknownReceiver);
      v.put("unknown-stakeholders", unknownStakeholders);
      if (noStakeholders > 0) {
        why.step(
            "no-stakeholders",
            "decided decisions that list no stakeholders give chances to the members of the"
                + " owner's unit only",
            "decisions",
            noStakeholders);
      }
      String summary = "Management is fair when no group is systematically left out";
      List<String> attributes = context.fairnessAttributes();
      v.put("declared-attributes", attributes.size());
      if (attributes.isEmpty()) {
        why.absent(
            "groups",
            "no protected attributes declared (the policy's assessment.fairnessAttributes, or"
                + " MetricContext.Builder.fairnessAttributes): fairness is not applicable, and no"
                + " attribute is compared on a guess");
        return v.explanation(why.summary(summary)).build();
      }
      int several = 0;
      for (String attribute : attributes) {
        several += valuesAmongPopulation(attribute) >= 2 ? 1 : 0;
      }
      v.put("attributes-with-several-groups", several);
      if (several == 0) {
        why.absent(
            "groups",
            "every declared attribute has at most one value among the subject's people: there"
                + " are no groups to compare, and fairness is not applicable (attributes: "
                + String.join(",", attributes)
                + ")");
        return v.explanation(why.summary(summary)).build();
      }
      return compare(v, why, attributes).explanation(why.summary(summary)).build();
    }

    private int valuesAmongPopulation(String attribute) {
      java.util.Set<String> values = new java.util.HashSet<>();
      for (int i = 0; i < seats.length && values.size() < 2; i++) {
        if (context.inPopulation(i)) {
          context.people().get(i).attribute(attribute).ifPresent(values::add);
        }
      }
      return values.size();
    }

    private MetricValue.Builder compare(
        MetricValue.Builder v, Explain why, List<String> attributes) {
      AssessmentParameters a = context.policy().assessment();
      double threshold = a.minimumImpactRatio();
      double alpha = a.significanceLevel();
      int minimumMembers = context.minimumGroupSize();
      int minimumEvents = a.minimumGroupEvents();
      int n = seats.length;
      // Per dimension and person: chances (1 per member for recognition), successes, data.
      long[][] trials = new long[DIMENSIONS.length][n];
      long[][] successes = new long[DIMENSIONS.length][n];
      int[] withData = new int[DIMENSIONS.length];
      for (int i = 0; i < n; i++) {
        if (!context.inPopulation(i)) {
          continue;
        }
        trials[INVOLVEMENT][i] = chances(i);
        successes[INVOLVEMENT][i] = involved[i];
        trials[AUTHORITY][i] = authoritySeats[i];
        successes[AUTHORITY][i] = handed[i];
        trials[RECOGNITION][i] = 1;
        successes[RECOGNITION][i] = received[i];
        for (int k = 0; k < DIMENSIONS.length; k++) {
          withData[k] += trials[k][i] > 0 ? 1 : 0;
        }
      }
      List<List<String>> combinations = new ArrayList<>();
      for (String attribute : attributes) {
        combinations.add(List.of(attribute));
      }
      for (int x = 0; x < attributes.size(); x++) {
        for (int y = x + 1; y < attributes.size(); y++) {
          combinations.add(List.of(attributes.get(x), attributes.get(y)));
        }
      }
      int singles = attributes.size();
      List<String> tooManyGroups = new ArrayList<>();
      int suppressed = 0;
      List<List<GroupDisclosure.Candidate>> candidates = new ArrayList<>();
      for (int k = 0; k < DIMENSIONS.length; k++) {
        candidates.add(new ArrayList<>());
      }
      for (int c = 0; c < combinations.size(); c++) {
        List<String> combination = combinations.get(c);
        String name = String.join("&", combination);
        // The people of each group, in key order; margins of a pair's groups.
        TreeMap<String, List<Integer>> groups = new TreeMap<>();
        Map<String, String[]> margins = new HashMap<>();
        int unknown = 0;
        for (int i = 0; i < n; i++) {
          if (!context.inPopulation(i)) {
            continue;
          }
          Person person = context.people().get(i);
          Optional<String> key = groupKey(person, combination);
          if (key.isEmpty()) {
            unknown++;
            continue;
          }
          groups.computeIfAbsent(key.get(), g -> new ArrayList<>()).add(i);
          if (combination.size() == 2 && !margins.containsKey(key.get())) {
            margins.put(
                key.get(),
                new String[] {
                  groupKey(person, combination.subList(0, 1)).orElseThrow(),
                  groupKey(person, combination.subList(1, 2)).orElseThrow()
                });
          }
        }
        if (groups.size() > MetricContext.MAX_FAIRNESS_GROUPS) {
          // An attribute (or pair) with this many values is closer to an identifier than to a
          // characteristic people share: comparing it would publish a group per handful of people.
          tooManyGroups.add(name);
          continue;
        }
        if (unknown >= minimumMembers || unknown == 0) {
          v.put("unknown-attribute." + name, unknown);
        }
        int[] marginCombinations =
            combination.size() == 2
                ? new int[] {
                  attributes.indexOf(combination.get(0)), attributes.indexOf(combination.get(1))
                }
                : new int[0];
        for (int k = 0; k < DIMENSIONS.length; k++) {
          List<GroupDisclosure.Candidate> large = new ArrayList<>();
          long events = 0;
          int members = 0;
          for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int[] people = g.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[] withDataHere = filterWithData(people, trials[k]);
            if (withDataHere.length == 0) {
              continue;
            }
            if (withDataHere.length < minimumMembers) {
              suppressed++;
              continue;
            }
            large.add(
                new GroupDisclosure.Candidate(
                    c,
                    g.getKey(),
                    combination.size() == 2 ? margins.get(g.getKey()) : new String[0],
                    marginCombinations,
                    withDataHere));
            members += withDataHere.length;
            for (int i : withDataHere) {
              events += successes[k][i];
            }
          }
          for (GroupDisclosure.Candidate g : large) {
            long chances = 0;
            for (int i : g.members) {
              chances += trials[k][i];
            }
            // Recognition: the recognitions a group would get in proportion to its members.
            double expected =
                k == RECOGNITION ? (double) events * g.members.length / members : chances;
            if (expected >= minimumEvents) {
              candidates.get(k).add(g);
            } else {
              suppressed++;
            }
          }
        }
      }
      int secondary = 0;
      List<Comparison> comparisons = new ArrayList<>();
      List<Double> pValues = new ArrayList<>();
      SplittableRandomSource random = new SplittableRandomSource(a.permutationSeed());
      int[] scratch = new int[n];
      for (int k = 0; k < DIMENSIONS.length; k++) {
        List<GroupDisclosure.Candidate> list = candidates.get(k);
        secondary += GroupDisclosure.publish(list, n, withData[k], minimumMembers, singles);
        for (int c = 0; c < combinations.size(); c++) {
          List<Group> compared = new ArrayList<>();
          for (GroupDisclosure.Candidate g : list) {
            if (g.published && g.combination == c) {
              Group group = new Group(g.key, g.members);
              for (int i : g.members) {
                group.trials += trials[k][i];
                group.successes += successes[k][i];
              }
              compared.add(group);
            }
          }
          if (compared.size() < 2) {
            secondary += compared.size(); // one group alone is compared with nothing: not shown
            continue;
          }
          String name = String.join("&", combinations.get(c));
          test(k, name, compared, trials[k], successes[k], random, scratch, pValues);
          comparisons.add(new Comparison(k, name, compared));
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
          v.put(dimension + ".members." + g.key, g.members.length);
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
            "no declared attribute has two groups with the minimum group size of members with"
                + " data and the minimum number of chances");
      }
      v.put("groups-compared", raw.length);
      v.put("flagged-groups", flagged);
      v.put("below-threshold-groups", belowOnly);
      v.put("suppressed-groups", suppressed + secondary);
      v.put("secondary-suppressed-groups", secondary);
      why.step(
          "rates",
          "per group of people with the same value of a declared attribute (or pair of them):"
              + " involvement = decided decisions its members took part in or took / their"
              + " chances (every decided decision of their unit — owned by the role their role"
              + " reports to — and every other decision listing them as a stakeholder);"
              + " authority = decisions they were handed (decided in the ADVISE, INQUIRE or"
              + " DELEGATE style) / their seats as stakeholder (or as delegate) of decisions whose"
              + " owner role they do not hold; recognition = recognitions received / members",
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
          "one-sided permutation test at the level of people: the share of random sets of as many"
              + " of the compared people (drawn without replacement, Besag-Clifford sequential"
              + " Monte Carlo: stop after "
              + PermutationTest.STOP_AFTER
              + " as low, at most "
              + PermutationTest.MAX_DRAWS
              + " draws) whose rate is as low or lower; p-values adjusted with Holm's step-down"
              + " correction over all tests of the declared attributes",
          "tests",
          raw.length,
          "significanceLevel",
          alpha,
          "seed",
          a.permutationSeed());
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
              + " the minimum events, are neither reported nor compared; further groups are"
              + " suppressed so that no group under the minimum follows from published ones by"
              + " subtraction (two published groups differ by none or at least the minimum"
              + " people, and so do a published group and the published groups of one attribute"
              + " or pair inside it); a group left alone in its attribute is not shown; people"
              + " without the attribute are counted when they number none or at least the minimum",
          "minimumGroupSize",
          minimumMembers,
          "minimumGroupEvents",
          minimumEvents,
          "suppressedGroups",
          suppressed + secondary);
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
      return v;
    }

    /** Rates, ratios and one permutation test per group; the test's index into {@code pValues}. */
    private void test(
        int dimension,
        String combination,
        List<Group> groups,
        long[] trials,
        long[] successes,
        SplittableRandomSource random,
        int[] scratch,
        List<Double> pValues) {
      double highest = 0;
      int pooled = 0;
      for (Group g : groups) {
        g.rate = (double) g.successes / g.trials;
        highest = Math.max(highest, g.rate);
        pooled += g.members.length;
      }
      // The pool: the compared people, each with their own chances and successes.
      long[] t = new long[pooled];
      long[] s = new long[pooled];
      List<int[]> positions = new ArrayList<>(groups.size());
      int next = 0;
      for (Group g : groups) {
        int[] mine = new int[g.members.length];
        for (int j = 0; j < mine.length; j++) {
          t[next] = trials[g.members[j]];
          s[next] = successes[g.members[j]];
          mine[j] = next++;
        }
        positions.add(mine);
      }
      for (int i = 0; i < groups.size(); i++) {
        Group g = groups.get(i);
        g.ratio = highest > 0 ? g.rate / highest : 1;
        double p =
            PermutationTest.lower(
                t,
                s,
                positions.get(i),
                random.forTest(DIMENSIONS[dimension], combination, g.key),
                scratch);
        g.test = pValues.size();
        pValues.add(p);
      }
    }
  }

  /** The people of a group with data in a dimension: a chance at least. */
  private static int[] filterWithData(int[] people, long[] trials) {
    int n = 0;
    for (int i : people) {
      n += trials[i] > 0 ? 1 : 0;
    }
    int[] kept = new int[n];
    int j = 0;
    for (int i : people) {
      if (trials[i] > 0) {
        kept[j++] = i;
      }
    }
    return kept;
  }

  /**
   * One random source per test, seeded from the policy's seed and what the test is about, so a
   * p-value does not depend on which other groups were tested or in what order.
   */
  private static final class SplittableRandomSource {
    private final long seed;

    SplittableRandomSource(long seed) {
      this.seed = seed;
    }

    java.util.SplittableRandom forTest(String dimension, String combination, String key) {
      long h =
          com.google.common.hash.Hashing.murmur3_128()
              .newHasher()
              .putLong(seed)
              .putString(dimension, java.nio.charset.StandardCharsets.UTF_8)
              .putInt(0)
              .putString(combination, java.nio.charset.StandardCharsets.UTF_8)
              .putInt(0)
              .putString(key, java.nio.charset.StandardCharsets.UTF_8)
              .hash()
              .asLong();
      return new java.util.SplittableRandom(h);
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
