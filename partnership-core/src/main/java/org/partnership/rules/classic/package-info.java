/**
 * The classic published decision models, implemented exactly as specified: Vroom–Yetton (1973) and
 * Vroom (2000) time-driven and development-driven. Each keeps its own styles and maps them onto the
 * seven-step {@link org.partnership.model.Style} continuum and its {@link
 * org.partnership.model.Mode}; each result explains itself.
 */
@ValueStyle
package org.partnership.rules.classic;

import org.partnership.internal.ValueStyle;
