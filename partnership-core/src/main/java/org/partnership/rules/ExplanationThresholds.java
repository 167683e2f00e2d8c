package org.partnership.rules;

import org.partnership.model.Style;

/**
 * The thresholds of {@link RecommendationParameters} as the seed rule's explanation shows them,
 * boxed once per parameters and shared by every reason made with them (the arrays are never
 * changed). Package-private.
 */
final class ExplanationThresholds {

  final Object[][] crisis = new Object[Style.values().length][];
  final Object[] competence;
  final Object[] routine;
  final Object[] commitment;
  final Object[][] factors;
  final Object[] score;
  final Object[] stakes;
  final Object[] source;

  /** The partner threshold as the summary writes it, with every digit it has. */
  final String partnerThresholdText;

  ExplanationThresholds(RecommendationParameters p) {
    for (Style style : Style.values()) {
      crisis[style.ordinal()] =
          new Object[] {p.urgencyThreshold(), p.minimumTime().get(style).toString()};
    }
    double high = p.highThreshold();
    competence =
        new Object[] {
          p.lacksCompetenceBelow(), high, high, p.minimumTime().get(Style.CONSULT).toString()
        };
    routine = new Object[] {p.routineSignificanceBelow(), p.routineCommitmentAtRiskBelow()};
    commitment = new Object[] {high, p.commitmentWeight()};
    factors =
        new Object[][] {
          {high, p.groupCompetenceWeight()},
          {high, p.noveltyWeight()},
          {high, p.developmentWeight()},
          {high, p.goalAlignmentWeight()}
        };
    score = new Object[] {p.partnerThreshold()};
    stakes = new Object[] {p.highStakesThreshold()};
    source = new Object[] {p.sourceTolerance()};
    partnerThresholdText = org.partnership.internal.Decimals.given(p.partnerThreshold());
  }
}
