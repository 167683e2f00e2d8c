/**
 * March (1991), exploration and exploitation in organizational learning, exactly as in MODELS.md
 * §4: {@link org.partnership.simulation.march.March1991}, its experiment {@link
 * org.partnership.simulation.march.MarchModel} and the paper's figures.
 */
package org.partnership.simulation.march;
