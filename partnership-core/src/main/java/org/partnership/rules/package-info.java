/**
 * Rule evaluators and the data they explain themselves with: every verdict carries an {@link
 * org.partnership.rules.Explanation}, an ordered list of {@link org.partnership.rules.Reason}s —
 * each rule checked, the values it observed, its thresholds and whether it fired. Explanations are
 * data; rendering them as text or JSON is a view.
 *
 * <p>Evaluators are stateless and safe to call from many threads at once.
 */
@ValueStyle
package org.partnership.rules;

import org.partnership.internal.ValueStyle;
