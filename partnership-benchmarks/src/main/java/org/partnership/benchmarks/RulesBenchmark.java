package org.partnership.benchmarks;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnership.benchmarks.engines.DmnEngine;
import org.partnership.benchmarks.engines.DroolsEngine;
import org.partnership.benchmarks.engines.EasyRulesEngine;
import org.partnership.benchmarks.engines.LibraryEngine;
import org.partnership.benchmarks.engines.VroomEngine;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Style;
import org.partnership.model.Trait;
import org.partnership.rules.PartnerOrManage;
import org.partnership.rules.Policy;
import org.partnership.rules.Recommendation;
import org.partnership.rules.SeedRuleV2;

/**
 * The rules: the Vroom (2000) time-driven model in four engines over the same random inputs, and
 * the seed policy's recommendation with its full explanation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesBenchmark {

  /** One engine and 1,024 random inputs (the same for every engine). */
  @State(Scope.Benchmark)
  public static class Engines {
    @Param({"partnership", "easy-rules", "drools", "dmn"})
    public String engine;

    public VroomEngine vroom;
    public int[] inputs = new int[1024];
    public int next;

    @Setup(Level.Trial)
    public void setUp() {
      vroom =
          switch (engine) {
            case "partnership" -> new LibraryEngine();
            case "easy-rules" -> new EasyRulesEngine();
            case "drools" -> new DroolsEngine();
            case "dmn" -> new DmnEngine();
            default -> throw new IllegalArgumentException("engine: " + engine);
          };
      SplittableRandom random = new SplittableRandom(2000);
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = random.nextInt(128);
      }
    }
  }

  /** 1,024 random decisions for the seed policy. */
  @State(Scope.Benchmark)
  public static class Decisions {
    public Decision[] decisions = new Decision[1024];
    public Policy policy = Policy.seed();
    public int next;

    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom r = new SplittableRandom(70);
      Mandate[] mandates = Mandate.values();
      for (int i = 0; i < decisions.length; i++) {
        decisions[i] =
            Decision.builder()
                .id("d" + i)
                .domain(Domain.of("curriculum"))
                .ownerRoleId("principal")
                .traits(
                    DecisionTraits.builder()
                        .significance(r.nextDouble())
                        .urgency(r.nextDouble())
                        .reversibility(r.nextDouble())
                        .commitmentNeeded(r.nextDouble())
                        .commitmentIfImposed(r.nextDouble())
                        .conflictLikelihood(r.nextDouble())
                        .leaderExpertise(r.nextDouble())
                        .groupExpertise(r.nextDouble())
                        .teamCompetence(r.nextDouble())
                        .goalAlignment(r.nextDouble())
                        .structure(r.nextDouble())
                        .developmentValue(r.nextDouble())
                        .mandate(r.nextInt(5) == 0 ? mandates[1 + r.nextInt(4)] : Mandate.NONE)
                        .confidential(r.nextInt(10) == 0)
                        .timeAvailable(Duration.ofHours(1 + r.nextInt(200)))
                        .build())
                .build();
      }
    }
  }

  /** The time-driven style of one random input. */
  @Benchmark
  public String vroom2000TimeDriven(Engines e) {
    e.next = (e.next + 1) & 1023;
    return e.vroom.style(e.inputs[e.next]);
  }

  /** The seed policy's recommendation, with every reason of its explanation. */
  @Benchmark
  public Recommendation seedPolicyWithExplanation(Decisions d) {
    d.next = (d.next + 1) & 1023;
    return PartnerOrManage.recommend(d.decisions[d.next], d.policy);
  }

  /** The seed policy's style only. */
  @Benchmark
  public Style seedPolicyStyleOf(Decisions d) {
    d.next = (d.next + 1) & 1023;
    return PartnerOrManage.styleOf(d.decisions[d.next], d.policy);
  }

  /** Version 2 of the seed rule on the same decisions, with its explanation: the code before. */
  @Benchmark
  public Recommendation seedRuleV2WithExplanation(Decisions d) {
    d.next = (d.next + 1) & 1023;
    return SeedRuleV2.recommend(d.decisions[d.next], d.policy);
  }

  /** Version 2 of the seed rule, style only: the code before. */
  @Benchmark
  public Style seedRuleV2StyleOf(Decisions d) {
    d.next = (d.next + 1) & 1023;
    return SeedRuleV2.styleOf(d.decisions[d.next], d.policy);
  }

  /** The same decisions with three traits, drawn at random, left undescribed. */
  @State(Scope.Benchmark)
  public static class ThreeUnknowns {
    public Decision[] decisions = new Decision[1024];
    public Policy policy = Policy.seed();
    public int next;

    @Setup(Level.Trial)
    public void setUp() {
      Decisions described = new Decisions();
      described.setUp();
      SplittableRandom r = new SplittableRandom(3);
      Trait[] traits = Trait.values();
      for (int i = 0; i < decisions.length; i++) {
        Decision d = described.decisions[i];
        DecisionTraits.Builder t = DecisionTraits.builder().from(d.traits());
        int unknown = 0;
        while (unknown < 3) {
          Trait trait = traits[r.nextInt(traits.length)];
          if (t.build().isKnown(trait)) {
            t.unknown(trait);
            unknown++;
          }
        }
        decisions[i] = Decision.builder().from(d).traits(t.build()).build();
      }
    }
  }

  /** The seed policy's recommendation, explained, for a decision with three unknowns. */
  @Benchmark
  public Recommendation seedPolicyThreeUnknownsWithExplanation(ThreeUnknowns d) {
    d.next = (d.next + 1) & 1023;
    return PartnerOrManage.recommend(d.decisions[d.next], d.policy);
  }

  /** The seed policy's style for a decision with three unknowns. */
  @Benchmark
  public Style seedPolicyThreeUnknownsStyleOf(ThreeUnknowns d) {
    d.next = (d.next + 1) & 1023;
    return PartnerOrManage.styleOf(d.decisions[d.next], d.policy);
  }

  /** Version 2 of the seed rule on the decisions with three unknowns: the code before. */
  @Benchmark
  public Recommendation seedRuleV2ThreeUnknownsWithExplanation(ThreeUnknowns d) {
    d.next = (d.next + 1) & 1023;
    return SeedRuleV2.recommend(d.decisions[d.next], d.policy);
  }
}
