package org.partnership.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of one fairness dimension may be published so that no group of fewer than the
 * minimum group size can be derived from them by subtraction — complementary (secondary)
 * suppression, as statistical offices apply it to tables.
 *
 * <p>Candidates are groups that already have the minimum size of members and of chances. Three
 * rules, applied in this order, each only ever suppressing more:
 *
 * <ol>
 *   <li><b>A published group inside another</b> differs from it by no people or by at least the
 *       minimum: groups are accepted in order (single attributes first, then pairs; within a
 *       combination by key), and a group that lies inside an accepted one, or contains one, with
 *       between 1 and the minimum − 1 people of difference is suppressed. (Of two overlapping
 *       groups neither inside the other, subtraction gives a difference of two sets, not a group.)
 *       A pair's group is published only under both of its published single-attribute groups (its
 *       margins).
 *   <li><b>An attribute's remainder</b> — the people with data not in a published group of that
 *       attribute (small groups and people without the attribute) — is none or at least the
 *       minimum; else the attribute's smallest published group is suppressed too.
 *   <li><b>A margin's remainder</b> under each pair of attributes — the people of a published
 *       single-attribute group not in a published group of the pair — is none or at least the
 *       minimum; else the smallest such pair group is suppressed too.
 * </ol>
 *
 * <p>Suppressing a group of at least the minimum never makes a remainder small and never creates a
 * small difference, so one pass of each rule suffices. What is guaranteed: no published group minus
 * a published group inside it, and no published group (or everyone with data) minus the union of
 * the published groups of one combination inside it, has between 1 and the minimum − 1 people.
 * Differences across dimensions are not considered: each dimension counts different things.
 */
final class GroupDisclosure {

  /** A candidate group: its combination, margins, members, and whether it is published. */
  static final class Candidate {
    final int combination;
    final String key;

    /** The keys of its single-attribute groups, for a pair; empty for a single attribute. */
    final String[] margins;

    /** The combination indexes of those margins. */
    final int[] marginCombinations;

    final int[] members;
    boolean published = true;

    /** The lookup key of its i-th margin. */
    String marginKey(int i) {
      return key(marginCombinations[i], margins[i]);
    }

    Candidate(
        int combination, String key, String[] margins, int[] marginCombinations, int[] members) {
      this.combination = combination;
      this.key = key;
      this.margins = margins;
      this.marginCombinations = marginCombinations;
      this.members = members;
    }
  }

  private GroupDisclosure() {}

  /** A group's lookup key: its combination and its key. */
  private static String key(int combination, String key) {
    return combination + "\u0000" + key;
  }

  /**
   * Marks which candidates stay published; returns how many were suppressed.
   *
   * @param candidates in publishing order: single attributes before pairs
   * @param people the number of people indexes (members are below it)
   * @param withData the number of people with data in this dimension
   * @param singles the number of single-attribute combinations (their indexes come first)
   */
  static int publish(
      List<Candidate> candidates, int people, int withData, int minimum, int singles) {
    int suppressed = 0;
    // Rule 1: accept in order against every accepted group sharing members.
    List<List<Candidate>> acceptedOf = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      acceptedOf.add(null);
    }
    Map<String, Candidate> byKey = new HashMap<>();
    for (Candidate c : candidates) {
      boolean ok = true;
      for (int i = 0; i < c.margins.length && ok; i++) {
        Candidate margin = byKey.get(c.marginKey(i));
        ok = margin != null && margin.published;
      }
      if (ok) {
        Map<Candidate, Integer> overlap = new HashMap<>();
        for (int p : c.members) {
          List<Candidate> mine = acceptedOf.get(p);
          if (mine != null) {
            for (Candidate a : mine) {
              overlap.merge(a, 1, Integer::sum);
            }
          }
        }
        for (Map.Entry<Candidate, Integer> e : overlap.entrySet()) {
          int shared = e.getValue();
          int accepted = e.getKey().members.length;
          // One inside the other: the larger minus the smaller is the people of the difference.
          if ((shared == c.members.length && small(accepted - shared, minimum))
              || (shared == accepted && small(c.members.length - shared, minimum))) {
            ok = false;
            break;
          }
        }
      }
      if (!ok) {
        c.published = false;
        suppressed++;
        continue;
      }
      byKey.put(key(c.combination, c.key), c);
      for (int p : c.members) {
        List<Candidate> mine = acceptedOf.get(p);
        if (mine == null) {
          mine = new ArrayList<>(2);
          acceptedOf.set(p, mine);
        }
        mine.add(c);
      }
    }
    // Rule 2: each single attribute's remainder against everyone with data.
    for (int combination = 0; combination < singles; combination++) {
      suppressed += fillRemainder(candidates, combination, null, withData, minimum);
    }
    // A pair's group stays only under published margins.
    for (Candidate c : candidates) {
      if (c.published && c.margins.length > 0) {
        for (int i = 0; i < c.margins.length; i++) {
          Candidate margin = byKey.get(c.marginKey(i));
          if (!margin.published) {
            c.published = false;
            suppressed++;
            break;
          }
        }
      }
    }
    // Rule 3: each published margin's remainder under each pair that refines it.
    for (Candidate margin : candidates) {
      if (!margin.published || margin.margins.length > 0) {
        continue;
      }
      for (int pairCombination : pairCombinationsOf(candidates, margin.combination)) {
        suppressed +=
            fillRemainder(
                candidates,
                pairCombination,
                key(margin.combination, margin.key),
                margin.members.length,
                minimum);
      }
    }
    return suppressed;
  }

  private static boolean small(int difference, int minimum) {
    return difference > 0 && difference < minimum;
  }

  /** The pair combinations among the candidates that refine a single-attribute combination. */
  private static List<Integer> pairCombinationsOf(List<Candidate> candidates, int single) {
    List<Integer> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.margins.length > 0
          && (c.marginCombinations[0] == single || c.marginCombinations[1] == single)
          && !pairs.contains(c.combination)) {
        pairs.add(c.combination);
      }
    }
    return pairs;
  }

  /**
   * Suppresses the smallest published groups of a combination (under one margin, when given) until
   * the people of the whole not in one of them are none or at least the minimum.
   */
  private static int fillRemainder(
      List<Candidate> candidates, int combination, String margin, int whole, int minimum) {
    int suppressed = 0;
    while (true) {
      int covered = 0;
      Candidate smallest = null;
      for (Candidate c : candidates) {
        if (!c.published || c.combination != combination || !under(c, margin)) {
          continue;
        }
        covered += c.members.length;
        if (smallest == null || c.members.length < smallest.members.length) {
          smallest = c;
        }
      }
      if (smallest == null || !small(whole - covered, minimum)) {
        return suppressed;
      }
      smallest.published = false;
      suppressed++;
    }
  }

  private static boolean under(Candidate c, String margin) {
    if (margin == null) {
      return true;
    }
    for (int i = 0; i < c.margins.length; i++) {
      if (margin.equals(c.marginKey(i))) {
        return true;
      }
    }
    return false;
  }
}
