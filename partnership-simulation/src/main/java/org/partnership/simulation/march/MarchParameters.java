package org.partnership.simulation.march;

/**
 * The parameters of one run of March's (1991) model of exploration and exploitation.
 *
 * @param dimensions m, the dimensions of reality (1 to 63; the paper: 30)
 * @param individuals n, the members of the organization (at least 1; the paper: 50)
 * @param fastShare the share of individuals who socialize at {@code fastP1}; the rest use {@code
 *     slowP1} (0 with {@code slowP1 = p1} for the homogeneous runs)
 * @param fastP1 p1, the socialization rate, of the fast learners
 * @param slowP1 p1 of the slow learners (of everyone in a homogeneous run)
 * @param p2 the rate at which the code learns from the superior group
 * @param p3 turnover: each period, each individual is replaced with this probability
 * @param p4 turbulence: each period, each dimension of reality flips with this probability
 * @param periodLimit the last period: with {@code p3 = p4 = 0} a run stops earlier at equilibrium;
 *     a run that reaches the limit first is reported as capped
 */
public record MarchParameters(
    int dimensions,
    int individuals,
    double fastShare,
    double fastP1,
    double slowP1,
    double p2,
    double p3,
    double p4,
    int periodLimit) {

  /** A generous cap for runs to equilibrium: runs with p1 = 0.1 sometimes take 500 periods. */
  public static final int EQUILIBRIUM_LIMIT = 10_000;

  /** The period limit of runs with turnover or turbulence, as in the paper. */
  public static final int DEFAULT_LIMIT = 100;

  /** The most individuals a run may have. */
  public static final int MAX_INDIVIDUALS = 1_000_000;

  /** The longest a run may go on, in periods. */
  public static final int MAX_PERIOD_LIMIT = 1_000_000;

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter, its value and the rule
   */
  public MarchParameters {
    if (dimensions < 1 || dimensions > 63) {
      throw new IllegalArgumentException("dimensions must be in [1, 63], was " + dimensions);
    }
    if (individuals < 1 || individuals > MAX_INDIVIDUALS) {
      throw new IllegalArgumentException(
          "individuals must be in [1, " + MAX_INDIVIDUALS + "], was " + individuals);
    }
    probability("fastShare", fastShare);
    probability("fastP1", fastP1);
    probability("slowP1", slowP1);
    probability("p2", p2);
    probability("p3", p3);
    probability("p4", p4);
    if (periodLimit < 1 || periodLimit > MAX_PERIOD_LIMIT) {
      throw new IllegalArgumentException(
          "periodLimit must be in [1, " + MAX_PERIOD_LIMIT + "], was " + periodLimit);
    }
  }

  /**
   * The paper's homogeneous setting: m = 30, n = 50, everyone socializing at {@code p1}; runs
   * without turnover or turbulence go to equilibrium, others stop at period 100.
   *
   * @throws IllegalArgumentException if a rate is outside [0, 1]
   */
  public static MarchParameters of(double p1, double p2, double p3, double p4) {
    return new MarchParameters(
        30, 50, 0, p1, p1, p2, p3, p4, p3 == 0 && p4 == 0 ? EQUILIBRIUM_LIMIT : DEFAULT_LIMIT);
  }

  /** The same parameters with another period limit. */
  public MarchParameters withPeriodLimit(int limit) {
    return new MarchParameters(
        dimensions, individuals, fastShare, fastP1, slowP1, p2, p3, p4, limit);
  }

  /** The same parameters with a share of fast learners. */
  public MarchParameters withLearners(double share, double fast, double slow) {
    return new MarchParameters(dimensions, individuals, share, fast, slow, p2, p3, p4, periodLimit);
  }

  /** Whether reality and membership are stable, so that a run can reach equilibrium. */
  public boolean stable() {
    return p3 == 0 && p4 == 0;
  }

  private static void probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }
}
