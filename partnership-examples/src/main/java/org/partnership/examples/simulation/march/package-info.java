/**
 * March (1991), exploration and exploitation in organizational learning, exactly as in MODELS.md
 * §4: {@link org.partnership.examples.simulation.march.March1991}, its experiment {@link
 * org.partnership.examples.simulation.march.MarchModel} and the paper's figures.
 */
package org.partnership.examples.simulation.march;
