package org.partnership.simulation.march;

/**
 * What one run of the March (1991) model observed at its end.
 *
 * @param codeKnowledge the organizational code's net knowledge of reality, (#correct − #wrong) / m
 * @param individualKnowledge the mean over individuals of the same net score of their beliefs
 * @param periods the periods run
 * @param capped whether a stable run stopped at the period limit before reaching equilibrium
 */
public record MarchResult(
    double codeKnowledge, double individualKnowledge, int periods, boolean capped) {}
