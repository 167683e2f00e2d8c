package org.partnership.metrics;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.partnership.ledger.DecisionRecord;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Style;

/**
 * 6. Consistency: the same situation, the same handling — how often two decisions of the same
 * situation were taken in the same style, across the subject and within each leader. No rule is
 * consulted: agreement with a policy is {@link PolicyAdherence}.
 *
 * <p>A situation is the domain, the owner role and the traits as {@link Situations} reads them:
 * each trait's yes/no answer at the policy's threshold, not its exact value — so a continuously
 * measured trait (a survey score) cannot make every decision a situation of its own. {@code
 * coverage} is the share of decided decisions with traits that fall in a situation decided at least
 * twice: the share the agreement describes.
 *
 * <p>Per situation with n ≥ 2 decided decisions, the agreement is the share of its n(n−1)/2 pairs
 * in the same style (Simpson's index, unbiased for the chance that two decisions of the situation
 * agree); situations are averaged with weight n − 1, the number of decisions that could have
 * differed from an earlier one. That weight summed is the number of comparisons the assessment's
 * interval is built on.
 */
final class Consistency extends BuiltIn<Consistency.Acc> {

  static final Consistency INSTANCE = new Consistency();

  /**
   * Distinct situations counted per table (the subject's, and per leader); decisions in further
   * situations are counted as untracked, so memory stays bounded (the values are exact while a
   * ledger has fewer).
   */
  static final int SITUATION_LIMIT = 65_536;

  /** The decider of a situation counted across the subject, whoever decided. */
  private static final int ANYONE = -2;

  private static final int STYLES = Style.values().length;

  /** The mode of each style, by ordinal. */
  private static final int[] MODE_OF_STYLE = new int[STYLES];

  static {
    for (Style s : Style.values()) {
      MODE_OF_STYLE[s.ordinal()] = s.mode().ordinal();
    }
  }

  private Consistency() {
    super(
        "consistency",
        "Whether the same situation gets the same handling: how often two decided decisions of"
            + " the same situation (domain, owner role, traits) used the same style, across the"
            + " subject and within each leader; no rule is consulted.",
        "share of pairs",
        DecisionRecord.class);
  }

  @Override
  Acc create(MetricContext context) {
    return new Acc(context);
  }

  /** The hash of a situation (before mixing): the same for equal traits, domain and owner. */
  private static int situationHash(DecisionTraits traits, Domain domain, String owner) {
    return (traits.hashCode() * 31 + domain.hashCode()) * 31 + owner.hashCode();
  }

  /** A situation, possibly of one decider, and the styles its decisions used. */
  private static final class Entry extends SlotTable.Slot {
    final DecisionTraits traits;
    final Domain domain;
    final String owner;
    final int decider;
    final long[] styles = new long[STYLES];

    Entry(int hash, DecisionTraits traits, Domain domain, String owner, int decider) {
      super(hash);
      this.traits = traits;
      this.domain = domain;
      this.owner = owner;
      this.decider = decider;
    }

    /** Zero exactly when {@link #matches} holds. */
    static final Comparator<Entry> ORDER =
        Comparator.<Entry>comparingInt(e -> e.hash)
            .thenComparingInt(e -> e.decider)
            .thenComparing(e -> e.owner)
            .thenComparing(e -> e.domain.name())
            .thenComparing((a, b) -> TraitsState.compare(a.traits, b.traits));

    boolean matches(int h, DecisionTraits t, Domain d, String o, int who) {
      return hash == h
          && decider == who
          && (traits == t || traits.equals(t))
          && owner.equals(o)
          && domain.equals(d);
    }
  }

  /** Situations and their style counts; holds at most {@link #SITUATION_LIMIT}. */
  private static final class Table {
    private final SlotTable<Entry> slots = new SlotTable<>(SITUATION_LIMIT, Entry.ORDER);

    /** The entry of a situation, added if there is room; null when the table is full. */
    @Nullable Entry get(int h, DecisionTraits t, Domain d, String owner, int decider) {
      Entry e;
      int i = slots.first(h);
      for (int n = 0; n < SlotTable.MAX_PROBE && (e = slots.at(i)) != null; n++) {
        if (e.matches(h, t, d, owner, decider)) {
          return e;
        }
        i = slots.next(i);
      }
      return slots.addIfAbsent(new Entry(h, t, d, owner, decider));
    }

    /** Adds another table's counts; returns the decisions that found no room. */
    long add(Table other) {
      long[] lost = {0};
      other.slots.forEach(
          o -> {
            Entry mine = get(o.hash, o.traits, o.domain, o.owner, o.decider);
            for (int s = 0; s < STYLES; s++) {
              if (mine == null) {
                lost[0] = Stats.plus(lost[0], o.styles[s]);
              } else {
                mine.styles[s] = Stats.plus(mine.styles[s], o.styles[s]);
              }
            }
          });
      return lost[0];
    }

    /** Writes every situation: its traits, domain, owner role, decider and style counts. */
    void write(StateWriter out) {
      out.writeInt(slots.size());
      slots.forEach(
          e -> {
            TraitsState.write(e.traits, out);
            out.writeString(e.domain.name());
            out.writeString(e.owner);
            out.writeInt(e.decider);
            out.writeLongs(e.styles);
          });
    }

    /** Adds the situations {@link #write} wrote; deciders must be people of the context. */
    void read(StateReader in, int people, boolean perLeader) {
      int n = in.readCount(SITUATION_LIMIT);
      for (int i = 0; i < n; i++) {
        DecisionTraits traits = TraitsState.read(in);
        Domain domain;
        try {
          domain = Domain.of(in.readString());
        } catch (IllegalArgumentException e) {
          throw in.invalid("a domain: " + e.getMessage());
        }
        String owner = in.readString();
        int decider = in.readInt();
        if (perLeader ? decider < 0 || decider >= people : decider != ANYONE) {
          throw in.invalid("not a decider of this table: " + decider);
        }
        long[] styles = new long[STYLES];
        in.readCounters(styles);
        int h = situationHash(traits, domain, owner);
        Entry e =
            get(SlotTable.mix(perLeader ? h * 31 + decider : h), traits, domain, owner, decider);
        if (e == null) {
          throw in.invalid("more situations than a table holds");
        }
        for (int s = 0; s < STYLES; s++) {
          e.styles[s] = Stats.plus(e.styles[s], styles[s]);
        }
      }
    }

    /**
     * Sums agreement over the situations with at least two decisions. The terms are summed in
     * sorted order, so the result does not depend on the order the situations were met or merged in
     * (parts measured on several threads give the same value to the last digit).
     */
    Agreement agreement() {
      Agreement a = new Agreement();
      slots.forEach(e -> a.add(e.styles));
      a.sum();
      return a;
    }
  }

  /** Weighted agreement in style and in mode over situations. */
  private static final class Agreement {
    long situations;
    long decisions;
    long comparisons;
    double styleAgreement;
    double modeAgreement;

    void add(long[] styles) {
      long n = 0;
      double sameStyle = 0;
      long[] modes = new long[2];
      for (int s = 0; s < STYLES; s++) {
        long c = styles[s];
        n += c;
        sameStyle += pairs(c);
        modes[MODE_OF_STYLE[s]] += c;
      }
      if (n < 2) {
        return;
      }
      double all = pairs(n);
      if (situations == styleTerms.length) {
        styleTerms = java.util.Arrays.copyOf(styleTerms, Math.max(16, 2 * styleTerms.length));
        modeTerms = java.util.Arrays.copyOf(modeTerms, styleTerms.length);
      }
      // Weight n - 1 on the situation's share of agreeing pairs.
      styleTerms[(int) situations] = (n - 1) * (sameStyle / all);
      modeTerms[(int) situations] = (n - 1) * ((pairs(modes[0]) + pairs(modes[1])) / all);
      comparisons += n - 1;
      decisions += n;
      situations++;
    }

    private double[] styleTerms = new double[0];
    private double[] modeTerms = new double[0];

    /** Sums the terms in ascending order: the same sum whatever order they came in. */
    void sum() {
      styleAgreement = sorted(styleTerms);
      modeAgreement = sorted(modeTerms);
    }

    private double sorted(double[] terms) {
      double[] t = java.util.Arrays.copyOf(terms, (int) situations);
      java.util.Arrays.sort(t);
      double sum = 0;
      for (double v : t) {
        sum += v;
      }
      return sum;
    }

    private static double pairs(long n) {
      return n * (double) (n - 1) / 2;
    }
  }

  final class Acc extends BuiltIn.DecisionAccumulator<Acc> {
    private final Table situations = new Table();
    private final Table byLeader = new Table();
    private final Situations read;
    private long noTraits;
    private long untracked;
    private long untrackedByLeader;
    private long unknownDecider;

    Acc(MetricContext context) {
      super(context);
      this.read = new Situations(context.policy().recommendation());
    }

    @Override
    void takeDecided(View view, DecisionRecord d) {
      if (view.traits == null) {
        noTraits++;
        return;
      }
      DecisionTraits traits = read.coarse(view.traits);
      Domain domain = d.domain();
      String owner = d.ownerRoleId();
      int h = situationHash(traits, domain, owner);
      Entry e = situations.get(spread(h), traits, domain, owner, ANYONE);
      int style = d.style().ordinal();
      if (e == null) {
        untracked++;
      } else {
        e.styles[style]++;
      }
      int decider = view.person;
      if (decider < 0) {
        unknownDecider++;
      } else {
        Entry mine = byLeader.get(spread(h * 31 + decider), traits, domain, owner, decider);
        if (mine == null) {
          untrackedByLeader++;
        } else {
          mine.styles[style]++;
        }
      }
      used++;
    }

    @Override
    void writeRest(StateWriter out) {
      situations.write(out);
      byLeader.write(out);
      out.writeLong(noTraits);
      out.writeLong(untracked);
      out.writeLong(untrackedByLeader);
      out.writeLong(unknownDecider);
    }

    @Override
    void readRest(StateReader in) {
      int people = context.people().size();
      situations.read(in, people, false);
      byLeader.read(in, people, true);
      noTraits = in.readCounter();
      untracked = in.readCounter();
      untrackedByLeader = in.readCounter();
      unknownDecider = in.readCounter();
    }

    private int spread(int h) {
      return SlotTable.mix(h);
    }

    @Override
    void combine(Acc o) {
      untracked = Stats.plus(untracked, Stats.plus(o.untracked, situations.add(o.situations)));
      untrackedByLeader =
          Stats.plus(untrackedByLeader, Stats.plus(o.untrackedByLeader, byLeader.add(o.byLeader)));
      noTraits = Stats.plus(noTraits, o.noTraits);
      unknownDecider = Stats.plus(unknownDecider, o.unknownDecider);
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = value().recordsUsed(used);
      Explain why = new Explain();
      Agreement all = situations.agreement();
      Agreement leaders = byLeader.agreement();
      if (all.comparisons > 0) {
        v.put("agreement", all.styleAgreement / all.comparisons);
        v.put("mode-agreement", all.modeAgreement / all.comparisons);
        why.step(
            "agreement",
            "per situation (domain, owner role, and each trait's yes/no answer at the policy's"
                + " threshold: urgency at urgencyThreshold, the others at highThreshold, unknown"
                + " kept apart; mandate, flags, the band of process times the time available"
                + " reaches) with n >= 2 decided decisions: pairs in"
                + " the same style / n(n-1)/2; averaged over situations with weight n - 1 (the"
                + " comparisons); mode-agreement: the same with the mode of the style",
            "situations",
            all.situations,
            "decisions",
            all.decisions,
            "comparisons",
            all.comparisons);
      } else {
        why.absent("agreement", "no situation was decided twice: nothing to compare");
      }
      if (leaders.comparisons > 0) {
        v.put("within-leader", leaders.styleAgreement / leaders.comparisons);
        why.step(
            "within-leader",
            "the same, with situations of the same decider only: does each leader handle the same"
                + " situation the same way",
            "situations",
            leaders.situations,
            "comparisons",
            leaders.comparisons);
      } else {
        why.absent("within-leader", "no decider decided the same situation twice");
      }
      if (used > 0) {
        v.put("coverage", (double) all.decisions / used);
        why.step(
            "coverage",
            "decided decisions in a situation decided at least twice / decided decisions with"
                + " traits: the share of decisions the agreement describes",
            "decisions",
            used);
      }
      v.put("comparisons", all.comparisons);
      v.put("repeated-situations", all.situations);
      v.put("decisions-in-repeated-situations", all.decisions);
      v.put("untracked-decisions", untracked);
      if (untracked + untrackedByLeader > 0) {
        why.step(
            "bounded",
            "situations beyond the limit are not tracked, so memory stays bounded",
            "limit",
            SITUATION_LIMIT,
            "untracked",
            untracked,
            "untrackedWithinLeader",
            untrackedByLeader);
      }
      v.skipped("open decision", open);
      v.skipped("no traits recorded", noTraits);
      if (unknownDecider > 0) {
        why.step(
            "unknown-decider",
            "decisions whose decider is not in the organization count across the subject but not"
                + " within a leader",
            "decisions",
            unknownDecider);
      }
      return v.explanation(
              why.summary(
                  "Management is consistent when the same situation gets the same handling"))
          .build();
    }
  }
}
